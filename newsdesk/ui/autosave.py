"""Autosave: keep the open story in the database, and on this computer, without a Save button.

Three clocks keep the user's text:
- the **journal** clock writes every change to the recovery journal on this computer within
  a quarter of a second, whatever the database is doing (``newsdesk.services.recovery_journal``),
  and a save's text is on disk in the journal before the save goes to the database, so the
  journal is never behind a stored text (a kill right after a commit offers nothing older);
- the **quiet** clock saves to the database ~2 s after typing pauses, and the **deadline**
  clock at the latest 10 s after the first unsaved change, so steady typing is saved too;
- the **retry** clock, while the database is unavailable (locked, read-only, server gone),
  tries again with growing pauses until a save succeeds; the text waits in the journal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, SignalInstance, Slot

from newsdesk.domain.article import Article
from newsdesk.domain.errors import (
    ConflictError,
    InvalidInputError,
    NewsdeskError,
    StorageError,
)
from newsdesk.ui.error_text import error_text, situation_text

if TYPE_CHECKING:
    from newsdesk.services.articles import ArticleService
    from newsdesk.services.recovery_journal import JournalWriter
    from newsdesk.ui.tasks import TaskHandle, TaskRunner

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 2000
"""A pause in typing this long saves the story."""
AUTOSAVE_MAX_WAIT_MS = 10000
"""Typing that never pauses is saved at least this often."""
JOURNAL_DELAY_MS = 100
"""A change reaches the journal on disk within this, plus the write itself (< 250 ms)."""
JOURNAL_WRITE_AHEAD_WAIT_S = 10.0
"""How long a save waits for its text to reach the journal before it goes on regardless."""
RETRY_DELAYS_MS = (2000, 4000, 8000, 15000, 30000)
"""Pauses between attempts while the database is unavailable; the last one repeats."""
JOURNAL_CLOSE_WAIT_MS = 5000
"""How long closing waits for the journal's disk before it says the text may not be there."""
_FLUSH_ROUNDS = 3
"""Saves a flush sends after the first for text typed while one was on its way."""


def tr(text: str) -> str:
    # Context "": lupdate files a bare tr("…") call under the empty context, so the
    # catalogue finds it there.
    return QCoreApplication.translate("", text)


class EditorLike(Protocol):
    """The part of ``ArticleEditor`` autosave relies on (the UI contract)."""

    @property
    def edited(self) -> SignalInstance: ...

    def current_article(self) -> Article: ...

    def mark_saved(self, article: Article) -> None: ...


class SaveState(StrEnum):
    """What the status bar indicator says about the open story."""

    SAVED = "saved"
    UNSAVED = "unsaved"
    EMPTY = "empty"  # a new story nobody has typed into: nothing to keep
    INVALID = "invalid"  # the validator refused a field; the text stays in the editor
    CONFLICT = "conflict"  # someone saved a newer version; ours is kept, never written over
    OFFLINE = "offline"  # the database is unavailable; the text is in the journal, retried


@dataclass(frozen=True)
class _Snapshot:
    """The editor as a save took it: which story (token, journal key) and how far typed."""

    token: int
    generation: int
    key: str
    article: Article


def _runner() -> TaskRunner:
    from newsdesk.ui.tasks import TaskRunner

    return TaskRunner.of()


def _save_after_journal(journal: JournalWriter, ticket: int,
                        save: Callable[[Article], Article], article: Article) -> Article:
    """On the save's worker: once the journal holds ``article`` on disk, store it.

    A journal that cannot be written (reported by the writer) or a disk slower than the
    wait does not hold back the database write: the database is then the safer copy."""
    journal.write_ahead(ticket, "autosave", JOURNAL_WRITE_AHEAD_WAIT_S)
    return save(article)


def _emit_quietly(signal: SignalInstance, number: int) -> None:
    """Emit from the journal's thread; the autosaver may have gone with its window meanwhile
    (nobody waits any more, so there is nobody to tell)."""
    try:
        signal.emit(number)
    except RuntimeError:
        log.debug("journal flushed after its autosaver went")


def is_blank(article: Article) -> bool:
    """A new story with nothing typed is not worth keeping (nor worth an error message)."""
    return article.id is None and not (
        article.headline.strip() or article.deck.strip() or article.body.strip()
    )


class Autosaver(QObject):
    """Saves the editor's story after a pause, during steady typing, and whenever asked.

    The database write runs on the task runner with a snapshot of the editor, so typing goes
    on while it travels; one save is in flight at a time. Its outcome applies only while the
    editor still shows the same story. Switching stories and closing go on once it landed
    (:meth:`flush`). While the database is unavailable a save is not attempted on every
    pause (each attempt may wait for a lock); the retry clock alone tries, growing pauses.

    Signals:
        state_changed(str, str): the :class:`SaveState` value and a message for the status bar.
        article_saved(object): the stored :class:`Article` (new id/version) after each save.
        journal_failed(str): the recovery journal could not be written (disk full, no rights).
        saving_changed(bool): a save went to the database (True) or every save landed (False).
    """

    state_changed = Signal(str, str)
    """(SaveState value, message for the user); emitted on every change of state."""
    article_saved = Signal(object)
    """The Article as stored, after a successful save."""
    journal_failed = Signal(str)
    """The journal on this computer refused a write; the message says why."""
    saving_changed = Signal(bool)
    """True when a save leaves for the database; False once none is in flight or queued."""
    _journal_on_disk = Signal(int)
    """From the journal's writer thread: the text of that flush (its number) is on disk."""

    def __init__(
        self,
        articles: ArticleService,
        editor: EditorLike,
        *,
        journal: JournalWriter | None = None,
        delay_ms: int = AUTOSAVE_DELAY_MS,
        max_wait_ms: int = AUTOSAVE_MAX_WAIT_MS,
        journal_delay_ms: int = JOURNAL_DELAY_MS,
        retry_delays_ms: tuple[int, ...] = RETRY_DELAYS_MS,
        runner: TaskRunner | None = None,
        newsroom_closed: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        from newsdesk.services.recovery_journal import story_key

        self._articles = articles
        self._editor = editor
        self._journal = journal
        self._key = story_key(None)
        self._dirty = False
        self._state = SaveState.EMPTY
        self._message = ""
        self._retry_delays = retry_delays_ms or RETRY_DELAYS_MS
        self._attempts = 0
        self._runner = runner
        self._newsroom_closed = newsroom_closed
        self._in_flight: TaskHandle | None = None
        self._save_again = False
        self._flush_waiters: list[Callable[[bool], None]] = []
        self._flush_rounds = 0
        self._idle_waiters: list[Callable[[], None]] = []
        self._journal_waiters: dict[int, Callable[[bool], None]] = {}  # flush_journal_then
        self._journal_flushes = 0
        # Queued: emitted on the journal's thread, answered on this (the GUI) thread.
        self._journal_on_disk.connect(self._on_journal_on_disk, Qt.ConnectionType.QueuedConnection)
        self._generation = 0  # counts the user's changes: a save knows what it covered
        self._story_token = 0  # counts stories shown: a late save knows it is late
        self.timer = self._clock(delay_ms, self.start_save)
        """The quiet clock: restarted by every change."""
        self.deadline = self._clock(max_wait_ms, self.start_save)
        """Started by the first unsaved change, never restarted: steady typing is saved too."""
        self.journal_timer = self._clock(journal_delay_ms, self.write_journal)
        self.retry_timer = self._clock(self._retry_delays[0], self.start_save)
        editor.edited.connect(self.on_edited)

    def _clock(self, interval_ms: int, slot: object) -> QTimer:
        clock = QTimer(self)
        clock.setSingleShot(True)
        clock.setInterval(interval_ms)
        clock.timeout.connect(slot)
        return clock

    @property
    def state(self) -> SaveState:
        return self._state

    @property
    def message(self) -> str:
        return self._message

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    @property
    def journal_key(self) -> str:
        """The open story's key in the recovery journal."""
        return self._key

    @property
    def offline(self) -> bool:
        return self._state is SaveState.OFFLINE

    def on_edited(self) -> None:
        """Any user change: to the journal at once, to the database after a pause."""
        self._dirty = True
        self._generation += 1
        if not self.journal_timer.isActive():
            self.journal_timer.start()
        if self._state is SaveState.OFFLINE:
            return  # the retry clock tries; each attempt may wait for a lock
        self.timer.start()
        if not self.deadline.isActive():
            self.deadline.start()
        if self._state not in (SaveState.CONFLICT, SaveState.INVALID):
            self._set_state(SaveState.UNSAVED, tr("Unsaved changes"))

    def loaded(self, article: Article | None) -> None:
        """The editor now shows ``article`` exactly as stored (or a new empty story)."""
        from newsdesk.services.recovery_journal import story_key

        self._stop_clocks()
        self._dirty = False
        self._attempts = 0
        self._story_token += 1
        self._save_again = False
        self._key = story_key(article.id if article is not None else None)
        if article is None or article.id is None:
            self._set_state(SaveState.EMPTY, tr("New story: type a headline to keep it"))
        else:
            self._set_state(SaveState.SAVED, tr("Saved"))

    def discard(self) -> None:
        """Forget unsaved changes (the user chose the stored story, or to throw them away).

        A save still on its way lands in the database but no longer in this editor."""
        self._stop_clocks()
        self._dirty = False
        self._attempts = 0
        self._story_token += 1
        self._save_again = False
        if self._journal is not None:
            self._journal.remove(self._key)

    def write_journal(self) -> None:
        """Hand the story as edited now to the journal's writer (it writes on its own thread)."""
        self.journal_timer.stop()
        if self._journal is None or not self._dirty:
            return
        article = self._editor.current_article()
        if is_blank(article):
            return
        self._journal.submit(self._key, article)

    def flush_journal_then(self, done: Callable[[bool], None],
                           timeout_ms: int = JOURNAL_CLOSE_WAIT_MS) -> None:
        """Put the text as it is now on disk; ``done(kept)`` once it is there (True), or when
        the disk has not answered within ``timeout_ms`` (False). Closing waits for it so:
        the window stays until its text is on disk, but the GUI thread never waits for a
        slow disk."""
        if self._journal is None:
            done(False)
            return
        self.write_journal()
        self._journal_flushes += 1
        number = self._journal_flushes
        self._journal_waiters[number] = done
        QTimer.singleShot(timeout_ms, self, partial(self._journal_answered, number, kept=False))
        self._journal.when_flushed(partial(_emit_quietly, self._journal_on_disk, number))

    @Slot(int)
    def _on_journal_on_disk(self, number: int) -> None:
        self._journal_answered(number, kept=True)

    def _journal_answered(self, number: int, *, kept: bool) -> None:
        done = self._journal_waiters.pop(number, None)
        if done is None:
            return  # answered already (on disk, or the wait timed out first)
        if not kept:
            log.warning("the journal on this computer did not answer in time; the text may "
                        "not be on disk")
        done(kept)

    @property
    def saving(self) -> bool:
        """A save is on its way to the database (or queued behind the one that is)."""
        return self._in_flight is not None or self._save_again

    def flush(self, done: Callable[[bool], None]) -> None:
        """Save if anything changed and call ``done(stored)`` once nothing is on its way; do
        not wait. ``stored`` is False when the text could not be stored (see :attr:`state`).

        The desk's commands (switching stories, moving, closing) go on from ``done``: they
        must not go on before the save that covers the text has landed, and the window must
        not wait for it. Nothing on its way and nothing to save: ``done`` is called at once.
        """
        self._flush_waiters.append(done)
        self._flush_rounds = 0
        self.start_save()
        self._answer_flush()

    def after_saves(self, done: Callable[[], None]) -> None:
        """Call ``done()`` once no save is on its way (at once when none is); send none.

        Closing with the text kept here or thrown away: nothing more is written, yet the
        save already on its way lands before the window goes."""
        if not self.saving:
            done()
            return
        self._idle_waiters.append(done)

    def _answer_flush(self) -> None:
        """The flush's answer, once no save is on its way (called again as each lands)."""
        if not self._flush_waiters or self.saving:
            return
        if (self._dirty and self._state in (SaveState.UNSAVED, SaveState.SAVED)
                and self._flush_rounds < _FLUSH_ROUNDS and not self._newsroom_closed()):
            # Typed while the last save was on its way: one more covers it.
            self._flush_rounds += 1
            self.start_save()
            if self.saving:
                return
        stored = not self._dirty and self._state is not SaveState.CONFLICT
        waiters, self._flush_waiters = self._flush_waiters, []
        for waiter in waiters:
            waiter(stored)

    def save_first(self, then: Callable[[str | None], None]) -> None:
        """Save what is typed, then ``then(None)`` once it has landed, or ``then(why)`` when
        it could not be stored (a colleague's newer version, the newsroom unavailable, a
        refused field); do not wait.

        For what reads the stored story right after (an export or PDF of the open story,
        a revision restored over it, a tool opening on it): it must read the user's text,
        never the version before it, and must not go on over a colleague's newer one.
        """
        self.flush(lambda stored: then(None if stored else self._message))

    def start_save(self) -> None:
        """Send the story as it is now to the database on the task runner; do not wait.

        One save is in flight at a time: asked again meanwhile, the next save takes the
        editor as it is when the first has landed (a newer snapshot replaces a queued one).
        """
        self._stop_clocks()
        if self._in_flight is not None:
            self._save_again = True
            return
        self._save_again = False
        if not self._dirty:
            return
        if self._newsroom_closed():
            # A write now would open a new pool on the disposed engine that nobody closes;
            # the text stays in the editor and the journal.
            self.write_journal()
            return
        article = self._editor.current_article()
        if is_blank(article):
            self._dirty = False
            self._set_state(SaveState.EMPTY, tr("New story: type a headline to keep it"))
            return
        snapshot = _Snapshot(self._story_token, self._generation, self._key, article)
        runner = self._runner or _runner()
        save: Callable[..., Article] = self._articles.save
        if article.id is None:
            # A new story is created with its journal key: killed before the window hears
            # the new id, the next start finds the story the journal's text already reached
            # (and does not create it twice).
            save = partial(self._articles.save, client_key=self._key)
        args: tuple[object, ...] = (article,)
        if self._journal is not None:
            # Write-ahead: the snapshot goes to the journal first and the worker waits for
            # it on disk before the database write, so the journal is never behind a stored
            # text. (Journalled after the save, a kill between the commit and the journal's
            # next write left older text there, offered back as "mine" over the newer story.)
            self.journal_timer.stop()
            ticket = self._journal.submit(self._key, article)
            save, args = _save_after_journal, (self._journal, ticket, save, article)
        self._in_flight = runner.run(save, *args, on_result=partial(self._on_landed, snapshot),
                                     on_error=partial(self._on_refused, snapshot))
        self.saving_changed.emit(True)

    def _on_landed(self, snapshot: _Snapshot, saved: Article) -> None:
        """The save of ``snapshot`` is in the database: apply it if the editor still shows
        that story; the journal lets go only of text the save covers."""
        from newsdesk.services.recovery_journal import story_key

        self._in_flight = None
        if snapshot.token != self._story_token:
            log.info("autosave: a save landed for a story no longer shown (kept as stored)")
            self._settle()
            return
        self._attempts = 0
        new_key = story_key(saved.id)
        typed_since = snapshot.generation != self._generation
        self._key = new_key
        self._editor.mark_saved(saved)
        if self._journal is not None:
            if not typed_since:
                # Nothing was typed after the snapshot: the journal holds nothing the
                # database lacks. Whatever text it holds goes: a write still pending may hold
                # an older text, which left behind would later be offered back as "mine"
                # over the newer stored story. The writer removes it after queued writes.
                self.journal_timer.stop()
                self._journal.remove(snapshot.key)
            elif new_key != snapshot.key:
                # A new story's first save while typing went on: what is typed now moves to
                # the story's own key before the old key goes, so it is never nowhere.
                self._journal.submit(new_key, self._editor.current_article())
                self._journal.remove(snapshot.key)
        if typed_since:
            self._set_state(SaveState.UNSAVED, tr("Unsaved changes"))
            if not (self.timer.isActive() or self._save_again):
                self.timer.start()
        else:
            self._dirty = False
            self._set_state(SaveState.SAVED, tr("Saved"))
        self.article_saved.emit(saved)
        self._settle()

    def _on_refused(self, snapshot: _Snapshot, exc: BaseException) -> bool:
        """The database refused ``snapshot``: the text stays in the editor and the journal."""
        self._in_flight = None
        self._save_again = False
        if snapshot.token != self._story_token:
            if self._journal is not None:
                self._journal.submit(snapshot.key, snapshot.article)
            log.warning("autosave: a story no longer shown was not saved (%s); its text is "
                        "kept on this computer", exc)
            self._settle()
            return True
        self._keep_in_journal(self._editor.current_article())
        if isinstance(exc, ConflictError):
            self._set_state(
                SaveState.CONFLICT,
                tr("Not saved — {0}. Your text is still here: keep it as a new draft (Save "
                   "Mine as a Copy) or take the newer text (Reload Story).").format(
                    error_text(exc)),
            )
        elif isinstance(exc, InvalidInputError):
            self._set_state(SaveState.INVALID, tr("Not saved — {0}").format(error_text(exc)))
        elif isinstance(exc, StorageError):
            self._went_offline(exc)
        elif isinstance(exc, NewsdeskError):
            self._set_state(SaveState.INVALID, tr("Not saved — {0}").format(error_text(exc)))
        else:
            self._settle()
            return False  # a bug: the runner logs it and shows it
        self._settle()
        return True

    def _settle(self) -> None:
        if self._save_again:
            self._save_again = False
            self.start_save()
        if self._in_flight is None:
            self.saving_changed.emit(False)
            self._answer_flush()
        if not self.saving and self._idle_waiters:
            waiters, self._idle_waiters = self._idle_waiters, []
            for waiter in waiters:
                waiter()

    def retry_now(self) -> None:
        """The user asked to try the database again at once (the answer comes as a state)."""
        self._attempts = 0
        self.start_save()

    def _went_offline(self, exc: StorageError) -> None:
        if exc.retryable:
            delay = self._retry_delays[min(self._attempts, len(self._retry_delays) - 1)]
            self._attempts += 1
            self.retry_timer.start(delay)
            again = tr("It will be saved by itself when the newsroom is back.")
        else:
            again = tr("Nothing more is written to this newsroom.")
        where = tr("Your text is kept on this computer.") if self._journal is not None else ""
        self._set_state(SaveState.OFFLINE,
                        tr("Not saved — {0}. {1} {2}").format(situation_text(exc), where, again)
                        .replace("  ", " ").strip())

    def _keep_in_journal(self, article: Article) -> None:
        self.journal_timer.stop()
        if self._journal is not None:
            self._journal.submit(self._key, article)

    def _stop_clocks(self) -> None:
        for clock in (self.timer, self.deadline, self.retry_timer):
            clock.stop()

    def _set_state(self, state: SaveState, message: str) -> None:
        if state is SaveState.OFFLINE:
            log.warning("autosave: %s", message)
        elif state in (SaveState.CONFLICT, SaveState.INVALID):
            log.info("autosave: %s", message)
        if (state, message) == (self._state, self._message):
            return
        self._state = state
        self._message = message
        self.state_changed.emit(state.value, message)
