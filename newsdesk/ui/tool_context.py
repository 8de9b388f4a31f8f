"""What a tool (people, translation) is given to install itself: never the window itself.

A tool declares what it needs by what it reads from :class:`ToolContext`: the menus by id,
the newsroom's services, the message bus, the task runner, a place for docks, the editor and
the open story. The window builds the context once (:func:`tool_context_for`); a test builds
one around a bare ``QMainWindow``, which proves the tools reach into nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QDockWidget, QMainWindow

from newsdesk.ui.window_menus import ActionId, MenuId, Menus

if TYPE_CHECKING:
    from newsdesk.domain.article import Article
    from newsdesk.services.newsroom import Newsroom
    from newsdesk.services.recovery_journal import JournalWriter
    from newsdesk.ui.editor.article_editor import ArticleEditor
    from newsdesk.ui.main_window import MainWindow
    from newsdesk.ui.messages import MessageBus
    from newsdesk.ui.tasks import TaskRunner


@dataclass(frozen=True)
class OpenStory:
    """The story in the editor as the tools see it, and the few things they may ask of it.

    ``opened`` is emitted with the story's id (0 for a new one) each time the editor shows
    another story. ``save_first(then)`` saves what is typed and, once that has landed, calls
    ``then(None)``, or ``then(why)`` when it could not be stored (nothing waits for it);
    ``reload`` drops the editor's text for the stored story; ``added`` shows a story a tool
    created (a translation draft) in the story list; ``translations_changed`` says a tool
    changed these translations (or originals), so their progress lines are read again.
    """

    opened: SignalInstance
    current_id: Callable[[], int | None]
    save_first: Callable[[Callable[[str | None], None]], None]
    reload: Callable[[], None]
    added: Callable[[Article], None]
    translations_changed: Callable[[Collection[int]], None] = lambda _ids: None


class Docks:
    """Where tools put their docks: the right-hand area, a toggle in View ▸ Docks."""

    def __init__(self, window: QMainWindow, menus: Menus) -> None:
        self._window = window
        self._menus = menus

    def add(
        self, dock: QDockWidget, toggle: ActionId, *, beside: QDockWidget | None = None,
    ) -> QDockWidget:
        """Dock ``dock`` on the right (tabbed with ``beside``), hidden until the user opens it
        (a saved window state reopens it); its toggle is registered as ``toggle``."""
        self._window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        if beside is not None:
            self._window.tabifyDockWidget(beside, dock)
        dock.hide()
        self._menus.add_action(toggle, dock.toggleViewAction(), menu=MenuId.DOCKS)
        return dock

    @property
    def window(self) -> QMainWindow:
        """The parent for a tool's docks, dialogs and helpers (nothing else is read off it)."""
        return self._window


@dataclass(frozen=True)
class ToolContext:
    """Everything a tool may use; built once per window."""

    menus: Menus
    docks: Docks
    newsroom: Newsroom
    messages: MessageBus
    tasks: TaskRunner
    editor: ArticleEditor
    story: OpenStory
    journal: JournalWriter | None = None
    """The window's recovery journal: a tool's editing surfaces keep what is typed there."""


def tool_context_for(window: MainWindow) -> ToolContext:
    """The context of a window whose newsroom is attached (editor and autosave built).

    The one place that knows which part of the window answers which need.
    """
    from newsdesk.services.changes import Changes
    from newsdesk.ui.messages import MessageBus
    from newsdesk.ui.tasks import TaskRunner

    def added(article: Article) -> None:
        window.list_panel.model.insert_summary(window.desk_list.summary(article))
        # The counts and filters are re-read on the task runner, as for a colleague's story.
        window.catch_up.on_changes(Changes(stories=frozenset({article.id or 0})))

    def translations_changed(ids: Collection[int]) -> None:
        window.list_panel.model.refresh_progress(list(ids))
        window.editor.translation_progress.refresh()

    story = OpenStory(
        opened=window.article_opened,
        current_id=lambda: window.open_article_id,
        save_first=window.autosaver.save_first,
        reload=window.reload_story,
        added=added,
        translations_changed=translations_changed,
    )
    return ToolContext(
        menus=window.menus,
        docks=Docks(window, window.menus),
        newsroom=window.newsroom,
        messages=MessageBus.of(),
        tasks=TaskRunner.of(),
        editor=window.editor,
        story=story,
        journal=window.journal_writer,
    )
