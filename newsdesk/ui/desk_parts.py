"""What the desk session's command helpers get of it: the services, the editor, autosave, the
task runner, the messages and the session's one-command-at-a-time gate.

A narrow, typed handle instead of the session itself, so a helper (status moves, revisions,
spike and duplicate) starts and ends its command the session's way but cannot reach into the
session's state.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from newsdesk.domain.article import Article, Status
from newsdesk.ui.autosave import EditorLike

if TYPE_CHECKING:
    from newsdesk.services.articles import ArticleService
    from newsdesk.ui.autosave import Autosaver
    from newsdesk.ui.desk_state import Command
    from newsdesk.ui.messages import MessageBus
    from newsdesk.ui.tasks import TaskRunner


class StoryEditor(EditorLike, Protocol):
    """What the session needs from the editor widget (or from a test's stand-in)."""

    def load(self, article: Article | None) -> None: ...

    def set_status(self, status: Status) -> None: ...


@dataclass(frozen=True)
class DeskParts:
    """The session's parts a command helper works with (see the module's docstring)."""

    articles: ArticleService
    editor: StoryEditor
    autosaver: Autosaver
    runner: TaskRunner
    messages: MessageBus
    begin: Callable[[Command], bool]
    """Start a command; False (the user told why) while another is on its way."""
    end: Callable[[], None]
    """The command's outcome arrived: the next may start."""
    open_id: Callable[[], int | None]
    """The stored story the editor shows (None: a new story not stored yet)."""
