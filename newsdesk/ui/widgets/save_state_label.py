"""The status bar's save state: "✓ Saved", "● Unsaved changes", "✗ Not saved"..., never silent.

The text says the state at a glance, the tooltip why (the autosaver's message), and the
``saveState`` property lets a style sheet or a test tell the states apart in any language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from newsdesk.ui.autosave import SaveState
from newsdesk.ui.noop import QT_TRANSLATE_NOOP

_STATE_TEXT = {
    SaveState.SAVED: QT_TRANSLATE_NOOP("SaveStateLabel", "✓ Saved"),
    SaveState.UNSAVED: QT_TRANSLATE_NOOP("SaveStateLabel", "● Unsaved changes"),
    SaveState.EMPTY: QT_TRANSLATE_NOOP("SaveStateLabel", "New story"),
    SaveState.INVALID: QT_TRANSLATE_NOOP("SaveStateLabel", "✗ Not saved"),
    SaveState.CONFLICT: QT_TRANSLATE_NOOP("SaveStateLabel", "✗ Not saved: conflict"),
    SaveState.OFFLINE: QT_TRANSLATE_NOOP("SaveStateLabel", "⚠ Kept on this computer"),
}
_NEEDS_ATTENTION = (SaveState.INVALID, SaveState.CONFLICT, SaveState.OFFLINE)


class SaveStateLabel(QLabel):
    """Whether the open story is stored: "Opening…" until the desk is built."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveStateLabel")
        self.setText(self.tr("Opening…"))
        self.setAccessibleName(self.tr("Save state"))
        self.setMinimumWidth(150)

    def show_state(self, state: SaveState, message: str = "") -> None:
        """``state`` in words; ``message`` (why, what to do) in the tooltip. The states that
        need the user's attention are in bold."""
        self.setText(QCoreApplication.translate("SaveStateLabel", _STATE_TEXT[state]))
        self.setToolTip(message)
        self.setProperty("saveState", state.value)
        font = self.font()
        font.setBold(state in _NEEDS_ATTENTION)
        self.setFont(font)
