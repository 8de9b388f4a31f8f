"""Row heights of the desk's table: fitted to the text, but only where the eye is on a long story.

A row of the desk is as tall as its word-wrapped paragraph. Letting the vertical header size
every row to its contents lays out every cell's text on each reset and each change: fine for
a news story, a freeze of seconds for a document of thousands of paragraphs. Beyond
:data:`ALL_ROWS_LIMIT` rows the header keeps a uniform default height and the rows in view
(plus a margin, a moment later) are fitted as they scroll into view, so the work follows the
screen, not the document.

A fitted row pushes the rows below it down (or, above the view, the rows in view), so every
fit keeps the view where it was: the first row in view stays at its place on screen, and a
view at the very end stays at the end. A jump (Ctrl+End, a named row) fits the rows it will
show *before* it scrolls (:meth:`RowHeights.fit_around`), so it lands where it was sent.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

ALL_ROWS_LIMIT: Final = 40
"""Up to this many rows every row is fitted to its text (what a news story has). Measuring a
word-wrapped paragraph costs about half a millisecond, and the header measures every row on
each reset and change: a 5,000-word feature of 150 rows spent a second there before its rows
showed (benchmarks/bench_desk.py)."""
MARGIN_ROWS: Final = 20
"""Rows fitted beyond each edge of the view, so a short scroll shows fitted rows at once."""
_ModelIndex = QModelIndex | QPersistentModelIndex


class RowHeights(QObject):
    """Keeps a :class:`QTableView`'s rows as tall as their text, lazily on long models."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self._fitted: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self.fit_visible)
        self._margin_timer = QTimer(self)
        self._margin_timer.setSingleShot(True)
        self._margin_timer.setInterval(0)  # once the rows in view are painted
        self._margin_timer.timeout.connect(self.fit_margin)
        model = table.model()
        model.modelReset.connect(self.on_reset)
        model.dataChanged.connect(self.on_data_changed)
        self._widths_changed = False
        self._at_end = False  # the view shows the last row's bottom (and keeps showing it)
        bar = table.verticalScrollBar()
        bar.valueChanged.connect(self._on_scrolled)
        bar.rangeChanged.connect(self._on_range_changed)
        table.horizontalHeader().sectionResized.connect(self._on_width_changed)
        self.expect(model.rowCount())

    @property
    def lazy(self) -> bool:
        return self._table.model().rowCount() > ALL_ROWS_LIMIT

    def expect(self, rows: int) -> None:
        """Call before the model is reset to ``rows`` rows: the header must stop sizing every
        row *before* it sees them (it reacts to the reset ahead of this object)."""
        header = self._table.verticalHeader()
        lazy = rows > ALL_ROWS_LIMIT
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive if lazy
                                    else QHeaderView.ResizeMode.ResizeToContents)
        # Columns sized to their contents (state, QA) measure the rows in view only, not
        # a thousand rows' text on every change.
        self._table.horizontalHeader().setResizeContentsPrecision(0 if lazy else 1000)

    def on_reset(self) -> None:
        self._fitted.clear()
        self._at_end = False
        self.expect(self._table.model().rowCount())
        if self.lazy:
            # The row numbers' header is as wide as the new count's numbers ("10000"): laid
            # out first, so the rows are fitted to the columns' final width.
            self._table.updateGeometries()
            self.fit_visible()  # before the first paint: the rows show at their height

    def _on_scrolled(self, value: int) -> None:
        self._at_end = 0 < self._table.verticalScrollBar().maximum() <= value
        self._timer.start()

    def _on_range_changed(self, _minimum: int, maximum: int) -> None:
        """A view at the end stays at the end when the range grows: rows fitted near the end,
        or a scroll bar appearing that makes the viewport shorter."""
        bar = self._table.verticalScrollBar()
        if self._at_end and self.lazy and bar.value() < maximum:
            bar.setValue(maximum)

    def _on_width_changed(self, *_args: object) -> None:
        self._widths_changed = True
        if self.lazy:
            self._fitted.clear()  # wrapped to a new width: every row in view again
            self._timer.start()

    def on_data_changed(self, top: _ModelIndex, bottom: _ModelIndex, _roles: object = None
                        ) -> None:
        """An edited row may have grown: fitted again when it is in view."""
        if not self.lazy:
            return
        self._fitted.difference_update(range(top.row(), bottom.row() + 1))
        self._timer.start()

    def visible_rows(self) -> range:
        table = self._table
        first = table.rowAt(0)
        last = table.rowAt(table.viewport().height() - 1)
        rows = table.model().rowCount()
        if first < 0:
            first = 0
        if last < 0:
            last = min(rows - 1, first + 50)
        return range(max(0, first - MARGIN_ROWS), min(rows, last + MARGIN_ROWS + 1))

    def fit_visible(self) -> None:
        """Fit the rows in view to their text, each once until it changes; the margin around
        them a moment later (:meth:`fit_margin`), so a paint waits only for what it shows."""
        if not self.lazy:
            return
        table = self._table
        # The fitted rows may bring the scroll bar, which narrows the columns: then the rows
        # in view are fitted again to the narrower text (at once, before the paint).
        for _attempt in range(3):
            self._widths_changed = False
            rows, bottom = table.model().rowCount(), table.viewport().height()
            with _Anchored(table) as anchored:
                row = max(0, table.rowAt(0))
                # Row by row down the viewport: a fitted row is taller, so fewer rows fill it.
                while row < rows and table.rowViewportPosition(row) < bottom:
                    anchored.changed |= self._fit_row(row)
                    row += 1
            if not self._widths_changed:
                break
        self._margin_timer.start()

    def fit_margin(self) -> None:
        """Fit the rows just outside the view, so a short scroll shows fitted rows at once."""
        if self.lazy:
            self._fit_rows(self.visible_rows())

    def fit_around(self, row: int) -> None:
        """Fit every row that a scroll to ``row`` may show, whatever the scroll's hint: a
        viewport's height of rows above it and below it. Then the scroll range is that of
        the fitted rows, and a jump lands on the row instead of short of it (the range of a
        table catches up with its rows' heights only on a later timer)."""
        table, rows = self._table, self._table.model().rowCount()
        if not self.lazy or not 0 <= row < rows:
            return
        height = table.viewport().height()
        self._fit_row(row)
        for step in (-1, 1):
            covered, near = 0, row + step
            while 0 <= near < rows and covered < height:
                self._fit_row(near)
                covered += table.rowHeight(near)
                near += step
        table.updateGeometries()

    def _fit_rows(self, rows: Iterable[int]) -> None:
        with _Anchored(self._table) as anchored:
            for row in rows:
                anchored.changed |= self._fit_row(row)

    def _fit_row(self, row: int) -> bool:
        """Fit one row unless it is fitted; whether it was fitted now."""
        if row in self._fitted:
            return False
        self._table.resizeRowToContents(row)
        self._fitted.add(row)
        return True


class _Anchored:
    """Keeps what the user sees in place while rows change height (a ``with`` block).

    Qt keeps the scroll value, in pixels, so a row fitted above the view would move every
    row in view down, and a view scrolled to the end would no longer show the end. On leaving
    the block (when a row changed) the scroll range is brought up to date at once and the
    first row in view goes back to its place, or the view back to the end.
    """

    def __init__(self, table: QTableView) -> None:
        self._table = table
        self.changed = False
        self._at_end = False
        self._anchor = 0
        self._offset = 0

    def __enter__(self) -> _Anchored:
        table, bar = self._table, self._table.verticalScrollBar()
        self._at_end = bar.maximum() > 0 and bar.value() >= bar.maximum()
        self._anchor = max(0, table.rowAt(0))
        self._offset = table.rowViewportPosition(self._anchor)
        return self

    def __exit__(self, *_exc: object) -> None:
        if not self.changed:
            return
        table, bar = self._table, self._table.verticalScrollBar()
        table.updateGeometries()
        if self._at_end:
            bar.setValue(bar.maximum())
        else:
            bar.setValue(table.verticalHeader().sectionPosition(self._anchor) - self._offset)
