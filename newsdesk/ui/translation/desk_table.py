"""The desk's table of rows: paragraphs side by side, and jumps that land where they are sent.

On a long desk the rows are fitted to their text only where the eye is (desk_sizing), so
the table's scroll range is an estimate until the rows in view are fitted. A jump (Ctrl+End,
F7/F8/F9, a readiness problem naming a row far down) first fits the rows it will show, then
scrolls: Qt's own ``scrollTo`` would clamp the scroll to the range as it was and land short
of a row at the end.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from newsdesk.ui.translation.desk_model import STATE_COLUMN, DeskModel
from newsdesk.ui.translation.desk_sizing import RowHeights
from newsdesk.ui.translation.paragraph_editor import ParagraphDelegate

_ModelIndex = QModelIndex | QPersistentModelIndex
_Hint = QAbstractItemView.ScrollHint
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_HELD = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
         | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier)


class DeskTable(QTableView):
    """The rows of one desk: word-wrapped, one row selected, rows as tall as their text."""

    def __init__(self, model: DeskModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskTable")
        self.setModel(model)
        self.paragraph_delegate = ParagraphDelegate(self)
        self.setItemDelegate(self.paragraph_delegate)
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        columns.setSectionResizeMode(STATE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.row_heights = RowHeights(self)  # lazily on a story of thousands of rows
        # A pale selection, so a flagged row's mark and text stay readable when selected.
        self.setStyleSheet("QTableView { gridline-color: #d8d8d8; "
                           "selection-background-color: #d7e6f7; selection-color: #111; }")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on a translation cell opens it for typing, as F2 does: Enter in the open cell
        keeps the text, so a translator goes row to row on one key (Qt only opens cells on
        Enter on macOS). Not while the desk is busy (its edit triggers are off then), and
        never with Ctrl, which confirms the row."""
        index = self.currentIndex()
        if (event.key() in _ENTER_KEYS and not event.modifiers() & _HELD
                and self.state() != QAbstractItemView.State.EditingState
                and index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable
                and self.editTriggers() & QAbstractItemView.EditTrigger.EditKeyPressed):
            self.edit(index, QAbstractItemView.EditTrigger.EditKeyPressed, event)
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt override
        """No type-to-find: letters typed on the rows open the cell for typing (or, while the
        desk is busy saving, go nowhere); Qt's search would move the translator to another
        row whose text starts with them, and a confirmation on its way with it."""

    def scrollTo(self, index: _ModelIndex,  # noqa: N802 - Qt override
                 hint: _Hint = _Hint.EnsureVisible) -> None:
        """Qt's scroll, after fitting the rows it will show (also what Ctrl+End and a new
        current row call)."""
        if index.isValid():
            self.row_heights.fit_around(index.row())
        super().scrollTo(index, hint)

    def scrollToBottom(self) -> None:  # noqa: N802 - Qt slot, called from Python
        """The last row's bottom at the view's bottom, the rows above it fitted first."""
        rows = self.model().rowCount()
        if rows:
            self.row_heights.fit_around(rows - 1)
        super().scrollToBottom()
