"""The article editor: every field of one story, its body, live preview and readiness."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.article import Article, Status
from newsdesk.domain.house import HouseSettings
from newsdesk.domain.slugs import make_slug
from newsdesk.domain.text_stats import TextStats
from newsdesk.domain.workflow import Problem
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.spelling import (
    SpellChecker,
)
from newsdesk.ui.editor.counts import BodyCounts, show_headline_count
from newsdesk.ui.editor.editor_actions import EditorActions, make_editor_actions
from newsdesk.ui.editor.editor_spelling import EditorSpelling
from newsdesk.ui.editor.editor_splitter import EditorSplitter
from newsdesk.ui.editor.find_replace import FindReplaceBar
from newsdesk.ui.editor.line_text_edit import LineTextEdit
from newsdesk.ui.editor.markdown_editor import MarkdownEditor
from newsdesk.ui.editor.preview_feed import PreviewFeed
from newsdesk.ui.editor.preview_pane import PreviewPane
from newsdesk.ui.editor.readiness_check import ReadinessCheck
from newsdesk.ui.editor.reference_data import EditorReferences
from newsdesk.ui.editor.sidebar import BASE_LANGUAGES, EditorSidebar
from newsdesk.ui.editor.wrapping_row import WrappingRow
from newsdesk.ui.ink import WARNING
from newsdesk.ui.spelling.context_menu import SpellingMenu
from newsdesk.ui.spelling.highlighter import SpellingHighlighter

__all__ = ["BASE_LANGUAGES", "ArticleEditor"]

# Long enough to read a sentence, short enough not to sit over the next thing that happens.
NOTICE_MS: Final = 8000
DEFAULT_TARGET_WORDS: Final = 600
# Lines the headline and the deck grow to before they scroll (see _build).
HEADLINE_LINES: Final = 8
DECK_LINES: Final = 6
# A desk command that lands within this says nothing (a line flashing by would only jolt).
BUSY_SHOWN_AFTER_MS: Final = 200


class ArticleEditor(QWidget):
    """One story open for editing; the window saves what :meth:`current_article` returns.

    Loading never counts as an edit; every change by the user emits ``edited`` (autosave
    listens). Picking a status only *asks* for it: the window runs the workflow check and
    calls :meth:`mark_saved` (or :meth:`show_problems`) with the outcome.

    Signals:
        edited(): the user changed something in the story.
        status_change_requested(object): the user picked a :class:`Status` in the combo.
    """

    edited = Signal()
    """Any change by the user to any field (not emitted by load/mark_saved)."""
    status_change_requested = Signal(object)
    spelling_ready = Signal()
    """The spell checker for the article's language is loaded (or spelling is known to be off)."""
    """The user picked this :class:`Status`; the window decides whether it is allowed."""

    def __init__(
        self,
        newsroom: Newsroom,
        parent: QWidget | None = None,
        *,
        actions: EditorActions | None = None,
        house: HouseSettings,
    ) -> None:
        """``house``: the settings the caller read off the GUI thread (the window's, replaced
        by :meth:`set_house` when they change); the editor never reads them itself."""
        super().__init__(parent)
        self.setObjectName("articleEditor")
        self._newsroom = newsroom
        self._house = house
        self._article = Article(headline="")
        self._status = Status.DRAFT
        self._loading = False
        self._slug_locked = False
        self._build()
        self._build_actions(actions)
        self._connect_signals()
        # Completion lists read once on the task runner and kept, never on each open.
        self.references = EditorReferences(newsroom.authors, newsroom.articles, parent=self)
        self.references.authors_changed.connect(self.byline_picker.take_authors)
        # The preview names the byline from the profiles too: render it again once they land.
        self.references.authors_changed.connect(lambda _authors: self._schedule_preview())
        self.references.tags_changed.connect(self.tags_edit.set_tags)
        self.references.languages_changed.connect(
            lambda languages: self.sidebar.fill_languages(self.language(), languages))
        self.byline_picker.author_created.connect(self.references.note_author)
        self.load(None)

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        # Grows to show a whole headline: up to eight lines, as a 90-character one in the big
        # type takes in the narrowest writing column (six, in Russian); only longer ones scroll.
        self.headline_edit = LineTextEdit(self, max_lines=HEADLINE_LINES)
        self.headline_edit.setObjectName("headlineEdit")
        self.headline_edit.setPlaceholderText(self.tr("Headline"))
        headline_font = QFont(self.font())
        headline_font.setPointSizeF(max(headline_font.pointSizeF(), 10) * 1.55)
        headline_font.setBold(True)
        self.headline_edit.setFont(headline_font)
        # "Also open by Aida since 10:42": filled by the window's PresenceWatch, never a lock.
        self.presence_label = QLabel(self)
        self.presence_label.setObjectName("presenceLabel")
        self.presence_label.setWordWrap(True)
        self.presence_label.hide()
        # "Opening…" while a desk command is on its way (set_busy); shown only if it lasts.
        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("busyLabel")
        self.busy_label.hide()
        self._busy_shown = QTimer(self)
        self._busy_shown.setSingleShot(True)
        self._busy_shown.setInterval(BUSY_SHOWN_AFTER_MS)
        self._busy_shown.timeout.connect(self.busy_label.show)
        self.headline_count_label = QLabel(self)
        self.headline_count_label.setObjectName("headlineCountLabel")
        self.headline_count_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        # "228 / 90 — 138 over the house limit" is longer than the narrowest column (in
        # Russian): it wraps, where a right-aligned line would lose the length off its left.
        self.headline_count_label.setWordWrap(True)
        self.deck_edit = LineTextEdit(self, max_lines=DECK_LINES)
        self.deck_edit.setObjectName("deckEdit")
        self.deck_edit.setPlaceholderText(self.tr("Deck: one or two sentences under the headline"))
        deck_font = QFont(self.font())
        deck_font.setPointSizeF(max(deck_font.pointSizeF(), 10) * 1.15)
        self.deck_edit.setFont(deck_font)

        self.body = MarkdownEditor(self)
        self.body.setPlaceholderText(self.tr("Write the story in Markdown. Cite a source as "
                                             "[text](source:key)."))
        self.find_bar = FindReplaceBar(self.body, self)
        self.stats_label = QLabel(self)
        self.stats_label.setObjectName("bodyStatsLabel")
        self.target_spin = QSpinBox(self)
        self.target_spin.setObjectName("targetWordsSpin")
        self.target_spin.setRange(0, 100_000)
        self.target_spin.setSingleStep(50)
        self.target_spin.setValue(self._house.word_target)
        self.target_spin.setPrefix(self.tr("target "))
        self.target_spin.setSuffix(self.tr(" words"))
        self.target_spin.setToolTip(self.tr("Planned length of the story (0: none)"))
        self.smart_quotes_check = QCheckBox(self.tr("Smart quotes"), self)
        self.smart_quotes_check.setObjectName("smartQuotesCheck")
        self.smart_quotes_check.setChecked(True)
        self.notice_label = QLabel(self)
        self.notice_label.setObjectName("bodyNoticeLabel")
        self.notice_label.setStyleSheet(f"color: {WARNING.name()};")
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._notice_timer.timeout.connect(self.clear_notice)
        self.spelling_label = QLabel(self)
        self.spelling_label.setObjectName("spellingStatusLabel")
        self.spelling_label.setWordWrap(True)

        # The counts get a row of their own and wrap rather than clip ("2,129 characte"); a
        # wrapping label does not fix the column's minimum width, so the preview keeps room.
        self.stats_label.setWordWrap(True)
        self.stats_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.stats_label.setContentsMargins(4, 0, 4, 0)
        self.notice_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.notice_label.setContentsMargins(4, 0, 4, 0)
        # Side by side while both fit; in a narrow column (or longer words: Russian) the
        # checkbox goes under the target instead of being cut.
        status_line = WrappingRow(self, spacing=12, side_margin=4)
        status_line.setObjectName("bodyStatusLine")
        status_line.add_widget(self.target_spin)
        status_line.add_widget(self.smart_quotes_check)

        writing = QWidget(self)
        writing.setObjectName("writingColumn")
        column = QVBoxLayout(writing)
        column.setContentsMargins(8, 8, 8, 4)
        column.setSpacing(6)
        column.addWidget(self.busy_label)
        column.addWidget(self.presence_label)
        column.addWidget(self.headline_edit)
        column.addWidget(self.headline_count_label)
        column.addWidget(self.deck_edit)
        column.addWidget(self.body, 1)
        column.addWidget(self.find_bar)
        column.addWidget(self.stats_label)
        column.addWidget(status_line)
        column.addWidget(self.notice_label)
        column.addWidget(self.spelling_label)

        self._preview = PreviewPane(self)
        # Imported here: the service reads the database, not imported before the first paint.
        from newsdesk.services.translation_progress import TranslationProgressService

        self.sidebar = EditorSidebar(
            self._house, self._newsroom.authors,
            TranslationProgressService(self._newsroom.uow).of_story, self)
        # The sidebar's fields by their old names: the window, the tools and the tests reach
        # them through the editor.
        self.slug_edit = self.sidebar.slug_edit
        self.status_combo = self.sidebar.status_combo
        self.language_combo = self.sidebar.language_combo
        self.tags_edit = self.sidebar.tags_edit
        self.dateline_widget = self.sidebar.dateline_widget
        self.byline_picker = self.sidebar.byline_picker
        self.translation_progress = self.sidebar.translation_progress
        self.readiness_panel = self.sidebar.readiness_panel

        self.splitter = EditorSplitter(writing, self._preview, self.sidebar, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _build_actions(self, given: EditorActions | None) -> None:
        """Its own actions answer their keys inside the editor; actions a window hands in
        keep the context the window chose (window-wide, for its menus)."""
        actions = given or make_editor_actions(self)
        self.find_action = actions.find
        self.replace_action = actions.replace
        self.toggle_preview_action = actions.toggle_preview
        self.smart_quotes_action = actions.smart_quotes
        for action in (self.find_action, self.replace_action, self.toggle_preview_action):
            if given is None:
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def _connect_signals(self) -> None:
        self.headline_edit.text_edited.connect(self.on_headline_edited)
        self.deck_edit.text_edited.connect(self.on_field_edited)
        self.slug_edit.textEdited.connect(self.on_slug_edited)
        self.tags_edit.textEdited.connect(self.on_field_edited)
        self.status_combo.activated.connect(self.on_status_activated)
        self.language_combo.activated.connect(self.on_language_activated)
        self.dateline_widget.edited.connect(self.on_field_edited)
        self.byline_picker.edited.connect(self.on_field_edited)
        self.body.document().contentsChange.connect(self.on_body_contents_change)
        for source in (self.body, self.headline_edit, self.deck_edit):
            source.notice.connect(self.show_notice)
        self.find_bar.message.connect(self.show_notice)
        self.readiness_panel.problem_activated.connect(self.on_problem_activated)
        self.readiness_panel.check_requested.connect(self.check_readiness)
        self.body.verticalScrollBar().valueChanged.connect(self.on_body_scrolled)
        self.find_action.triggered.connect(self.find_bar.show_find)
        self.replace_action.triggered.connect(self.find_bar.show_replace)
        self.toggle_preview_action.toggled.connect(self.set_preview_visible)
        self.splitter.preview_room_changed.connect(self.on_preview_room_changed)
        self.smart_quotes_check.toggled.connect(self.set_smart_quotes)
        self.smart_quotes_action.toggled.connect(self.set_smart_quotes)
        # What follows the text: the preview, the counts and the readiness verdict.
        self._preview_feed = PreviewFeed(
            self._preview, self.current_article, lambda: tuple(self.byline_picker.profiles()),
            self._newsroom.sources, lambda: self._house, self)
        self._counts = BodyCounts(self.body, self.stats_label, self.target_spin, self)
        self._readiness = ReadinessCheck(self._newsroom.articles, self.readiness_panel,
                                         self.current_article, self)

        self._body_spelling = self.body.highlighter.spelling
        self._headline_spelling = SpellingHighlighter(self.headline_edit.document())
        self._deck_spelling = SpellingHighlighter(self.deck_edit.document())
        self._menus: list[SpellingMenu] = []
        for editor, underliner in (
            (self.body, self._body_spelling),
            (self.headline_edit, self._headline_spelling.underliner),
            (self.deck_edit, self._deck_spelling.underliner),
        ):
            menu = SpellingMenu(editor, underliner)
            menu.install()
            self._menus.append(menu)
            editor.installEventFilter(self)
        self.spelling = EditorSpelling(
            self._newsroom.house,
            self._newsroom.ignored_words,
            (self._body_spelling, self._headline_spelling.underliner,
             self._deck_spelling.underliner),
            self.spelling_label,
            self.show_notice,
            self,
        )
        self.spelling.ready.connect(self.spelling_ready)
        for menu in self._menus:
            menu.house_word_added.connect(self.spelling.on_house_word_added)
            menu.word_ignored.connect(self.spelling.note_ignored)

    # -- the contract --------------------------------------------------------------------------
    @property
    def body_edit(self) -> MarkdownEditor:
        """The body's QPlainTextEdit, for citation pickers and panels to attach to."""
        return self.body

    @property
    def preview_pane(self) -> PreviewPane:
        return self._preview

    @property
    def spelling_menu(self) -> SpellingMenu:
        """The body's spelling menu."""
        return self._menus[0]

    @property
    def spelling_menus(self) -> list[SpellingMenu]:
        """Every field's spelling menu in reading order: headline, deck, body (for F7)."""
        body, headline, deck = self._menus
        return [headline, deck, body]

    @property
    def checker(self) -> SpellChecker | None:
        """The spell checker for the article's language; None while spelling is off."""
        return self.spelling.checker

    def load(self, article: Article | None) -> None:
        """Show ``article`` (None: a new, empty story) without emitting ``edited``."""
        self._loading = True
        try:
            house = self._house
            fresh = article is None
            article = article or Article(headline="", language=house.default_language)
            self._article = article
            # Before any field is filled: each is then highlighted with this story's ignores.
            self.spelling.open_story(article.id)
            self._status = article.status
            self.headline_edit.setText(article.headline)
            self.deck_edit.setText(article.deck)
            self.slug_edit.setText(article.slug)
            self._slug_locked = bool(article.slug) and article.slug != make_slug(article.headline)
            self.sidebar.select_status(article.status)
            self.sidebar.fill_languages(article.language, self.references.languages)
            self.tags_edit.setText(", ".join(article.tags))
            dateline = article.dateline
            if fresh and dateline.date is None and dateline.filed_at is None:
                # A new story is filed today; the user can still clear the date.
                dateline = replace(dateline, date=date.today())
            self.dateline_widget.set_language(article.language)
            self.dateline_widget.set_dateline(
                dateline, default_agency=house.agency_credit if fresh else ""
            )
            self.byline_picker.set_entries(article.byline, article.language)
            self.body.setPlainText(article.body)
            self.body.document().clearUndoRedoStacks()
            self.references.load()  # the first time (or after a failed read) only
            self.references.look_up(entry.author_id for entry in article.byline)
            self._readiness.reset()
            self.clear_notice()
        finally:
            self._loading = False
        self._apply_language(article.language)
        self._refresh_headline_count()
        self.sidebar.refresh_slug_hint()
        self.on_stats_timer_timeout()
        self._schedule_preview(immediately=True)
        if article.id is not None:
            self.check_readiness()
        self.translation_progress.show_for(article.id)

    def set_busy(self, text: str) -> None:
        """A desk command is on its way (``text`` says which; "" once it landed): the story's
        fields take no keys meanwhile, so nothing typed lands in the story being left."""
        busy = bool(text)
        for edit in (self.headline_edit, self.deck_edit, self.body):
            edit.setReadOnly(busy)
        self.sidebar.setEnabled(not busy)
        self.busy_label.setText(text)
        if busy:
            self._busy_shown.start()  # a command that lands at once never flashes the line
        else:
            self._busy_shown.stop()
            self.busy_label.hide()

    def current_article(self) -> Article:
        """The story as edited now: the loaded id and version with every field as shown."""
        tags = tuple(dict.fromkeys(t.strip() for t in self.tags_edit.text().split(",")
                                   if t.strip()))
        return replace(
            self._article,
            headline=self.headline_edit.text(),
            deck=self.deck_edit.text(),
            slug=self.slug_edit.text().strip(),
            language=self.language(),
            status=self._status,
            dateline=self.dateline_widget.dateline(),
            byline=self.byline_picker.entries(),
            tags=tags,
            body=self.body.toPlainText(),
        )

    def mark_saved(self, article: Article) -> None:
        """Take the stored id, version, times and status; leave what the user typed since."""
        # A workflow move (Ready, Published) changes the preview's status line and dates.
        shown_differently = (article.status, article.published_at) != (
            self._article.status, self._article.published_at)
        self._article = replace(
            self._article,
            id=article.id,
            version=article.version,
            created_at=article.created_at,
            updated_at=article.updated_at,
            published_at=article.published_at,
            status=article.status,
            translations=article.translations,
        )
        self._status = article.status
        self.sidebar.select_status(article.status)
        shown = self.slug_edit.text().strip()
        if article.slug and not shown:
            self.slug_edit.setText(article.slug)
        elif (article.slug and shown != article.slug
              and article.headline == self.headline_edit.text()):
            # The service made the derived slug unique ("water-deal-2"): show what it stored.
            self.slug_edit.setText(article.slug)
        self.sidebar.refresh_slug_hint()
        if shown_differently:
            self._schedule_preview()
        if article.id is not None:
            self.spelling.story_stored(article.id)
        self.references.note_saved(article)
        if self.translation_progress.entries or article.translation_of is not None:
            self.translation_progress.refresh()  # the saved text moves its rows' states

    def set_house(self, settings: HouseSettings) -> None:
        """New house settings (style, credit, headline limit) take effect at once."""
        if settings.word_target != self._house.word_target \
                or self.target_spin.value() == DEFAULT_TARGET_WORDS:
            # The house's planned length, unless the user set one of their own meanwhile.
            self.target_spin.setValue(settings.word_target)
        # The first start names the house's story language after the window opened on a
        # blank new story: that story, untouched, is in the house's language too.
        follow = (settings.default_language != self._house.default_language
                  and self.language() == self._house.default_language
                  and self._untouched_new_story())
        self._house = settings
        self.dateline_widget.set_house(settings)
        if follow:
            self.sidebar.fill_languages(settings.default_language, self.references.languages)
            self._follow_language(settings.default_language)
        self._refresh_headline_count()
        self._schedule_preview(immediately=True)

    def focus_field(self, name: str, start: int | None = None, end: int | None = None) -> None:
        """Put the cursor where a problem is: a field, or a stretch of the body."""
        targets: dict[str, QWidget] = {
            "headline": self.headline_edit,
            "deck": self.deck_edit,
            "slug": self.slug_edit,
            "tags": self.tags_edit,
            "status": self.status_combo,
            "language": self.language_combo,
            "dateline": self.dateline_widget.city_edit,
            "byline": self.byline_picker.name_edit,
            "body": self.body,
        }
        widget = targets.get(name, self.body)
        if widget.parentWidget() is not None and self.sidebar.isAncestorOf(widget):
            self.sidebar.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if widget is self.body:
            if start is not None:
                self.body.select_range(start, end)
            else:
                self.body.ensureCursorVisible()
        elif isinstance(widget, QLineEdit | LineTextEdit):
            widget.selectAll()

    def show_problems(self, problems: list[Problem]) -> None:
        """Show why a status change was refused (``NotReadyError.problems``)."""
        self.readiness_panel.show_problems(problems)

    def check_readiness(self) -> None:
        """Ask the service what stands between this story and ``ready`` (on a worker)."""
        self._readiness.check()

    def set_status(self, status: Status) -> None:
        """Show ``status`` as the story's confirmed status (the window allowed it)."""
        self._status = status
        self._article = replace(self._article, status=status)
        self.sidebar.select_status(status)

    def language(self) -> str:
        return self.sidebar.language()

    def set_preview_visible(self, visible: bool) -> None:
        """The Preview toggle; with no room for it the wish is kept and the user told why."""
        self.splitter.set_preview_wanted(visible)
        if self.toggle_preview_action.isChecked() != visible:
            self.toggle_preview_action.setChecked(visible)
        if visible:
            self._schedule_preview(immediately=True)
            if self.splitter.preview_hidden_for_room:
                self.on_preview_room_changed(False)

    def on_preview_room_changed(self, shown: bool) -> None:
        if shown:
            self.toggle_preview_action.setToolTip(self.tr("Show or hide the preview"))
            self._schedule_preview(immediately=True)
            return
        why = self.tr("The preview is hidden: the editor is too narrow to show it readably. "
                      "Widen the window or close a side panel and it comes back.")
        self.toggle_preview_action.setToolTip(why)
        self.show_notice(why)

    def set_smart_quotes(self, enabled: bool) -> None:
        self.body.smart_quotes_enabled = enabled
        for control in (self.smart_quotes_check, self.smart_quotes_action):
            if control.isChecked() != enabled:
                control.setChecked(enabled)

    @property
    def smart_quotes_enabled(self) -> bool:
        return self.body.smart_quotes_enabled

    def stats(self) -> TextStats:
        return self._counts.stats

    # -- user edits ----------------------------------------------------------------------------
    def on_headline_edited(self, text: str) -> None:
        if not self._slug_locked:
            self.slug_edit.setText(make_slug(text) if text.strip() else "")
        self._refresh_headline_count()
        self.sidebar.refresh_slug_hint()
        self.on_field_edited()

    def on_slug_edited(self, text: str) -> None:
        # Clearing the slug hands it back to the headline.
        self._slug_locked = bool(text.strip())
        if not self._slug_locked:
            self.slug_edit.setText(make_slug(self.headline_edit.text())
                                   if self.headline_edit.text().strip() else "")
        self.sidebar.refresh_slug_hint()
        self.on_field_edited()

    def on_field_edited(self) -> None:
        if self._loading:
            return
        self._readiness.follow_edit(self.body.document().characterCount())
        self.edited.emit()
        self._schedule_preview()

    def on_body_contents_change(self, _position: int, removed: int, added: int) -> None:
        # textChanged also fires when a highlighter repaints a block; contentsChange with
        # characters removed or added is a change to the text itself.
        if self._loading or not (removed or added):
            return
        self._counts.schedule()
        self.on_field_edited()

    def on_status_activated(self, index: int) -> None:
        requested = Status(self.status_combo.itemData(index))
        # Show the confirmed status until the window says the move went through.
        self.sidebar.select_status(self._status)
        if requested is not self._status:
            self.status_change_requested.emit(requested)

    def on_language_activated(self, _index: int) -> None:
        self._follow_language(self.language())
        self.on_field_edited()

    def _untouched_new_story(self) -> bool:
        """A new story nobody has written in yet (the one a window opens on)."""
        shown = self.current_article()
        return shown.id is None and not (shown.headline or shown.deck or shown.body
                                         or shown.byline or shown.tags)

    def _follow_language(self, language: str) -> None:
        self.byline_picker.set_language(language)
        self.dateline_widget.set_language(language)  # a picked place follows the language
        self._apply_language(language)

    def on_problem_activated(self, problem: object) -> None:
        if isinstance(problem, Problem):
            self.focus_field(problem.field, problem.start, problem.end)

    def on_body_scrolled(self, value: int) -> None:
        maximum = self.body.verticalScrollBar().maximum()
        self._preview.set_scroll_fraction(value / maximum if maximum else 0.0)

    def show_notice(self, message: str) -> None:
        """A line under the body for what the editor just did; it goes away by itself."""
        self.notice_label.setText(message)
        self.notice_label.setToolTip(message)
        self.notice_label.setVisible(bool(message))
        self._notice_timer.start()

    def clear_notice(self) -> None:
        self._notice_timer.stop()
        self.notice_label.clear()
        self.notice_label.setToolTip("")
        self.notice_label.hide()

    # -- spelling ------------------------------------------------------------------------------
    def _apply_language(self, language: str) -> None:
        self.body.language = language
        self.spelling.use_language(language)

    @property
    def spelling_loading(self) -> bool:
        return self.spelling.loading

    @property
    def spelling_busy(self) -> bool:
        """Whether underlines are still being filled in (words queued for the dictionary)."""
        return self.spelling.busy

    @property
    def spelling_message(self) -> str:
        """"Spelling: en_US (hunspell)" or why spelling is off and what to install."""
        return self.spelling.message

    def reload_house_words(self) -> None:
        """Pick up words colleagues added to the house dictionary since the last look."""
        self.spelling.reload_house_words()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and not self._loading:
            self.reload_house_words()
        elif (event.type() == QEvent.Type.KeyPress and self.busy_label.text()
              and not self.busy_label.isVisible()):
            # A key that lands nowhere (the fields are read-only) says why at once, not
            # after the delay that keeps a quick command from flashing the line.
            self._busy_shown.stop()
            self.busy_label.show()
        return super().eventFilter(watched, event)

    # -- derived displays ----------------------------------------------------------------------
    def _refresh_headline_count(self) -> None:
        show_headline_count(self.headline_count_label, self.headline_edit.text(),
                            self._house.headline_limit)

    def on_stats_timer_timeout(self) -> None:
        """Count the body now (it is otherwise counted once typing pauses)."""
        self._counts.count_now()

    # -- preview -------------------------------------------------------------------------------
    def _schedule_preview(self, *, immediately: bool = False) -> None:
        self._preview_feed.schedule(immediately=immediately)
