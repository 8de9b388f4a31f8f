"""A plain-text layout that repaints only the edited paragraph when a highlighter restyles it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextBlock, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout, QPlainTextEdit

__all__ = ["BlockUpdateLayout", "install_block_update_layout"]


class BlockUpdateLayout(QPlainTextDocumentLayout):
    """``QPlainTextDocumentLayout`` that finds the edited blocks from the added characters only.

    A keystroke and the highlighter's restyling of its paragraph reach the layout as one
    change: "the paragraph's N characters were replaced by N + 1". The stock layout adds the
    removed and the added counts to find where the change ends, lands in the next paragraph,
    and repaints the whole viewport, on every keystroke of a highlighted story (2-3 ms of a
    5 ms budget at 10,000 words). Only ``from .. from + added`` exists in the new text, so
    that is what needs laying out, and a paragraph that keeps its height repaints alone.

    The restyle has already thrown the paragraph's old lines away, so the stock layout can no
    longer tell whether the paragraph grew (a wrapped line, or a taller inline-code run): the
    heights this layout last gave each paragraph are remembered instead, and any change, or a
    paragraph not seen yet, repaints everything from that paragraph down.

    Signals:
        paragraph_resized(QTextBlock): this paragraph changed height; what lies below it moved.
    """

    paragraph_resized = Signal(QTextBlock)
    """The edited paragraph is taller or shorter now (or was not measured before)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        # Asked for inside documentChanged, document() hands back a new wrapper each time;
        # holding the one we were built with keeps its ownership plain.
        self._document = document
        # Block number -> (height, line width) as last laid out here; numbers hold while the
        # block count does, and a new width (the window was resized) never matches.
        self._heights: dict[int, tuple[float, float]] = {}
        self._block_count = -1

    def documentChanged(self, position: int, removed: int, added: int) -> None:  # noqa: N802
        if not (removed and added):
            self._heights.clear()
            super().documentChanged(position, removed, added)
            return
        document = self._document
        if document.blockCount() != self._block_count:
            self._heights.clear()
        block = document.findBlock(position)
        number = block.blockNumber()
        before = self._heights.get(number)
        super().documentChanged(position, 0, added)
        self._block_count = document.blockCount()
        after = self._measure(block)
        self._heights[number] = after
        if after != before:
            self.paragraph_resized.emit(block)

    def _measure(self, block: QTextBlock) -> tuple[float, float]:
        if not block.isValid():
            return (-1.0, -1.0)
        height = self.blockBoundingRect(block).height()
        layout = block.layout()
        width = layout.lineAt(0).width() if layout.lineCount() else -1.0
        return (height, width)


def install_block_update_layout(editor: QPlainTextEdit) -> QTextDocument:
    """Give ``editor`` a new document laid out by :class:`BlockUpdateLayout`.

    Call it before any highlighter is attached (a new document drops the old one's). A
    paragraph that changes height repaints the viewport from its top down: the lines above it
    did not move.
    """
    document = QTextDocument(editor)
    layout = BlockUpdateLayout(document)
    document.setDocumentLayout(layout)
    editor.setDocument(document)

    def repaint_from(block: QTextBlock) -> None:
        viewport = editor.viewport()
        top = 0
        if block.isValid():
            top = int(editor.blockBoundingGeometry(block).translated(editor.contentOffset()).top())
        top = max(0, top)
        viewport.update(0, top, viewport.width(), max(0, viewport.height() - top))

    layout.paragraph_resized.connect(repaint_from)
    return document
