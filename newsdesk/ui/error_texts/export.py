"""Error templates about exports: their folders and what they write."""

from __future__ import annotations

from typing import Final

from newsdesk.ui.noop import QT_TRANSLATE_NOOP

TEMPLATES: Final = frozenset({
    # newsdesk.services.export and newsdesk.printing: export folders
    QT_TRANSLATE_NOOP("Errors", "exists and is not a folder"),
    QT_TRANSLATE_NOOP("Errors", "exists and is not a folder; the author pages go there: move it "
                                "away"),
    QT_TRANSLATE_NOOP("Errors", "is a symbolic link, and an export never writes through one (it "
                                "may lead out of the export folder); remove it or export to "
                                "another folder"),
    QT_TRANSLATE_NOOP("Errors", "is a symbolic link, and an export never writes through one; "
                                "remove it or export to another folder"),
})  # fmt: skip
