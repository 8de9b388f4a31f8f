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
