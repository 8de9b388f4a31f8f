"""The desk's commands on one row: confirm it, set its state, go to the next flagged or
untranslated row, show the row a readiness problem names.

A row's state and confirmation are stored at once, one row per transaction, with the version
the desk holds (a conflict reloads the desk). The buttons, keys and words are the desk's own
(objectNames and the ``TranslationDeskWidget`` catalogue context unchanged).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from newsdesk.domain.desk_fields import qa_refs
from newsdesk.domain.errors import ConflictError
from newsdesk.domain.memory import SegmentPair, StoryRef
from newsdesk.domain.segments import (
    SegmentChange,
    SegmentRecord,
    SegmentState,
    row_original_text,
    text_hash,
)
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.tasks import TaskRunner, describe_failure
from newsdesk.ui.translation.desk_controls import desk_action, desk_button
from newsdesk.ui.translation.desk_model import TRANSLATION_COLUMN

if TYPE_CHECKING:
    from newsdesk.ui.translation.desk_widget import TranslationDeskWidget

STATE_KEYS: Final = (
    (SegmentState.UNTRANSLATED, "Ctrl+1"),
    (SegmentState.DRAFT, "Ctrl+2"),
    (SegmentState.TRANSLATED, "Ctrl+3"),
    (SegmentState.REVIEWED, "Ctrl+4"),
)
"""One key per row state (also in each state cell's tooltip)."""


class RowCommands(QObject):
    """Confirm and go on (Ctrl+Enter), Ctrl+1..4, next untranslated (F7), next flagged (F8).

    Signals:
        row_stored(int): a row's state (and confirmation) was stored; the argument is the row.
        moved_on(str, str): a confirmation went on from one row to the next to confirm (keys).
    """

    row_stored = Signal(int)
    """The row's new state is stored (the set_states transaction committed)."""
    moved_on = Signal(str, str)
    """Ctrl+Enter confirmed the row with the first key and went on to the row with the second
    (what was typed meanwhile on the first follows, see desk_typeahead)."""

    def __init__(self, desk: TranslationDeskWidget, newsroom: Newsroom) -> None:
        super().__init__(desk)
        self._desk = desk
        self._newsroom = newsroom
        self.next_change_button = desk_button(
            desk, "nextChangeButton",
            QCoreApplication.translate("TranslationDeskWidget", "Next flagged"),
            QCoreApplication.translate("TranslationDeskWidget",
                                       "The next row whose original changed (F8)"), "F8")
        self.next_untranslated_button = desk_button(
            desk, "nextUntranslatedButton",
            QCoreApplication.translate("TranslationDeskWidget", "Next untranslated"),
            QCoreApplication.translate("TranslationDeskWidget",
                                       "The next row still untranslated (F7)"), "F7")
        self.confirm_button = desk_button(
            desk, "confirmRowButton",
            QCoreApplication.translate("TranslationDeskWidget", "Confirm row"),
            QCoreApplication.translate(
                "TranslationDeskWidget",
                "The row's translation is done and renders the original as it is now: mark it "
                "translated, clear its flag and go on to the next row to confirm (Ctrl+Enter)"))
        self.state_actions: list[QAction] = []
        for state, key in STATE_KEYS:
            action = desk_action(
                desk, f"state{state.value.capitalize()}Action", QCoreApplication.translate(
                    "TranslationDeskWidget", "Mark row {0}").format(state.value), key)
            action.triggered.connect(lambda _checked=False, s=state: self.set_row_state(s))
            self.state_actions.append(action)
        self.confirm_action = desk_action(desk, "confirmRowAction", QCoreApplication.translate(
            "TranslationDeskWidget", "Confirm row"), "Ctrl+Return")
        self.confirm_action.setShortcuts([QKeySequence("Ctrl+Return"),
                                          QKeySequence("Ctrl+Enter")])
        self.next_change_button.clicked.connect(self.select_next_change)
        self.next_untranslated_button.clicked.connect(self.select_next_untranslated)
        self.confirm_button.clicked.connect(self.confirm_row)
        self.confirm_action.triggered.connect(self.confirm_row)

    def update_controls(self) -> None:
        desk = self._desk
        self.next_change_button.setEnabled(bool(desk.model.flagged_rows()))
        self.next_untranslated_button.setEnabled(bool(desk.model.untranslated_rows()))
        self.confirm_button.setEnabled(desk.desk is not None and not desk.holds_writes
                                       and desk.table.currentIndex().isValid())

    # -- states ------------------------------------------------------------------------------
    def set_row_state(self, state: SegmentState) -> bool:
        """Set the current row's state (Ctrl+1..4) without confirming its original; stored on
        the runner (``row_stored`` once it is), True when the store was started."""
        return self._store_row(state, confirm=False)

    def confirm_row(self) -> bool:
        """The current row is translated and renders the original as it is now (Ctrl+Enter):
        its flag clears (that row's alone) and its pair goes to the translation memory.

        A paragraph still open in its cell is saved first; the row is confirmed once that
        save has landed, and not at all when it was refused (the desk says why). The row
        confirmed is the one Ctrl+Enter was pressed on, found again by its key: a translator
        who goes on to the next row while the save travels does not confirm that one. Once
        stored, the desk goes on to the next row still to confirm (:meth:`_go_on_from`)."""
        owner = self._desk
        if owner.conflict.pending:  # a refused text waits for Use Mine / Keep Theirs
            return False
        refusals = owner.refusals
        current = owner.table.currentIndex()
        key = owner.model.key_at(current.row()) if current.isValid() else None
        owner.commit_open_edit()
        if not owner.busy:
            return self._store_row(SegmentState.TRANSLATED, confirm=True)
        owner.when_idle(lambda: owner.refusals == refusals
                        and self._store_row(SegmentState.TRANSLATED, confirm=True, key=key))
        return True

    def _store_row(self, state: SegmentState, *, confirm: bool, key: str | None = None) -> bool:
        """Store ``state`` for the row with ``key`` (the current row when None)."""
        owner, desk, model = self._desk, self._desk.desk, self._desk.model
        index = owner.table.currentIndex()
        if key is not None:
            rows = (row for row in range(model.rowCount()) if model.key_at(row) == key)
            index = model.index(next(rows, -1), index.column())
        if (desk is None or desk.translation.id is None or not index.isValid()
                or owner.holds_writes):
            return False
        row = index.row()
        record = model.record_at(row)
        original = row_original_text(model.row_at(row))
        change = SegmentChange(model.key_at(row), state,
                               record.version if record is not None else 0,
                               text_hash(original) if confirm else None)
        note = (self._confirmed_text(
            row,
            QCoreApplication.translate("TranslationDeskWidget", "Row {0} confirmed on the desk"),
            QCoreApplication.translate("TranslationDeskWidget", "{0} confirmed on the desk"))
            if confirm else None)
        owner.begin_work(QCoreApplication.translate("TranslationDeskWidget", "Storing the row…"))
        TaskRunner.of().run(
            partial(self._newsroom.segments.set_states, desk.translation.id, [change],
                    translation_version=desk.translation.version, revision_note=note),
            on_result=partial(self._on_stored, desk.translation.id, row, confirm),
            on_error=partial(self._on_refused, desk.translation.id))
        return True

    def _on_stored(self, translation_id: int, row: int, confirm: bool,
                   stored: dict[str, SegmentRecord]) -> None:
        owner, model = self._desk, self._desk.model
        owner.end_work()
        owner.touched_ids.add(translation_id)
        desk = owner.desk
        if desk is None or desk.translation.id != translation_id:
            owner.update_controls()  # the desk moved on meanwhile: the row is stored anyway
            return
        model.update_records(stored)
        if confirm:
            self._remember(row)
            said = self._confirmed_text(
                row, QCoreApplication.translate("TranslationDeskWidget", "Row {0} confirmed."),
                QCoreApplication.translate("TranslationDeskWidget", "{0} confirmed."))
            if not self._unconfirmed_rows():
                said = QCoreApplication.translate(
                    "TranslationDeskWidget", "{0} All rows are confirmed.").format(said)
            elif owner.table.currentIndex().row() == row:
                self._go_on_from(row)
            owner.status_label.setText(said)
        owner.show_change_detail()
        owner.update_controls()
        self.row_stored.emit(row)

    def _unconfirmed_rows(self) -> list[int]:
        """Rows still to confirm: untranslated or draft, or flagged since they were confirmed."""
        model = self._desk.model
        flagged = set(model.flagged_rows())
        return [row for row, state in enumerate(model.states())
                if state in (SegmentState.UNTRANSLATED, SegmentState.DRAFT) or row in flagged]

    def _go_on_from(self, row: int) -> None:
        """Confirm and go on (memoQ's, OmegaT's Ctrl+Enter): the next row still to confirm,
        confirmed ones skipped (from the top again after the last). Only while the translator
        is still on the row confirmed: one who went elsewhere meanwhile stays there."""
        model = self._desk.model
        before = model.key_at(row)
        self._select_next([r for r in self._unconfirmed_rows() if r != row])
        after = self._desk.table.currentIndex().row()
        if after != row:
            self.moved_on.emit(before, model.key_at(after))

    def _on_refused(self, translation_id: int, exc: BaseException) -> bool:
        """Not stored: said in the desk's status line; a conflict shows the stored desk."""
        owner = self._desk
        owner.end_work()
        owner.report(QCoreApplication.translate(
            "TranslationDeskWidget", "Not stored: {0}").format(describe_failure(exc)))
        if isinstance(exc, ConflictError):
            owner.load_translation(translation_id)
        else:
            owner.update_controls()
        return True

    def _confirmed_text(self, row: int, body_text: str, field_text: str) -> str:
        """``body_text`` with the paragraph's number, or ``field_text`` with "Headline"/"Deck"
        (both templates translated by the caller, where lupdate sees them)."""
        model = self._desk.model
        field = model.field_at(row)
        if field is None:
            return body_text.format(row - model.field_count + 1)
        return field_text.format(model.row_label(row))

    def _remember(self, row: int) -> None:
        """The confirmed pair goes to the shared memory, on the runner (never blocks typing)."""
        desk, desk_row = self._desk.desk, self._desk.model.row_at(row)
        if desk is None or desk_row.original is None or desk_row.translation is None:
            return
        pair = SegmentPair(desk_row.original.text, desk_row.translation.text)
        story = StoryRef(desk.translation.id, desk.translation.slug, desk.translation.headline)
        TaskRunner.of().run(
            lambda: self._newsroom.memory.add_pairs(
                [pair], source_language=desk.original.language,
                target_language=desk.translation.language, story=story),
            on_error=self._on_memory_failed, channel=f"desk-memory-{desk.translation.id}")

    def _on_memory_failed(self, exc: BaseException) -> bool:
        self._desk.status_label.setText(QCoreApplication.translate(
            "TranslationDeskWidget", "The row is confirmed, but the translation memory "
            "did not take it: {0}").format(describe_failure(exc)))
        return True

    # -- moving between rows -----------------------------------------------------------------
    def select_next_untranslated(self) -> None:
        self._select_next(self._desk.model.untranslated_rows())

    def select_next_change(self) -> None:
        self._select_next(self._desk.model.flagged_rows())

    def _select_next(self, rows: list[int]) -> None:
        if not rows:
            return
        table = self._desk.table
        current = table.currentIndex().row()
        following = next((r for r in rows if r > current), rows[0])
        table.setCurrentIndex(self._desk.model.index(following, TRANSLATION_COLUMN))
        table.scrollTo(self._desk.model.index(following, TRANSLATION_COLUMN))

    def select_row_key(self, key: str) -> bool:
        """Show the row a readiness problem names (``Problem.row``: "headline", "deck",
        "p3"...); False when the desk has no such row (the text changed since the check)."""
        model, table = self._desk.model, self._desk.table
        keys = [ref.key for ref in qa_refs(model.field_names, model.body_rows)]
        if key not in keys:
            return False
        row = keys.index(key)
        table.setCurrentIndex(model.index(row, TRANSLATION_COLUMN))
        table.scrollTo(model.index(row, TRANSLATION_COLUMN))
        return True
