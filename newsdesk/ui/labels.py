"""How the interface names the domain's kinds and roles, in the interface language.

The domain keeps its stored values in English (``news agency``, ``reporter``); these are the
words a user reads for them, looked up when shown so a label follows the installed language.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication

from newsdesk.domain.article import Role
from newsdesk.domain.people import SourceKind
from newsdesk.ui.noop import QT_TRANSLATE_NOOP

_KINDS: Final = {
    SourceKind.PERSON: QT_TRANSLATE_NOOP("SourceKind", "Person"),
    SourceKind.NEWS_AGENCY: QT_TRANSLATE_NOOP("SourceKind", "News agency"),
    SourceKind.ORGANISATION: QT_TRANSLATE_NOOP("SourceKind", "Organisation"),
    SourceKind.DOCUMENT: QT_TRANSLATE_NOOP("SourceKind", "Document"),
    SourceKind.WEBSITE: QT_TRANSLATE_NOOP("SourceKind", "Website"),
}
_ROLES: Final = {
    Role.REPORTER: QT_TRANSLATE_NOOP("Role", "Reporter"),
    Role.EDITOR: QT_TRANSLATE_NOOP("Role", "Editor"),
    Role.TRANSLATOR: QT_TRANSLATE_NOOP("Role", "Translator"),
    Role.PHOTOGRAPHER: QT_TRANSLATE_NOOP("Role", "Photographer"),
}


def source_kind_label(kind: SourceKind | str) -> str:
    """"News agency" / «Информагентство»; an unknown stored kind is shown as stored."""
    try:
        english = _KINDS[SourceKind(kind)]
    except ValueError:
        return str(kind).capitalize()
    return QCoreApplication.translate("SourceKind", english)


def role_label(role: Role | str) -> str:
    """"Reporter" / «Корреспондент»."""
    try:
        english = _ROLES[Role(role)]
    except ValueError:
        return str(role).capitalize()
    return QCoreApplication.translate("Role", english)


_LANGUAGES: Final = {
    "en": QT_TRANSLATE_NOOP("Language", "English"),
    "ru": QT_TRANSLATE_NOOP("Language", "Russian"),
    "kk": QT_TRANSLATE_NOOP("Language", "Kazakh"),
    "uz": QT_TRANSLATE_NOOP("Language", "Uzbek"),
    "ky": QT_TRANSLATE_NOOP("Language", "Kyrgyz"),
    "tg": QT_TRANSLATE_NOOP("Language", "Tajik"),
    "tk": QT_TRANSLATE_NOOP("Language", "Turkmen"),
    "zh": QT_TRANSLATE_NOOP("Language", "Chinese"),
}


def language_name(code: str) -> str:
    """"Russian" / «русский» for ``ru``; a code the desk does not name is shown as it is."""
    english = _LANGUAGES.get(code)
    return QCoreApplication.translate("Language", english) if english else code
