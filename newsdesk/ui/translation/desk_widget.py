"""The translators' desk widget: its widgets and wiring, opening and aligning a story (the
save path, "Mark as up to date" and "Translate…" are in desk_saver, desk_sync, desk_start)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.article import Article
from newsdesk.domain.desk_fields import FIELD_KEYS, field_rows
from newsdesk.domain.segments import SegmentRecord, SegmentState, body_row_keys
from newsdesk.services.changes import Changes
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.recovery_journal import JournalWriter
from newsdesk.services.translation import (
    TranslationDesk,
    TranslationService,
    translation_service_for,
)
from newsdesk.ui.labels import language_name
from newsdesk.ui.plural import english_plural
from newsdesk.ui.tasks import TaskHandle, TaskRunner, describe_failure
from newsdesk.ui.translation.desk_change_detail import change_html
from newsdesk.ui.translation.desk_conflict import DeskConflict
from newsdesk.ui.translation.desk_follow_changes import DeskFollowChanges
from newsdesk.ui.translation.desk_header import DeskHeader, status_text
from newsdesk.ui.translation.desk_memory import DeskMemory
from newsdesk.ui.translation.desk_model import DeskModel
from newsdesk.ui.translation.desk_opening import DeskOpening, read_opening
from newsdesk.ui.translation.desk_original_gone import (
    LoadedDesk,
    load_desk_keeping_original,
    original_notice,
)
from newsdesk.ui.translation.desk_qa import DeskQa
from newsdesk.ui.translation.desk_row_commands import RowCommands
from newsdesk.ui.translation.desk_saver import DeskSaver
from newsdesk.ui.translation.desk_start import DeskStart
from newsdesk.ui.translation.desk_sync import DeskSync
from newsdesk.ui.translation.desk_table import DeskTable
from newsdesk.ui.translation.desk_tools import DeskTools
from newsdesk.ui.translation.desk_typeahead import DeskTypeAhead

_EDIT_TRIGGERS: Final = (QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
_NO_EDIT: Final = QAbstractItemView.EditTrigger.NoEditTriggers


class TranslationDeskWidget(QWidget):
    """Original (read-only) and translation (editable) side by side, paragraph by paragraph.

    The translation is saved by the desk itself through ``ArticleService.save`` with the
    version it holds, one save per edited paragraph: the desk runs window-modal, so the main
    editor cannot write the same story meanwhile, and a newer version saved elsewhere is
    refused (a conflict) instead of overwritten.

    Signals:
        opened(object): the story's original and translations were read (a
            :class:`DeskOpening`); a translation, if it has one, is being aligned.
        desk_loaded(object): a :class:`TranslationDesk` is shown (after every reload).
        translation_saved(object): the translation :class:`Article` was saved from the desk.
        translation_started(object): a new translation :class:`Article` was created.
        sync_answered(bool): "Mark as up to date" landed (True) or was refused.
        failed(str): something the user asked for could not be done; the message says why.
    """

    opened = Signal(object)
    """The header shows this DeskOpening; ``desk_loaded`` follows when it has a translation."""
    desk_loaded = Signal(object)
    """The desk now shows this TranslationDesk."""
    translation_saved = Signal(object)
    """The desk saved the translation; the argument is the stored Article."""
    translation_started = Signal(object)
    """A translation was started; the argument is the new draft Article."""
    failed = Signal(str)
    """A save, a sync or a start failed; the message is for the user."""
    sync_answered = Signal(bool)
    """"Mark as up to date" came back from the runner: stored (True) or refused (said)."""

    def __init__(self, newsroom: Newsroom, parent: QWidget | None = None, *,
                 journal: JournalWriter | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("translationDesk")
        self._newsroom = newsroom
        self._service: TranslationService = translation_service_for(newsroom)
        self._original: Article | None = None
        self._desk: TranslationDesk | None = None
        self._pending = 0
        self._opening: TaskHandle | None = None  # the latest open_for's reads, until they land
        self._loading: TaskHandle | None = None  # the latest alignment, until it lands
        self._after_opening: list[Callable[[], object]] = []
        self._when_idle: list[Callable[[], object]] = []
        self._pending_row_key: str | None = None  # a readiness problem's row, once shown
        self.touched_ids: set[int] = set()
        self.refusals = 0
        """How many failures :meth:`report` has said so far."""

        self.header = DeskHeader(self)  # title, progress, translation chooser, status line
        self.title_label = self.header.title_label
        self.translation_combo = self.header.translation_combo
        self.progress_label = self.header.progress_label
        self.status_label = self.header.status_label
        self.sync = DeskSync(self, self._service)  # "Mark as up to date"
        self.mark_synced_button = self.sync.button
        self.starting = DeskStart(self, self._service)  # "Translate…"
        self.translate_button = self.starting.button
        self.saver = DeskSaver(self, newsroom.articles, journal)  # journal, then newsroom
        self.conflict = DeskConflict(self, journal)  # a refused save: Use Mine / Keep Theirs

        self.model = DeskModel(self)
        self.table = DeskTable(self.model, self)
        self.table.paragraph_delegate.draft_changed.connect(self.on_draft_changed)
        self.row_heights = self.table.row_heights
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("changeDetail")
        self.detail.setAccessibleName(self.tr("What changed in the original"))
        self.detail.setPlaceholderText(
            self.tr("Select a row to see what changed in the original."))

        self.rows = RowCommands(self, newsroom)  # confirm, Ctrl+1..4, F7, F8
        self.next_change_button = self.rows.next_change_button
        self.next_untranslated_button = self.rows.next_untranslated_button
        self.confirm_button = self.rows.confirm_button
        self.confirm_action = self.rows.confirm_action
        self.typeahead = DeskTypeAhead(self)  # letters typed while it saves, typed in after
        self.memory = DeskMemory(self, newsroom)  # matches, Ctrl+Shift+1..3, pre-translate
        self.memory_panel = self.memory.panel
        self.pretranslate_button = self.memory.pretranslate_button

        bar = QHBoxLayout()
        bar.addWidget(self.status_label, 1)
        bar.addWidget(self.next_untranslated_button)
        bar.addWidget(self.next_change_button)
        bar.addWidget(self.confirm_button)
        bar.addWidget(self.pretranslate_button)
        bar.addWidget(self.mark_synced_button)
        bar.addWidget(self.translate_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("deskSplitter")
        splitter.addWidget(self.table)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.setObjectName("deskLowerSplitter")
        lower.addWidget(self.detail)
        lower.addWidget(self.memory_panel)
        lower.setChildrenCollapsible(False)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(self.header.row)
        layout.addLayout(bar)
        layout.addWidget(self.conflict)
        layout.addWidget(splitter, 1)
        self._connect_signals()
        self.update_controls()
        self.tools = DeskTools(self, newsroom)  # concordance, glossary, spelling, then/now
        self.qa = DeskQa(self, newsroom)  # live QA: the QA column, problems panel, F9
        bar.insertWidget(bar.indexOf(self.next_change_button) + 1, self.qa.next_button)
        self.qa.problems_changed.connect(self.update_controls)
        self.follow = DeskFollowChanges(self)  # colleagues' saves of this story, in place

    def _connect_signals(self) -> None:
        self.model.body_edited.connect(self.on_body_edited)
        self.model.field_edited.connect(self.on_field_edited)
        self.mark_synced_button.clicked.connect(self.mark_synced)
        self.translate_button.clicked.connect(self.ask_language)
        self.translation_combo.activated.connect(self.on_translation_chosen)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)

    # -- state -------------------------------------------------------------------------------
    @property
    def desk(self) -> TranslationDesk | None:
        return self._desk

    @desk.setter
    def desk(self, desk: TranslationDesk) -> None:
        """A save that kept the rows stored a new version: the desk holds it from now on."""
        self._desk = desk

    @property
    def original(self) -> Article | None:
        return self._original

    @property
    def busy(self) -> bool:
        return self._pending > 0

    @property
    def holds_writes(self) -> bool:
        """Commands that write wait: work is on its way, or a refused text waits for Use Mine
        or Keep Theirs (a write now would replace that text's journal entry)."""
        return self.busy or self.conflict.pending

    def update_controls(self) -> None:
        """Every command enabled as the desk now allows (a row, a desk, nothing pending)."""
        desk = self._desk
        self.sync.update_controls()
        self.rows.update_controls()
        self.memory.update_controls()
        errors = self.model.qa_errors()
        self.header.show_progress(desk, self.model, english_plural(
            self.tr(", %n QA error(s)", None, errors), errors) if errors else "")
        self.translate_button.setEnabled(self._original is not None and not self.busy)
        self.table.setEnabled(desk is not None)
        # Paragraph offsets are stale until the re-alignment arrives: no second edit before;
        # nor while a refused text waits for Use Mine / Keep Theirs (its journal entry would
        # be replaced by the next edit's).
        self.table.setEditTriggers(_NO_EDIT if self.busy or self.conflict.pending
                                   else _EDIT_TRIGGERS)

    def begin_work(self, message: str) -> None:
        """Work on the runner started (commands wait for it); ``message`` says what."""
        self._pending += 1
        self.status_label.setText(message)
        self.update_controls()

    def end_work(self) -> None:
        """The work started by :meth:`begin_work` returned (its handler updates the controls)."""
        self._pending -= 1
        if not self.busy and self._when_idle:
            # Once the handler that called this has finished (it may start more work).
            QTimer.singleShot(0, self._settled)

    def when_idle(self, then: Callable[[], object]) -> None:
        """``then()`` once nothing the desk started is on its way (at once when nothing is):
        the editor reloads a story the desk changed only after the desk's last save landed."""
        if self.busy:
            self._when_idle.append(then)
        else:
            then()

    def _settled(self) -> None:
        if self.busy:
            return  # more work started meanwhile: its end settles
        waiting, self._when_idle = self._when_idle, []
        for then in waiting:
            then()

    # -- opening -----------------------------------------------------------------------------
    def open_for(self, article_id: int) -> None:
        """Show the desk for a story: the translation itself, or the first of an original's.

        The original and its translations are read on the runner, then the chosen translation
        is aligned there too; a newer open replaces this one (what waited for it with
        :meth:`when_opened` is dropped with it).
        """
        self._after_opening.clear()
        self._cancel_loading()
        if self._in_flight(self._opening):
            assert self._opening is not None
            self._opening.cancel()  # its begin_work now stands for this one
        else:
            self.begin_work(self.tr("Opening the story…"))
        self._opening = TaskRunner.of().run(
            read_opening, self._service, self._newsroom, article_id,
            on_result=self._on_opened, on_error=self._on_open_failed)

    def when_opened(self, then: Callable[[], object]) -> None:
        """``then()`` once the open under way has read the story (at once when none is)."""
        if self._in_flight(self._opening):
            self._after_opening.append(then)
        else:
            then()

    @staticmethod
    def _in_flight(handle: TaskHandle | None) -> bool:
        return handle is not None and not (handle.done or handle.cancelled)

    def _on_opened(self, opening: DeskOpening) -> None:
        self.end_work()
        self._original = opening.original
        self.starting.languages = {t.language for t in opening.translations}
        self.header.list_translations(opening.original, list(opening.translations))
        if opening.chosen is None:
            self._desk = None
            self._pending_row_key = None
            self.model.set_rows((), "")
            self.status_label.setText(
                self.tr("No translation of this story yet. Use “Translate…” to start one from "
                        "its {0} text.").format(language_name(opening.original.language)))
            self.update_controls()
        else:
            self.header.choose(opening.chosen)
            self.load_translation(opening.chosen)
        self.opened.emit(opening)
        waiting, self._after_opening = self._after_opening, []
        for then in waiting:
            then()

    def _on_open_failed(self, exc: BaseException) -> bool:
        self._after_opening.clear()
        self._pending_row_key = None
        return self._on_load_failed(exc)

    def on_translation_chosen(self, index: int) -> None:
        translation_id = self.translation_combo.itemData(index)
        if isinstance(translation_id, int):
            self.load_translation(translation_id)

    def load_translation(self, translation_id: int) -> None:
        """Align in the background (a dynamic programme over every paragraph), then show."""
        self._cancel_loading()  # the latest alignment asked for is the one shown
        self.begin_work(self.tr("Aligning the translation with the original…"))
        # With the desk shown so far: should the original be deleted meanwhile, the desk
        # keeps its last text and the translation stays editable (desk_original_gone).
        self._loading = TaskRunner.of().run(
            load_desk_keeping_original, self._service, self._newsroom, translation_id,
            self._desk, on_result=self._on_loaded, on_error=self._on_load_failed)

    def _cancel_loading(self) -> None:
        """Drop an alignment still on its way (a newer one or a newer open replaces it)."""
        if self._in_flight(self._loading):
            assert self._loading is not None
            self._loading.cancel()
            self.end_work()

    def _on_load_failed(self, exc: BaseException) -> bool:
        """Said in the desk's own status line (and passed on through ``failed``)."""
        message = describe_failure(exc)
        self.end_work()
        self.status_label.setText(self.tr("Could not open the desk: {0}").format(message))
        self.update_controls()
        self.failed.emit(message)
        return True

    def _on_loaded(self, loaded: LoadedDesk) -> None:
        self._on_desk(*loaded)

    def _on_desk(self, desk: TranslationDesk,
                 records: dict[str, SegmentRecord] | None = None,
                 keys: list[str] | None = None) -> None:
        self.end_work()
        selected = self.table.currentIndex()
        self._desk = desk
        self._original = desk.original
        original_name = language_name(desk.original.language)
        translation_name = language_name(desk.translation.language)
        then = desk.original_then
        fields = field_rows((then.headline, then.deck) if then is not None else None,
                            (desk.original.headline, desk.original.deck),
                            (desk.translation.headline, desk.translation.deck))
        self.row_heights.expect(len(fields) + len(desk.rows))
        self.model.set_rows(desk.rows, desk.translation.body,
                            (self.tr("Original ({0})").format(original_name),
                             self.tr("Translation ({0})").format(translation_name)), fields)
        self.model.set_segments([*(FIELD_KEYS[f.field] for f in fields),
                                 *(keys if keys is not None
                                   else body_row_keys(desk.rows, desk.alignment))],
                                records or {})
        self.header.show_desk(desk)
        self.status_label.setText(original_notice(desk) or status_text(desk))
        if selected.isValid() and selected.row() < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(selected.row(), selected.column()))
        else:
            self.detail.clear()
        self.update_controls()
        key, self._pending_row_key = self._pending_row_key, None
        if key is not None:
            self.select_row_key(key)
        self.desk_loaded.emit(desk)

    def follow_changes(self, changes: Changes) -> None:
        """Colleagues' changes (the window's live updates): a newer original, translation or
        glossary is read on the runner and shown in place, never over a cell being typed."""
        self.follow.on_changes(changes)

    # -- acting ------------------------------------------------------------------------------
    def on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self.table.currentIndex()
        self.rows.update_controls()
        if not index.isValid():
            self.detail.clear()
            return
        self.show_change_detail()
        self.memory.look_up(index.row())

    def show_change_detail(self) -> None:
        """The detail pane for the current row as it now stands (its state included: a row
        just confirmed is not "not translated yet" any more)."""
        index = self.table.currentIndex()
        if index.isValid():
            self.detail.setHtml(change_html(self.model.row_at(index.row()),
                                            self.model.state_at(index.row())))

    def insert_match(self, number: int) -> bool:
        """Put memory match ``number`` (1-3) in the current row's translation (then saved)."""
        return self.memory.insert_match(number)

    def pretranslate(self) -> bool:
        """Fill the untranslated rows that the memory holds word for word, as drafts."""
        return self.memory.pretranslate()

    def set_row_state(self, state: SegmentState) -> bool:
        """Set the current row's state (Ctrl+1..4) without confirming its original."""
        return self.rows.set_row_state(state)

    def confirm_row(self) -> bool:
        """The current row is translated and renders the original as it is now (Ctrl+Enter)."""
        return self.rows.confirm_row()

    def select_next_untranslated(self) -> None:
        self.rows.select_next_untranslated()

    def select_next_change(self) -> None:
        self.rows.select_next_change()

    def select_row_key(self, key: str) -> bool:
        """Show the row a readiness problem names ("headline", "deck", "p3"...); False when
        the desk has no such row (the text changed since the check)."""
        return self.rows.select_row_key(key)

    def select_row_key_when_loaded(self, key: str) -> None:
        """:meth:`select_row_key` as soon as the desk being opened shows its rows (a readiness
        problem clicked in the editor opens the desk, which aligns on the runner first)."""
        if self.busy:
            self._pending_row_key = key
        else:
            self.select_row_key(key)

    def commit_open_edit(self) -> None:
        """Save the paragraph still open in the cell editor, as Enter would.

        The desk calls this before it closes: an edit must never wait in a hidden editor
        for a focus change that may come after the main editor reloaded the story.
        """
        index = self.table.currentIndex()
        editor = self.table.indexWidget(index) if index.isValid() else None
        if editor is None:
            return
        delegate = self.table.itemDelegate()
        delegate.commitData.emit(editor)
        delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    # -- the save path, "Mark as up to date", "Translate…" (see desk_saver, desk_sync, desk_start)
    def on_draft_changed(self, row: int, text: str) -> None:
        """A paragraph is being typed: to the journal shortly, before it is even committed."""
        self.saver.on_draft_changed(row, text)

    def on_body_edited(self, body: str, rows_kept: bool) -> None:
        """Save the translation (journal first, the version the desk holds, on the runner)."""
        self.saver.on_body_edited(body, rows_kept)

    def on_field_edited(self, _field: str) -> None:
        """The headline or deck row was edited: saved like a paragraph; the rows stay."""
        self.saver.on_body_edited(self.model.body, True)

    def mark_synced(self) -> bool:
        """Mark the translation as up to date with the original as it is now (True when sent)."""
        return self.sync.mark_synced()

    def ask_language(self) -> None:
        """Ask which language to translate into (window-modal, opened, never exec'd)."""
        self.starting.ask_language()

    def start_translation(self, language: str) -> bool:
        """Create the draft translation on the runner (True when sent), then show it on the
        desk; :attr:`translation_started` says it was created, :attr:`failed` why not."""
        return self.starting.start_translation(language)

    def report(self, message: str) -> None:
        """Said in the desk's status line and passed on through ``failed`` (and counted in
        :attr:`refusals`, so a command waiting for a save knows it was refused)."""
        self.refusals += 1
        self.status_label.setText(message)
        self.failed.emit(message)
