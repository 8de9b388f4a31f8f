"""Red wavy underlines in the desk's closed cells, so a misspelling shows before a cell opens.

The open cell has the editor's :class:`SpellingHighlighter`; a closed cell is painted by the
table's delegate, which draws the text itself. After it, :meth:`CellSpelling.paint` draws the
same red squiggle under the words the column's checker rejects (the same checker, tokens and
house dictionary as the open cell: nothing is judged twice by two rules).

Painting never waits for Hunspell: a word the checker has not judged yet (``peek`` is None)
is left unmarked and queued; a zero-delay timer checks the queue in short slices, as the
highlighter does, and the table repaints once it is done. A cell's words are tokenised once
per text (a bounded cache), so scrolling a long desk costs a dictionary lookup per word.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QTableView

from newsdesk.services.spelling import SpellChecker, WordSpan, iter_words
from newsdesk.ui.spelling.highlighter import utf16_offsets
from newsdesk.ui.translation.desk_model import ORIGINAL_COLUMN, TRANSLATION_COLUMN
from newsdesk.ui.translation.paragraph_editor import ParagraphDelegate

_ModelIndex = QModelIndex | QPersistentModelIndex
SQUIGGLE: Final = QColor(Qt.GlobalColor.red)
"""The underline's colour: the open cell's (SpellingUnderliner's) red."""
_TOKEN_CACHE: Final = 4096
_SLICE_SECONDS: Final = 0.008  # one slice of checking; a keystroke waits at most this long
_HALF_WAVE: Final = 2.0  # pixels from a crest to the next trough, and the wave's height


class CellSpelling(QObject):
    """The closed cells' squiggles for one desk table, in each column's language.

    ``checker_for(column)`` is the checker of that column's story (None while it loads or
    when spelling is off: no squiggles then).
    """

    def __init__(self, table: QTableView, delegate: ParagraphDelegate,
                 checker_for: Callable[[int], SpellChecker | None]) -> None:
        super().__init__(table)
        self._table = table
        self._delegate = delegate
        self._checker_for = checker_for
        self._tokens: dict[str, tuple[WordSpan, ...]] = {}
        self._pending: dict[tuple[int, str], SpellChecker] = {}  # (column, word) -> checker
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.on_timer_timeout)
        delegate.overlay = self.paint

    @property
    def busy(self) -> bool:
        """Whether words seen in a painted cell still wait to be checked."""
        return bool(self._pending)

    def refresh(self) -> None:
        """A checker arrived, or a word was added or ignored: paint the cells again."""
        self._table.viewport().update()

    def misspelt(self, index: _ModelIndex) -> list[WordSpan]:
        """The words of a cell its column's checker rejects (Python offsets into its text);
        words not judged yet are queued and count as right until they are."""
        column = index.column()
        if column not in (ORIGINAL_COLUMN, TRANSLATION_COLUMN):
            return []
        checker = self._checker_for(column)
        text = index.data(Qt.ItemDataRole.EditRole)
        # An empty translation shows a hint in grey ("Not translated yet"): never checked.
        if (checker is None or not isinstance(text, str) or not text
                or text != index.data(Qt.ItemDataRole.DisplayRole)):
            return []
        found: list[WordSpan] = []
        for span in self._words(text):
            verdict = checker.peek(span.word)
            if verdict is None:
                self._pending[(column, span.word)] = checker
            elif not verdict:
                found.append(span)
        if self._pending and not self._timer.isActive():
            self._timer.start()
        return found

    def _words(self, text: str) -> tuple[WordSpan, ...]:
        words = self._tokens.get(text)
        if words is None:
            if len(self._tokens) >= _TOKEN_CACHE:
                self._tokens.clear()
            words = self._tokens[text] = tuple(iter_words(text))
        return words

    def on_timer_timeout(self) -> None:
        """One slice of the queue; the table repaints when it is empty."""
        deadline = time.perf_counter() + _SLICE_SECONDS
        while self._pending and time.perf_counter() < deadline:
            (column, word), checker = next(iter(self._pending.items()))
            del self._pending[(column, word)]
            if checker is self._checker_for(column):  # not a language left meanwhile
                checker.check(word)
        if not self._pending:
            self._timer.stop()
            self.refresh()

    # -- painting ----------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _ModelIndex) -> None:
        """After the delegate painted the cell: a squiggle under each misspelt word."""
        spans = self.misspelt(index)
        if not spans:
            return
        styled = QStyleOptionViewItem(option)
        self._delegate.initStyleOption(styled, index)
        layout, origin = _laid_out(styled)
        if layout is None:
            return  # the row is not fitted to its text yet: it is, once it is in view
        offsets = utf16_offsets(str(index.data(Qt.ItemDataRole.EditRole)))
        descent = QFontMetricsF(styled.font).underlinePos()
        painter.save()
        painter.setPen(QPen(SQUIGGLE, 1.0))
        painter.setClipRect(styled.rect)
        for span in spans:
            start, end = (offsets[span.start], offsets[span.end]) if offsets else span[:2]
            for number in range(layout.lineCount()):
                line = layout.lineAt(number)
                first = max(start, line.textStart())
                last = min(end, line.textStart() + line.textLength())
                if first >= last:
                    continue
                left = origin.x() + _x_of(line, first)
                right = origin.x() + _x_of(line, last)
                baseline = origin.y() + line.y() + line.ascent() + descent + _HALF_WAVE / 2
                painter.drawPath(_wave(left, right, baseline))
        painter.restore()


def _laid_out(option: QStyleOptionViewItem) -> tuple[QTextLayout | None, QPointF]:
    """The cell's text laid out where the style draws it (Qt's item view text: the text rect
    less the focus frame's margin, word-wrapped, aligned as the item says), and where the
    layout's origin is in the view. None when the text is taller than the cell."""
    widget = option.widget
    style = widget.style() if widget is not None else QApplication.style()
    rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    rect = rect.adjusted(margin, 0, -margin, 0)
    text_option = QTextOption()
    wraps = bool(option.features & QStyleOptionViewItem.ViewItemFeature.WrapText)
    text_option.setWrapMode(QTextOption.WrapMode.WordWrap if wraps
                            else QTextOption.WrapMode.ManualWrap)
    text_option.setTextDirection(option.direction)
    text_option.setAlignment(QStyle.visualAlignment(option.direction, option.displayAlignment))
    layout = QTextLayout(option.text, option.font)
    layout.setTextOption(text_option)
    height = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(rect.width())
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    if height > rect.height():
        return None, QPointF()
    size = layout.boundingRect().size().toSize()
    aligned = QStyle.alignedRect(Qt.LayoutDirection.LayoutDirectionAuto,
                                 option.displayAlignment & Qt.AlignmentFlag.AlignVertical_Mask,
                                 size, rect)
    return layout, QPointF(rect.x(), aligned.top())


def _x_of(line: QTextLine, position: int) -> float:
    """Where ``position`` of the text is on ``line`` (PySide returns it with the position)."""
    found: object = line.cursorToX(position)
    x = found[0] if isinstance(found, tuple) else found
    return float(x) if isinstance(x, int | float) else 0.0


def _wave(left: float, right: float, y: float) -> QPainterPath:
    """A zigzag from ``left`` to ``right`` around ``y``: the spell-check underline."""
    path = QPainterPath(QPointF(left, y))
    x, up = left, True
    while x < right:
        x = min(right, x + _HALF_WAVE)
        path.lineTo(x, y - _HALF_WAVE / 2 if up else y + _HALF_WAVE / 2)
        up = not up
    return path
