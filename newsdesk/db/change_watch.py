"""Watching a newsroom database for colleagues' commits: SQLite's data_version, PostgreSQL's LISTEN.

Both watchers hold one connection of their own, outside the engine's pool, for as long as
the window is open, and are driven by one thread (:class:`newsdesk.services.changes.ChangeFeed`).

* :class:`SqliteWatch`: ``PRAGMA data_version`` changes when another connection committed
  to the file. Then a few aggregate queries (a fingerprint per table) say which kinds of
  rows changed, and ``updated_at`` which stories.
* :class:`PostgresWatch`: ``LISTEN newsdesk_changes`` in autocommit; the payloads are those
  :mod:`newsdesk.db.change_notify` sends from every committing session.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from newsdesk.db.change_notify import CHANNEL
from newsdesk.db.engine import sqlite_file
from newsdesk.domain.errors import DatabaseOfflineError, Wording, wording

_FINGERPRINTS = {
    "stories": "SELECT count(*), coalesce(sum(version), 0), max(updated_at) FROM articles",
    "bylines": "SELECT count(*), coalesce(sum(article_id * (position + 1) + author_id), 0)"
               " FROM article_authors",
    "authors": "SELECT count(*), coalesce(sum(version), 0), max(updated_at) FROM authors",
    "sources": "SELECT count(*), coalesce(sum(version), 0), max(id) FROM sources",
    "house": "SELECT count(*), group_concat(key || '=' || value, ';') FROM house_settings",
    "words": "SELECT count(*), coalesce(max(id), 0), coalesce(sum(id), 0) FROM house_words",
    # The translators' QA checks against the glossary: a term added, removed or edited.
    "concepts": "SELECT count(*), coalesce(sum(id), 0), max(updated_at) FROM glossary_concepts",
    "terms": "SELECT count(*), coalesce(sum(id * (forbidden + 1)), 0),"
             " group_concat(text, char(31)) FROM glossary_terms",
}


@dataclass(frozen=True)
class Fingerprint:
    """Aggregates per table: two equal fingerprints mean nothing changed that a window shows."""

    parts: dict[str, tuple[Any, ...]]

    @property
    def last_story_update(self) -> str | None:
        value = self.parts["stories"][2]
        return str(value) if value is not None else None


@dataclass(frozen=True)
class SqliteDifference:
    """What changed between two fingerprints of a SQLite newsroom."""

    stories: frozenset[int]
    some_stories: bool
    """Stories changed that ``updated_at`` does not name (a spike, a deletion, a byline)."""
    authors: bool
    sources: bool
    house: bool
    words: bool
    glossary: bool = False

    @property
    def anything(self) -> bool:
        return bool(self.stories) or any(
            (self.some_stories, self.authors, self.sources, self.house, self.words,
             self.glossary))


class SqliteWatch:
    """A dedicated read connection to a newsroom file; cheap to ask whether anyone committed."""

    def __init__(self, engine: Engine) -> None:
        path = sqlite_file(engine.url)
        if path is None:
            raise ValueError("only a SQLite newsroom file can be watched by data_version")
        database = engine.url.database or str(path)
        uri = engine.url.query.get("uri") == "true"
        self._connection = sqlite3.connect(database, uri=uri, isolation_level=None,
                                           check_same_thread=False, timeout=1.0)
        # A writer holding the file for long must not hold up the watcher (nor the reverse).
        self._connection.execute("PRAGMA busy_timeout=200")
        self._version = self.data_version()
        self._fingerprint = self.fingerprint()

    def data_version(self) -> int:
        row = self._connection.execute("PRAGMA data_version").fetchone()
        return int(row[0])

    def fingerprint(self) -> Fingerprint:
        return Fingerprint({name: tuple(self._connection.execute(sql).fetchone())
                            for name, sql in _FINGERPRINTS.items()})

    def poll(self) -> SqliteDifference | None:
        """What changed since the last poll that found a change (None: nobody committed).

        Raises ``sqlite3.Error`` when the file cannot be read now (locked, gone).
        """
        version = self.data_version()
        if version == self._version:
            return None
        before = self._fingerprint
        after = self.fingerprint()
        # Noted only once read whole: a poll that failed half-way is tried again.
        self._version, self._fingerprint = version, after
        stories: frozenset[int] = frozenset()
        old, new = before.parts["stories"], after.parts["stories"]
        saved = old[2] != new[2]  # a save sets updated_at: which stories it names
        if saved:
            since = before.last_story_update
            query = "SELECT id FROM articles"
            rows = (self._connection.execute(query + " WHERE updated_at > ?", (since,))
                    if since is not None else self._connection.execute(query))
            stories = frozenset(int(row[0]) for row in rows)
        # Counts and summed versions find what updated_at does not name: a spike or a status
        # move (a new version, the same time), a deleted story, a byline of a renamed author.
        some_stories = (old[0] != new[0] or (old[1] != new[1] and not saved)
                        or before.parts["bylines"] != after.parts["bylines"])
        return SqliteDifference(
            stories=stories,
            some_stories=some_stories,
            authors=before.parts["authors"] != after.parts["authors"],
            sources=before.parts["sources"] != after.parts["sources"],
            house=before.parts["house"] != after.parts["house"],
            words=before.parts["words"] != after.parts["words"],
            glossary=any(before.parts[name] != after.parts[name]
                         for name in ("concepts", "terms")),
        )

    def close(self) -> None:
        self._connection.close()


def _cannot_listen(exc: BaseException) -> Wording:
    return wording("cannot listen for colleagues' changes: {reason}", reason=exc)


def _lost(exc: BaseException) -> Wording:
    return wording("lost the connection for colleagues' changes: {reason}", reason=exc)


class PostgresWatch:
    """One autocommit psycopg connection listening on :data:`CHANNEL`.

    Every failure of the connection (the server stopped, the network dropped) leaves as
    :class:`DatabaseOfflineError`; the caller reconnects with a new watch.
    """

    def __init__(self, engine: Engine, *, connect_timeout: int = 5) -> None:
        import psycopg

        url = engine.url
        params: dict[str, Any] = {
            "host": url.host, "port": url.port, "user": url.username,
            "password": url.password, "dbname": url.database,
            "connect_timeout": connect_timeout, "autocommit": True,
            "application_name": "newsdesk-changes",
        }
        params.update({key: value for key, value in url.query.items()
                       if isinstance(value, str)})
        try:
            self._connection = psycopg.connect(
                **{key: value for key, value in params.items() if value is not None})
        except psycopg.Error as exc:
            raise DatabaseOfflineError(_cannot_listen(exc)) from exc
        try:
            self._connection.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as exc:
            # Connected, then refused (the database dropped or the server stopping meanwhile):
            # closed here, or the garbage collector finds it open in some later moment.
            self._connection.close()
            raise DatabaseOfflineError(_cannot_listen(exc)) from exc

    def wait(self, timeout: float) -> list[str]:
        """Payloads received within ``timeout`` seconds (an empty list: none came)."""
        import psycopg

        try:
            return [notice.payload for notice in self._connection.notifies(timeout=timeout)]
        except psycopg.Error as exc:
            raise DatabaseOfflineError(_lost(exc)) from exc

    def check(self) -> None:
        """A round trip: a server gone silently (no reset) shows here, not in :meth:`wait`."""
        import psycopg

        try:
            self._connection.execute("SELECT 1")
        except psycopg.Error as exc:
            raise DatabaseOfflineError(_lost(exc)) from exc

    def close(self) -> None:
        self._connection.close()

