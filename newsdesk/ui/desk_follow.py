"""The window's widgets catch up with what the desk session did: a story shown, moved, changed.

The session opens, moves, spikes and restores stories without widgets; what each outcome
means for the list's selection, the notice, the status bar, presence and the cursor is
decided here. :class:`DeskFollow` connects itself to the session's outcomes, all but the
story shown, which the window forwards (:meth:`DeskFollow.story_opened`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from newsdesk.domain.article import Article
    from newsdesk.ui.desk_list import DeskList
    from newsdesk.ui.desk_session import DeskSession
    from newsdesk.ui.editor.article_editor import ArticleEditor
    from newsdesk.ui.initial_story import InitialStory
    from newsdesk.ui.open_focus import OpenFocus
    from newsdesk.ui.people.sources_dock import SourcesDock
    from newsdesk.ui.presence_watch import PresenceWatch
    from newsdesk.ui.spike_notice import SpikeNotice
    from newsdesk.ui.widgets.article_list_panel import ArticleListPanel
    from newsdesk.ui.widgets.notice_bar import NoticeBar


@dataclass(frozen=True)
class FollowedWidgets:
    """What follows the session: the list, the editor, the notice and the status bar, and
    the helpers that keep the cursor, a spike's notice and presence on the story shown."""

    panel: ArticleListPanel
    desk_list: DeskList
    editor: ArticleEditor
    notice: NoticeBar
    status: QStatusBar
    open_focus: OpenFocus
    spike_notice: SpikeNotice
    presence: PresenceWatch
    initial_story: InitialStory
    sources_dock: SourcesDock


class DeskFollow:
    """Forwards each session outcome to the widgets it concerns.

    ``remember_open`` stores the open story as the one to reopen next time; ``refresh``
    brings the window's title and actions up to date; ``opened`` announces the story the
    editor now shows (its id, 0 for a new one).
    """

    def __init__(self, session: DeskSession, widgets: FollowedWidgets, *,
                 remember_open: Callable[[], None], refresh: Callable[[], None],
                 opened: Callable[[int], None]) -> None:
        self._session = session
        self._w = widgets
        self._remember_open = remember_open
        self._refresh = refresh
        self._opened = opened
        session.story_created.connect(self.story_created)
        session.story_saved.connect(self.story_saved)
        session.story_missing.connect(widgets.panel.model.remove_article)
        session.story_reloaded.connect(widgets.desk_list.reloaded)
        session.story_copied.connect(widgets.desk_list.copied)
        session.status_moved.connect(self.status_moved)
        session.story_changed.connect(self.command_changed)
        session.open_failed.connect(self.open_failed)

    def _select_open(self, *, or_clear: bool) -> None:
        """The list's selection follows the open story (``or_clear``: none when it is new)."""
        open_id = self._session.open_id
        if open_id is not None:
            self._w.panel.select_article(open_id, emit=False)
        elif or_clear:
            self._w.panel.view.clearSelection()

    def story_opened(self, article: Article | None) -> None:
        """The session put a story (None: a new one) in the editor: the window catches up."""
        w = self._w
        w.status.clearMessage()  # what it said was about the story left behind
        if w.notice.property("about") != "read-only":  # that one is about the newsroom
            w.notice.hide()
        if article is not None and article.id is not None:
            w.panel.select_article(article.id, emit=False)
        else:
            w.panel.view.clearSelection()
        self._remember_open()
        open_id = self._session.open_id
        w.presence.show_story(open_id)
        self._refresh()
        w.open_focus.story_shown(article)
        w.spike_notice.story_shown(article)
        self._opened(open_id or 0)
        w.initial_story.story_opened()

    def open_failed(self, article_id: int) -> None:
        """The story was not opened (the session said why): the list shows the open one."""
        self._w.open_focus.open_failed(article_id)
        if self._w.initial_story.open_failed():
            return  # the last session's story is gone: the next one is on its way
        self._select_open(or_clear=True)

    def story_created(self, article: Article) -> None:
        """A new story's first save: it joins the list, selected, as the story to reopen."""
        self._w.desk_list.created(article)
        self._remember_open()
        self._w.presence.show_story(article.id)  # a new story, first saved: now it is "open"

    def story_saved(self, article: Article) -> None:
        self._w.desk_list.saved(article)
        self._w.sources_dock.refresh_uses()  # the story may now cite (or no longer cite) it
        self._refresh()

    def article_activated(self, article_id: int) -> None:
        """Enter or a double-click in the list: the story opens with the cursor in its body
        (the open story: the cursor goes there at once)."""
        session = self._session
        if article_id == session.open_id and not session.busy:
            self._w.editor.focus_field("body")
            return
        self._w.open_focus.body_of(article_id)
        session.open(article_id)

    def status_moved(self, article: Article) -> None:
        """A move landed: its readiness notice and problem list are about the old status."""
        if self._w.notice.property("about") == "ready":
            self._w.notice.hide()
        self._w.editor.show_problems([])
        self.command_changed(article, article.id or 0, reload_editor=False)

    def command_changed(
        self, article: Article | None, article_id: int, *, reload_editor: bool = True
    ) -> None:
        """After a spike, restore, create or delete: the list and the editor catch up."""
        session = self._session
        self._w.desk_list.changed(article, article_id)
        if article_id == session.open_id and not session.busy:
            # (Busy: the list moved on and the next story is on its way to the editor.)
            if article is None:
                session.show(None)
            elif reload_editor:
                session.show(article)
        self._select_open(or_clear=False)
        self._refresh()

    def recovered(self, article: Article) -> None:
        """A recovery choice stored ``article``: the list and the editor show it as stored."""
        self._w.desk_list.stored(article)
        if not self._session.autosaver.is_dirty:
            self._session.show(article)  # the stored text, not the one loaded before the choice
