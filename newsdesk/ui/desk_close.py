"""The close decision: what becomes of the open text as the window goes, and whether it may go.

Closing waits for the save that covers the text, but never for ever (CLOSE_WAIT_MS); the
newsroom away, the text stays in the journal on this computer; a refused save keeps the
window until the user chooses. Apart from the session because it is one question with its own
clock, answered once (:class:`CloseVerdict`), while the session only says when it may be asked.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject

from newsdesk.ui.autosave import Autosaver, EditorLike, is_blank
from newsdesk.ui.one_shot import one_shot_timer

log = logging.getLogger(__name__)

CLOSE_WAIT_MS = 10_000
"""How long closing waits for a save on its way before it goes with the text in the journal."""


class CloseChoice(enum.Enum):
    """What the user chose for the open text when closing."""

    SAVE = "save"  # the usual: save it, keep it on this computer if the newsroom is away
    KEEP_HERE = "keep-here"  # a refused save: keep the text in the journal for the next start
    DISCARD = "discard"  # a refused save: throw the text away on purpose


class CloseVerdict(enum.Enum):
    """Whether the window may go, and whether it must say where the text is first."""

    CLOSE = "close"
    CLOSE_KEPT_HERE = "close-kept-here"  # the newsroom is away: the text is in the journal
    STAY = "stay"  # a conflict or a refused field: the user decides first


class DeskCloser(QObject):
    """Answers one close at a time: :meth:`ask` remembers the choice and starts the clock,
    :meth:`go` (once no command is on its way) saves or keeps the text, and ``decided`` is
    called with the verdict exactly once per close."""

    def __init__(
        self,
        autosaver: Autosaver,
        editor: EditorLike,
        *,
        newsroom_closed: Callable[[], bool],
        decided: Callable[[CloseVerdict], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._autosaver = autosaver
        self._editor = editor
        self._newsroom_closed = newsroom_closed
        self._decided = decided
        self._choice: CloseChoice | None = None  # a close asked for, not decided yet
        self._keeping = False  # the text is on its way to the journal: the verdict follows
        self._timer = one_shot_timer(self, CLOSE_WAIT_MS, self._on_timed_out)

    @property
    def pending(self) -> bool:
        """A close was asked for and its verdict has not come yet."""
        return self._choice is not None

    def ask(self, choice: CloseChoice) -> None:
        """Remember what the user chose; the clock runs from now, whatever is on its way."""
        self._choice = choice
        self._timer.start()

    def stop(self) -> None:
        """The window went: the clock must not fire into a session that is gone."""
        self._timer.stop()

    def go(self) -> None:
        """Nothing else is on its way: save (or keep, or drop) the text, then decide."""
        choice = self._choice
        autosaver = self._autosaver
        if choice is CloseChoice.DISCARD:
            autosaver.discard()
            autosaver.after_saves(lambda: self._decide(CloseVerdict.CLOSE))
        elif choice is CloseChoice.KEEP_HERE or self._newsroom_closed():
            # Kept here; or the newsroom was closed before its window (a script, a test):
            # nothing can be written to it any more, the journal offers the text next time.
            # The clock runs on: a save stuck on its way must not hold the window for ever.
            autosaver.flush_journal_then(lambda _kept: autosaver.after_saves(
                lambda: self._decide(CloseVerdict.CLOSE)))
        else:
            autosaver.flush(self._on_saved)

    def _keep_in_journal(self, then: Callable[[bool], None]) -> None:
        """Put the text on disk here, then ``then(kept)``: the window goes only once it is
        there, yet the GUI thread never waits for the disk (a slow one takes seconds). The
        journal's own wait is bounded; meanwhile neither a late save nor the clock decides."""
        self._keeping = True
        self._autosaver.flush_journal_then(then)

    def _on_saved(self, stored: bool) -> None:
        if self._choice is None or self._keeping:
            return  # decided already (it took too long), or being kept in the journal
        if stored or is_blank(self._editor.current_article()):
            self._decide(CloseVerdict.CLOSE)
            return
        self._keep_in_journal(lambda kept: self._decide(
            CloseVerdict.CLOSE_KEPT_HERE if self._autosaver.offline and kept
            else CloseVerdict.STAY))

    def _on_timed_out(self) -> None:
        """The newsroom did not answer in time: the text is in the journal, the window goes."""
        if self._choice is None or self._keeping:
            return
        log.warning("closing: the save did not land within %d ms; the text is kept on this "
                    "computer", CLOSE_WAIT_MS)
        self._keep_in_journal(lambda kept: self._decide(
            CloseVerdict.CLOSE_KEPT_HERE if kept else CloseVerdict.STAY))

    def _decide(self, verdict: CloseVerdict) -> None:
        if self._choice is None:
            return
        self._choice = None
        self._keeping = False
        self._timer.stop()
        self._decided(verdict)
