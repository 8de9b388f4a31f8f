"""A window-modal progress dialog for long work on the task runner, with a Cancel.

The export and the desk's TMX import both show one: it stays up until the work's outcome
arrives (no auto close or reset when the bar fills, since the last step, the commit, comes
after it), appears only when the work takes a moment, and its Cancel only asks: the work
stops between steps and says what it kept.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget


def cancellable_progress(parent: QWidget, *, name: str, title: str, text: str,
                         cancel_text: str, total: int, on_cancel: Callable[[], None],
                         shown_after_ms: int = 300) -> QProgressDialog:
    """The dialog, at 0 of ``total`` (0: not known yet), calling ``on_cancel`` on Cancel."""
    dialog = QProgressDialog(text, cancel_text, 0, total, parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(shown_after_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    dialog.canceled.connect(on_cancel)
    return dialog
