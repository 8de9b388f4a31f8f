"""What keeps the story from ``ready``, as a list the user clicks to jump to each problem."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.workflow import Problem
from newsdesk.ui.ink import GOOD, MUTED, PROBLEM
from newsdesk.ui.noop import QT_TRANSLATE_NOOP
from newsdesk.ui.plural import english_plural
from newsdesk.ui.readiness_text import problem_text

__all__ = ["ReadinessPanel"]

_FIELD_LABELS = {
    "headline": QT_TRANSLATE_NOOP("ReadinessPanel", "Headline"),
    "deck": QT_TRANSLATE_NOOP("ReadinessPanel", "Deck"),
    "slug": QT_TRANSLATE_NOOP("ReadinessPanel", "Slug"),
    "dateline": QT_TRANSLATE_NOOP("ReadinessPanel", "Dateline"),
    "byline": QT_TRANSLATE_NOOP("ReadinessPanel", "Byline"),
    "body": QT_TRANSLATE_NOOP("ReadinessPanel", "Body"),
    "tags": QT_TRANSLATE_NOOP("ReadinessPanel", "Tags"),
    "language": QT_TRANSLATE_NOOP("ReadinessPanel", "Language"),
    "translation": QT_TRANSLATE_NOOP("ReadinessPanel", "Translation"),
}


class ReadinessPanel(QWidget):
    """Lists :class:`Problem` values in story order; activating one asks to jump to it.

    Signals:
        problem_activated(object): the user clicked a problem (the :class:`Problem`).
    """

    problem_activated = Signal(object)
    """A problem was clicked or chosen with Enter; the editor focuses its field."""
    check_requested = Signal()
    """The user pressed "Check now"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readinessPanel")
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("readinessSummaryLabel")
        self.summary_label.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("readinessList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.check_button = QPushButton(self.tr("Check now"), self)
        self.check_button.setObjectName("readinessCheckButton")
        self.check_button.clicked.connect(self.check_requested)
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        self.list.itemActivated.connect(self.on_item_activated)
        self.list.itemClicked.connect(self.on_item_activated)
        self._ready = False
        self.show_problems([], checked=False)

    def show_problems(self, problems: list[Problem], *, checked: bool = True) -> None:
        """Replace the list; ``checked=False`` means nobody asked yet (no "ready" claim)."""
        self._ready = checked and not problems
        self.list.clear()
        for problem in problems:
            label = self.tr(_FIELD_LABELS.get(problem.field, problem.field.capitalize()))
            message = problem_text(problem)
            item = QListWidgetItem(f"{label}: {message}")
            item.setData(Qt.ItemDataRole.UserRole, problem)
            item.setToolTip(message)
            self.list.addItem(item)
        if problems:
            count = len(problems)
            self.summary_label.setText(
                english_plural(
                    self.tr("%n thing(s) to fix before this story is ready — click to jump:", None,
                        count), count)
            )
            self.summary_label.setStyleSheet(f"color: {PROBLEM.name()}; font-weight: 600;")
        elif checked:
            self.summary_label.setText(self.tr("✓ Ready: nothing is missing."))
            self.summary_label.setStyleSheet(f"color: {GOOD.name()}; font-weight: 600;")
        else:
            self.summary_label.setText(self.tr("Not checked yet."))
            self.summary_label.setStyleSheet("")
        self.list.setVisible(bool(problems))

    def mark_stale(self) -> None:
        """The story changed after the last check: withdraw a "Ready" verdict.

        An edit can add an unattributed quote or drop the byline; claiming "nothing is
        missing" until someone presses Check now would be a lie (QA shot-33). Listed problems
        stay, since each still points at text worth a look until the re-check replaces them.
        """
        if self._ready:
            self.show_message(self.tr("Not checked since your last edit."))

    @property
    def claims_ready(self) -> bool:
        """Whether the panel says "Ready: nothing is missing" right now."""
        return self._ready

    def show_message(self, message: str) -> None:
        """A note instead of a verdict (the check could not run)."""
        self._ready = False
        self.list.clear()
        self.list.hide()
        self.summary_label.setText(message)
        self.summary_label.setStyleSheet(f"color: {MUTED.name()};")

    @property
    def has_problems(self) -> bool:
        """Cheap enough for every keystroke (unlike building :meth:`problems`)."""
        return self.list.count() > 0

    def problems(self) -> list[Problem]:
        found = []
        for row in range(self.list.count()):
            problem = self.list.item(row).data(Qt.ItemDataRole.UserRole)
            if isinstance(problem, Problem):
                found.append(problem)
        return found

    def on_item_activated(self, item: QListWidgetItem) -> None:
        problem = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(problem, Problem):
            self.problem_activated.emit(problem)
