"""The translators' desk widget: aligned rows, the change detail, mark up to date, translate."""

from __future__ import annotations

import html
from dataclasses import replace
from typing import Final

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.article import Article
from newsdesk.domain.desk_fields import FIELD_KEYS, field_rows, qa_refs, with_texts
from newsdesk.domain.errors import ConflictError, NewsdeskError, StorageError
from newsdesk.domain.memory import MemoryMatch, SegmentPair, StoryRef
from newsdesk.domain.segments import (
    SegmentChange,
    SegmentRecord,
    SegmentState,
    body_row_keys,
    progress,
    row_original_text,
    text_hash,
)
from newsdesk.domain.translation_changes import ChangeKind, DeskRow, SegmentKind
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.recovery_journal import JournalWriter
from newsdesk.services.translation import (
    TranslationDesk,
    TranslationService,
    translation_service_for,
)
from newsdesk.services.translation_memory import TranslationMemoryService
from newsdesk.ui.autosave import JOURNAL_DELAY_MS
from newsdesk.ui.error_text import error_text, situation_text
from newsdesk.ui.labels import language_name
from newsdesk.ui.plural import english_plural
from newsdesk.ui.progress_text import progress_line
from newsdesk.ui.tasks import TaskRunner, describe_failure
from newsdesk.ui.translation.desk_model import (
    FLAG_WORDS,
    TRANSLATION_COLUMN,
    DeskModel,
)
from newsdesk.ui.translation.desk_original_gone import (
    LoadedDesk,
    load_desk_keeping_original,
    original_gone,
    original_notice,
    save_without_original,
)
from newsdesk.ui.translation.desk_qa import DeskQa
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
STATE_KEYS: Final = (
    (SegmentState.UNTRANSLATED, "Ctrl+1"),
    (SegmentState.DRAFT, "Ctrl+2"),
    (SegmentState.TRANSLATED, "Ctrl+3"),
    (SegmentState.REVIEWED, "Ctrl+4"),
)
"""One key per row state (also in each state cell's tooltip)."""


def exact_matches(memory: TranslationMemoryService, texts: dict[int, str],
                  source_language: str, target_language: str) -> dict[int, str]:
    """Each row's rendering from a memory pair whose source is its text word for word (on a
    worker): what "Pre-translate from memory" fills in, by row number."""
    found: dict[int, str] = {}
    for row, text in texts.items():
        match = memory.exact(text, source_language, target_language)
        if match is not None and match.entry.target.strip():
            found[row] = match.entry.target
    return found


def matches_html(matches: tuple[MemoryMatch, ...]) -> str:
    """The memory panel: each match's score, its source diffed against the row's, its
    rendering and where it comes from (story, date, translator)."""
    parts: list[str] = []
    for number, match in enumerate(matches, start=1):
        entry = match.entry
        words: list[str] = []
        for segment in match.diff:
            text = html.escape(segment.text)
            if segment.kind is SegmentKind.INSERTED:
                words.append(f"<span style='background:#c8ecc9'>{text}</span>")
            elif segment.kind is SegmentKind.DELETED:
                words.append(f"<s style='background:#f6c9c4'>{text}</s>")
            else:
                words.append(text)
        origin = ", ".join(part for part in (
            entry.story_headline or entry.story_slug, f"{entry.created_at:%Y-%m-%d}",
            entry.translator) if part)
        parts.append(
            f"<p><b>{match.percent}%</b> <span style='color:#555'>Ctrl+Shift+{number}</span>"
            f"<br>{''.join(words) or html.escape(entry.source)}"
            f"<br><b>{html.escape(entry.target)}</b>"
            f"<br><span style='color:#777'>{html.escape(origin)}</span></p>")
    return "".join(parts)


def _note(text: str) -> str:
    """A grey line of advice in the detail pane (already in the interface language)."""
    return f"<p style='color:#555'>{html.escape(text)}</p>"


def change_html(row: DeskRow) -> str:
    """The detail pane's text for a row: what changed in the original, word by word."""
    if not row.flags:
        if row.original is None:
            return QCoreApplication.translate(
                "TranslationDeskWidget", "<p>This paragraph is only in the translation.</p>")
        return _note(QCoreApplication.translate(
            "TranslationDeskWidget", "No change in the original since it was translated."))
    parts: list[str] = []
    for flag in row.flags:
        flag_words = QCoreApplication.translate("DeskModel", FLAG_WORDS[flag.kind])
        parts.append(f"<p><b>{html.escape(flag_words)}.</b></p>")
        words: list[str] = []
        for segment in flag.segments:
            text = html.escape(segment.text)
            if segment.kind is SegmentKind.INSERTED:
                words.append(f"<span style='background:#c8ecc9'>{text}</span>")
            elif segment.kind is SegmentKind.DELETED:
                words.append(f"<s style='background:#f6c9c4'>{text}</s>")
            else:
                words.append(text)
        parts.append(f"<p>{''.join(words)}</p>")
        if flag.kind is ChangeKind.ADDED:
            parts.append(_note(QCoreApplication.translate(
                "TranslationDeskWidget", "Type its translation in the empty cell.")))
        elif flag.kind is ChangeKind.REMOVED:
            parts.append(_note(QCoreApplication.translate(
                "TranslationDeskWidget", "Remove or rewrite the translation paragraph beside it.")))
    return "".join(parts)


class TranslationDeskWidget(QWidget):
    """Original (read-only) and translation (editable) side by side, paragraph by paragraph.

    The translation is saved by the desk itself through ``ArticleService.save`` with the
    version it holds, one save per edited paragraph: the desk runs window-modal, so the main
    editor cannot write the same story meanwhile, and a newer version saved elsewhere is
    refused (a conflict) instead of overwritten.

    Signals:
        desk_loaded(object): a :class:`TranslationDesk` is shown (after every reload).
        translation_saved(object): the translation :class:`Article` was saved from the desk.
        translation_started(object): a new translation :class:`Article` was created.
        failed(str): something the user asked for could not be done; the message says why.
    """

    desk_loaded = Signal(object)
    """The desk now shows this TranslationDesk."""
    translation_saved = Signal(object)
    """The desk saved the translation; the argument is the stored Article."""
    translation_started = Signal(object)
    """A translation was started; the argument is the new draft Article."""
    failed = Signal(str)
    """A save, a sync or a start failed; the message is for the user."""

    def __init__(self, newsroom: Newsroom, parent: QWidget | None = None, *,
                 journal: JournalWriter | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("translationDesk")
        self._newsroom = newsroom
        self._journal = journal
        self._draft: tuple[int, str] | None = None  # (row, text) typed, not yet in the journal
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(JOURNAL_DELAY_MS)
        self._draft_timer.timeout.connect(self._journal_draft)
        self._service: TranslationService = translation_service_for(newsroom)
        self._original: Article | None = None
        self._desk: TranslationDesk | None = None
        self._pending = 0
        self._languages: set[str] = set()
        self._pending_row_key: str | None = None  # a readiness problem's row, once shown
        self.touched_ids: set[int] = set()

        self.title_label = QLabel(self)
        self.title_label.setObjectName("deskTitleLabel")
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setWordWrap(True)
        self.translation_combo = QComboBox(self)
        self.translation_combo.setObjectName("translationCombo")
        self.translation_combo.setAccessibleName(self.tr("Translation"))
        self.translation_combo.setMinimumWidth(260)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("deskStatusLabel")
        self.status_label.setWordWrap(True)
        # Refusals quote a file's own markup ("it starts with <html>"): never rich text.
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.mark_synced_button = QPushButton(self.tr("Mark as up to date"), self)
        self.mark_synced_button.setObjectName("markSyncedButton")
        self.mark_synced_button.setToolTip(
            self.tr("The translation now renders the original as it is: clear the flags"))
        self.next_change_button = QPushButton(self.tr("Next flagged"), self)
        self.next_change_button.setObjectName("nextChangeButton")
        self.next_change_button.setShortcut(QKeySequence("F8"))
        self.next_change_button.setToolTip(self.tr("The next row whose original changed (F8)"))
        self.next_untranslated_button = QPushButton(self.tr("Next untranslated"), self)
        self.next_untranslated_button.setObjectName("nextUntranslatedButton")
        self.next_untranslated_button.setShortcut(QKeySequence("F7"))
        self.next_untranslated_button.setToolTip(self.tr("The next row still untranslated (F7)"))
        self.confirm_button = QPushButton(self.tr("Confirm row"), self)
        self.confirm_button.setObjectName("confirmRowButton")
        self.confirm_button.setToolTip(self.tr(
            "The row's translation is done and renders the original as it is now: mark it "
            "translated and clear its flag (Ctrl+Enter)"))
        self.pretranslate_button = QPushButton(self.tr("Pre-translate from memory"), self)
        self.pretranslate_button.setObjectName("pretranslateButton")
        self.pretranslate_button.setToolTip(self.tr(
            "Fill every untranslated row whose original is in the translation memory word for "
            "word; the rows become drafts to review, never translated"))
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("deskProgressLabel")
        self._state_actions: list[QAction] = []
        for state, key in STATE_KEYS:
            action = QAction(self.tr("Mark row {0}").format(state.value), self)
            action.setObjectName(f"state{state.value.capitalize()}Action")
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, s=state: self.set_row_state(s))
            self.addAction(action)
            self._state_actions.append(action)
        self._matches: tuple[MemoryMatch, ...] = ()
        self.memory_panel = QTextBrowser(self)
        self.memory_panel.setObjectName("memoryPanel")
        self.memory_panel.setAccessibleName(self.tr("Translation memory matches"))
        self.memory_panel.setPlaceholderText(self.tr(
            "Matches from the translation memory for the selected row appear here."))
        for number in (1, 2, 3):
            insert = QAction(self.tr("Insert memory match {0}").format(number), self)
            insert.setObjectName(f"insertMatch{number}Action")
            insert.setShortcut(QKeySequence(f"Ctrl+Shift+{number}"))
            insert.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            insert.triggered.connect(lambda _checked=False, n=number: self.insert_match(n))
            self.addAction(insert)
        self.confirm_action = QAction(self.tr("Confirm row"), self)
        self.confirm_action.setObjectName("confirmRowAction")
        self.confirm_action.setShortcuts([QKeySequence("Ctrl+Return"),
                                          QKeySequence("Ctrl+Enter")])
        self.confirm_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.confirm_action)
        self.translate_button = QPushButton(self.tr("Translate…"), self)
        self.translate_button.setObjectName("translateButton")
        self.translate_button.setToolTip(self.tr("Start a translation of the original into "
                                                 "another language"))

        self.model = DeskModel(self)
        self.table = DeskTable(self.model, self)
        self.table.paragraph_delegate.draft_changed.connect(self.on_draft_changed)
        self.row_heights = self.table.row_heights
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("changeDetail")
        self.detail.setAccessibleName(self.tr("What changed in the original"))
        self.detail.setPlaceholderText(
            self.tr("Select a row to see what changed in the original."))

        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.progress_label)
        header.addWidget(QLabel(self.tr("Translation:"), self))
        header.addWidget(self.translation_combo)
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
        layout.addLayout(header)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self._connect_signals()
        self._update_controls()
        self.tools = DeskTools(self, newsroom)  # concordance, glossary, spelling, then/now
        self.qa = DeskQa(self, newsroom)  # live QA: the QA column, problems panel, F9
        bar.insertWidget(bar.indexOf(self.next_change_button) + 1, self.qa.next_button)
        self.qa.problems_changed.connect(self._update_controls)

    def _connect_signals(self) -> None:
        self.model.body_edited.connect(self.on_body_edited)
        self.model.field_edited.connect(self.on_field_edited)
        self.mark_synced_button.clicked.connect(self.mark_synced)
        self.next_change_button.clicked.connect(self.select_next_change)
        self.next_untranslated_button.clicked.connect(self.select_next_untranslated)
        self.confirm_button.clicked.connect(self.confirm_row)
        self.confirm_action.triggered.connect(self.confirm_row)
        self.pretranslate_button.clicked.connect(self.pretranslate)
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

    def _update_controls(self) -> None:
        desk = self._desk
        self.mark_synced_button.setEnabled(desk is not None and not desk.up_to_date
                                           and not self.busy)
        self.next_change_button.setEnabled(bool(self.model.flagged_rows()))
        self.next_untranslated_button.setEnabled(bool(self.model.untranslated_rows()))
        self.confirm_button.setEnabled(desk is not None and not self.busy
                                       and self.table.currentIndex().isValid())
        self.progress_label.setText(self._progress_text())
        self.pretranslate_button.setEnabled(desk is not None and not self.busy
                                            and bool(self.model.untranslated_rows()))
        self.translate_button.setEnabled(self._original is not None and not self.busy)
        self.table.setEnabled(desk is not None)
        # Paragraph offsets are stale until the re-alignment arrives: no second edit before.
        self.table.setEditTriggers(_NO_EDIT if self.busy else _EDIT_TRIGGERS)

    # -- opening -----------------------------------------------------------------------------
    def open_for(self, article_id: int) -> None:
        """Show the desk for a story: the translation itself, or the first of an original's."""
        original_id = self._service.original_id(article_id)
        self._original = self._newsroom.articles.get(original_id)
        translations = self._service.translations(original_id)
        self._languages = {t.language for t in translations}
        self.translation_combo.clear()
        for translation in translations:
            name = language_name(translation.language)
            self.translation_combo.addItem(f"{name} — {translation.headline}", translation.id)
        chosen = article_id if article_id != original_id else (
            translations[0].id if translations else None)
        self.title_label.setText(self._original.headline)
        if chosen is None:
            self._desk = None
            self.model.set_rows((), "")
            self.status_label.setText(
                self.tr("No translation of this story yet. Use “Translate…” to start one from "
                        "its {0} text.").format(language_name(self._original.language)))
            self._update_controls()
            return
        self.translation_combo.setCurrentIndex(self.translation_combo.findData(chosen))
        self.load_translation(chosen)

    def on_translation_chosen(self, index: int) -> None:
        translation_id = self.translation_combo.itemData(index)
        if isinstance(translation_id, int):
            self.load_translation(translation_id)

    def load_translation(self, translation_id: int) -> None:
        """Align in the background (a dynamic programme over every paragraph), then show."""
        self._pending += 1
        self.status_label.setText(self.tr("Aligning the translation with the original…"))
        self._update_controls()
        # With the desk shown so far: should the original be deleted meanwhile, the desk
        # keeps its last text and the translation stays editable (desk_original_gone).
        TaskRunner.of().run(load_desk_keeping_original, self._service, self._newsroom,
                            translation_id, self._desk,
                            on_result=self._on_loaded, on_error=self._on_load_failed)

    def _on_load_failed(self, exc: BaseException) -> bool:
        """Said in the desk's own status line (and passed on through ``failed``)."""
        message = describe_failure(exc)
        self._pending -= 1
        self.status_label.setText(self.tr("Could not open the desk: {0}").format(message))
        self._update_controls()
        self.failed.emit(message)
        return True

    def _on_loaded(self, loaded: LoadedDesk) -> None:
        self._on_desk(*loaded)

    def _on_desk(self, desk: TranslationDesk,
                 records: dict[str, SegmentRecord] | None = None,
                 keys: list[str] | None = None) -> None:
        self._pending -= 1
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
        self.title_label.setText(f"{desk.original.headline}\n→ {desk.translation.headline}")
        self.status_label.setText(original_notice(desk) or self._status_text(desk))
        if selected.isValid() and selected.row() < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(selected.row(), selected.column()))
        else:
            self.detail.clear()
        self._update_controls()
        key, self._pending_row_key = self._pending_row_key, None
        if key is not None:
            self.select_row_key(key)
        self.desk_loaded.emit(desk)

    @staticmethod
    def _status_text(desk: TranslationDesk) -> str:
        if not desk.tracked:
            return QCoreApplication.translate(
                "TranslationDeskWidget", "Not tracked yet: nothing records which text of the "
                "original this translation renders. Mark it as up to date to flag the "
                "original's next changes.")
        flags = desk.flags
        if not flags:
            return QCoreApplication.translate(
                "TranslationDeskWidget", "Up to date with revision {0} of the original."
            ).format(desk.base_revision)
        counts = {kind: sum(1 for f in flags if f.kind is kind) for kind in ChangeKind}
        kinds = {
            ChangeKind.ADDED: QCoreApplication.translate("TranslationDeskWidget", "{0} added"),
            ChangeKind.CHANGED: QCoreApplication.translate("TranslationDeskWidget", "{0} changed"),
            ChangeKind.REMOVED: QCoreApplication.translate("TranslationDeskWidget", "{0} removed"),
        }
        words = ", ".join(kinds[kind].format(n) for kind, n in counts.items() if n)
        return QCoreApplication.translate(
            "TranslationDeskWidget", "The original changed since revision {0} that you "
            "translated: {1}. Review the highlighted rows, then mark as up to date."
        ).format(desk.base_revision, words)

    # -- acting ------------------------------------------------------------------------------
    def on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self.table.currentIndex()
        self.confirm_button.setEnabled(self._desk is not None and not self.busy
                                       and index.isValid())
        if not index.isValid():
            self.detail.clear()
            return
        self.detail.setHtml(change_html(self.model.row_at(index.row())))
        self._look_up(index.row())

    def _look_up(self, row: int) -> None:
        """Memory matches for the row, on the runner (latest request wins per desk)."""
        desk, desk_row = self._desk, self.model.row_at(row)
        self._matches = ()
        self.memory_panel.clear()
        if desk is None or desk_row.original is None:
            return
        TaskRunner.of().run(
            self._newsroom.memory.lookup, desk_row.original.text, desk.original.language,
            desk.translation.language, on_result=self._on_matches,
            on_error=self._on_lookup_failed, channel=f"desk-lookup-{id(self)}")

    def _on_matches(self, matches: tuple[MemoryMatch, ...]) -> None:
        self._matches = matches
        if matches:
            self.memory_panel.setHtml(matches_html(matches))
        else:
            self.memory_panel.setPlainText(self.tr("No match of 70 % or more in the memory."))

    def _on_lookup_failed(self, exc: BaseException) -> bool:
        self.memory_panel.setPlainText(self.tr("The memory could not be searched: {0}")
                                       .format(describe_failure(exc)))
        return True

    def insert_match(self, number: int) -> bool:
        """Put memory match ``number`` (1-3) in the current row's translation (then saved)."""
        index = self.table.currentIndex()
        if not index.isValid() or not 1 <= number <= len(self._matches) or self.busy:
            return False
        target = self._matches[number - 1].entry.target
        return self.model.setData(self.model.index(index.row(), TRANSLATION_COLUMN), target)

    def pretranslate(self) -> bool:
        """Fill the untranslated rows that the memory holds word for word (one command).

        Looked up on the runner; the rows filled are saved as one edit (one transaction) and
        stay drafts: a match was right in another story, the translator still confirms it here.
        """
        desk = self._desk
        if desk is None or self.busy:
            return False
        texts = {row: original.text for row in self.model.untranslated_rows()
                 if (original := self.model.row_at(row).original) is not None}
        if not texts:
            self.status_label.setText(self.tr(
                "Nothing to pre-translate: every row has a translation."))
            return False
        self._pending += 1
        self.status_label.setText(self.tr("Looking up the untranslated rows in the memory…"))
        self._update_controls()
        TaskRunner.of().run(
            exact_matches, self._newsroom.memory, texts, desk.original.language,
            desk.translation.language,
            on_result=lambda found: self._on_pretranslated(desk, texts, found),
            on_error=self._on_pretranslate_failed, channel=f"desk-pretranslate-{id(self)}")
        return True

    def _on_pretranslated(self, asked: TranslationDesk, texts: dict[int, str],
                          found: dict[int, str]) -> None:
        self._pending -= 1
        desk = self._desk
        if desk is None or desk.translation.id != asked.translation.id:
            self._update_controls()
            return  # another translation is on the desk now
        # Only rows still untranslated with the same original: nothing typed meanwhile is
        # overwritten.
        still = {row: text for row, text in found.items()
                 if row < self.model.rowCount() and self.model.state_at(row)
                 is SegmentState.UNTRANSLATED
                 and row_original_text(self.model.row_at(row)) == texts[row]}
        if not still:
            self.status_label.setText(self.tr(
                "No untranslated row has an exact match in the memory."))
            self._update_controls()
            return
        # A row set "untranslated" by hand keeps that stored state unless it is moved on.
        stored = {row: record for row in still
                  if (record := self.model.record_at(row)) is not None}
        keys = {row: self.model.key_at(row) for row in stored}
        changed = self.model.set_translations(still)  # saved by on_body_edited, one transaction
        after = self._desk
        if after is None or any(getattr(after.translation, name) != text
                                for name, text in self.model.translation_texts().items()):
            self._update_controls()
            return  # not saved: the status line says why, the text stays on the desk
        moved = [SegmentChange(keys[row], SegmentState.DRAFT, record.version)
                 for row, record in stored.items() if row in changed]
        if moved and after.translation.id is not None:
            try:
                self.model.update_records(self._newsroom.segments.set_states(
                    after.translation.id, moved, translation_version=after.translation.version))
            except NewsdeskError as exc:
                self._report(self.tr("Not stored: {0}").format(error_text(exc)))
        self.status_label.setText(self.tr(
            "Rows pre-translated from the memory as drafts: {0}. Review and confirm "
            "each.").format(len(changed)))
        self._update_controls()

    def _on_pretranslate_failed(self, exc: BaseException) -> bool:
        self._pending -= 1
        self.status_label.setText(self.tr("The memory could not be searched: {0}").format(
            describe_failure(exc)))
        self._update_controls()
        return True

    def _progress_text(self) -> str:
        """"RU: 14/18 translated, 2 flagged" over the desk's rows."""
        desk = self._desk
        if desk is None:
            return ""
        line = progress(desk.translation.language, self.model.states(),
                        len(self.model.flagged_rows()))
        text = progress_line(line)  # as the story list and the story's details say it
        if errors := self.model.qa_errors():
            text += english_plural(self.tr(", %n QA error(s)", None, errors), errors)
        return text

    def set_row_state(self, state: SegmentState) -> bool:
        """Set the current row's state (Ctrl+1..4) without confirming its original."""
        return self._store_row(state, confirm=False)

    def confirm_row(self) -> bool:
        """The current row is translated and renders the original as it is now (Ctrl+Enter):
        its flag clears (that row's alone) and its pair goes to the translation memory."""
        self.commit_open_edit()
        return self._store_row(SegmentState.TRANSLATED, confirm=True)

    def _store_row(self, state: SegmentState, *, confirm: bool) -> bool:
        desk = self._desk
        index = self.table.currentIndex()
        if desk is None or desk.translation.id is None or not index.isValid() or self.busy:
            return False
        row = index.row()
        record = self.model.record_at(row)
        original = row_original_text(self.model.row_at(row))
        change = SegmentChange(self.model.key_at(row), state,
                               record.version if record is not None else 0,
                               text_hash(original) if confirm else None)
        try:
            note = (self._confirmed_text(row, self.tr("Row {0} confirmed on the desk"),
                                         self.tr("{0} confirmed on the desk")) if confirm
                    else None)
            stored = self._newsroom.segments.set_states(
                desk.translation.id, [change], translation_version=desk.translation.version,
                revision_note=note)
        except ConflictError as exc:
            self._report(self.tr("Not stored: {0}").format(error_text(exc)))
            self.load_translation(desk.translation.id)
            return False
        except NewsdeskError as exc:
            self._report(self.tr("Not stored: {0}").format(error_text(exc)))
            return False
        self.model.update_records(stored)
        self.touched_ids.add(desk.translation.id)
        if confirm:
            self._remember(row)
            self.status_label.setText(self._confirmed_text(row, self.tr("Row {0} confirmed."),
                                                           self.tr("{0} confirmed.")))
            if self.model.flagged_rows():
                self.select_next_change()
        self._update_controls()
        return True

    def _confirmed_text(self, row: int, body_text: str, field_text: str) -> str:
        """``body_text`` with the paragraph's number, or ``field_text`` with "Headline"/"Deck"
        (both templates translated by the caller, where lupdate sees them)."""
        field = self.model.field_at(row)
        if field is None:
            return body_text.format(row - self.model.field_count + 1)
        return field_text.format(self.model.row_label(row))

    def _remember(self, row: int) -> None:
        """The confirmed pair goes to the shared memory, on the runner (never blocks typing)."""
        desk, desk_row = self._desk, self.model.row_at(row)
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
        self.status_label.setText(self.tr("The row is confirmed, but the translation memory "
                                          "did not take it: {0}").format(
                                              describe_failure(exc)))
        return True

    def select_next_untranslated(self) -> None:
        self._select_next(self.model.untranslated_rows())

    def select_next_change(self) -> None:
        self._select_next(self.model.flagged_rows())

    def _select_next(self, rows: list[int]) -> None:
        if not rows:
            return
        current = self.table.currentIndex().row()
        following = next((r for r in rows if r > current), rows[0])
        self.table.setCurrentIndex(self.model.index(following, 1))
        self.table.scrollTo(self.model.index(following, 1))

    def select_row_key(self, key: str) -> bool:
        """Show the row a readiness problem names (``Problem.row``: "headline", "deck",
        "p3"...); False when the desk has no such row (the text changed since the check)."""
        keys = [ref.key for ref in qa_refs(self.model.field_names, self.model.body_rows)]
        if key not in keys:
            return False
        row = keys.index(key)
        self.table.setCurrentIndex(self.model.index(row, TRANSLATION_COLUMN))
        self.table.scrollTo(self.model.index(row, TRANSLATION_COLUMN))
        return True

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
        self._draft = (row, text)
        if not self._draft_timer.isActive():
            self._draft_timer.start()

    def _journal_draft(self) -> None:
        key, draft, desk = self._journal_key(), self._draft, self._desk
        if self._journal is None or key is None or draft is None or desk is None:
            return
        if not 0 <= draft[0] < self.model.rowCount():
            return
        self._journal.submit(key, with_texts(desk.translation,
                                             self.model.translation_with(draft[0], draft[1])))

    def on_body_edited(self, body: str, rows_kept: bool) -> None:
        """Save the translation with the version the desk holds; align again only when the
        edit changed the paragraph structure beyond its row.

        The text goes to the recovery journal first. A newsroom that cannot be written keeps
        the edit on the desk (the next edit or the next start saves it); a conflict shows the
        stored text, and the translator's is offered back at the next start, never lost.
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
        if self._journal is not None and key is not None:
            self._journal.submit(key, mine)
        kept = self.tr(" Your text is kept on this computer.") if self._journal else ""
        try:
            saved = self._newsroom.articles.save(mine)
        except ConflictError as exc:
            self._report(self.tr("{0}. The desk shows the stored text again.{1} It will be "
                                 "offered back when Newsdesk next starts.").format(
                                     error_text(exc), kept))
            self.load_translation(desk.translation.id)
            return
        except StorageError as exc:
            # The edit stays on the desk: the next save writes it with the rest.
            self._report(self.tr("The translation was not saved: {0}.{1} It is saved with "
                                 "your next edit, or offered back when Newsdesk next starts.")
                         .format(situation_text(exc), kept))
            return
        except NewsdeskError as exc:
            alone = self._save_without_original(mine, exc)
            if alone is None:
                self._report(self.tr("The translation was not saved: {0}.{1}")
                             .format(error_text(exc), kept))
                self.load_translation(desk.translation.id)
                return
            saved, mine = alone, replace(mine, translation_of=None)
        if self._journal is not None and key is not None:
            self._journal.remove(key, if_same_as=mine)
        self._desk = replace(desk, translation=saved, rows=self.model.body_rows)
        self.touched_ids.add(desk.translation.id)
        # Said only now: save() has returned, so its transaction is committed.
        self.status_label.setText(
            self.tr("Saved the translation (version {0}).").format(saved.version))
        if original_gone(self._desk):
            self._report(original_notice(self._desk))
        self.translation_saved.emit(saved)
        if rows_kept:
            self.on_selection_changed(QItemSelection(), QItemSelection())
        else:
            self.load_translation(desk.translation.id)

    def _save_without_original(self, mine: Article, refused: NewsdeskError) -> Article | None:
        """The translation saved as a story of its own when its original was deleted
        meanwhile (see desk_original_gone); None when it was refused for another reason."""
        try:
            return save_without_original(self._newsroom.articles, mine, refused)
        except NewsdeskError:
            return None  # reported as the first refusal; the journal keeps the text

    def on_field_edited(self, _field: str) -> None:
        """The headline or deck row was edited: saved like a paragraph (journal first, the
        version the desk holds, one transaction); the rows stay as they are."""
        self.on_body_edited(self.model.body, True)

    def mark_synced(self) -> None:
        desk = self._desk
        if desk is None or desk.translation.id is None:
            return
        # Rows are keyed by the original text they were translated from; from now on that is
        # the text as it is now, so stored states follow their rows to the new keys.
        keys = body_row_keys(desk.rows, desk.alignment)
        moved = {old: "p" + text_hash(row.original.text)[:16]
                 for old, row in zip(keys, desk.rows, strict=True)
                 if row.original is not None and old.startswith("p")}
        try:
            self._service.mark_synced(desk.translation.id, version=desk.translation.version)
            self._newsroom.segments.rekey(desk.translation.id, moved)
        except NewsdeskError as exc:
            self._report(self.tr("Not marked as up to date: {0}").format(error_text(exc)))
            return
        self.touched_ids.add(desk.translation.id)
        self.load_translation(desk.translation.id)

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

    def start_translation(self, language: str) -> Article | None:
        """Create the draft translation and show it on the desk."""
        if self._original is None or self._original.id is None:
            return None
        try:
            article = self._service.start_translation(self._original.id, language)
        except NewsdeskError as exc:
            self._report(self.tr("No translation started: {0}").format(error_text(exc)))
            return None
        assert article.id is not None
        self.touched_ids.add(article.id)
        self.translation_started.emit(article)
        self.open_for(article.id)
        return article

    def _report(self, message: str) -> None:
        self.status_label.setText(message)
        self.failed.emit(message)
