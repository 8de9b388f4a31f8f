"""Live QA on the translators' desk: each row's problems as the translator types, ignore, next.

The checks are the domain's (:mod:`newsdesk.domain.translation_qa`, with the newsroom's
glossary), the ones the readiness check runs, so what the desk shows is what blocks ready.
They run on the task runner on one channel per desk (the latest request wins), for every row
when the desk opens and ~300 ms after typing stops for the rows typed in, a cell's draft
included. A row's result is taken only while its texts are still the ones checked, so a
late answer never paints a problem on text that has changed since.

Ignoring a problem asks why (an empty reason is refused) and stores it with the story through
:class:`~newsdesk.services.segments.SegmentService`: the problem leaves the row and the
readiness check alike, since both match ignores by row key, check and token.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.desk_fields import QaRow, check_desk_rows, qa_refs, qa_texts
from newsdesk.domain.term_matching import GlossaryTerm
from newsdesk.domain.translation_changes import DeskRow
from newsdesk.domain.translation_qa import QaIgnore, QaProblem, apply_ignores
from newsdesk.domain.translation_readiness import qa_terms
from newsdesk.ui.tasks import TaskRunner, describe_failure
from newsdesk.ui.translation.desk_model import QA_COLUMN, TRANSLATION_COLUMN
from newsdesk.ui.translation.paragraph_editor import ParagraphDelegate
from newsdesk.ui.translation.qa_text import SEVERITY_COLOURS, qa_line

if TYPE_CHECKING:
    from newsdesk.services.newsroom import Newsroom
    from newsdesk.ui.translation.desk_widget import TranslationDeskWidget

DEBOUNCE_MS: Final = 300
"""How long typing must pause before the rows typed in are checked again."""
_ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class QaContext:
    """What the checks read from the newsroom once per desk load: the glossary, the ignores."""

    terms: tuple[GlossaryTerm, ...]
    ignores: tuple[QaIgnore, ...]


Texts = tuple[int, str, str]
"""A row to check: its position on the desk, its original and translation texts."""


def run_checks(newsroom: Newsroom, translation_id: int, context: QaContext | None,
               fields: tuple[str, ...], body: tuple[DeskRow, ...], texts: Sequence[Texts],
               source_lang: str, target_lang: str
               ) -> tuple[QaContext, dict[int, tuple[QaProblem, ...]]]:
    """On a worker: the glossary and ignores (when not read yet), the rows' QA references
    (the readiness check's keys, see desk_fields.qa_refs), then the rows' problems."""
    if context is None:
        context = QaContext(qa_terms(newsroom.glossary.terms()),
                            newsroom.segments.ignores(translation_id))
    refs = qa_refs(fields, body)
    rows = [QaRow(row, refs[row], original, translation) for row, original, translation in texts]
    return context, check_desk_rows(rows, source_lang=source_lang, target_lang=target_lang,
                                    terms=context.terms)


class IgnoreDialog(QDialog):
    """Asks why a QA problem may be ignored; OK stays disabled while the reason is blank."""

    def __init__(self, problem: QaProblem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qaIgnoreDialog")
        self.setWindowTitle(self.tr("Ignore a QA problem"))
        self.problem = problem
        label = QLabel(self.tr("{0}\n\nWhy may it stay as it is? The reason is kept with the "
                               "story.").format(qa_line(problem)), self)
        label.setWordWrap(True)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("qaIgnoreReasonEdit")
        self.reason_edit.setPlaceholderText(self.tr("e.g. the original counts differently"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._on_reason_changed)
        self._on_reason_changed("")

    @property
    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def _on_reason_changed(self, _text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason))
        ok.setToolTip("" if self.reason else self.tr("Say why first: an empty reason is "
                                                     "not kept."))

    def accept(self) -> None:
        if not self.reason:  # Enter in an empty field: refused like the disabled OK
            return
        super().accept()


class QaPanel(QWidget):
    """"QA problems" for the selected row, each with its own "Ignore…" button.

    Signals:
        ignore_requested(object): the :class:`QaProblem` whose Ignore… was clicked.
    """

    ignore_requested = Signal(object)
    """The user wants to ignore this QaProblem (a reason is asked next)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qaProblemsPanel")
        self.title = QLabel(self)
        self.title.setObjectName("qaProblemsTitle")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 2, 4, 2)
        outer.addWidget(self.title)
        # The problems scroll under their title: a row may have many.
        scroll = QScrollArea(self)
        scroll.setObjectName("qaProblemsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.setMinimumHeight(90)
        self._rows: list[QWidget] = []
        self.show_problems(None, ())

    def show_problems(self, label: str | None, problems: Sequence[QaProblem]) -> None:
        for widget in self._rows:
            self._layout.removeWidget(widget)
            widget.deleteLater()
        self._rows = []
        if label is None:
            self.title.setText(self.tr("QA problems: select a row."))
        elif not problems:
            self.title.setText(self.tr("QA problems — {0}: none.").format(label))
        else:
            self.title.setText(self.tr("QA problems — {0}:").format(label))
        for problem in problems:
            line = QWidget(self)
            line.setObjectName("qaProblemLine")
            row = QHBoxLayout(line)
            row.setContentsMargins(0, 0, 0, 0)
            text = QLabel(f"<span style='color:{SEVERITY_COLOURS[problem.severity]}'>●</span> "
                          f"{html.escape(qa_line(problem))}", line)
            text.setObjectName("qaProblemText")
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.RichText)
            button = QPushButton(self.tr("Ignore…"), line)
            button.setObjectName("ignoreQaProblemButton")
            button.setToolTip(self.tr("Keep this as it is, with a reason kept with the story"))
            button.clicked.connect(lambda _checked=False, p=problem: self.ignore_requested.emit(p))
            row.addWidget(text, 1)
            row.addWidget(button)
            self._layout.insertWidget(self._layout.count() - 1, line)
            self._rows.append(line)


class DeskQa(QObject):
    """The desk's live QA: checks on the runner, the QA column, the panel, ignore and F9.

    Signals:
        problems_changed(): some row's problems changed (the progress line counts errors).
        ignore_answered(bool): an ignore came back from the runner (True: stored).
    """

    problems_changed = Signal()
    """The problems shown changed; the desk updates its progress line."""
    ignore_answered = Signal(bool)
    """An ignore sent to the runner came back: stored (True) or refused (the status line
    says why)."""

    def __init__(self, desk: TranslationDeskWidget, newsroom: Newsroom) -> None:
        super().__init__(desk)
        self._desk = desk
        self._newsroom = newsroom
        self._model = desk.model
        self._generation = 0
        self._context: QaContext | None = None
        self._raw: dict[int, tuple[QaProblem, ...]] = {}
        self._checked: dict[int, tuple[str, str]] = {}
        self._dirty: set[int] = set()
        self._drafts: dict[int, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.check_now)
        # A reloaded desk's check starts once its rows are painted: a worker running Python
        # meanwhile made each of the paint's calls into the model wait for the GIL, and the
        # rows of a long story showed 150 ms later (benchmarks/bench_desk.py).
        self._after_paint = QTimer(self)
        self._after_paint.setSingleShot(True)
        self._after_paint.setInterval(0)
        self._after_paint.timeout.connect(self.check_now)
        self.next_button = QPushButton(self.tr("Next QA problem"), desk)
        self.next_button.setObjectName("nextQaProblemButton")
        self.next_button.setShortcut(QKeySequence("F9"))
        self.next_button.setToolTip(self.tr("The next row with a QA problem nobody ignored (F9)"))
        self.next_button.setEnabled(False)
        self.panel = QaPanel(desk)
        self._place_panel()
        header = desk.table.horizontalHeader()
        header.setSectionResizeMode(QA_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self._connect_signals()

    def _place_panel(self) -> None:
        """Under the change detail, in the desk's lower splitter."""
        desk = self._desk
        lower = desk.findChild(QSplitter, "deskLowerSplitter")
        if lower is None or lower.indexOf(desk.detail) < 0:
            return
        column = QSplitter(Qt.Orientation.Vertical, desk)  # moved into the splitter below
        column.setObjectName("deskDetailSplitter")
        lower.replaceWidget(lower.indexOf(desk.detail), column)
        column.addWidget(desk.detail)
        column.addWidget(self.panel)
        column.setChildrenCollapsible(False)
        column.setStretchFactor(0, 3)
        column.setStretchFactor(1, 2)

    def _connect_signals(self) -> None:
        model = self._model
        model.modelReset.connect(self.on_rows_reset)
        model.dataChanged.connect(self.on_data_changed)
        delegate = self._desk.table.itemDelegate()
        if isinstance(delegate, ParagraphDelegate):
            delegate.draft_changed.connect(self.on_draft_changed)
            delegate.closeEditor.connect(self.on_editor_closed)
        self._desk.table.selectionModel().currentChanged.connect(
            lambda _current, _previous: self.show_current())
        self.next_button.clicked.connect(self.select_next)
        self.panel.ignore_requested.connect(self.ask_ignore)

    # -- what to check -----------------------------------------------------------------------
    def on_rows_reset(self) -> None:
        """A (re)loaded desk: every row is checked at once, the glossary and ignores re-read."""
        self._generation += 1
        self._context = None
        self._raw, self._checked, self._drafts = {}, {}, {}
        self._dirty = set(range(self._model.rowCount()))
        self._publish(())
        if self._dirty:
            self._timer.stop()
            self._after_paint.start()

    @property
    def pending(self) -> bool:
        """Whether some rows still wait for their check (typed, reloaded, glossary changed)."""
        return bool(self._dirty)

    def on_glossary_changed(self) -> None:
        """A term was added or removed (the glossary dialog): the glossary is read again and
        every row checked with it, so a new term is enforced at once, not at the next load."""
        self._context = None
        self._dirty = set(range(self._model.rowCount()))
        if self._dirty:
            self._timer.stop()
            self.check_now()

    def on_data_changed(self, top: _ModelIndex, bottom: _ModelIndex, _roles: object = None
                        ) -> None:
        """A committed edit (typed, inserted, pre-translated): the rows whose texts moved."""
        if top.column() > TRANSLATION_COLUMN or not self._model.rowCount():
            return
        changed = {row for row in range(top.row(), bottom.row() + 1)
                   if row not in self._drafts and self._texts(row) != self._checked.get(row)}
        if changed:
            self._dirty |= changed
            self._timer.start()

    def on_draft_changed(self, row: int, text: str) -> None:
        """A cell is being typed: its draft is checked once typing pauses."""
        self._drafts[row] = text
        self._dirty.add(row)
        self._timer.start()

    def on_editor_closed(self, *_args: object) -> None:
        """Committed or dropped (Esc), the row is the model's text again."""
        rows = set(self._drafts)
        self._drafts.clear()
        self._dirty |= {row for row in rows if self._texts(row) != self._checked.get(row)}
        if self._dirty:
            self._timer.start()

    def _texts(self, row: int) -> tuple[str, str]:
        original, translation = qa_texts(self._model.row_at(row))
        return original, self._drafts.get(row, translation)

    def check_now(self) -> None:
        """Ask the runner about every row still waiting (a newer request replaces this one)."""
        desk = self._desk.desk
        rows = self._model.rowCount()
        self._dirty = {row for row in self._dirty if row < rows}
        if desk is None or desk.translation.id is None or not self._dirty:
            return
        batch = [(row, *self._texts(row)) for row in sorted(self._dirty)]
        generation = self._generation
        TaskRunner.of().run(
            run_checks, self._newsroom, desk.translation.id, self._context,
            self._model.field_names, self._model.body_rows, batch,
            desk.original.language, desk.translation.language,
            # A partial of a bound method: the runner skips it once this desk is deleted.
            on_result=partial(self._on_checked, generation, batch),
            on_error=self._on_failed, channel=f"desk-qa-{id(self)}")

    def _on_checked(self, generation: int, batch: list[Texts],
                    outcome: tuple[QaContext, dict[int, tuple[QaProblem, ...]]]) -> None:
        if generation != self._generation:
            return  # the rows were re-aligned since: their check is already asked again
        context, problems = outcome
        self._context = context
        taken: list[int] = []
        rows = self._model.rowCount()
        for row, original, translation in batch:
            if row < rows and self._texts(row) == (original, translation):
                self._raw[row] = problems.get(row, ())
                self._checked[row] = (original, translation)
                self._dirty.discard(row)
                taken.append(row)
        self._publish(taken)
        if self._dirty and not self._timer.isActive():
            self._timer.start()

    def _on_failed(self, exc: BaseException) -> bool:
        self._desk.status_label.setText(self.tr("The QA checks could not run: {0}")
                                        .format(describe_failure(exc)))
        return True

    # -- what is shown -----------------------------------------------------------------------
    def _publish(self, rows: Sequence[int]) -> None:
        ignores = self._context.ignores if self._context is not None else ()
        self._model.set_qa({row: tuple(apply_ignores(self._raw.get(row, ()), ignores))
                            for row in rows})
        self.next_button.setEnabled(bool(self._model.qa_rows()))
        self.show_current()
        self.problems_changed.emit()

    def show_current(self) -> None:
        index = self._desk.table.currentIndex()
        if not index.isValid() or index.row() >= self._model.rowCount():
            self.panel.show_problems(None, ())
            return
        row = index.row()
        label = self._model.row_label(row)
        if self._model.field_at(row) is None:
            label = self.tr("Paragraph {0}").format(label)
        self.panel.show_problems(label, self._model.qa_at(row))

    def select_next(self) -> bool:
        """The next row with a QA problem nobody ignored (F9), from the current one on."""
        rows = self._model.qa_rows()
        if not rows:
            return False
        current = self._desk.table.currentIndex().row()
        following = next((row for row in rows if row > current), rows[0])
        self._desk.table.setCurrentIndex(self._model.index(following, TRANSLATION_COLUMN))
        self._desk.table.scrollTo(self._model.index(following, TRANSLATION_COLUMN))
        return True

    # -- ignoring ----------------------------------------------------------------------------
    def ask_ignore(self, problem: QaProblem) -> IgnoreDialog:
        """Ask for the reason (window-modal, opened, never exec'd), then keep the ignore."""
        dialog = IgnoreDialog(problem, self._desk)
        dialog.accepted.connect(lambda: self.ignore(problem, dialog.reason))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def ignore(self, problem: QaProblem, reason: str) -> bool:
        """Store the ignore with the story on the runner (True when sent); once stored, the
        problem leaves the row and readiness. The desk takes no edit while it travels."""
        owner = self._desk
        desk = owner.desk
        if desk is None or desk.translation.id is None:
            return False
        if owner.busy:
            owner.report(self.tr("Not ignored yet: the desk is still storing your last "
                                 "change. Try again once the status line says it is done."))
            return False
        ignore = QaIgnore.of(problem, reason)
        owner.begin_work(self.tr("Storing the reason…"))
        TaskRunner.of().run(self._newsroom.segments.ignore, desk.translation.id, ignore,
                            on_result=partial(self._on_ignored, problem, ignore),
                            on_error=self._on_ignore_refused)
        return True

    def _on_ignored(self, problem: QaProblem, ignore: QaIgnore, _stored: object) -> None:
        self._desk.end_work()
        if self._context is not None:
            self._context = QaContext(self._context.terms, (*self._context.ignores, ignore))
        rows = [row for row, found in self._raw.items() if problem in found]
        self._publish(rows)
        self._desk.status_label.setText(self.tr("Ignored: {0}").format(qa_line(problem)))
        self._desk.update_controls()
        self.ignore_answered.emit(True)

    def _on_ignore_refused(self, exc: BaseException) -> bool:
        self._desk.end_work()
        self._desk.report(self.tr("Not ignored: {0}").format(describe_failure(exc)))
        self._desk.update_controls()
        self.ignore_answered.emit(False)
        return True
