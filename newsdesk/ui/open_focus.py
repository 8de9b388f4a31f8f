"""Where the cursor goes once the story asked for is shown: the body after Enter on a row,
the headline after New Story (the desk's commands return before the story is there)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsdesk.domain.article import Article


class OpenFocus:
    """Remembers where the cursor goes until the editor shows the story (or it failed).

    ``focus_field(name)`` puts the cursor in the editor's field; ``open_id()`` is the story
    the editor shows now.
    """

    def __init__(self, focus_field: Callable[[str], None],
                 open_id: Callable[[], int | None]) -> None:
        self._focus_field = focus_field
        self._open_id = open_id
        self._body_for: int | None = None  # Enter on a row: the body, once it is shown
        self._headline = False  # New Story: the headline, once it is shown

    def body_of(self, article_id: int) -> None:
        """Enter on a row: the cursor goes to that story's body once it is shown."""
        self._body_for = article_id

    def headline_of_new(self) -> None:
        """New Story: the cursor goes to the headline once the new story is shown."""
        self._headline = True

    def open_failed(self, article_id: int) -> None:
        if self._body_for == article_id:
            self._body_for = None

    def story_shown(self, article: Article | None) -> None:
        if self._body_for is not None:
            body, self._body_for = self._body_for == self._open_id(), None
            if body:
                self._focus_field("body")
        elif self._headline and article is None:
            self._focus_field("headline")
        self._headline = False
