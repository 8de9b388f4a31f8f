"""A keystroke in a highlighted story repaints its paragraph, and the layout stays right."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from newsdesk.ui.editor.block_update_layout import BlockUpdateLayout
from newsdesk.ui.editor.markdown_editor import MarkdownEditor

PARAGRAPH = ("The **minister** said the new schedule would reach farmers before the summer, "
             "and [officials](https://gov.uz) in Tashkent agreed with *the* plan.")
STORY = "\n\n".join([PARAGRAPH] * 60)


class PaintRecorder(QObject):
    """Every rectangle the viewport is asked to paint."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.rect())  # type: ignore[attr-defined]
        return False


def _shown_editor(qtbot: QtBot) -> MarkdownEditor:
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.resize(900, 600)
    editor.setPlainText(STORY)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _put_cursor_in_paragraph(editor: MarkdownEditor, block_number: int, column: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().findBlockByNumber(block_number).position() + column)
    editor.setTextCursor(cursor)


def test_the_body_lays_out_with_the_block_update_layout(qtbot: QtBot) -> None:
    editor = _shown_editor(qtbot)
    assert isinstance(editor.document().documentLayout(), BlockUpdateLayout)


def test_typing_repaints_the_paragraph_not_the_viewport(qtbot: QtBot) -> None:
    editor = _shown_editor(qtbot)
    _put_cursor_in_paragraph(editor, 4, 4)  # "The |**minister**": formats follow the cursor
    qtbot.wait(20)
    recorder = PaintRecorder()
    editor.viewport().installEventFilter(recorder)

    qtbot.keyClicks(editor, "new ")
    qtbot.wait(20)

    block = editor.document().findBlockByNumber(4)
    paragraph = editor.blockBoundingGeometry(block).translated(editor.contentOffset())
    assert recorder.rects, "typing painted nothing"
    for rect in recorder.rects:
        assert rect.height() < editor.viewport().height() // 2
        assert rect.intersects(paragraph.toAlignedRect())
    assert block.text().startswith("The new **minister**")
    # The highlighter restyled the paragraph: the bold run moved with the typed text.
    bold_at = block.text().index("minister")
    bold_runs = [(r.start, r.start + r.length) for r in block.layout().formats()
                 if r.format.fontWeight() == QFont.Weight.Bold]
    assert any(start <= bold_at and bold_at + len("minister") <= end
               for start, end in bold_runs), bold_runs


def test_a_paragraph_that_grows_a_line_moves_the_ones_below(qtbot: QtBot) -> None:
    editor = _shown_editor(qtbot)
    document = editor.document()
    below = document.findBlockByNumber(6)
    top_before = editor.blockBoundingGeometry(below).top()
    _put_cursor_in_paragraph(editor, 4, len(PARAGRAPH))

    qtbot.keyClicks(editor, " It will be extended to the whole valley next spring." * 3)
    qtbot.wait(20)

    grown = document.findBlockByNumber(4)
    assert grown.layout().lineCount() > document.findBlockByNumber(2).layout().lineCount()
    assert editor.blockBoundingGeometry(below).top() > top_before
    # Undo puts it back exactly, layout included.
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(20)
    while document.findBlockByNumber(4).text() != PARAGRAPH and document.isUndoAvailable():
        document.undo()
    assert document.findBlockByNumber(4).text() == PARAGRAPH
    assert editor.blockBoundingGeometry(below).top() == top_before
