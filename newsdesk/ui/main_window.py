"""The main window: story list | editor | preview, menus, autosave and the desk's undo."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSplitter,
    QWidget,
)

from newsdesk.domain.article import Article, Status
from newsdesk.domain.query import StoryListSource
from newsdesk.ui import window_layout
from newsdesk.ui.autosave import SaveState
from newsdesk.ui.desk_build import DeskHooks, build_desk
from newsdesk.ui.desk_list import DeskList
from newsdesk.ui.desk_notices import DeskNotices
from newsdesk.ui.desk_start import OpenedNewsroom, read_opened
from newsdesk.ui.editor.editor_actions import make_editor_actions
from newsdesk.ui.icons import icon
from newsdesk.ui.messages import Level, Message, MessageAction, MessageBus
from newsdesk.ui.open_focus import OpenFocus
from newsdesk.ui.spike_notice import SpikeNotice
from newsdesk.ui.story_transfer import StoryTransfer
from newsdesk.ui.tasks import SHOWN_NOW, TaskHandle, TaskRunner
from newsdesk.ui.text_focus import edit_focused, focused_text_widget
from newsdesk.ui.widgets.article_list_panel import ArticleListPanel
from newsdesk.ui.widgets.notice_bar import NoticeBar
from newsdesk.ui.widgets.opening_placeholder import OpeningPlaceholder
from newsdesk.ui.widgets.save_state_label import SaveStateLabel
from newsdesk.ui.window_actions import ActionOf, WindowActions
from newsdesk.ui.window_dialogs import WindowDialogs
from newsdesk.ui.window_menus import MenuId, build_menus, build_toolbar
from newsdesk.ui.window_opening import WhileOpening, start_new_story
from newsdesk.ui.window_return import RefreshOnReturn
from newsdesk.ui.window_title import window_title

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from newsdesk.domain.house import HouseSettings
    from newsdesk.domain.people import Author
    from newsdesk.services.newsroom import Newsroom
    from newsdesk.services.recovery_journal import JournalWriter, RecoveryJournal
    from newsdesk.ui.autosave import Autosaver
    from newsdesk.ui.catch_up import CatchUp
    from newsdesk.ui.colleagues import Colleagues
    from newsdesk.ui.desk_follow import DeskFollow
    from newsdesk.ui.desk_session import DeskSession
    from newsdesk.ui.editor.article_editor import ArticleEditor
    from newsdesk.ui.editor.preview_pane import PreviewPane
    from newsdesk.ui.first_start_offer import FirstStartOffer
    from newsdesk.ui.initial_story import InitialStory, StartupPick
    from newsdesk.ui.live_updates import LiveUpdates
    from newsdesk.ui.people.install import PeopleTools
    from newsdesk.ui.people.sources_dock import SourcesDock
    from newsdesk.ui.presence_watch import PresenceWatch
    from newsdesk.ui.recovery_flow import RecoveryFlow
    from newsdesk.ui.tool_context import ToolContext
    from newsdesk.ui.translation.install import TranslationTools
    from newsdesk.ui.window_closing import WindowClosing

log = logging.getLogger(__name__)

class MainWindow(QMainWindow):
    """The window a reporter keeps open all day; built from services only.

    Signals:
        article_opened(int): the editor now shows this story (0 for a new, unsaved one).
        first_rows_painted(): the story list painted its first rows (start-up probe).
    """

    article_opened = Signal(int)
    """The editor shows this story id (0: a new story not stored yet)."""
    first_rows_painted = Signal()
    """The list painted rows for the first time: the window is usable."""
    newsroom_opened = Signal()
    """The newsroom is attached: the editor, the docks and every command work."""
    newsroom_failed = Signal(object)
    """What the desk needs could not be read from the newsroom (the exception): no desk."""
    recovery_reviewed = Signal()
    """Every text the recovery journal offered back at start-up was answered or deferred."""

    # The window's commands, made by WindowActions (window_actions.py): the menus find them by
    # id; the window, its tools and the tests by these names (the rest: window_actions).
    new_action = ActionOf()
    duplicate_action = ActionOf()
    save_action = ActionOf()
    export_action = ActionOf()
    quit_action = ActionOf()
    undo_action = ActionOf()
    redo_action = ActionOf()
    find_action = ActionOf()
    replace_action = ActionOf()
    preview_action = ActionOf()
    smart_quotes_action = ActionOf()
    search_action = ActionOf()
    copy_action = ActionOf()
    select_all_action = ActionOf()
    refresh_action = ActionOf()
    list_action = ActionOf()
    full_screen_action = ActionOf()
    spike_action = ActionOf()
    revisions_action = ActionOf()
    spelling_action = ActionOf()
    profiles_action = ActionOf()
    house_settings_action = ActionOf()
    help_action = ActionOf()
    status_actions: dict[Status, QAction]
    window_actions: WindowActions

    # Built by attach_newsroom(); a window shown before the newsroom opened has none yet.
    _newsroom: Newsroom
    _house: HouseSettings
    editor: ArticleEditor
    preview: PreviewPane
    autosaver: Autosaver
    journal: RecoveryJournal
    journal_writer: JournalWriter
    session: DeskSession
    """The open story's life cycle (open, save, move, spike, undo, close): no widgets."""
    colleagues: Colleagues
    """Colleagues' saves (live updates, catch-up, the open story's follow) and presence."""
    live_updates: LiveUpdates
    catch_up: CatchUp
    presence: PresenceWatch
    first_start: FirstStartOffer
    """Asks a new newsroom's name and credit."""
    notices: DeskNotices
    """The save state, the journal's trouble and a read-only newsroom, said to the user."""
    initial_story: InitialStory
    startup_pick: StartupPick
    follow: DeskFollow
    """The widgets catching up with the session's outcomes."""
    undo_stack: QUndoStack
    spike_notice: SpikeNotice
    close_flow: WindowClosing
    tool_context: ToolContext
    people_tools: PeopleTools
    sources_dock: SourcesDock
    translation_tools: TranslationTools

    def __init__(
        self,
        newsroom: Newsroom | OpenedNewsroom | None,
        parent: QWidget | None = None,
        *,
        first_page: StoryListSource | None = None,
        database_name: str = "",
    ) -> None:
        """With an opened newsroom (and what the desk needs, read off the GUI thread) the
        window is complete at once. With a bare newsroom it reads that on the task runner and
        the desk fills in when it lands (:attr:`newsroom_opened`). Without one it shows
        ``first_page`` (read before the newsroom opened) in the list and waits for
        :meth:`attach_newsroom`: the window appears in the time a native editor takes, the
        desk fills in behind it."""
        if newsroom is None and first_page is None:
            raise ValueError("the window needs a newsroom or a first page of stories to show")
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("newsdesk"))
        self._attaching: TaskHandle | None = None
        if newsroom is not None and not isinstance(newsroom, OpenedNewsroom):
            # Asked before the start-up hold below: the desk itself must not wait for a paint.
            self._read_opened(newsroom)
        self._opening: WhileOpening | None = None
        # The desk's commands return at once: the cursor goes where asked once it is shown.
        self.open_focus = OpenFocus(lambda name: self.editor.focus_field(name),
                                    lambda: self.open_article_id)
        self._read_only_reason = ""
        self.recovery: RecoveryFlow | None = None
        self._on_return = RefreshOnReturn(lambda: self.catch_up.refresh())
        self._painted = False
        self._default_sizes_pending = False
        # Gazetteer, dictionaries and previews wait until the list has painted (or the window
        # goes): the window appears first, then fills in.
        self._startup_hold = TaskRunner.of().hold()
        self.destroyed.connect(self._startup_hold.release)
        self.first_rows_painted.connect(self._startup_hold.release)

        bare = newsroom.newsroom if isinstance(newsroom, OpenedNewsroom) else newsroom
        self.list_panel = ArticleListPanel(bare, self, first_page=first_page)
        self.list_panel.model.query_changed.connect(self._paint_first_rows)
        # The first rows: read on the task runner while the rest of the window is built (or
        # shown at once from the start-up page).
        self.list_panel.start()
        # Rows the desk changes name their writers in the story's language, from the
        # profiles the byline picker knows (none until the editor is built).
        self.desk_list = DeskList(self.list_panel, profiles=self._known_profiles)
        self.editor_actions = make_editor_actions(self)
        self.notice = NoticeBar(self)
        MessageBus.of().message_posted.connect(self.show_message)
        self.dialogs = WindowDialogs(self, MessageBus.of())
        # Stands where the editor goes until the newsroom is open.
        self._editor_placeholder = OpeningPlaceholder(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self._editor_placeholder)
        # The list keeps its width when the window is resized; the writing space takes the rest.
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        self.save_state_label = SaveStateLabel(self)
        self.statusBar().addPermanentWidget(self.save_state_label)
        self.statusBar().setObjectName("statusBar")

        self.transfer = StoryTransfer(self)
        self._build_actions()
        self.menus = build_menus(self)
        self.view_menu, self.docks_menu, self.tools_menu = (
            self.menus.menu(MenuId.VIEW), self.menus.menu(MenuId.DOCKS),
            self.menus.menu(MenuId.TOOLS))
        build_toolbar(self, self.menus)
        self._default_sizes_pending = not window_layout.restore_frame(self)
        if isinstance(newsroom, OpenedNewsroom):
            self.attach_newsroom(newsroom)
            return
        if bare is not None:
            database_name = database_name or bare.name
        self.setWindowTitle(self.tr("Newsdesk — opening {0}").format(database_name).rstrip())
        # Nothing that needs the newsroom can run yet; leaving, full screen and the list can.
        self._opening = WhileOpening(self.list_panel, [
            action for action in self.findChildren(QAction) if action not in (
                self.quit_action, self.full_screen_action, self.search_action, self.list_action,
                self.new_action)])
        # A window that is never painted still lets its newsroom open.
        QTimer.singleShot(300, self, self._startup_hold.release)

    def attach_newsroom(self, newsroom: Newsroom | OpenedNewsroom) -> None:
        """Build the desk on the open newsroom: editor, docks, autosave, the last story.

        A bare newsroom is asked for what the desk needs (house settings, the journal's id)
        on the task runner first; the desk is built when that lands (:attr:`newsroom_opened`,
        or :attr:`newsroom_failed`).
        """
        if self.is_open or self._attaching is not None:
            raise RuntimeError("the window already has a newsroom")
        if isinstance(newsroom, OpenedNewsroom):
            self._build_desk(newsroom)
        else:
            self._read_opened(newsroom)

    def _read_opened(self, newsroom: Newsroom) -> None:
        self._attaching = TaskRunner.of().run(
            read_opened, newsroom, priority=SHOWN_NOW, on_result=self._on_opened_read,
            on_error=self._on_opened_failed)

    def _on_opened_read(self, opened: OpenedNewsroom) -> None:
        self._attaching = None
        self._build_desk(opened)

    def _on_opened_failed(self, exc: BaseException) -> bool:
        """The desk cannot be built: the window stays as it is, the runner logs and shows why.

        (The application reads what the desk needs itself, where it can offer a backup.)
        """
        self._attaching = None
        self.newsroom_failed.emit(exc)
        return False

    def _build_desk(self, opened: OpenedNewsroom) -> None:
        self._newsroom, self._house = opened.newsroom, opened.house
        typed_headline = self._editor_placeholder.typed
        build_desk(self, opened, self._editor_placeholder, DeskHooks(
            conflict_ways_out=self._conflict_ways_out,
            tear_down=self._tear_down, painted=lambda: self._painted,
            release_hold=self._startup_hold.release, remember_open=self._remember_open,
            refresh=self._update_title_and_actions))
        # A story chosen in the list while the newsroom was opening wins over the last one:
        # asked before the list re-reads what was typed into its search box meanwhile, and
        # after (_restore_desk: Enter in the search box chooses the first result).
        chosen_before = self.list_panel.chosen_article_id()
        # (No WhileOpening: the window was built with its newsroom already open.)
        activated = self._opening.end() if self._opening is not None else None
        self._opening = None
        self._connect_signals()
        self._restore_desk(chosen_before, activated)
        if self._editor_placeholder.new_story_requested:
            # Ctrl+N pressed while opening: the new story, not the last one, with what was typed.
            self._startup_hold.release()
            start_new_story(self.session, self.editor, typed_headline)
            self._update_title_and_actions()
        self.newsroom_opened.emit()

    # -- building ----------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.window_actions = WindowActions(self, self, transfer=self.transfer,
                                            editor_actions=self.editor_actions,
                                            list_view=self.list_panel.view)
        self.status_actions = self.window_actions.status_actions

    def _connect_signals(self) -> None:
        panel = self.list_panel
        panel.article_selected.connect(self.on_article_selected)
        panel.article_activated.connect(self.follow.article_activated)
        panel.counts_changed.connect(self._update_actions)
        self.editor.status_change_requested.connect(self.move_to_status)
        self.preview.author_articles_requested.connect(self.on_show_author_articles)
        self.editor.edited.connect(self._update_title)
        self.autosaver.state_changed.connect(self.on_save_state_changed)
        session = self.session
        session.journal_failed.connect(self.notices.journal_failed)
        # (Created, saved, moved, changed, missing, not opened: DeskFollow connects itself.)
        session.story_opened.connect(self.on_story_opened)
        session.move_refused.connect(self.editor.show_problems)
        session.busy_changed.connect(self._on_busy_changed)
        self.colleagues.start()
        self.undo_stack.canUndoChanged.connect(self._update_actions)
        self.undo_stack.canRedoChanged.connect(self._update_actions)
        self.undo_stack.undoTextChanged.connect(self._update_actions)
        self.undo_stack.redoTextChanged.connect(self._update_actions)
        panel.view.selectionModel().selectionChanged.connect(self._update_actions)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    # -- state -------------------------------------------------------------------------------
    @property
    def newsroom(self) -> Newsroom:
        return self._newsroom

    def _known_profiles(self) -> list[Author]:
        return self.editor.byline_picker.profiles() if self.is_open else []

    @property
    def is_open(self) -> bool:
        """True once the newsroom is attached and the whole desk works."""
        return hasattr(self, "session")

    @property
    def open_article_id(self) -> int | None:
        return self.session.open_id if self.is_open else None

    def _restore_desk(self, chosen_before: int | None, activated: int | None) -> None:
        """The editor's layout, and the story open at the last session once the list shows
        its rows (read on the task runner) and has painted them."""
        window_layout.restore_docks(self)  # again: the docks exist only now
        if not window_layout.restore_editor(self) and not self.isVisible():
            self._default_sizes_pending = True
        self._update_title_and_actions()
        self.startup_pick.start(chosen_before, activated)

    @property
    def initial_story_pending(self) -> bool:
        """True until the start-up story is in the editor (:class:`InitialStory`); a window
        whose desk is still being read from its newsroom is waiting for it too."""
        if not self.is_open:
            return self._attaching is not None
        return self.initial_story.pending

    def save_state(self) -> None:
        # Closed while the newsroom was opening: the docks, the editor's layout and the last
        # story are not known yet, so what was stored for them stays.
        window_layout.save_layout(self, complete=self.is_open)

    def _update_title(self) -> None:
        self.setWindowTitle(window_title(self.editor.current_article(), self._newsroom.name,
                                         read_only=bool(self._read_only_reason)))
        self.setWindowModified(self.autosaver.is_dirty)

    def _update_title_and_actions(self) -> None:
        self._update_title()
        self._update_actions()

    def _update_actions(self) -> None:
        stack = self.undo_stack
        has_story = self.open_article_id is not None
        self.window_actions.follow(
            has_story=has_story,
            has_target=has_story or bool(self.list_panel.selected_article_ids()),
            typing=focused_text_widget() is not None,
            undo=stack.undoText() if stack.canUndo() else None,
            redo=stack.redoText() if stack.canRedo() else None)

    # -- opening stories (the session opens; the window shows) -------------------------------
    def on_article_selected(self, article_id: int) -> None:
        if not self.session.started and not self._painted:
            # The list takes focus as the window first shows, and Qt makes its first row current:
            # that is not the user's choice; the last open story follows the first paint.
            return
        self.open_article(article_id)

    def open_article(self, article_id: int) -> None:
        """Show a story in the editor (saving the one open now first); returns at once, the
        story follows (``story_opened``) or the list goes back to the one shown."""
        self.session.open(article_id)

    def _on_busy_changed(self, busy: bool) -> None:
        """A command on its way: the editor says so and takes no keys (they would land in
        the story being left); the actions wait too."""
        idle = self.close_flow.saying() if self.session.closing else ""
        self.editor.set_busy(self.session.busy_text if busy else idle)
        self._update_actions()

    def on_story_opened(self, article: Article | None) -> None:
        """The session put a story (None: a new one) in the editor: the window catches up."""
        self.follow.story_opened(article)

    def _remember_open(self) -> None:
        window_layout.remember_last_story(self._newsroom.url, self.open_article_id)

    def new_story(self) -> None:
        if not self.is_open:
            # The newsroom is still opening: the new story starts the moment it is, with
            # whatever headline was typed meanwhile.
            self._editor_placeholder.start_new_story()
            return
        self.open_focus.headline_of_new()
        self.session.new_story()

    def reload_story(self) -> None:
        """Drop what the editor holds and show the stored story (the way out of a conflict)."""
        self.session.reload()

    def show_read_only(self, reason: str) -> None:
        """The newsroom refuses every write (found damaged): say so where the user writes."""
        self._read_only_reason = reason
        self.notices.read_only(reason)
        self._update_title()

    def retry_saving(self) -> None:
        self.autosaver.retry_now()

    # -- saving ------------------------------------------------------------------------------
    def on_save_state_changed(self, state_value: str, message: str) -> None:
        state = SaveState(state_value)
        self.notices.show_save_state(state, message)
        self.setWindowModified(state is not SaveState.SAVED and self.autosaver.is_dirty)

    def save_revision(self, note: str = "") -> None:
        """Ctrl+S: save now and record a named revision (the session says its number)."""
        self.session.save_revision(note)

    def save_revision_with_note(self) -> None:
        self.dialogs.ask_revision_note(self.save_revision)

    # -- workflow ----------------------------------------------------------------------------
    def move_to_status(self, status: Status) -> None:
        """Move the open story; ready/published are checked and problems listed to click."""
        self.session.move_to_status(status)

    # -- desk actions with undo --------------------------------------------------------------
    def _target_ids(self) -> list[int]:
        return self.desk_list.targets(self.open_article_id)

    def duplicate_story(self) -> None:
        ids = self._target_ids()
        if ids:
            self.session.duplicate(ids[0])

    def spike_selected(self) -> None:
        ids = self._target_ids()
        if not ids:
            return
        self.spike_notice.asked(self.open_article_id)
        self.session.spike(ids)

    def edit_focused(self, command: str) -> None:
        """Cut, Copy, Paste, Select All from the menu: on whichever text field has focus."""
        edit_focused(command)

    def undo(self) -> None:
        """Typing is undone where the user types; desk actions (spike...) everywhere else."""
        if not edit_focused("undo") and self.undo_stack.canUndo():
            self.session.undo()

    def redo(self) -> None:
        if not edit_focused("redo") and self.undo_stack.canRedo():
            self.session.redo()

    def _on_focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self._update_actions()

    # -- find, view --------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.list_action.setChecked(True)
        self.list_panel.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list_panel.search_edit.selectAll()

    def set_list_visible(self, visible: bool) -> None:
        self.list_panel.setVisible(visible)

    def set_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    # -- tools -------------------------------------------------------------------------------
    def check_spelling(self) -> None:
        self.dialogs.check_spelling()

    def show_revisions(self) -> None:
        """Story ▸ Revisions…: the open story's history; a restore is shown here at once."""
        self.dialogs.show_revisions()

    def show_house_dictionary(self) -> None:
        self.dialogs.show_house_dictionary()

    def show_house_settings(self) -> None:
        self.dialogs.show_house_settings()

    def show_profiles(self) -> None:
        self.dialogs.show_profiles()

    def show_help(self) -> None:
        self.dialogs.show_help()

    def show_about(self) -> None:
        self.dialogs.show_about()

    def keep_dialog(self, name: str, dialog: QWidget) -> None:
        """Hold a non-modal dialog until it closes (then Qt deletes it and we forget it)."""
        self.dialogs.keep(name, dialog)

    @property
    def house(self) -> HouseSettings:
        """The house settings this window's editor, preview, PDF and exports all use."""
        return self._house

    def apply_house_settings(self, settings: HouseSettings) -> None:
        """One settings object for every view of this window, replaced all at once."""
        self._house = settings
        self.editor.set_house(settings)

    def offer_first_start(self, unconfigured: bool | None = None) -> None:
        """An empty newsroom nobody has named: ask for its outlet name and credit (skippable);
        :attr:`FirstStartOffer.answered` says whether it asked. ``unconfigured``: the answer
        read when the newsroom opened (None: read it now, on the task runner).

        Called by the application at start-up, not by the window itself: a window opened on
        an empty newsroom by a script or a test is not a newcomer's first start.
        """
        self.first_start.offer(unconfigured)

    def on_show_author_articles(self, author_id: int) -> None:
        self.list_action.setChecked(True)
        self.list_panel.show_author(author_id)
        # The filtered list is the answer: put it in front of the profiles dialog.
        profiles = self.dialogs.get("profiles")
        if profiles is not None:
            profiles.hide()
        self.activateWindow()
        self.list_panel.view.setFocus()

    def refresh_from_database(self) -> None:
        """Show what colleagues (or the command line) changed since: list, counts, filters,
        the source registry (citations, picker, dock), the profiles the byline offers, the
        house settings and the open story; read on the task runner (:class:`CatchUp`)."""
        self._on_return.refresh()

    def on_house_read(self, house: HouseSettings) -> None:
        """The house settings as stored now: a colleague's change replaces this window's."""
        if house != self._house:
            self.apply_house_settings(house)

    def _conflict_ways_out(self) -> list[MessageAction]:
        """A refused save's choices: take theirs (Reload Story), keep both (Save Mine as a
        Copy), or first see what the colleague stored beside my text (Compare)."""
        return [*self.session.conflict_actions(),
                MessageAction(self.tr("Compare"), self.compare_with_stored)]

    def compare_with_stored(self) -> None:
        """The stored story beside the editor's unsaved text (the notice's Compare)."""
        self.colleagues.follow.compare()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.isActiveWindow()
            and self.is_open
            and self._painted
        ):
            self._on_return.returned()

    # -- Qt events ---------------------------------------------------------------------------
    def show_message(self, message: Message) -> None:
        """A posted message: info briefly in the status bar, warnings and errors in the notice."""
        if message.level is Level.INFO:
            self.statusBar().showMessage(message.text, 10000)
        else:
            self.notice.show_message(message)

    def paintEvent(self, event: QPaintEvent) -> None:
        # The window paints first and its children (the list's rows among them) right after,
        # in the same pass; the queued signal goes out once that pass is over.
        super().paintEvent(event)
        # An empty list counts once its (empty) first batch is shown: paint asks no database.
        model = self.list_panel.model
        if not self._painted and (model.rowCount() > 0 or model.known_total == 0):
            self._painted = True
            QTimer.singleShot(0, self.first_rows_painted.emit)

    def _paint_first_rows(self) -> None:
        """The list's rows arrived after the window painted without them (read on the task
        runner): paint again, so that paint says the first rows are painted."""
        if not self._painted:
            self.update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._default_sizes_pending:
            # Proportions only mean something once the window has its real width.
            self._default_sizes_pending = False
            width = max(self.width(), 1000)
            list_width = min(420, width * 3 // 10)
            self.splitter.setSizes([list_width, width - list_width])
            # The editor's own splitter sets its column proportions (EditorSplitter).

    def closeEvent(self, event: QCloseEvent) -> None:
        """Autosave on close; text that cannot be saved is never dropped without a word
        (WindowClosing: the window goes once the last save has landed)."""
        self._startup_hold.release()
        if self.is_open:
            self.close_flow.close_event(event)
            return
        if self._attaching is not None:  # its desk is not wanted any more
            self._attaching.cancel()
            self._attaching = None
        self.save_state()
        event.accept()

    def _tear_down(self) -> None:
        """The window goes (its session finished): stop what outlives it."""
        self.colleagues.stop()  # before the newsroom closes
        self.save_state()
        self.dialogs.close_all()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # The application outlives the window; a dangling slot would be called on a
            # deleted window at the next focus change.
            app.focusChanged.disconnect(self._on_focus_changed)

