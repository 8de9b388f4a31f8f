"""How the desk names each workflow status, the same in the list, filters, menus and editor.

The stored value of the spike is ``archived`` (interchange files and the CLI keep it); on the
desk it is called what newsrooms call it: Spiked. The names are translated when looked up, so
a label is always in the interface language installed at that moment.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Final

from PySide6.QtCore import QCoreApplication

from newsdesk.domain.article import Status
from newsdesk.ui.noop import QT_TRANSLATE_NOOP

_ENGLISH: Final = {
    Status.DRAFT: QT_TRANSLATE_NOOP("Status", "Draft"),
    Status.EDITING: QT_TRANSLATE_NOOP("Status", "Editing"),
    Status.READY: QT_TRANSLATE_NOOP("Status", "Ready"),
    Status.PUBLISHED: QT_TRANSLATE_NOOP("Status", "Published"),
    Status.ARCHIVED: QT_TRANSLATE_NOOP("Status", "Spiked"),
}


class _StatusLabels(Mapping[Status, str]):
    """``STATUS_LABELS[status]``: the status's name in the interface language."""

    def __getitem__(self, status: Status) -> str:
        return QCoreApplication.translate("Status", _ENGLISH[status])

    def __iter__(self) -> Iterator[Status]:
        return iter(_ENGLISH)

    def __len__(self) -> int:
        return len(_ENGLISH)


STATUS_LABELS: Final = _StatusLabels()


def status_label(status: Status | str) -> str:
    return STATUS_LABELS[Status(status)]
