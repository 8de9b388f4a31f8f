"""A row of small controls that stacks them when the column is too narrow to show them whole."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLayout, QSizePolicy, QWidget

__all__ = ["STACKED_SPACING", "WrappingRow"]

STACKED_SPACING = 2  # one under the other, the widgets' own margins are gap enough


class WrappingRow(QWidget):
    """Its widgets side by side while they fit, one under the other when they do not.

    A plain QHBoxLayout in a column the splitter may narrow to its minimum squeezes the last
    widget under its own size: the Russian "Типографские кавычки" checkbox was cut to
    "Типографские ка". Here every widget keeps its whole width; the row only gets taller,
    and its minimum width is that of its widest widget, so the column can still narrow.
    """

    def __init__(
        self, parent: QWidget | None = None, *, spacing: int = 12, side_margin: int = 0
    ) -> None:
        super().__init__(parent)
        self._widgets: list[QWidget] = []
        self._spacing = spacing
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._row.setContentsMargins(side_margin, 0, side_margin, 0)
        self._row.setSpacing(spacing)
        self._row.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._row.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def add_widget(self, widget: QWidget) -> None:
        """Append ``widget`` after the others (left-aligned in either arrangement)."""
        self._row.insertWidget(len(self._widgets), widget, 0, Qt.AlignmentFlag.AlignLeft)
        self._widgets.append(widget)
        self._arrange(self.width())

    def is_stacked(self) -> bool:
        """True while the widgets are shown one under the other."""
        return self._row.direction() is QBoxLayout.Direction.TopToBottom

    def side_by_side_width(self) -> int:
        """The width the row needs to show every widget whole on one line."""
        shown = [widget for widget in self._widgets if not widget.isHidden()]
        margins = self._row.contentsMargins()
        gaps = self._spacing * max(0, len(shown) - 1)
        return (sum(widget.sizeHint().width() for widget in shown) + gaps
                + margins.left() + margins.right())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the widest widget: stacked, that is all the row needs."""
        margins = self._row.contentsMargins()
        widest = max((widget.sizeHint().width() for widget in self._widgets
                      if not widget.isHidden()), default=0)
        return QSize(widest + margins.left() + margins.right(), self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _arrange(self, width: int) -> None:
        wanted = (QBoxLayout.Direction.TopToBottom if width < self.side_by_side_width()
                  else QBoxLayout.Direction.LeftToRight)
        if wanted is not self._row.direction():
            self._row.setDirection(wanted)
            self._row.setSpacing(self._spacing if wanted is QBoxLayout.Direction.LeftToRight
                                 else STACKED_SPACING)
            self.updateGeometry()  # taller or shorter now: the column lays out again
