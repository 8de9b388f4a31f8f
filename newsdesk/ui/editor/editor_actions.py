"""The editor's four window-wide commands, made before the editor so the menus exist first.

The window builds its menu bar and toolbar the moment it appears, while the editor itself is
built only once the newsroom is open; these actions are handed to the editor then.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from newsdesk.ui.noop import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class EditorActions:
    """Find (Ctrl+F), Replace (Ctrl+H), Preview (Ctrl+Shift+P) and Smart quotes."""

    find: QAction
    replace: QAction
    toggle_preview: QAction
    smart_quotes: QAction


def make_editor_actions(owner: QObject) -> EditorActions:
    def action(object_name: str, text: str, shortcut: QKeySequence | None = None, *,
               checked: bool = False, checkable: bool = False) -> QAction:
        made = QAction(QCoreApplication.translate("EditorActions", text), owner)
        made.setObjectName(object_name)
        if shortcut is not None:
            made.setShortcut(shortcut)
        made.setCheckable(checkable)
        made.setChecked(checked)
        return made

    return EditorActions(
        find=action("findAction", QT_TRANSLATE_NOOP("EditorActions", "&Find…"),
                    QKeySequence(QKeySequence.StandardKey.Find)),
        replace=action("replaceAction", QT_TRANSLATE_NOOP("EditorActions", "&Replace…"),
                       QKeySequence("Ctrl+H")),
        toggle_preview=action("togglePreviewAction",
                              QT_TRANSLATE_NOOP("EditorActions", "&Preview"),
                              QKeySequence("Ctrl+Shift+P"), checkable=True, checked=True),
        smart_quotes=action("smartQuotesAction",
                            QT_TRANSLATE_NOOP("EditorActions", "S&mart quotes"),
                            checkable=True, checked=True),
    )
