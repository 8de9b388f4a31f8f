"""How the desk names each workflow status, the same in the list, filters, menus and editor.

The stored value of the spike is ``archived`` (interchange files and the CLI keep it); on the
desk it is called what newsrooms call it: Spiked.
"""

from __future__ import annotations

from typing import Final

from newsdesk.domain.article import Status

STATUS_LABELS: Final = {
    Status.DRAFT: "Draft",
    Status.EDITING: "Editing",
    Status.READY: "Ready",
    Status.PUBLISHED: "Published",
    Status.ARCHIVED: "Spiked",
}


def status_label(status: Status | str) -> str:
    return STATUS_LABELS[Status(status)]
