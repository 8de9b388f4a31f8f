"""The recovery journal: what the user typed, kept on this computer whatever the database does.

The database can be locked, read-only, down or damaged, and the process can be killed at any
instant; none of that may cost a word. Every change of the open story is written here, a small
JSON file per story, within a fraction of a second, atomically (a temporary file, fsync,
rename), independently of the database. A journal is removed only once the text it holds is
safely stored. At the next start, a journal whose text differs from the stored story is offered
back to the user; one that cannot be read, or that belongs to another newsroom, is set aside,
never applied blindly.

Journals are filed by the newsroom's identity (``HouseService.newsroom_id``), not by its URL:
the same newsroom reached by another host name or port is the same newsroom, and a file
replaced by another newsroom at the same path is not.

Layout: ``<folder>/<newsroom digest>/<key>.json`` with keys ``story-<id>`` and ``new-<uuid>``
(a new story not stored yet: its create stores this key with it, so a journal left by a window
killed before it heard the new id still finds the story), and ``<folder>/set-aside/`` for what
could not be used.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from newsdesk.domain.article import Article
from newsdesk.domain.article_json import article_from_json, article_to_json, same_text

log = logging.getLogger(__name__)

JOURNAL_FORMAT = 1
SET_ASIDE = "set-aside"
# A story file is at most a few megabytes; anything far larger is not one of ours.
MAX_JOURNAL_BYTES = 64 * 1024 * 1024
WRITE_AHEAD_WAIT_S = 10.0
"""How long a save waits for its text to reach the journal before it goes on regardless."""


def story_key(article_id: int | None) -> str:
    """The journal key of a stored story, or a fresh one for a story not stored yet."""
    return f"story-{article_id}" if article_id is not None else f"new-{uuid.uuid4().hex}"


@dataclass(frozen=True)
class JournalEntry:
    """A story as the user last had it, read back from the journal."""

    key: str
    article: Article
    written_at: datetime
    path: Path


@dataclass(frozen=True)
class SetAside:
    """A journal file that could not be used, moved out of the way (never deleted)."""

    original: Path
    moved_to: Path
    reason: str


def newsroom_digest(newsroom: str) -> str:
    """A short, stable folder name for a newsroom's identity."""
    return hashlib.sha256(newsroom.encode("utf-8")).hexdigest()[:16]


def _fsync_folder(folder: Path) -> None:
    # The rename is durable only once the folder's entry is on disk too.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class RecoveryJournal:
    """The journal files of one newsroom in one folder; every method is safe to call often."""

    def __init__(self, folder: Path, newsroom: str) -> None:
        self.root = folder
        self.newsroom = newsroom
        self.folder = folder / newsroom_digest(newsroom)

    def path_of(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def write(self, key: str, article: Article) -> Path:
        """Replace the journal of ``key`` with ``article``, atomically and durably."""
        self.folder.mkdir(parents=True, exist_ok=True)
        record = {
            "format": JOURNAL_FORMAT,
            "newsroom": self.newsroom,
            "key": key,
            "written_at": datetime.now(UTC).isoformat(),
            "story": article_to_json(article),
        }
        data = json.dumps(record, ensure_ascii=False).encode("utf-8")
        target = self.path_of(key)
        temporary = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        _fsync_folder(self.folder)
        return target

    def read(self, key: str) -> JournalEntry | None:
        """The entry of ``key``, or None when there is none (``ValueError`` when unreadable)."""
        path = self.path_of(key)
        if not path.exists():
            return None
        return self._read_file(path)

    def remove(self, key: str, *, if_same_as: Article | None = None) -> bool:
        """Delete the journal of ``key``; with ``if_same_as``, only when it holds that text.

        The condition is what keeps a word typed after a save's snapshot: the journal then
        holds newer text than the database and must stay.
        """
        path = self.path_of(key)
        if not path.exists():
            return False
        if if_same_as is not None:
            try:
                entry = self._read_file(path)
            except ValueError:
                return False  # left for start-up, which sets it aside with a message
            if not same_text(entry.article, if_same_as):
                return False
        path.unlink(missing_ok=True)
        _fsync_folder(self.folder)
        return True

    def entries(self) -> tuple[list[JournalEntry], list[SetAside]]:
        """Every usable journal of this newsroom, oldest first; unusable ones are set aside."""
        if not self.folder.is_dir():
            return [], []
        found: list[JournalEntry] = []
        set_aside: list[SetAside] = []
        for path in sorted(self.folder.glob("*.json")):
            try:
                found.append(self._read_file(path))
            except ValueError as exc:
                set_aside.append(self.set_aside(path, str(exc)))
        for stray in self.folder.glob(".*.tmp"):
            # A write killed before its rename: the previous journal is intact beside it.
            stray.unlink(missing_ok=True)
        found.sort(key=lambda entry: entry.written_at)
        return found, set_aside

    def set_aside(self, path: Path, reason: str) -> SetAside:
        """Move a journal out of the way, keeping it for a person to look at."""
        target_folder = self.root / SET_ASIDE
        target_folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        target = target_folder / f"{stamp}-{path.parent.name}-{path.name}"
        os.replace(path, target)
        (target.with_suffix(".reason.txt")).write_text(reason + "\n", encoding="utf-8")
        log.warning("recovery journal %s set aside: %s", path, reason)
        return SetAside(original=path, moved_to=target, reason=reason)

    def _read_file(self, path: Path) -> JournalEntry:
        if not path.is_file():
            raise ValueError(f"{path.name} is not a regular file")
        if path.stat().st_size > MAX_JOURNAL_BYTES:
            raise ValueError(f"{path.name} is far larger than any story")
        try:
            record = json.loads(path.read_bytes().decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"{path.name} is damaged ({exc})") from exc
        if not isinstance(record, dict) or record.get("format") != JOURNAL_FORMAT:
            raise ValueError(f"{path.name} is not a journal this release can read")
        if record.get("newsroom") != self.newsroom:
            raise ValueError(
                f"{path.name} belongs to another newsroom ({record.get('newsroom')!r})")
        key = record.get("key")
        if key != path.stem:
            raise ValueError(f"{path.name} names another story ({key!r})")
        try:
            written_at = datetime.fromisoformat(str(record.get("written_at")))
        except ValueError as exc:
            raise ValueError(f"{path.name} has no valid time") from exc
        try:
            article = article_from_json(record.get("story"))
        except ValueError as exc:
            raise ValueError(f"{path.name}: {exc}") from exc
        return JournalEntry(key=key, article=article, written_at=written_at, path=path)


@dataclass
class _Job:
    """One queued journal operation and the tickets it answers (its own and superseded)."""

    op: str  # "write" or "remove"
    key: str
    article: Article | None
    tickets: list[int]


class JournalWriter:
    """Writes journal entries on a thread of its own, so a slow disk never delays a keystroke.

    Only the newest pending text of a key is written (older ones are superseded); removals are
    queued behind the writes submitted before them, so the order the desk asked for is the
    order on disk. ``flush()`` waits until everything asked for is on disk (closing the window).

    Each submission returns a ticket; :meth:`wait_for_ticket` waits until that text (or a
    newer text of the same key that superseded it) is on disk. Autosave waits for it on the
    save's worker before the database write, so the journal is never behind a stored text
    (write-ahead): a kill between the database commit and the journal's next write would
    otherwise leave the journal one step behind, and its older text would be offered back as
    "mine" over the newer stored story.

    ``on_error`` is called (on the writer thread) when the disk refuses a write.
    """

    def __init__(
        self, journal: RecoveryJournal, *, on_error: Callable[[str], None] | None = None
    ) -> None:
        self.journal = journal
        self._on_error = on_error
        self._lock = threading.Condition()
        self._queue: list[_Job] = []
        self._open_tickets: set[int] = set()  # submitted, not yet done (nor failed)
        self._last_ticket = 0
        self._busy = False
        self._closed = False
        # when_flushed(): (the last ticket it waits for, what to call once it is done)
        self._flushed_waiters: list[tuple[int, Callable[[], None]]] = []
        self._thread = threading.Thread(target=self._run, name="newsdesk-journal", daemon=True)
        self._thread.start()

    def _ticket(self) -> int:
        self._last_ticket += 1
        self._open_tickets.add(self._last_ticket)
        return self._last_ticket

    def submit(self, key: str, article: Article) -> int:
        """Queue ``article`` as the journal of ``key``; returns its ticket."""
        with self._lock:
            ticket = self._ticket()
            tickets = [ticket]
            kept: list[_Job] = []
            for job in self._queue:
                if job.op == "write" and job.key == key:
                    # Superseded: a pending write of the same key not yet started. Its
                    # tickets are answered when the newer text is on disk.
                    tickets.extend(job.tickets)
                else:
                    kept.append(job)
            kept.append(_Job("write", key, article, tickets))
            self._queue = kept
            self._lock.notify_all()
            return ticket

    def remove(self, key: str, *, if_same_as: Article | None = None) -> int:
        """Queue the removal of ``key``'s journal (see :meth:`RecoveryJournal.remove`)."""
        with self._lock:
            ticket = self._ticket()
            self._queue.append(_Job("remove", key, if_same_as, [ticket]))
            self._lock.notify_all()
            return ticket

    def wait_for_ticket(self, ticket: int, timeout: float = 10.0) -> bool:
        """Wait until the operation of ``ticket`` is done (or failed, which was reported);
        False on time-out. Never call it on the GUI thread: it waits for an fsync. A closed
        writer answers at once: nothing more will be written, so there is nothing to wait for.
        """
        with self._lock:
            return self._lock.wait_for(
                lambda: ticket not in self._open_tickets or self._closed, timeout)

    def write_ahead(self, ticket: int, what: str, timeout: float = WRITE_AHEAD_WAIT_S) -> None:
        """On a save's worker, before its database write: wait until ``ticket``'s text is on
        disk, so the journal is never behind what the save stores (a kill right after the
        commit then finds the journal holding that text, or newer).

        A journal that cannot be written (reported by the writer) or a disk slower than the
        wait does not hold the save back: the database is then the safer copy, and the
        time-out is a WARNING in the log. ``what`` names the save there ("autosave")."""
        if not self.wait_for_ticket(ticket, timeout):
            log.warning("%s: the journal took longer than %s s; saving without waiting",
                        what, timeout)

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every submitted write and removal is done; False on time-out."""
        with self._lock:
            return self._lock.wait_for(lambda: not self._queue and not self._busy, timeout)

    def when_flushed(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once every write and removal submitted so far is done (or failed,
        which was reported): :meth:`flush` without waiting, for the GUI thread (a window
        closing on a slow disk). Called on the writer's thread, or here at once when nothing
        is pending or the writer is closed; it must be quick and thread-safe."""
        with self._lock:
            upto = self._last_ticket
            pending = not self._closed and any(ticket <= upto for ticket in self._open_tickets)
            if pending:
                self._flushed_waiters.append((upto, callback))
        if not pending:
            _call_quietly(callback)

    def _take_flushed_waiters(self) -> list[Callable[[], None]]:
        """The waiters whose tickets are all done (called with the lock held)."""
        first_open = min(self._open_tickets, default=self._last_ticket + 1)
        done = [callback for upto, callback in self._flushed_waiters
                if self._closed or upto < first_open]
        self._flushed_waiters = [(upto, callback) for upto, callback in self._flushed_waiters
                                 if not (self._closed or upto < first_open)]
        return done

    def close(self, timeout: float = 10.0) -> None:
        self.flush(timeout)
        with self._lock:
            self._closed = True
            self._lock.notify_all()
            waiters = self._take_flushed_waiters()
        for callback in waiters:
            _call_quietly(callback)
        self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._lock:
                self._lock.wait_for(lambda: self._queue or self._closed)
                if not self._queue:
                    return
                job = self._queue.pop(0)
                self._busy = True
            try:
                if job.op == "write":
                    assert job.article is not None
                    self.journal.write(job.key, job.article)
                else:
                    self.journal.remove(job.key, if_same_as=job.article)
            except OSError as exc:
                log.error("recovery journal: cannot %s %s: %s", job.op, job.key, exc)
                if self._on_error is not None:
                    self._on_error(str(exc))
            finally:
                with self._lock:
                    self._busy = False
                    self._open_tickets.difference_update(job.tickets)
                    self._lock.notify_all()
                    waiters = self._take_flushed_waiters()
                for callback in waiters:
                    _call_quietly(callback)


def _call_quietly(callback: Callable[[], None]) -> None:
    """A waiter's failure is logged; it must not end the writer (nor the caller's thread)."""
    try:
        callback()
    except Exception:
        log.exception("recovery journal: a caller waiting for the disk failed")
