"""A tool context around a bare QMainWindow: tools installed without the desk's window.

If a tool reached past its :class:`~newsdesk.ui.tool_context.ToolContext` into the main
window (an attribute, a menu by caption), installing it here would fail.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from newsdesk.domain.article import Article
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.editor.article_editor import ArticleEditor
from newsdesk.ui.messages import Message, MessageBus
from newsdesk.ui.tasks import TaskRunner
from newsdesk.ui.tool_context import Docks, OpenStory, ToolContext
from newsdesk.ui.window_menus import bare_menus


class _Opened(QObject):
    opened = Signal(int)


@dataclass
class BareStory:
    """The open story as a plain record: what the tools asked of it is kept for the test."""

    editor: ArticleEditor
    newsroom: Newsroom
    current: int | None = None
    refusal: str | None = None
    reloads: int = 0
    added: list[Article] = field(default_factory=list)
    signals: _Opened = field(default_factory=_Opened)

    def show(self, article_id: int) -> None:
        """Load the stored story into the editor and say so, as the window would."""
        self.editor.load(self.newsroom.articles.get(article_id))
        self.current = article_id
        self.signals.opened.emit(article_id)

    def reload(self) -> None:
        self.reloads += 1
        if self.current is not None:
            self.editor.load(self.newsroom.articles.get(self.current))

    def as_open_story(self) -> OpenStory:
        return OpenStory(opened=self.signals.opened, current_id=lambda: self.current,
                         save_first=lambda then: then(self.refusal), reload=self.reload,
                         added=self.added.append)


@dataclass
class BareDesk:
    window: QMainWindow
    context: ToolContext
    story: BareStory
    messages: list[Message]


def bare_desk(newsroom: Newsroom) -> BareDesk:
    """A QMainWindow with empty menus, an editor as its central widget, and the context."""
    window = QMainWindow()
    window.setObjectName("bareWindow")
    editor = ArticleEditor(newsroom, window, house=newsroom.house.settings())
    window.setCentralWidget(editor)
    menus = bare_menus(window)
    story = BareStory(editor, newsroom)
    bus = MessageBus(window)
    posted: list[Message] = []
    bus.message_posted.connect(posted.append)
    context = ToolContext(menus=menus, docks=Docks(window, menus), newsroom=newsroom,
                          messages=bus, tasks=TaskRunner.of(), editor=editor,
                          story=story.as_open_story())
    return BareDesk(window, context, story, posted)
