"""The translators' desk widget: aligned rows, the change detail, mark up to date, translate."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Final

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.article import Article
from newsdesk.domain.desk_fields import FIELD_KEYS, field_rows, with_texts
from newsdesk.domain.errors import ConflictError, NewsdeskError, StorageError
from newsdesk.domain.segments import SegmentRecord, SegmentState, body_row_keys, text_hash
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.recovery_journal import JournalWriter
from newsdesk.services.translation import (
    TranslationDesk,
    TranslationService,
    translation_service_for,
)
from newsdesk.ui.autosave import JOURNAL_DELAY_MS
from newsdesk.ui.error_text import error_text, situation_text
from newsdesk.ui.labels import language_name
from newsdesk.ui.plural import english_plural
from newsdesk.ui.tasks import TaskHandle, TaskRunner, describe_failure
from newsdesk.ui.translation.desk_change_detail import change_html
from newsdesk.ui.translation.desk_controls import desk_button
from newsdesk.ui.translation.desk_header import DeskHeader, status_text
from newsdesk.ui.translation.desk_memory import DeskMemory
from newsdesk.ui.translation.desk_model import DeskModel
from newsdesk.ui.translation.desk_opening import DeskOpening, read_opening
from newsdesk.ui.translation.desk_original_gone import (
    LoadedDesk,
    load_desk_keeping_original,
    original_gone,
    original_notice,
)
from newsdesk.ui.translation.desk_qa import DeskQa
from newsdesk.ui.translation.desk_row_commands import RowCommands
from newsdesk.ui.translation.desk_save import DeskSave, save_translation
from newsdesk.ui.translation.desk_table import DeskTable
from newsdesk.ui.translation.desk_tools import DeskTools

LANGUAGES: Final = {
    "en": "English", "ru": "Russian", "kk": "Kazakh", "uz": "Uzbek", "ky": "Kyrgyz",
    "tg": "Tajik", "tk": "Turkmen", "zh": "Chinese",
}
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
        self._journal = journal
        # (row, text, the translation's version it was typed on), not yet in the journal
        self._draft: tuple[int, str, int] | None = None
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(JOURNAL_DELAY_MS)
        self._draft_timer.timeout.connect(self._journal_draft)
        self._service: TranslationService = translation_service_for(newsroom)
        self._original: Article | None = None
        self._desk: TranslationDesk | None = None
        self._pending = 0
        self._opening: TaskHandle | None = None  # the latest open_for's reads, until they land
        self._loading: TaskHandle | None = None  # the latest alignment, until it lands
        self._after_opening: list[Callable[[], object]] = []
        self._when_idle: list[Callable[[], object]] = []
        self._saving = False  # a save of the translation is on its way
        self._save_again: bool | None = None  # edited meanwhile: rows_kept of those edits
        self._languages: set[str] = set()
        self._pending_row_key: str | None = None  # a readiness problem's row, once shown
        self.touched_ids: set[int] = set()
        self.refusals = 0
        """How many failures :meth:`report` has said so far."""

        self.header = DeskHeader(self)  # title, progress, translation chooser, status line
        self.title_label = self.header.title_label
        self.translation_combo = self.header.translation_combo
        self.progress_label = self.header.progress_label
        self.status_label = self.header.status_label
        self.mark_synced_button = desk_button(
            self, "markSyncedButton", self.tr("Mark as up to date"),
            self.tr("The translation now renders the original as it is: clear the flags"))
        self.translate_button = desk_button(
            self, "translateButton", self.tr("Translate…"),
            self.tr("Start a translation of the original into another language"))

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
        layout.addWidget(splitter, 1)
        self._connect_signals()
        self.update_controls()
        self.tools = DeskTools(self, newsroom)  # concordance, glossary, spelling, then/now
        self.qa = DeskQa(self, newsroom)  # live QA: the QA column, problems panel, F9
        bar.insertWidget(bar.indexOf(self.next_change_button) + 1, self.qa.next_button)
        self.qa.problems_changed.connect(self.update_controls)

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

    @property
    def original(self) -> Article | None:
        return self._original

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def update_controls(self) -> None:
        """Every command enabled as the desk now allows (a row, a desk, nothing pending)."""
        desk = self._desk
        self.mark_synced_button.setEnabled(desk is not None and not desk.up_to_date
                                           and not self.busy)
        self.rows.update_controls()
        self.memory.update_controls()
        errors = self.model.qa_errors()
        self.header.show_progress(desk, self.model, english_plural(
            self.tr(", %n QA error(s)", None, errors), errors) if errors else "")
        self.translate_button.setEnabled(self._original is not None and not self.busy)
        self.table.setEnabled(desk is not None)
        # Paragraph offsets are stale until the re-alignment arrives: no second edit before.
        self.table.setEditTriggers(_NO_EDIT if self.busy else _EDIT_TRIGGERS)

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
        self._languages = {t.language for t in opening.translations}
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

    # -- acting ------------------------------------------------------------------------------
    def on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self.table.currentIndex()
        self.rows.update_controls()
        if not index.isValid():
            self.detail.clear()
            return
        self.detail.setHtml(change_html(self.model.row_at(index.row())))
        self.memory.look_up(index.row())

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

    # -- the recovery journal: what is typed on the desk survives a crash or a failed save ---
    def _journal_key(self) -> str | None:
        desk = self._desk
        if desk is None or desk.translation.id is None:
            return None
        return f"desk-{desk.translation.id}"

    def on_draft_changed(self, row: int, text: str) -> None:
        """A paragraph is being typed: to the journal shortly, before it is even committed."""
        desk = self._desk
        if desk is None:
            return
        self._draft = (row, text, desk.translation.version)
        if not self._draft_timer.isActive():
            self._draft_timer.start()

    def _journal_draft(self) -> None:
        key, draft, desk = self._journal_key(), self._draft, self._desk
        if self._journal is None or key is None or draft is None or desk is None:
            return
        if not 0 <= draft[0] < self.model.rowCount():
            return
        if draft[2] != desk.translation.version:
            # The desk shows another version than the one typed on (a colleague's, after a
            # refused save): journalled now, the edit would pass for one made on theirs. The
            # refused text is in the journal already; the next keystroke journals anew.
            return
        self._journal.submit(key, with_texts(desk.translation,
                                             self.model.translation_with(draft[0], draft[1])))

    def on_body_edited(self, body: str, rows_kept: bool) -> None:
        """Save the translation with the version the desk holds (on the runner); align again
        only when the edit changed the paragraph structure beyond its row.

        The text goes to the recovery journal first. A newsroom that cannot be written keeps
        the edit on the desk (the next edit or the next start saves it); a conflict shows the
        stored text, and the translator's is offered back at the next start, never lost.
        The desk takes no other edit until the save has landed (its rows follow the save).
        """
        desk = self._desk
        if desk is None or desk.translation.id is None:
            return
        self._draft_timer.stop()
        self._draft = None
        key = self._journal_key()
        # The headline and deck as the desk has them too: an edit of theirs that the
        # newsroom could not take is saved with this one.
        mine = with_texts(desk.translation, {**self.model.translation_texts(), "body": body})
        ticket = None
        if self._journal is not None and key is not None:
            ticket = self._journal.submit(key, mine)
        if self._saving:
            # Saved once the save on its way has landed, with the version it stored.
            self._save_again = rows_kept and self._save_again is not False
            return
        self._saving = True
        self.begin_work(self.tr("Saving the translation…"))
        TaskRunner.of().run(
            save_translation, self._newsroom.articles, mine, self._journal, ticket,
            on_result=partial(self._on_saved, desk.translation.id, key, rows_kept),
            on_error=partial(self._on_save_refused, desk.translation.id))

    def _on_saved(self, translation_id: int, key: str | None, rows_kept: bool,
                  done: DeskSave) -> None:
        self.end_work()
        self._saving = False
        again, self._save_again = self._save_again, None
        saved = done.saved
        if self._journal is not None and key is not None:
            self._journal.remove(key, if_same_as=done.mine)
        self.touched_ids.add(translation_id)
        desk = self._desk
        if desk is None or desk.translation.id != translation_id:
            self.update_controls()  # the desk moved on to another story meanwhile
            self.translation_saved.emit(saved)
            return
        self._desk = replace(desk, translation=saved, rows=self.model.body_rows)
        draft = self._draft
        if draft is not None and draft[2] == done.mine.version:
            self._draft = (draft[0], draft[1], saved.version)  # typed on what we just saved
        # Said only now: the save has returned, so its transaction is committed.
        self.status_label.setText(
            self.tr("Saved the translation (version {0}).").format(saved.version))
        if original_gone(self._desk):
            self.report(original_notice(self._desk))
        self.update_controls()
        self.translation_saved.emit(saved)
        if again is not None:  # edits made while it travelled: saved now, aligned after
            self.on_body_edited(self.model.body, rows_kept and again)
        elif rows_kept:
            self.on_selection_changed(QItemSelection(), QItemSelection())
        else:
            self.load_translation(translation_id)

    def _on_save_refused(self, translation_id: int, exc: BaseException) -> bool:
        """Said in the status line; a conflict or a refusal shows the stored text again, a
        newsroom that cannot be written keeps the edit on the desk for the next save."""
        self.end_work()
        self._saving = False
        self._save_again = None  # on the desk still (or dropped for the stored text)
        kept = self.tr(" Your text is kept on this computer.") if self._journal else ""
        if isinstance(exc, ConflictError):
            self.report(self.tr("{0}. The desk shows the stored text again.{1} It will be "
                                 "offered back when Newsdesk next starts.").format(
                                     error_text(exc), kept))
            self.load_translation(translation_id)
        elif isinstance(exc, StorageError):
            # The edit stays on the desk: the next save writes it with the rest.
            self.report(self.tr("The translation was not saved: {0}.{1} It is saved with "
                                 "your next edit, or offered back when Newsdesk next starts.")
                         .format(situation_text(exc), kept))
            self.update_controls()
        elif isinstance(exc, NewsdeskError):
            self.report(self.tr("The translation was not saved: {0}.{1}")
                         .format(error_text(exc), kept))
            self.load_translation(translation_id)
        else:  # the driver's own words: the edit stays, as for a newsroom out of reach
            self.report(self.tr("The translation was not saved: {0}.{1} It is saved with "
                                 "your next edit, or offered back when Newsdesk next starts.")
                         .format(describe_failure(exc), kept))
            self.update_controls()
        return True

    def on_field_edited(self, _field: str) -> None:
        """The headline or deck row was edited: saved like a paragraph (journal first, the
        version the desk holds, one transaction); the rows stay as they are."""
        self.on_body_edited(self.model.body, True)

    def mark_synced(self) -> bool:
        """Mark the translation as up to date with the original as it is now, on the runner
        (True when sent); the desk takes no edit until it has landed, then aligns again."""
        desk = self._desk
        if desk is None or desk.translation.id is None:
            return False
        if self.busy:
            self.report(self.tr("Not marked as up to date yet: the desk is still storing your "
                                "last change. Try again once the status line says it is done."))
            return False
        # Rows are keyed by the original text they were translated from; from now on that is
        # the text as it is now, so stored states follow their rows to the new keys.
        keys = body_row_keys(desk.rows, desk.alignment)
        moved = {old: "p" + text_hash(row.original.text)[:16]
                 for old, row in zip(keys, desk.rows, strict=True)
                 if row.original is not None and old.startswith("p")}
        translation_id = desk.translation.id
        self.begin_work(self.tr("Marking the translation as up to date…"))
        TaskRunner.of().run(
            partial(self._service.mark_synced, translation_id,
                    version=desk.translation.version, moved_keys=moved),
            on_result=partial(self._on_marked_synced, translation_id),
            on_error=self._on_mark_synced_refused)
        return True

    def _on_marked_synced(self, translation_id: int, _done: object) -> None:
        self.end_work()
        self.touched_ids.add(translation_id)
        self.sync_answered.emit(True)
        self.load_translation(translation_id)

    def _on_mark_synced_refused(self, exc: BaseException) -> bool:
        self.end_work()
        why = describe_failure(exc)
        self.report(self.tr("Not marked as up to date: {0}").format(why))
        self.update_controls()
        self.sync_answered.emit(False)
        return True

    def ask_language(self) -> None:
        """Ask which language to translate into (window-modal, opened, never exec'd)."""
        if self._original is None:
            return
        taken = {self._original.language, *self._languages}
        choices = [f"{code} — {language_name(code)}" for code in LANGUAGES if code not in taken]
        dialog = QInputDialog(self)
        dialog.setObjectName("translateDialog")
        dialog.setWindowTitle(self.tr("Translate story"))
        dialog.setLabelText(self.tr("Translate “{0}” into:").format(self._original.headline))
        dialog.setComboBoxItems(choices)
        dialog.setComboBoxEditable(True)
        dialog.textValueSelected.connect(
            lambda text: self.start_translation(text.split(" — ")[0].strip()))
        dialog.open()

    def start_translation(self, language: str) -> bool:
        """Create the draft translation on the runner (True when sent), then show it on the
        desk; :attr:`translation_started` says it was created, :attr:`failed` why not."""
        if self._original is None or self._original.id is None:
            return False
        if self.busy:
            self.report(self.tr("No translation started yet: the desk is still busy. Try "
                                "again once the status line says it is done."))
            return False
        self.begin_work(self.tr("Starting the translation…"))
        TaskRunner.of().run(self._service.start_translation, self._original.id, language,
                            on_result=self._on_translation_started,
                            on_error=self._on_translation_refused)
        return True

    def _on_translation_started(self, article: Article) -> None:
        self.end_work()
        assert article.id is not None
        self.touched_ids.add(article.id)
        self.translation_started.emit(article)
        self.open_for(article.id)

    def _on_translation_refused(self, exc: BaseException) -> bool:
        self.end_work()
        why = describe_failure(exc)
        self.report(self.tr("No translation started: {0}").format(why))
        self.update_controls()
        return True

    def report(self, message: str) -> None:
        """Said in the desk's status line and passed on through ``failed`` (and counted in
        :attr:`refusals`, so a command waiting for a save knows it was refused)."""
        self.refusals += 1
        self.status_label.setText(message)
        self.failed.emit(message)
