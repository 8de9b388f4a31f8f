"""Builds the desk on an open newsroom: the editor in the placeholder's place, the session and
the parts around it, the people and translation tools, colleagues, in the order they need
each other.

The window is shown before the newsroom opens; this is what fills it in. The window keeps
its widgets and Qt events; the parts built here are set on it under the names the window,
its tools and the tests have always used (``window.editor``, ``window.session``, ...).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from newsdesk.ui.autosave import SaveState
from newsdesk.ui.desk_follow import DeskFollow, FollowedWidgets
from newsdesk.ui.desk_notices import DeskNotices
from newsdesk.ui.initial_story import InitialStory, StartupPick
from newsdesk.ui.messages import MessageAction, MessageBus
from newsdesk.ui.spike_notice import SpikeNotice
from newsdesk.ui.tasks import TaskRunner
from newsdesk.ui.window_closing import WindowClosing
from newsdesk.ui.window_dialogs import DialogDesk

if TYPE_CHECKING:
    from newsdesk.ui.desk_start import OpenedNewsroom
    from newsdesk.ui.main_window import MainWindow
    from newsdesk.ui.widgets.opening_placeholder import OpeningPlaceholder


@dataclass(frozen=True)
class DeskHooks:
    """The window's own steps the desk's parts call back into."""

    conflict_ways_out: Callable[[], list[MessageAction]]
    """A refused save's choices, as the notice offers them."""
    tear_down: Callable[[], None]
    """The window goes (its session finished)."""
    painted: Callable[[], bool]
    """The window has painted its first rows."""
    release_hold: Callable[[], None]
    """Let the tasks held back for the first paint go."""
    remember_open: Callable[[], None]
    """Store the open story as the one to reopen next time."""
    refresh: Callable[[], None]
    """Bring the window's title and actions up to date."""


def _put_editor(splitter: QSplitter, placeholder: OpeningPlaceholder, notice: QWidget,
                editor: QWidget, *, keep_sizes: bool) -> None:
    """The editor area (the notice above the editor) takes the placeholder's place."""
    # (Not the splitter's child yet: a splitter takes every new child as a further section.)
    centre = QWidget(splitter.parentWidget())
    centre.setObjectName("editorArea")
    layout = QVBoxLayout(centre)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(notice)
    layout.addWidget(editor, 1)
    # The splitter would size the newcomer by its size hint and move the list's edge:
    # the list keeps the width it was painted with.
    sizes = splitter.sizes()
    splitter.replaceWidget(1, centre)
    if keep_sizes:
        splitter.setSizes(sizes)
    placeholder.deleteLater()


def _review_recovery_journal(window: MainWindow) -> None:
    """Once per window, after the start-up story is shown (a story offered back belongs after
    it, never under it): offer back text the journal kept and the newsroom does not hold."""
    from newsdesk.ui.recovery_flow import RecoveryFlow

    if window.recovery is not None:
        return
    window.recovery = RecoveryFlow(
        window, window.newsroom.articles, window.journal,
        tell=lambda message: window.statusBar().showMessage(message, 20000),
        story_changed=window.follow.recovered)
    window.recovery.finished.connect(window.recovery_reviewed)
    window.recovery.start()


def build_desk(window: MainWindow, opened: OpenedNewsroom, placeholder: OpeningPlaceholder,
               hooks: DeskHooks) -> None:
    """Build the desk's parts on ``window`` (see the module's docstring); the window then
    connects their signals and opens the start-up story."""
    # Imported here: at start-up the window is on screen before any of this is loaded.
    from newsdesk.services.recovery_journal import RecoveryJournal
    from newsdesk.settings import recovery_folder
    from newsdesk.ui.colleagues import Colleagues
    from newsdesk.ui.desk_session import DeskSession
    from newsdesk.ui.editor.article_editor import ArticleEditor
    from newsdesk.ui.first_start_offer import FirstStartOffer
    from newsdesk.ui.people.install import install_people_tools
    from newsdesk.ui.tool_context import tool_context_for
    from newsdesk.ui.translation.install import install_translation_desk

    newsroom, w = opened.newsroom, window
    tasks, messages = TaskRunner.of(), MessageBus.of()
    w.editor = editor = ArticleEditor(newsroom, w, actions=w.editor_actions, house=opened.house)
    _put_editor(w.splitter, placeholder, w.notice, editor, keep_sizes=w.isVisible())
    # The editor owns the preview (its own splitter: writing | preview | sidebar).
    w.preview = editor.preview_pane
    w.journal = RecoveryJournal(recovery_folder(), opened.journal_identity)
    w.session = session = DeskSession(newsroom.articles, editor, journal=w.journal,
                                      newsroom_closed=lambda: newsroom.closed, parent=w)
    panel = w.list_panel
    w.initial_story = InitialStory(
        session, first_in_list=lambda: panel.model.article_id_at(0),
        focus_body=lambda: editor.focus_field("body"),
        shown=partial(_review_recovery_journal, w))
    w.startup_pick = StartupPick(
        w.initial_story, panel, newsroom, context=w, painted=hooks.painted,
        first_rows_painted=w.first_rows_painted, before_open=hooks.release_hold)
    w.dialogs.attach(DialogDesk(
        newsroom, editor, session, reload_story=w.reload_story,
        apply_house=w.apply_house_settings, show_author_articles=w.on_show_author_articles,
        authors_changed=panel.refresh_choices))
    w.first_start = FirstStartOffer(newsroom, w.apply_house_settings, tasks=tasks, parent=w)
    assert session.journal_writer is not None
    w.journal_writer = session.journal_writer
    w.autosaver = session.autosaver
    w.undo_stack = session.undo_stack
    w.save_state_label.show_state(SaveState.EMPTY)
    w.notices = DeskNotices(w.notice, w.save_state_label, conflict_actions=hooks.conflict_ways_out,
                            retry_saving=w.retry_saving, parent=w)
    w.spike_notice = SpikeNotice(session, panel.view, messages, parent=w)
    w.close_flow = WindowClosing(
        w, session, editor, status=w.statusBar(), notice=w.notice,
        tell_kept=w.dialogs.tell_kept_on_this_computer, tear_down=hooks.tear_down)
    # The people tools: the source registry's dock beside the editor, the citation picker
    # (Ctrl+Shift+K), the story's sources and attribution docks (closed until opened).
    w.tool_context = tool_context_for(w)
    w.people_tools = install_people_tools(w.tool_context)
    w.sources_dock = w.people_tools.sources_dock
    # Story ▸ Translators' Desk… (Ctrl+Shift+T) and Story ▸ Translate…
    w.translation_tools = install_translation_desk(w.tool_context)
    # Colleagues' saves reach the list, the docks and the open story without Ctrl+R; who
    # else has the open story open shows above the headline and in the list.
    w.colleagues = colleagues = Colleagues(
        w, newsroom, session, editor, panel, w.sources_dock.registry, house_read=w.on_house_read,
        reload_story=w.reload_story, keep_dialog=w.keep_dialog, tasks=tasks, messages=messages)
    w.live_updates = colleagues.live_updates
    # ...and the open translators' desk (its original, translation and glossary).
    w.live_updates.changes_arrived.connect(w.translation_tools.follow_changes)
    w.catch_up = colleagues.catch_up
    w.presence = colleagues.presence
    w.follow = DeskFollow(session, FollowedWidgets(
        panel, w.desk_list, editor, w.notice, w.statusBar(), w.open_focus, w.spike_notice,
        w.presence, w.initial_story, w.sources_dock),
        remember_open=hooks.remember_open, refresh=hooks.refresh,
        opened=w.article_opened.emit)
