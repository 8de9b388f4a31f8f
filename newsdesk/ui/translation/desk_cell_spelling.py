"""Red wavy underlines in the desk's closed cells, so a misspelling shows before a cell opens.

The open cell has the editor's :class:`SpellingHighlighter`; a closed cell is painted by the
table's delegate, which draws the text itself. After it, :meth:`CellSpelling.paint` draws the
same red squiggle under the words the column's checker rejects (the same checker, tokens and
house dictionary as the open cell: nothing is judged twice by two rules).

Painting never waits for Hunspell nor for laying text out. A word the checker has not judged
yet (``peek`` is None) is left unmarked and queued; a timer checks the queue in short slices
with gaps between them, as the open cell's highlighter checks in slices, then repaints the
table. A cell whose squiggles are not drawn yet (its text laid out as the style lays it out,
the waves under its misspelt words) gets them on the next turn of the event loop: a page
scrolled into view paints about as fast as without spelling, its squiggles a moment later.
The cells' verdicts and their squiggles are cached (bounded), so scrolling back costs a
dictionary lookup per cell.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
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
_PathKey = tuple[str, int, int, str, tuple[WordSpan, ...]]
_Stamp = tuple[SpellChecker, frozenset[str], frozenset[str]]
SQUIGGLE: Final = QColor(Qt.GlobalColor.red)
"""The underline's colour: the open cell's (SpellingUnderliner's) red."""
_TOKEN_CACHE: Final = 4096
_PATH_CACHE: Final = 2048
_SLICE_SECONDS: Final = 0.004  # one slice of checking or drawing: a frame waits at most this
_CHECK_GAP_MS: Final = 12
"""Between two slices of checking: the desk's own work (QA results, memory matches, a
scroll) runs in the gaps instead of queueing behind a thousand words of a first screen."""
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
        self._verdicts: dict[tuple[int, str], tuple[_Stamp, tuple[WordSpan, ...]]] = {}
        self._pending: dict[tuple[int, str], SpellChecker] = {}  # (column, word) -> checker
        self._timer = QTimer(self)
        self._timer.setInterval(_CHECK_GAP_MS)
        self._timer.timeout.connect(self.on_timer_timeout)
        # A cell's squiggles, relative to its top left, by what they depend on: its text,
        # size, font and misspelt words.
        self._paths: dict[_PathKey, QPainterPath] = {}
        self._unpainted: dict[_PathKey, tuple[QPersistentModelIndex, QStyleOptionViewItem,
                                              list[WordSpan]]] = {}
        self._layout_timer = QTimer(self)
        self._layout_timer.setSingleShot(True)
        self._layout_timer.setInterval(0)
        self._layout_timer.timeout.connect(self.on_layout_timer_timeout)
        delegate.overlay = self.paint

    @property
    def busy(self) -> bool:
        """Whether words seen in a painted cell still wait to be checked, or cells for their
        squiggles to be drawn (a paint after that draws every cell's squiggles)."""
        return bool(self._pending or self._unpainted)

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
        # An empty translation's text is "" (the hint shown in grey is never checked).
        text = index.data(Qt.ItemDataRole.EditRole)
        if checker is None or not isinstance(text, str) or not text:
            return []
        # The verdicts hold while the checker, its house words and the story's ignores do.
        stamp = (checker, checker.house_words, checker.ignored_words)
        known = self._verdicts.get((column, text))
        if known is not None and known[0] == stamp:
            return list(known[1])
        found: list[WordSpan] = []
        unjudged = False
        for span in self._words(text):
            verdict = checker.peek(span.word)
            if verdict is None:
                self._pending[(column, span.word)] = checker
                unjudged = True
            elif not verdict:
                found.append(span)
        if unjudged:
            if not self._timer.isActive():
                self._timer.start()
        else:
            if len(self._verdicts) >= _TOKEN_CACHE:
                self._verdicts.clear()
            self._verdicts[(column, text)] = (stamp, tuple(found))
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
        """After the delegate painted the cell: a squiggle under each misspelt word (drawn
        from the cache, or queued to be laid out and painted a moment later)."""
        spans = self.misspelt(index)
        if not spans:
            return
        rect = option.rect
        font = index.data(Qt.ItemDataRole.FontRole)
        key: _PathKey = (str(index.data(Qt.ItemDataRole.EditRole)), rect.width(), rect.height(),
                         font.key() if isinstance(font, QFont) else "", tuple(spans))
        path = self._paths.get(key)
        if path is None:
            self._unpainted[key] = (QPersistentModelIndex(index), QStyleOptionViewItem(option),
                                    spans)
            self._layout_timer.start()
            return
        painter.save()
        painter.setPen(QPen(SQUIGGLE, 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)  # open waves, never filled
        painter.setClipRect(rect)
        painter.translate(rect.topLeft())
        painter.drawPath(path)
        painter.restore()

    def on_layout_timer_timeout(self) -> None:
        """Draw the squiggles of the cells painted without them (a slice), then repaint them."""
        deadline = time.perf_counter() + _SLICE_SECONDS
        table = self._table
        while self._unpainted and time.perf_counter() < deadline:
            key, (index, option, spans) = next(iter(self._unpainted.items()))
            del self._unpainted[key]
            if not index.isValid():
                continue
            model_index = table.model().index(index.row(), index.column())
            styled = QStyleOptionViewItem(option)
            self._delegate.initStyleOption(styled, model_index)
            if len(self._paths) >= _PATH_CACHE:
                self._paths.clear()
            self._paths[key] = _squiggles(styled, key[0], spans)
            table.viewport().update(table.visualRect(model_index))
        if self._unpainted:
            self._layout_timer.start()


def _squiggles(option: QStyleOptionViewItem, text: str, spans: list[WordSpan]) -> QPainterPath:
    """The waves under ``spans`` of the cell's ``text``, relative to the cell's top left
    (empty when the row is not fitted to its text yet: it is, once it is in view)."""
    path = QPainterPath()
    layout, origin = _laid_out(option)
    if layout is None:
        return path
    origin -= QPointF(option.rect.topLeft())
    offsets = utf16_offsets(text)
    descent = QFontMetricsF(option.font).underlinePos()
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
            path.addPath(_wave(left, right, baseline))
    return path


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
