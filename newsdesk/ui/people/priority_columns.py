"""Column widths for a narrow table whose first job is one column (a dock's Name): that
column keeps room for its text, the others get what is left in order of importance and
elide first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

_TYPICAL_SHARE = 60
"""Percent of the main column's cells that the fit shows whole before the others get room."""
_ROWS_MEASURED = 1000
"""Rows measured for the typical width (Qt's own resize-to-contents precision)."""
_NARROWEST = 36
"""px: a lesser column is never squeezed below this (a couple of letters and "…")."""


class PriorityColumns(QObject):
    """Keeps ``main`` readable in ``view``: ``main`` stretches, ``others`` (most important
    first) are sized to their contents while room is left, then cut from the least important.

    Qt's ResizeToContents columns take their whole width before a Stretch column gets any,
    so in a narrow dock the name was left with "A W…": that is what this replaces. The user
    can still drag the lesser columns (they are Interactive); the fit is redone on a resize
    and when the rows change. The cells are measured once per change of the rows, not on
    every step of a dock being dragged wider.
    """

    def __init__(self, view: QTableView, main: int, others: Sequence[int]) -> None:
        super().__init__(view)
        self._view = view
        self._main = main
        self._others = tuple(others)
        # (px each column's widest cell needs, px the main column's typical cell needs);
        # None: to be measured.
        self._measured: tuple[dict[int, int], int] | None = None
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(main, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(_NARROWEST)
        view.viewport().installEventFilter(self)
        model = view.model()
        for changed in (model.modelReset, model.layoutChanged, model.rowsInserted,
                        model.rowsRemoved, model.dataChanged, model.headerDataChanged):
            changed.connect(self.refit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def natural_width(self, column: int) -> int:
        """px the column needs to show its widest cell and its header whole."""
        header = self._view.horizontalHeader()
        return max(self._view.sizeHintForColumn(column), header.sectionSizeHint(column))

    def typical_width(self, column: int) -> int:
        """px that show most cells of ``column`` whole (all but the longest two fifths, and
        the header): one very long name must not squeeze every other column to "…"."""
        view = self._view
        model = view.model()
        rows = min(model.rowCount(), _ROWS_MEASURED)
        widths = sorted(view.sizeHintForIndex(model.index(row, column)).width()
                        for row in range(rows))
        typical = widths[(len(widths) * _TYPICAL_SHARE) // 100] if widths else 0
        return max(typical, view.horizontalHeader().sectionSizeHint(column))

    def refit(self) -> None:
        """The rows (or the headers' words) changed: measure them again, then fit."""
        self._measured = None
        self.fit()

    def _wanted(self) -> tuple[dict[int, int], int]:
        """px each column's widest cell needs, and px the main column's typical cell needs
        (measured once per change of the rows)."""
        if self._measured is None:
            columns = (self._main, *self._others)
            self._measured = ({column: self.natural_width(column) for column in columns},
                              self.typical_width(self._main))
        return self._measured

    def fit(self) -> None:
        """Share the visible width: the main column first (what it needs, up to half the
        table or its typical width if more, leaving the others their narrowest), the
        others as :func:`share` says, whatever is left to the main column (it stretches)."""
        view = self._view
        available = view.viewport().width()
        if available <= 0:
            return
        shown = [column for column in self._others if not view.isColumnHidden(column)]
        needs, typical = self._wanted()
        main_keeps = min(needs[self._main], max(available // 2, typical),
                         available - _NARROWEST * len(shown))
        widths = share(available - main_keeps, [needs[column] for column in shown])
        header = view.horizontalHeader()
        for column, width in zip(shown, widths, strict=True):
            header.resizeSection(column, width)


def share(room: int, needs: Sequence[int]) -> list[int]:
    """Widths for columns needing ``needs`` px (most important first) in ``room`` px.

    When all fit, each gets its need. When not, the least important column is cut to the
    narrowest first, and the others share what is left evenly (one that needs less than
    its share gives the rest to the others), so no column but the last becomes "…".
    """
    if sum(needs) <= room or not needs:
        return list(needs)
    *kept, last = needs
    widths = [_NARROWEST] * len(needs)
    left = room - _NARROWEST
    open_columns = sorted(range(len(kept)), key=lambda place: kept[place])
    while open_columns:
        even = max(_NARROWEST, left // len(open_columns))
        place = open_columns.pop(0)
        widths[place] = max(_NARROWEST, min(kept[place], even))
        left -= widths[place]
    widths[-1] = max(_NARROWEST, min(last, widths[-1] + max(0, left)))
    return widths
