"""The story the window opens at start-up: the last session's, else the list's first, else new.

Each candidate is asked of the desk session in turn, and the next is tried only when the
one before could not be opened (a colleague deleted it meanwhile): nothing here waits for
the newsroom. The chain ends when the editor shows a story, or a new empty one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsdesk.ui.desk_session import DeskSession


@dataclass
class _Chain:
    """The start-up story on its way: the ids still to try, and where the cursor goes."""

    candidates: list[int]
    focus_body: bool


def _story_id(last: object) -> int | None:
    """The id remembered for the last session (QSettings may give it back as text)."""
    if isinstance(last, int):
        return last
    if isinstance(last, str) and last.strip().isdigit():
        return int(last)
    return None


class InitialStory:
    """Opens the start-up story through the session, trying each candidate in turn.

    The window forwards the session's ``open_failed`` (:meth:`open_failed`) and
    ``story_opened`` (:meth:`story_opened`) while the chain runs; ``shown`` is called once
    the editor shows the story the chain ended on (the window then reviews the recovery
    journal: a story offered back belongs after the start-up story, never under it).
    """

    def __init__(self, session: DeskSession, *, first_in_list: Callable[[], int | None],
                 focus_body: Callable[[], None], shown: Callable[[], None]) -> None:
        self._session = session
        self._first_in_list = first_in_list
        self._focus_body = focus_body
        self._shown = shown
        self._chain: _Chain | None = None

    @property
    def pending(self) -> bool:
        """True until the start-up story is in the editor (or the user began another:
        typing first means a new story, never swapped away)."""
        return not self._session.started or self._chain is not None

    def start(self, last: object, focus_body: bool) -> None:
        """Open ``last`` (the last session's story id, if any), else the list's first story,
        else a new one; ``focus_body``: the cursor goes to the body once it is shown."""
        from newsdesk.ui.desk_session import DeskState

        session = self._session
        if session.started or session.state is DeskState.CLOSING or self._chain is not None:
            return  # the user (or a test) already opened or started a story; or it closed
        candidates = [story for story in (_story_id(last),) if story is not None]
        first = self._first_in_list()
        if first is not None and first not in candidates:
            candidates.append(first)
        self._chain = _Chain(candidates, focus_body)
        self._open_next()

    def _open_next(self) -> None:
        chain = self._chain
        assert chain is not None
        if chain.candidates:
            self._session.open(chain.candidates.pop(0))
        else:
            self._session.show(None)  # story_opened ends the chain

    def open_failed(self) -> bool:
        """The story asked was not opened: True when the chain tries the next one (the
        window then leaves the list alone), False when no chain is running."""
        if self._chain is None:
            return False
        self._open_next()
        return True

    def story_opened(self) -> None:
        """The editor shows a story: the chain, if one ran, ends here."""
        chain, self._chain = self._chain, None
        if chain is None:
            return
        if chain.focus_body and self._session.open_id is not None:
            self._focus_body()
        self._shown()
