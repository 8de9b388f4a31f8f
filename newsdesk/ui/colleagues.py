"""Colleagues on the same newsroom, as one window sees them: their saves and their presence.

Their saves reach this window without Ctrl+R (:class:`LiveUpdates` hears of them, the
:class:`CatchUp` reads them on the task runner and shows them, :class:`ColleagueFollow`
decides what a newer version of the open story does to the editor); who else has the open
story open is :class:`PresenceWatch`'s. This object builds them, wires them to each other,
starts them with the desk and stops them before the newsroom closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from newsdesk.ui.catch_up import CatchUp
from newsdesk.ui.colleague_follow import ColleagueFollow
from newsdesk.ui.desk_session import DeskState
from newsdesk.ui.live_updates import LiveUpdates
from newsdesk.ui.presence_watch import PresenceWatch
from newsdesk.ui.user_name import user_name

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from newsdesk.domain.house import HouseSettings
    from newsdesk.services.newsroom import Newsroom
    from newsdesk.ui.desk_session import DeskSession
    from newsdesk.ui.editor.article_editor import ArticleEditor
    from newsdesk.ui.messages import MessageBus
    from newsdesk.ui.people.source_registry import SourceRegistry
    from newsdesk.ui.tasks import TaskRunner
    from newsdesk.ui.widgets.article_list_panel import ArticleListPanel


class Colleagues(QObject):
    """Live updates, the catch-up, presence and the follow of the open story, for one desk."""

    def __init__(
        self,
        window: QWidget,
        newsroom: Newsroom,
        session: DeskSession,
        editor: ArticleEditor,
        panel: ArticleListPanel,
        registry: SourceRegistry,
        *,
        house_read: Callable[[HouseSettings], object],
        reload_story: Callable[[], object],
        keep_dialog: Callable[[str, QWidget], object],
        tasks: TaskRunner,
        messages: MessageBus,
    ) -> None:
        """``house_read``: the house settings as stored now (the window compares them)."""
        super().__init__(window)
        self.live_updates = LiveUpdates(newsroom, window)
        # What they changed is read on the task runner, then shown (never read here).
        self.catch_up = CatchUp(newsroom, panel, registry, editor,
                                open_id=lambda: session.open_id, tasks=tasks,
                                messages=messages, parent=window)
        # Colleagues with the open story open: a label above the headline, a mark in the list.
        self.presence = PresenceWatch(newsroom.presence, user_name(), editor.presence_label,
                                      panel.model, newsroom_closed=lambda: newsroom.closed,
                                      writes_held=lambda: newsroom.writes_refused
                                      or newsroom.integrity_pending, parent=window)
        self.follow = ColleagueFollow(window, session, editor, newsroom.articles,
                                      reload_story=reload_story, keep_dialog=keep_dialog,
                                      tasks=tasks, messages=messages)
        self.live_updates.changes_arrived.connect(self.catch_up.on_changes)
        self.catch_up.house_read.connect(house_read)
        self.catch_up.story_read.connect(self.follow.follow)
        # Presence waits while the newsroom is unavailable (each write would wait for it too).
        session.state_changed.connect(
            lambda state: self.presence.set_paused(state == DeskState.OFFLINE.value))

    def start(self) -> None:
        self.presence.start()
        self.live_updates.start()

    def stop(self) -> None:
        """The window closes: nothing more is heard, read or written (presence's last task
        ends, or is dropped, before the newsroom closes)."""
        self.live_updates.stop()
        self.catch_up.stop()
        self.presence.stop()
