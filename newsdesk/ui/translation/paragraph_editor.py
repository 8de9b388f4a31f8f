"""The desk's cell editor: a whole paragraph on screen, Enter commits, Esc cancels."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QFrame,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QWidget,
)

_ModelIndex = QModelIndex | QPersistentModelIndex
_ENTER_KEYS: Final = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
EDITOR_NAME: Final = "paragraphEditor"


def may_hold_line_break(text: str, position: int) -> bool:
    """Whether a soft line break may go at ``position`` of a paragraph's Markdown text.

    A Markdown paragraph may hold a soft line break (one newline: the paragraph goes on, and
    renders it as a space), which translators use to keep long quotes readable. A heading
    (``## …``) is one line by definition, and a second newline in a row would be a blank
    line, which ends the paragraph: both would change the story's structure from inside one
    row, so the editor refuses them instead of silently splitting the row.
    """
    if text.lstrip().startswith("#"):
        return False
    before, after = text[:position], text[position:]
    return not (before.endswith("\n") or after.startswith("\n") or not before.strip())


class ParagraphEdit(QTextEdit):
    """Plain text, word-wrapped, as tall as the paragraph: no scrolling inside one cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(EDITOR_NAME)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.Box)
        self.setToolTip(self.tr("Enter keeps the paragraph, Esc drops the change, Shift+Enter "
                                "breaks the line inside the paragraph (not in a heading)"))
        self._min_height = 0
        self.document().contentsChanged.connect(self.fit_to_text)

    def make_read_only(self) -> None:
        """The original's paragraph: selectable (to search the memory, to copy), never typed in."""
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setToolTip(self.tr("The original is read-only: select a word or phrase and press "
                                "Ctrl+K to find it in the translation memory"))

    def sizeHint(self) -> QSize:
        # The original's cell stays open as a persistent editor, whose size hint the view
        # takes for the row's height: a text edit's default (192 px) would swell the row.
        hint = super().sizeHint()
        return QSize(hint.width(), 0) if self.isReadOnly() else hint

    def content_height(self) -> int:
        """Pixels the whole text needs at the editor's current width."""
        self.document().setTextWidth(self.viewport().width())
        margins = self.contentsMargins()
        return int(self.document().size().height()) + margins.top() + margins.bottom() + 2

    def set_min_height(self, height: int) -> None:
        self._min_height = height
        self.fit_to_text()

    def fit_to_text(self) -> None:
        """Grow (over the rows below, as a spreadsheet cell does) while the text grows."""
        self.resize(self.width(), max(self._min_height, self.content_height()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.key() in _ENTER_KEYS
                and event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            cursor = self.textCursor()
            if may_hold_line_break(self.toPlainText(), cursor.position()):
                cursor.insertText("\n")
            return
        super().keyPressEvent(event)


class ParagraphDelegate(QStyledItemDelegate):
    """Edits a paragraph in a :class:`ParagraphEdit`: Enter commits, Esc cancels.

    Rows get a little air above and below the text; the width is left alone so the
    word-wrapped height the view computes is the height the text needs.

    Signals:
        draft_changed(int, str): the paragraph of this row as typed so far, not committed.
        editor_opened(object, int): a cell editor (a read-only one for the original) and its
            column, just made.
    """

    draft_changed = Signal(int, str)
    """(row, text) on every change in an open cell editor, for the recovery journal."""
    editor_opened = Signal(object, int)
    """(editor, column): a cell editor was made (the desk's tools add spelling to it)."""

    overlay: Callable[[QPainter, QStyleOptionViewItem, _ModelIndex], None] | None = None
    """Drawn over each cell after its text (the closed cells' spelling squiggles)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: _ModelIndex) -> None:
        super().paint(painter, option, index)
        if self.overlay is not None:
            self.overlay(painter, option, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: _ModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 12)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt
                     index: _ModelIndex) -> QWidget:
        editor = ParagraphEdit(parent)
        read_only = not index.flags() & Qt.ItemFlag.ItemIsEditable
        if read_only:
            editor.make_read_only()  # the original, opened to select from (desk_tools)
        self.editor_opened.emit(editor, index.column())
        if read_only:
            return editor  # nothing typed in it goes to the journal
        row = index.row()
        editor.textChanged.connect(lambda: self.draft_changed.emit(row, editor.toPlainText()))
        return editor

    def setEditorData(self, editor: QWidget, index: _ModelIndex) -> None:  # noqa: N802 - Qt
        if isinstance(editor, ParagraphEdit):
            editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.moveCursor(editor.textCursor().MoveOperation.End)
        else:
            super().setEditorData(editor, index)

    def setModelData(  # noqa: N802 - Qt override
        self, editor: QWidget, model: QAbstractItemModel, index: _ModelIndex
    ) -> None:
        if isinstance(editor, ParagraphEdit):
            if not editor.isReadOnly():
                model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(  # noqa: N802 - Qt override
        self, editor: QWidget, option: QStyleOptionViewItem, index: _ModelIndex
    ) -> None:
        editor.setGeometry(option.rect)
        if isinstance(editor, ParagraphEdit):
            editor.set_min_height(option.rect.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # QStyledItemDelegate lets a text edit keep Enter (a newline) and ends the edit on
        # Esc and focus-out; here Enter ends it too, and keeps the text.
        if (isinstance(watched, ParagraphEdit) and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in _ENTER_KEYS
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.commitData.emit(watched)
            self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(watched, event)
