"""A keystroke in a highlighted story repaints its paragraph, and the layout stays right."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QFont, QGuiApplication, QImage
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
    qtbot.keyClicks(editor, "A")  # the paragraph's first edit measures it (and repaints below)
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
    assert block.text().startswith("The Anew **minister**")
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


def _on_screen(editor: MarkdownEditor) -> QImage:
    """What the window system shows for the viewport now (not a fresh paint)."""
    viewport = editor.viewport()
    corner = viewport.mapTo(editor.window(), QPoint(0, 0))
    screen = QGuiApplication.primaryScreen()
    return screen.grabWindow(editor.window().winId(), corner.x(), corner.y(),
                             viewport.width(), viewport.height()).toImage()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_screen_matches_a_full_repaint_after_every_kind_of_edit(
    qtbot: QtBot, seed: int
) -> None:
    """Partial repaints must never leave old pixels: lines that wrap, code runs that change
    the line height, deletions, undo, a resized window."""
    rng = random.Random(seed)
    editor = _shown_editor(qtbot)
    editor.setCursorWidth(0)  # the blinking caret would differ between the two pictures
    edits = ["new words typed here ", "x", "`code` ", "more text that wraps the line on "]
    for step in range(10):
        block = editor.document().findBlockByNumber(rng.choice([0, 2, 4, 6, 8]))
        cursor = editor.textCursor()
        cursor.setPosition(block.position() + rng.randint(0, block.length() - 1))
        editor.setTextCursor(cursor)
        for char in rng.choice(edits):
            qtbot.keyClicks(editor, char)
            qtbot.wait(1)
        if step % 3 == 0:
            for _ in range(6):
                qtbot.keyClick(editor, Qt.Key.Key_Backspace)
        if step % 4 == 1:
            editor.resize(760 + 40 * (step % 3), 600)
            qtbot.wait(10)
            qtbot.keyClicks(editor, "abc")
        if step % 4 == 2:
            editor.undo()
            editor.undo()
            editor.redo()
        qtbot.wait(30)
        shown = _on_screen(editor)
        editor.viewport().repaint()
        qtbot.wait(30)
        assert shown == _on_screen(editor), f"stale pixels after edit {step}"
