"""Database failures turned into the project's own errors, in plain words, in one place.

Driver errors (``sqlite3``, ``psycopg``) reach us wrapped in SQLAlchemy's ``DBAPIError``; a
user must never see one. :func:`translate` classifies them by SQLite's result codes and
PostgreSQL's SQLSTATE (not by message text, which changes between versions and locales), and
the unit of work calls it for every session, so no service has to remember to.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Final

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

Where = str | Wording
"""How messages name a database: a file's path as it is, a server's database as a wording."""


@dataclass(frozen=True)
class _Failure:
    """One kind of storage failure: the error raised, what happened, and what to do about it.

    ``situation`` fills in ``{where}`` and ``{reason}``; ``advice`` puts the situation first
    (and ``{stem}``, a damaged file's name, so its backups can be found beside it). The
    situation travels alone too, for a caller that gives its own advice.
    """

    error: type[StorageError]
    situation: Wording
    advice: Wording

    def __call__(self, where: Where, reason: str) -> StorageError:
        situation = Wording(self.situation.template, {"where": where, "reason": reason})
        values: dict[str, str | Wording] = {"situation": situation}
        if "{stem}" in self.advice.template:
            values["stem"] = Path(str(where)).stem  # a damaged file is SQLite's: a path
        return self.error(Wording(self.advice.template, values), situation=situation)


_BUSY: Final = _Failure(
    DatabaseBusyError,
    wording("the newsroom {where} is busy: another program is writing to it ({reason})"),
    wording("{situation}; nothing was written and your text is kept: try again when it has "
            "finished"))
_READ_ONLY: Final = _Failure(
    DatabaseReadOnlyError,
    wording("the newsroom {where} can be read but not written ({reason})"),
    wording("{situation}; ask whoever manages it, or pick another file"))
_DAMAGED: Final = _Failure(
    DatabaseDamagedError,
    wording("the newsroom {where} is damaged ({reason})"),
    wording("{situation}: restore the newest backup (a {stem}.backup-… file beside it) or pick "
            "another file; nothing was written to it"))
_FULL: Final = _Failure(
    StorageError,  # not retryable: nothing frees the space by itself
    wording("there is no room left to write to the newsroom {where} ({reason})"),
    wording("{situation}; nothing was written and your text is kept: free some disk space, "
            "then try again"))
_FILE_OFFLINE: Final = _Failure(
    DatabaseOfflineError,
    wording("the newsroom file {where} cannot be reached ({reason})"),
    wording("{situation}; your text is kept: check that its disk or network share is still "
            "there, then try again"))
_SERVER_OFFLINE: Final = _Failure(
    DatabaseOfflineError,
    wording("the database server of {where} cannot be reached ({reason})"),
    wording("{situation}; your text is kept: check the network or ask whoever runs the "
            "server, then try again"))

# SQLite's primary result codes (the low byte of an extended code such as SQLITE_BUSY_SNAPSHOT).
_BY_SQLITE_CODE: Final[Mapping[int, _Failure]] = {
    sqlite3.SQLITE_BUSY: _BUSY,
    sqlite3.SQLITE_LOCKED: _BUSY,
    sqlite3.SQLITE_PROTOCOL: _BUSY,
    sqlite3.SQLITE_SCHEMA: _BUSY,
    sqlite3.SQLITE_READONLY: _READ_ONLY,
    sqlite3.SQLITE_PERM: _READ_ONLY,
    sqlite3.SQLITE_AUTH: _READ_ONLY,
    sqlite3.SQLITE_CORRUPT: _DAMAGED,
    sqlite3.SQLITE_NOTADB: _DAMAGED,
    sqlite3.SQLITE_FORMAT: _DAMAGED,
    sqlite3.SQLITE_IOERR: _FILE_OFFLINE,
    sqlite3.SQLITE_CANTOPEN: _FILE_OFFLINE,
    sqlite3.SQLITE_FULL: _FULL,
}
# Extended codes of a clash with a concurrent write (two people taking one slug at once).
_SQLITE_CLASH: Final = {sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY,
                        sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY}

# PostgreSQL SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html).
_BY_SQLSTATE: Final[Mapping[str, _Failure]] = {
    "40001": _BUSY,  # serialization_failure
    "40P01": _BUSY,  # deadlock_detected
    "55P03": _BUSY,  # lock_not_available (lock_timeout, NOWAIT)
    "57014": _BUSY,  # query_canceled (statement_timeout)
    "53300": _BUSY,  # too_many_connections
    "25006": _READ_ONLY,  # read_only_sql_transaction
    "42501": _READ_ONLY,  # insufficient_privilege
    "57P01": _SERVER_OFFLINE,  # admin_shutdown
    "57P02": _SERVER_OFFLINE,  # crash_shutdown
    "57P03": _SERVER_OFFLINE,  # cannot_connect_now (starting up, shutting down, recovery)
    "57P04": _SERVER_OFFLINE,  # database_dropped
    "XX001": _DAMAGED,  # data_corrupted
    "XX002": _DAMAGED,  # index_corrupted
    "53100": _FULL,  # disk_full
    "53200": _FULL,  # out_of_memory
}
# A whole class of SQLSTATEs, by its first two characters.
_BY_SQLSTATE_CLASS: Final[Mapping[str, _Failure]] = {
    "08": _SERVER_OFFLINE,  # connection_exception and its subclasses
}
_PG_CLASH: Final = {"23505", "23503"}  # unique_violation, foreign_key_violation


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


def _other(where: Where, reason: str) -> StorageError:
    return StorageError(wording(
        "the database {where} could not do what was asked ({reason}); try again, and if it "
        "keeps failing, tell whoever manages the newsroom", where=where, reason=reason))


def _from_sqlite(orig: sqlite3.Error, where: Where, reason: str) -> NewsdeskError | None:
    code = getattr(orig, "sqlite_errorcode", None)
    if code is None:
        # Raised by the sqlite3 module itself, without a result code ("malformed" schema
        # text, a closed connection): fall back to the words as the last resort.
        return _DAMAGED(where, reason) if "malformed" in reason else None
    failure = _BY_SQLITE_CODE.get(code & 0xFF)
    return failure(where, reason) if failure is not None else None


def _from_postgres(exc: DBAPIError, where: Where, reason: str) -> NewsdeskError | None:
    sqlstate: str | None = getattr(exc.orig, "sqlstate", None)
    if sqlstate is None:
        # psycopg's connection failures (refused, closed, reset) carry no SQLSTATE: the
        # server never answered. Its InterfaceError is "the connection is closed".
        if _connection_lost(exc.orig) or exc.connection_invalidated:
            return _SERVER_OFFLINE(where, reason)
        return None
    failure = _BY_SQLSTATE.get(sqlstate) or _BY_SQLSTATE_CLASS.get(sqlstate[:2])
    return failure(where, reason) if failure is not None else None


def _connection_lost(error: BaseException | None) -> bool:
    """True when ``error``, or an error it was raised while handling, is psycopg's word for
    a connection that failed (no SQLSTATE: the server never answered).

    The pool's ping on a connection the server has just dropped ends in a ProgrammingError
    ("can't change 'autocommit' now"), raised while SQLAlchemy puts the broken connection
    back: classed by that alone, the server's going away read as a failure nobody can
    retry, and the desk stopped saving for good once the server was back.
    """
    for _depth in range(4):  # the driver's error and the few it was raised while handling
        if error is None:
            return False
        if (type(error).__name__ in ("OperationalError", "InterfaceError")
                and getattr(error, "sqlstate", None) is None):
            return True
        error = error.__cause__ or error.__context__
    return False


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
        return _SERVER_OFFLINE(where, reason)
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
