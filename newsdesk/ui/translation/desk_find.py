"""Ctrl+F on the desk: the editor's find bar, finding text in the original's column.

The bar is the main editor's :class:`FindReplaceBar` (same field, options and keys) with its
replace row never shown: the original is read-only on the desk. A match is shown selected in
the original's cell, opened read-only, so Ctrl+K can look it up in the memory at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

from newsdesk.ui.editor.find_replace import FindReplaceBar
from newsdesk.ui.translation.desk_model import ORIGINAL_COLUMN

if TYPE_CHECKING:
    from newsdesk.ui.translation.desk_tools import DeskTools
    from newsdesk.ui.translation.desk_widget import TranslationDeskWidget


class OriginalFindBar(FindReplaceBar):
    """Finds in the original's column, row after row, wrapping at the end; never replaces."""

    def __init__(self, desk: TranslationDeskWidget, tools: DeskTools) -> None:
        # The base bar searches one editor; here the rows are searched one by one and the
        # editor is only what the base needs to exist (never shown, never searched).
        placeholder = QPlainTextEdit(desk)
        placeholder.setReadOnly(True)
        placeholder.hide()
        super().__init__(placeholder, desk)
        self.setObjectName("deskFindBar")
        self._desk = desk
        self._tools = tools
        self.find_edit.setPlaceholderText(self.tr("Find in the original"))

    def show_replace(self) -> None:
        self.show_find()  # nothing is replaced in the original from the desk

    def _open(self, *, replace: bool) -> None:
        viewer = self._tools.viewer()
        selected = viewer.textCursor().selectedText() if viewer is not None else ""
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.replace_row.setVisible(False)
        self.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self._desk.table.setFocus()

    def replace_current(self) -> bool:
        return False

    def replace_all(self) -> int:
        return 0

    def _find(self, *, backward: bool) -> bool:
        needle = self.find_edit.text()
        rows = self._desk.model.rowCount()
        if not needle or not rows:
            return False
        flags = self._flags(backward=backward)
        current = self._desk.table.currentIndex()
        first = current.row() if current.isValid() else 0
        viewer = self._tools.viewer()
        if viewer is not None and current.column() == ORIGINAL_COLUMN:
            found = viewer.document().find(needle, viewer.textCursor(), flags)
            if not found.isNull():
                viewer.setTextCursor(found)
                self._say("")
                return True
        step = -1 if backward else 1
        # The other rows in order, then this row again from its start (a wrap-around).
        for offset in range(1, rows + 1):
            row = (first + step * offset) % rows
            text = str(self._desk.model.index(row, ORIGINAL_COLUMN).data() or "")
            document = QTextDocument(text)
            start = document.characterCount() - 1 if backward else 0
            found = document.find(needle, start, flags)
            if not found.isNull():
                self._show(row, found.selectionStart(), found.selectionEnd())
                return True
        self._say(self.tr("Not found"))
        return False

    def _show(self, row: int, start: int, end: int) -> None:
        index = self._desk.model.index(row, ORIGINAL_COLUMN)
        self._desk.table.setCurrentIndex(index)
        self._desk.table.scrollTo(index)
        viewer = self._tools.viewer()
        if viewer is not None:
            cursor = viewer.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            viewer.setTextCursor(cursor)
        self._say("")
