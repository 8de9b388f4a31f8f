"""The names of the fields an error names, as the user knows them in the window.

Marked for the catalogue in the "Errors" context; ``newsdesk.ui.error_text.field_text``
translates them.
"""

from __future__ import annotations

from typing import Final

from newsdesk.ui.noop import QT_TRANSLATE_NOOP

# The fields an error names in the window, as the user knows them.
FIELDS: Final = {
    "headline": QT_TRANSLATE_NOOP("Errors", "headline"),
    "deck": QT_TRANSLATE_NOOP("Errors", "deck"),
    "body": QT_TRANSLATE_NOOP("Errors", "body"),
    "slug": QT_TRANSLATE_NOOP("Errors", "slug"),
    "language": QT_TRANSLATE_NOOP("Errors", "language"),
    "tags": QT_TRANSLATE_NOOP("Errors", "tags"),
    "byline": QT_TRANSLATE_NOOP("Errors", "byline"),
    "status": QT_TRANSLATE_NOOP("Errors", "status"),
    "dateline": QT_TRANSLATE_NOOP("Errors", "dateline"),
    "dateline.city": QT_TRANSLATE_NOOP("Errors", "dateline city"),
    "dateline.country": QT_TRANSLATE_NOOP("Errors", "dateline country"),
    "dateline.agency": QT_TRANSLATE_NOOP("Errors", "dateline credit"),
    "dateline.state": QT_TRANSLATE_NOOP("Errors", "dateline state"),
    "dateline.timezone": QT_TRANSLATE_NOOP("Errors", "dateline time zone"),
    "outlet_name": QT_TRANSLATE_NOOP("Errors", "outlet name"),
    "agency_credit": QT_TRANSLATE_NOOP("Errors", "agency credit"),
    "dateline_style": QT_TRANSLATE_NOOP("Errors", "dateline style"),
    "dateline_template": QT_TRANSLATE_NOOP("Errors", "dateline template"),
    "site_url": QT_TRANSLATE_NOOP("Errors", "site address"),
    "default_language": QT_TRANSLATE_NOOP("Errors", "default language"),
    "headline_limit": QT_TRANSLATE_NOOP("Errors", "headline limit"),
    "word_target": QT_TRANSLATE_NOOP("Errors", "word target"),
    "show_sources": QT_TRANSLATE_NOOP("Errors", "sources list"),
    # A profile's and a source's fields, and their names per language.
    "name": QT_TRANSLATE_NOOP("Errors", "name"),
    "bio": QT_TRANSLATE_NOOP("Errors", "bio"),
    "title": QT_TRANSLATE_NOOP("Errors", "title"),
    "email": QT_TRANSLATE_NOOP("Errors", "e-mail"),
    "photo": QT_TRANSLATE_NOOP("Errors", "photo"),
    "roles": QT_TRANSLATE_NOOP("Errors", "roles"),
    "author": QT_TRANSLATE_NOOP("Errors", "profile"),
    "id": QT_TRANSLATE_NOOP("Errors", "id"),
    "url": QT_TRANSLATE_NOOP("Errors", "web address"),
    "anonymity_reason": QT_TRANSLATE_NOOP("Errors", "anonymity reason"),
    "anonymity reason": QT_TRANSLATE_NOOP("Errors", "anonymity reason"),
    "names": QT_TRANSLATE_NOOP("Errors", "names in other languages"),
    "name.en": QT_TRANSLATE_NOOP("Errors", "name in English"),
    "name.ru": QT_TRANSLATE_NOOP("Errors", "name in Russian"),
    "bio.en": QT_TRANSLATE_NOOP("Errors", "bio in English"),
    "bio.ru": QT_TRANSLATE_NOOP("Errors", "bio in Russian"),
    "title.en": QT_TRANSLATE_NOOP("Errors", "title in English"),
    "title.ru": QT_TRANSLATE_NOOP("Errors", "title in Russian"),
    # The desk, the memory, revisions and the house dictionary.
    "revision": QT_TRANSLATE_NOOP("Errors", "revision"),
    "translation_of": QT_TRANSLATE_NOOP("Errors", "original"),
    "row": QT_TRANSLATE_NOOP("Errors", "row"),
    "reason": QT_TRANSLATE_NOOP("Errors", "reason"),
    "token": QT_TRANSLATE_NOOP("Errors", "ignored text"),
    "source language": QT_TRANSLATE_NOOP("Errors", "source language"),
    "target language": QT_TRANSLATE_NOOP("Errors", "target language"),
    "side": QT_TRANSLATE_NOOP("Errors", "side"),
    "phrase": QT_TRANSLATE_NOOP("Errors", "phrase"),
    "word": QT_TRANSLATE_NOOP("Errors", "word"),
}

# Fields whose file is the field's own value (a photo the user picked), not a file the field
# is written in: named in the interface language even with the file before them.
PICKED_FILE_FIELDS: Final = frozenset({"photo"})
