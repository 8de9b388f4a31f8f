"""Field checks shared by the editor, the importer and the services, with user-facing words."""

from __future__ import annotations

import re

from newsdesk.domain.article import Article, Dateline
from newsdesk.domain.errors import InvalidInputError, Wording, wording
from newsdesk.domain.one_line import one_line
from newsdesk.domain.slugs import is_valid_slug

MAX_HEADLINE = 500
MAX_DECK = 2000
MAX_BODY = 10_000_000
LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


def _no_nul(value: str, field: str) -> None:
    if "\x00" in value:
        raise InvalidInputError(wording("contains a NUL character, which cannot be stored"),
                                field=field)


def validate_article(article: Article) -> None:
    """Refuse what the database cannot hold or the desk cannot publish, naming the field."""
    for field, value in (
        ("headline", article.headline),
        ("deck", article.deck),
        ("body", article.body),
        ("slug", article.slug),
    ):
        _no_nul(value, field)
    if not one_line(article.headline):  # a headline of BEL and line breaks is empty too
        raise InvalidInputError(wording("is empty: every story needs a headline"),
                                field="headline")
    for field, value, limit in (("headline", article.headline, MAX_HEADLINE),
                                ("deck", article.deck, MAX_DECK), ("body", article.body, MAX_BODY)):
        if len(value) > limit:
            raise InvalidInputError(_too_long(value, limit), field=field)
    if article.slug and not is_valid_slug(article.slug):
        raise InvalidInputError(
            wording("'{slug}' may hold only lowercase latin letters, digits and hyphens",
                    slug=article.slug),
            field="slug",
        )
    if not LANGUAGE_TAG.match(article.language):
        raise InvalidInputError(
            wording("'{language}' is not a language tag like en, ru or en-GB",
                    language=article.language),
            field="language",
        )
    for tag in article.tags:
        _no_nul(tag, "tags")
        if len(tag) > 100:
            raise InvalidInputError(
                wording("'{tag}…' is longer than 100 characters", tag=tag[:30]), field="tags")
        if "," in tag:
            # The editor's tag field separates tags with commas: such a tag would come back
            # split in two the first time anyone edits the story.
            raise InvalidInputError(
                wording("'{tag}' holds a comma, which separates tags; make it two tags or drop "
                        "the comma", tag=tag),
                field="tags",
            )
    _validate_dateline(article.dateline)


# The widths of the dateline columns: longer text is an error here, not a database failure.
_DATELINE_LIMITS = {"city": 200, "country": 200, "agency": 100, "state": 100, "timezone": 64}


def _validate_dateline(dateline: Dateline) -> None:
    for name, limit in _DATELINE_LIMITS.items():
        value: str = getattr(dateline, name)
        field = f"dateline.{name}"
        _no_nul(value, field)
        if len(value) > limit:
            raise InvalidInputError(_too_long(value, limit), field=field)


def _too_long(value: str, limit: int) -> Wording:
    return wording("is {length} characters long; the limit is {limit}",
                   length=f"{len(value):,}", limit=f"{limit:,}")
