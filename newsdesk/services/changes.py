"""Colleagues' changes to a shared newsroom, reported as they are committed (no Qt).

A :class:`ChangeFeed` runs one thread of its own and calls ``on_change`` there with a
:class:`Changes` each time someone else committed: which stories (when known), and whether
authors, sources, house settings, house words or the glossary changed. The window carries
the call to its GUI thread and reloads what it shows.

* SQLite: ``PRAGMA data_version`` polled every ``interval`` seconds (0.5 by default) on a
  connection of its own, then a fingerprint of each table (:mod:`newsdesk.db.change_watch`).
  The file cannot say who wrote: the window's own commits, noted by its sessions, are
  subtracted (:meth:`Changes.without`).
* PostgreSQL: ``LISTEN``; every unit of work sends ``NOTIFY`` from its commit
  (:mod:`newsdesk.db.change_notify`), and notifications from this feed's own engine are
  skipped. When the server goes away the feed reconnects with backoff and then reports
  :meth:`Changes.everything`, since notifications sent meanwhile are lost.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from sqlalchemy import Engine

from newsdesk.db.change_notify import (
    ANY,
    AUTHOR,
    GLOSSARY,
    HOUSE,
    SOURCE,
    STORY,
    WORD,
    decode_payload,
    origin_of,
    take_own_changes,
)
from newsdesk.db.change_watch import PostgresWatch, SqliteWatch
from newsdesk.db.engine import sqlite_file
from newsdesk.domain.errors import StorageError

log = logging.getLogger(__name__)

POLL_INTERVAL: Final = 0.5
"""Seconds between two looks at a SQLite file (a colleague's save shows within about this)."""
BACKOFF: Final = (0.5, 1.0, 2.0, 4.0, 8.0)
"""Seconds between attempts to reach a server that went away; the last repeats."""
HEALTH_CHECK: Final = 10.0
"""Seconds without a notification after which the listener checks its connection."""


@dataclass(frozen=True)
class Changes:
    """What colleagues changed since the last report.

    ``stories`` names the stories known to have changed; ``some_stories`` says others may
    have too (a bulk import, a spike on SQLite, a reconnect after missed notifications).
    """

    stories: frozenset[int] = frozenset()
    some_stories: bool = False
    authors: bool = False
    sources: bool = False
    house_settings: bool = False
    house_words: bool = False
    glossary: bool = False
    """A glossary concept or term (what the translators' QA checks against)."""

    @classmethod
    def everything(cls) -> Changes:
        """Anything may have changed (notifications were missed): reload it all."""
        return cls(some_stories=True, authors=True, sources=True, house_settings=True,
                   house_words=True, glossary=True)

    @property
    def any_story(self) -> bool:
        return bool(self.stories) or self.some_stories

    def may_touch(self, article_id: int) -> bool:
        """True when ``article_id`` may be among the changed stories."""
        return self.some_stories or article_id in self.stories

    def __bool__(self) -> bool:
        return self.any_story or any((self.authors, self.sources, self.house_settings,
                                      self.house_words, self.glossary))

    @classmethod
    def from_pairs(cls, pairs: list[tuple[str, str]]) -> Changes:
        """From ``(kind, id)`` pairs of notifications; an id ``*`` means "some"."""
        kinds = {kind for kind, _key in pairs}
        stories = frozenset(int(key) for kind, key in pairs
                            if kind == STORY and key != ANY and key.isdigit())
        return cls(
            stories=stories,
            some_stories=(STORY, ANY) in pairs,
            authors=AUTHOR in kinds,
            sources=SOURCE in kinds,
            house_settings=HOUSE in kinds,
            house_words=WORD in kinds,
            glossary=GLOSSARY in kinds,
        )

    def without(self, own: set[tuple[str, str]]) -> Changes:
        """Less what this window committed itself (SQLite cannot say who wrote).

        A kind this window wrote is dropped whole unless ids name the rest: a colleague's
        change of the same kind in the same half second shows with the next change.
        """
        kinds = {kind for kind, _key in own}
        mine = {int(key) for kind, key in own if kind == STORY and key.isdigit()}
        return Changes(
            stories=self.stories - mine,
            some_stories=self.some_stories and STORY not in kinds,
            authors=self.authors and AUTHOR not in kinds,
            sources=self.sources and SOURCE not in kinds,
            house_settings=self.house_settings and HOUSE not in kinds,
            house_words=self.house_words and WORD not in kinds,
            glossary=self.glossary and GLOSSARY not in kinds,
        )

    def merged(self, other: Changes) -> Changes:
        return Changes(
            stories=self.stories | other.stories,
            some_stories=self.some_stories or other.some_stories,
            authors=self.authors or other.authors,
            sources=self.sources or other.sources,
            house_settings=self.house_settings or other.house_settings,
            house_words=self.house_words or other.house_words,
            glossary=self.glossary or other.glossary,
        )


OnChange = Callable[[Changes], object]


class ChangeFeed:
    """Watches one newsroom database on a thread of its own until :meth:`stop`.

    ``on_change`` is called on that thread; it must be quick and thread-safe (the window
    emits a Qt signal from it). Exceptions it raises are logged, never end the feed.
    Once :meth:`stop_soon` has returned it is never called again, even while the thread is
    still stuck in a round trip to a server that went away: its receiver (a window) may be
    deleted the next moment.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._on_change: OnChange = _nothing
        # Held while ``on_change`` runs, so stop_soon() returns only after a report that was
        # under way has been handed over, and none starts after it.
        self._reporting = threading.Lock()
        self.connected = threading.Event()
        """Set while the feed watches (for tests and for a window that shows it)."""

    def start(self, on_change: OnChange) -> None:
        if self._thread is not None:
            raise RuntimeError("the change feed is already running")
        self._on_change = on_change
        self._thread = threading.Thread(target=self._run, name="newsdesk-changes", daemon=True)
        self._thread.start()

    def stop_soon(self) -> None:
        """Ask the thread to end and forget the receiver; returns at once (the GUI thread
        calls it as a window closes). The thread closes its connection as it ends, which on
        a server that stopped answering may take until its round trip times out; whoever
        owns the feed's lifetime waits for that with :meth:`join` (the newsroom, as it
        closes)."""
        self._stopping.set()
        with self._reporting:
            self._on_change = _nothing

    def join(self, timeout: float = 5.0) -> bool:
        """Wait up to ``timeout`` seconds for the thread to end; True once it has (or never
        ran). Not on the GUI thread: a stuck connection makes this the whole ``timeout``."""
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
        return not self.running

    def stop(self, timeout: float = 5.0) -> bool:
        """Stop watching and wait (bounded) until the thread has closed its connection."""
        self.stop_soon()
        return self.join(timeout)

    @property
    def stopping(self) -> bool:
        """:meth:`stop_soon` (or :meth:`stop`) was called."""
        return self._stopping.is_set()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _report(self, changes: Changes) -> None:
        if not changes:
            return
        with self._reporting:
            if self._stopping.is_set():
                return
            try:
                self._on_change(changes)
            except Exception:  # a broken receiver must not end the feed for the whole session
                log.exception("a receiver of colleagues' changes failed")

    def _run(self) -> None:
        raise NotImplementedError


class SqliteChangeFeed(ChangeFeed):
    """``PRAGMA data_version`` every ``interval`` seconds on a connection of its own."""

    def __init__(self, engine: Engine, *, interval: float = POLL_INTERVAL) -> None:
        super().__init__(engine)
        self.interval = interval

    def _run(self) -> None:
        watch: SqliteWatch | None = None
        try:
            while not self._stopping.is_set():
                try:
                    if watch is None:
                        watch = SqliteWatch(self._engine)
                        # What the window wrote before is in the first fingerprint already.
                        take_own_changes(self._engine)
                        self.connected.set()
                    difference = watch.poll()
                except sqlite3.Error as exc:
                    # Locked by a long write, or the file went away: look again later.
                    log.debug("colleagues' changes not read this time: %s", exc)
                    difference = None
                if difference is not None and difference.anything:
                    self._report(Changes(
                        stories=difference.stories, some_stories=difference.some_stories,
                        authors=difference.authors, sources=difference.sources,
                        house_settings=difference.house, house_words=difference.words,
                        glossary=difference.glossary,
                    ).without(take_own_changes(self._engine)))
                self._stopping.wait(self.interval)
        finally:
            self.connected.clear()
            if watch is not None:
                watch.close()


class PostgresChangeFeed(ChangeFeed):
    """``LISTEN newsdesk_changes``; skips this engine's own notifications; reconnects."""

    def __init__(self, engine: Engine, *, wait: float = 0.25) -> None:
        super().__init__(engine)
        self._wait = wait
        self.origin = origin_of(engine)
        self.reconnects = 0
        """How often the connection was made again after it was lost (for tests)."""

    def _run(self) -> None:
        failures = 0
        lost = False
        while not self._stopping.is_set():
            try:
                watch = PostgresWatch(self._engine)
            except StorageError as exc:
                delay = BACKOFF[min(failures, len(BACKOFF) - 1)]
                failures += 1
                log.info("colleagues' changes unavailable (%s); trying again in %.1f s",
                         exc, delay)
                self._stopping.wait(delay)
                continue
            failures = 0
            self.connected.set()
            if lost:
                # Whatever was committed while the connection was down was never heard.
                self.reconnects += 1
                self._report(Changes.everything())
            try:
                self._listen(watch)
            except StorageError as exc:
                log.info("colleagues' changes: %s", exc)
                lost = True
            finally:
                self.connected.clear()
                watch.close()

    def _listen(self, watch: PostgresWatch) -> None:
        quiet = 0.0
        while not self._stopping.is_set():
            payloads = watch.wait(self._wait)
            if not payloads:
                quiet += self._wait
                if quiet >= HEALTH_CHECK:
                    quiet = 0.0
                    watch.check()
                continue
            quiet = 0.0
            changes = Changes()
            for payload in payloads:
                origin, pairs = decode_payload(payload)
                if origin != self.origin:
                    changes = changes.merged(Changes.from_pairs(pairs))
            self._report(changes)


FeedMaker = Callable[[Engine], ChangeFeed | None]
"""Makes the feed of a newsroom's engine (:func:`change_feed_for`, or a test's own)."""


def change_feed_for(engine: Engine) -> ChangeFeed | None:
    """The feed that suits the newsroom's database (None: an in-memory one has no colleagues)."""
    if engine.dialect.name == "postgresql":
        return PostgresChangeFeed(engine)
    if engine.dialect.name == "sqlite" and sqlite_file(engine.url) is not None:
        return SqliteChangeFeed(engine)
    return None


def _nothing(_changes: Changes) -> None:
    """Stands in for a receiver before :meth:`ChangeFeed.start`."""
