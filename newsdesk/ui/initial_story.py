"""The story the window opens at start-up: the last session's, else the list's first, else new.

Each candidate is asked of the desk session in turn, and the next is tried only when the
one before could not be opened (a colleague deleted it meanwhile): nothing here waits for
the newsroom. The chain ends when the editor shows a story, or a new empty one.
:class:`StartupPick` decides which story leads the chain, and when it starts: once the list
shows its rows and has painted them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, SignalInstance

from newsdesk.ui import window_layout

if TYPE_CHECKING:
    from newsdesk.services.newsroom import Newsroom
    from newsdesk.ui.desk_session import DeskSession
    from newsdesk.ui.widgets.article_list_panel import ArticleListPanel


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


class StartupPick:
    """Picks the start-up story once the list shows its rows, and starts the chain after the
    list has painted them: the window and its list appear at once, and the editor
    (highlighting, spelling, preview) fills in a moment later.

    ``painted`` says whether the window has painted its first rows (``first_rows_painted``
    says when); ``before_open`` runs just before the chain starts (the window lets the tasks
    held back for its first paint go).
    """

    def __init__(self, initial: InitialStory, panel: ArticleListPanel, newsroom: Newsroom, *,
                 context: QObject, painted: Callable[[], bool],
                 first_rows_painted: SignalInstance, before_open: Callable[[], None]) -> None:
        self._initial = initial
        self._panel = panel
        self._newsroom = newsroom
        self._context = context
        self._painted = painted
        self._first_rows_painted = first_rows_painted
        self._before_open = before_open

    def start(self, chosen_before: int | None, activated: int | None) -> None:
        """The list re-reads what was typed into its search box meanwhile (or reads its first
        rows): which story opens is known once they are shown."""
        pick = partial(self._pick, chosen_before, activated)
        panel = self._panel
        if panel.attached:
            self._when_list_shown(pick)
        else:
            panel.attach(self._newsroom, then=partial(self._when_list_shown, pick))

    def _when_list_shown(self, then: Callable[[], None]) -> None:
        if self._panel.model.rowCount() == 0:
            self._panel.start(then=then)
        else:
            then()

    def _pick(self, chosen_before: int | None, activated: int | None) -> None:
        """A story activated, or chosen (a row picked, or Enter in the search box chose the
        first result) while the newsroom opened, wins over the last session's."""
        picked = activated or self._panel.chosen_article_id() or chosen_before
        last = picked if picked is not None else window_layout.last_story(self._newsroom.url)
        open_it = partial(self._open, last, activated is not None)
        if self._painted():
            QTimer.singleShot(0, self._context, open_it)
            return
        # Queued one turn after first_rows_painted, so whoever watches that signal sees the
        # list before the story loads.
        self._first_rows_painted.connect(lambda: QTimer.singleShot(0, self._context, open_it))
        # A window that is never painted (a script, a hidden test window) still gets its story;
        # the context as the timer's drops the call if the window is gone by then.
        QTimer.singleShot(300, self._context, open_it)

    def _open(self, last: object, focus_body: bool) -> None:
        """The last session's story, else the list's first, else a new one (InitialStory)."""
        self._before_open()
        self._initial.start(last, focus_body)
