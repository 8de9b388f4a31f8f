"""Error templates about exports: their folders and what they write.

English templates marked for the catalogue in the "Errors" context; ``newsdesk.ui.error_text``
translates an error's wording when its template is listed here.
"""

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
