"""Database failures turned into the project's own errors, in plain words, in one place.

Driver errors (``sqlite3``, ``psycopg``) reach us wrapped in SQLAlchemy's ``DBAPIError``; a
user must never see one. :func:`translate` classifies them by SQLite's result codes and
PostgreSQL's SQLSTATE (not by message text, which changes between versions and locales), and
the unit of work calls it for every session, so no service has to remember to.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from newsdesk.domain.errors import (
    ConflictError,
    DatabaseBusyError,
    DatabaseDamagedError,
    DatabaseOfflineError,
    DatabaseReadOnlyError,
    NewsdeskError,
    StorageError,
    Wording,
    wording,
)

# SQLite's primary result codes (the low byte of an extended code such as SQLITE_BUSY_SNAPSHOT).
_SQLITE_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_PROTOCOL,
                sqlite3.SQLITE_SCHEMA}
_SQLITE_READ_ONLY = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH}
_SQLITE_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_FORMAT}
_SQLITE_OFFLINE = {sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN}
_SQLITE_FULL = {sqlite3.SQLITE_FULL}
# Extended codes of a clash with a concurrent write (two people taking one slug at once).
_SQLITE_CLASH = {sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY,
                 sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY}

# PostgreSQL SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html).
_PG_BUSY = {
    "40001",  # serialization_failure
    "40P01",  # deadlock_detected
    "55P03",  # lock_not_available (lock_timeout, NOWAIT)
    "57014",  # query_canceled (statement_timeout)
    "53300",  # too_many_connections
}
_PG_READ_ONLY = {"25006", "42501"}  # read_only_sql_transaction, insufficient_privilege
_PG_OFFLINE_CLASSES = ("08",)  # connection_exception and its subclasses
_PG_OFFLINE = {
    "57P01",  # admin_shutdown
    "57P02",  # crash_shutdown
    "57P03",  # cannot_connect_now (starting up, shutting down, recovery)
    "57P04",  # database_dropped
}
_PG_DAMAGED = {"XX001", "XX002"}  # data_corrupted, index_corrupted
_PG_FULL = {"53100", "53200"}  # disk_full, out_of_memory
_PG_CLASH = {"23505", "23503"}  # unique_violation, foreign_key_violation


Where = str | Wording
"""How messages name a database: a file's path as it is, a server's database as a wording."""


def database_label(url: URL) -> Where:
    """How messages name the database: a SQLite file's full path, else ``db on host:port``
    (a wording, so the window says "on" in its own language).

    The path is whole (not just the file name) because "restore the newest backup" is only
    useful to someone who can find the folder; passwords never appear.
    """
    if url.get_backend_name() == "sqlite":
        database = url.database or ":memory:"
        if database.startswith("file:"):  # a URI filename (``?mode=ro&uri=true``)
            database = database.removeprefix("file:").split("?", 1)[0]
        return database
    port = f":{url.port}" if url.port else ""
    return wording("{database} on {server}", database=url.database,
                   server=f"{url.host or 'localhost'}{port}")


def _reason(exc: BaseException) -> str:
    """The driver's own first line, kept in the message so a technician can look it up."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    lines = str(orig).strip().splitlines()
    return lines[0].strip() if lines else type(orig).__name__


def _busy(where: Where, reason: str) -> StorageError:
    situation = wording("the newsroom {where} is busy: another program is writing to it "
                        "({reason})", where=where, reason=reason)
    return DatabaseBusyError(wording(
        "{situation}; nothing was written and your text is kept: try again when it has "
        "finished", situation=situation), situation=situation)


def _read_only(where: Where, reason: str) -> StorageError:
    situation = wording("the newsroom {where} can be read but not written ({reason})",
                        where=where, reason=reason)
    return DatabaseReadOnlyError(wording(
        "{situation}; ask whoever manages it, or pick another file", situation=situation),
        situation=situation)


def _damaged(where: Where, reason: str) -> StorageError:
    path = Path(str(where))  # a damaged file is SQLite's: a path, never a wording
    situation = wording("the newsroom {where} is damaged ({reason})", where=where, reason=reason)
    return DatabaseDamagedError(wording(
        "{situation}: restore the newest backup (a {stem}.backup-… file beside it) or pick "
        "another file; nothing was written to it", situation=situation, stem=path.stem),
        situation=situation)


def _full(where: Where, reason: str) -> StorageError:
    situation = wording("there is no room left to write to the newsroom {where} ({reason})",
                        where=where, reason=reason)
    return StorageError(wording(
        "{situation}; nothing was written and your text is kept: free some disk space, then "
        "try again", situation=situation), situation=situation)


def _file_offline(where: Where, reason: str) -> StorageError:
    situation = wording("the newsroom file {where} cannot be reached ({reason})",
                        where=where, reason=reason)
    return DatabaseOfflineError(wording(
        "{situation}; your text is kept: check that its disk or network share is still "
        "there, then try again", situation=situation), situation=situation)


def _server_offline(where: Where, reason: str) -> StorageError:
    situation = wording("the database server of {where} cannot be reached ({reason})",
                        where=where, reason=reason)
    return DatabaseOfflineError(wording(
        "{situation}; your text is kept: check the network or ask whoever runs the server, "
        "then try again", situation=situation), situation=situation)


def _other(where: Where, reason: str) -> StorageError:
    return StorageError(wording(
        "the database {where} could not do what was asked ({reason}); try again, and if it "
        "keeps failing, tell whoever manages the newsroom", where=where, reason=reason))


def _from_sqlite(orig: sqlite3.Error, where: Where, reason: str) -> NewsdeskError | None:
    code = getattr(orig, "sqlite_errorcode", None)
    if code is None:
        # Raised by the sqlite3 module itself, without a result code ("malformed" schema
        # text, a closed connection): fall back to the words as the last resort.
        return _damaged(where, reason) if "malformed" in reason else None
    primary = code & 0xFF
    for codes, make in (
        (_SQLITE_BUSY, _busy),
        (_SQLITE_READ_ONLY, _read_only),
        (_SQLITE_DAMAGED, _damaged),
        (_SQLITE_OFFLINE, _file_offline),
        (_SQLITE_FULL, _full),
    ):
        if primary in codes:
            return make(where, reason)
    return None


def _from_postgres(exc: DBAPIError, where: Where, reason: str) -> NewsdeskError | None:
    sqlstate: str | None = getattr(exc.orig, "sqlstate", None)
    if sqlstate is None:
        # psycopg's connection failures (refused, closed, reset) carry no SQLSTATE: the
        # server never answered. Its InterfaceError is "the connection is closed".
        name = type(exc.orig).__name__
        if name in ("OperationalError", "InterfaceError") or exc.connection_invalidated:
            return _server_offline(where, reason)
        return None
    if sqlstate in _PG_OFFLINE or sqlstate.startswith(_PG_OFFLINE_CLASSES):
        return _server_offline(where, reason)
    for codes, make in (
        (_PG_BUSY, _busy),
        (_PG_READ_ONLY, _read_only),
        (_PG_DAMAGED, _damaged),
        (_PG_FULL, _full),
    ):
        if sqlstate in codes:
            return make(where, reason)
    return None


def translate(exc: DBAPIError | StaleDataError, where: Where) -> NewsdeskError:
    """The user-facing error for a database failure at ``where`` (see :func:`database_label`).

    The caller raises it ``from exc`` so the log keeps the driver's traceback. A stale
    version (an UPDATE that matched no row because a colleague's save landed first) and a
    uniqueness clash with a concurrent write are conflicts, not storage failures.
    """
    if isinstance(exc, StaleDataError):
        return ConflictError(wording(
            "someone else saved the same record in {where} at the same time; reload it to "
            "see their change, then try again", where=where))
    reason = _reason(exc)
    if isinstance(exc.orig, sqlite3.Error):
        found = _from_sqlite(exc.orig, where, reason)
    else:
        found = _from_postgres(exc, where, reason)
    if found is not None:
        return found
    if isinstance(exc, IntegrityError) and _is_clash(exc):
        return ConflictError(wording(
            "someone else changed the same records in {where} at the same time ({reason}); "
            "reload, then try again", where=where, reason=reason))
    if exc.connection_invalidated:
        return _server_offline(where, reason)
    return _other(where, reason)


def _is_clash(exc: IntegrityError) -> bool:
    """A uniqueness or reference clash, which a concurrent write causes (a NOT NULL is a bug)."""
    if isinstance(exc.orig, sqlite3.Error):
        return getattr(exc.orig, "sqlite_errorcode", None) in _SQLITE_CLASH
    return getattr(exc.orig, "sqlstate", None) in _PG_CLASH


@contextmanager
def translating(where: Where) -> Iterator[None]:
    """Run database work outside a unit of work (migrations, checks) with the same words."""
    try:
        yield
    except (DBAPIError, StaleDataError) as exc:
        raise translate(exc, where) from exc
