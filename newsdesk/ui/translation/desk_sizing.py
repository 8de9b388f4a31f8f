"""Row heights of the desk's table: fitted to the text, but only where the eye is on a long story.

A row of the desk is as tall as its word-wrapped paragraph. Letting the vertical header size
every row to its contents lays out every cell's text on each reset and each change: fine for
a news story, a freeze of seconds for a document of thousands of paragraphs. Beyond
:data:`ALL_ROWS_LIMIT` rows the header keeps a uniform default height and the rows in view
(plus a margin, a moment later) are fitted as they scroll into view, so the work follows the
screen, not the document.
"""

from __future__ import annotations

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
        table.verticalScrollBar().valueChanged.connect(lambda _value: self._timer.start())
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
        self.expect(self._table.model().rowCount())
        if self.lazy:
            self.fit_visible()  # before the first paint: the rows show at their height

    def _on_width_changed(self, *_args: object) -> None:
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
        rows, bottom = table.model().rowCount(), table.viewport().height()
        row = max(0, table.rowAt(0))
        # Row by row down the viewport: a fitted row is taller, so fewer rows fill it.
        while row < rows and table.rowViewportPosition(row) < bottom:
            if row not in self._fitted:
                table.resizeRowToContents(row)
                self._fitted.add(row)
            row += 1
        self._margin_timer.start()

    def fit_margin(self) -> None:
        """Fit the rows just outside the view, so a short scroll shows fitted rows at once."""
        if not self.lazy:
            return
        for row in self.visible_rows():
            if row not in self._fitted:
                self._table.resizeRowToContents(row)
                self._fitted.add(row)
