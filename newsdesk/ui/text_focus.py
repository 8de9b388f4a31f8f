"""The text field the user types in, for the menus' Cut, Copy, Paste, Select All, Undo, Redo.

Undo and Redo mean typing where the user types and the desk's actions (spike...) anywhere
else; the window asks here first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QLineEdit

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit


def focused_text_widget() -> QPlainTextEdit | QTextEdit | QLineEdit | None:
    """The editable text field with the keyboard focus (None: none has it)."""
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit  # not on the start-up path

    focus = QApplication.focusWidget()
    if isinstance(focus, QPlainTextEdit | QTextEdit | QLineEdit) and not focus.isReadOnly():
        return focus
    return None


def edit_focused(command: str) -> bool:
    """Run ``command`` ("cut", "undo"...) on the focused text field; False when none has focus."""
    widget = focused_text_widget()
    if widget is None:
        return False
    getattr(widget, command)()
    return True
