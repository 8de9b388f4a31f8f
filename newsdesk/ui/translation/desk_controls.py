"""The desk's keys and buttons, made one way: named for tests, bound to the desk's window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget


def desk_action(desk: QWidget, name: str, text: str, key: str) -> QAction:
    """An action of the desk's keys (the desk's window and its children)."""
    action = QAction(text, desk)
    action.setObjectName(name)
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    desk.addAction(action)
    return action


def desk_button(desk: QWidget, name: str, text: str, tip: str, key: str = "") -> QPushButton:
    """A button of the desk's command bar, its key (if any) said in ``tip`` by the caller."""
    button = QPushButton(text, desk)
    button.setObjectName(name)
    button.setToolTip(tip)
    if key:
        button.setShortcut(QKeySequence(key))
    return button
