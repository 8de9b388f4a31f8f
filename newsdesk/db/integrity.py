"""Is the newsroom file whole? SQLite's quick check, and a switch that stops all writing.

A damaged page (a disk error, a file copied while it was written) is not noticed by SQLite
until a statement reads it, and writing through a damaged index can make a small damage a
large one. So after start-up :class:`IntegrityCheck` runs ``PRAGMA quick_check`` (off the GUI
thread: it reads the whole file, ~0.3 s for 10,000 stories), and on a failure
:func:`refuse_writes` makes the engine refuse every statement that could change the file,
raising :class:`~newsdesk.domain.errors.DatabaseDamagedError` (a ``NewsdeskError``: the
autosave shows it and keeps the text) until the newsroom is closed.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DBAPIError

from newsdesk.db.backups import newest_backup, sqlite_path
from newsdesk.domain.errors import DatabaseDamagedError, Wording, wording

_PROBLEMS_SHOWN = 20
# Statements that only read. Anything else (INSERT, UPDATE, DELETE, CREATE, a PRAGMA that
# sets something, a WITH … INSERT) is refused once the file is known to be damaged.
_READS = re.compile(r"^\s*(?:SELECT|EXPLAIN|VALUES|SAVEPOINT|RELEASE|ROLLBACK)\b", re.I)
_READING_PRAGMA = re.compile(r"^\s*PRAGMA\s+[\w.]+\s*(?:\(\s*[\w.]*\s*\))?\s*;?\s*$", re.I)
_WITH = re.compile(r"^\s*WITH\b", re.I)
_WRITE_WORD = re.compile(r"\b(?:INSERT|UPDATE|DELETE|REPLACE)\b", re.I)
_GUARD = "newsdesk_write_guard"


@dataclass(frozen=True)
class IntegrityReport:
    """The outcome of one check; ``problems`` is empty when the file is whole."""

    database: Path | None
    problems: tuple[str, ...]
    newest_backup: Path | None

    @property
    def ok(self) -> bool:
        return not self.problems

    def message(self) -> str:
        """One line for the command line and the log: what is wrong and what to do."""
        return str(self.wording())

    def wording(self) -> Wording:
        """:meth:`message` for the window to say in its own language."""
        return damaged_message(self.database, "; ".join(self.problems[:3]), self.newest_backup)


def damaged_message(database: Path | None, reason: str, backup: Path | None) -> Wording:
    where = str(database) if database is not None else wording("the newsroom database")
    advice = (wording("Open the newest backup, {backup}, instead (Newsdesk offers it when the "
                      "window opens; or quit and copy it over {file}).", backup=backup,
                      file=database.name if database else wording("the file"))
              if backup is not None else
              wording("No backup was found beside it: pick another file, or restore it from "
                      "your own backups."))
    return wording("the newsroom {where} is damaged ({reason}). Nothing more is written to it. "
                   "{advice}", where=where, reason=reason, advice=advice)


def empty_file_message(path: Path) -> Wording:
    """Why an existing newsroom file of 0 bytes is refused, naming the backup to use."""
    backup = newest_backup(path)
    advice = (wording("Open the newest backup, {backup}, instead.", backup=backup)
              if backup is not None else
              wording("If you meant to start a new newsroom there, delete the empty file first; "
                      "otherwise restore it from your own backups."))
    return wording("the newsroom file {path} is empty (0 bytes): it was cut short (a full disk, "
                   "an interrupted copy). Nothing is written to it. {advice}", path=path,
                   advice=advice)


class IntegrityCheck:
    """One ``PRAGMA quick_check`` that the closing newsroom may cut short (:meth:`cancel`)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._lock = threading.Lock()
        self._running: sqlite3.Connection | None = None
        self._cancelled = False

    def run(self) -> IntegrityReport | None:
        """Check the file; ``None`` when cancelled or not a SQLite file (nothing to say).

        A failure switches the engine to refuse writes before this returns, so nothing is
        written in the time the report takes to reach the user.
        """
        path = sqlite_path(self._engine)
        if path is None:
            return None
        try:
            problems = self._problems()
        except _CancelledError:
            return None
        if problems is None:
            return None
        report = IntegrityReport(path, problems, newest_backup(path) if problems else None)
        if not report.ok:
            refuse_writes(self._engine, report.wording())
        return report

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            if self._running is not None:
                self._running.interrupt()

    def _problems(self) -> tuple[str, ...] | None:
        with self._engine.connect() as connection:
            driver = connection.connection.driver_connection
            if not isinstance(driver, sqlite3.Connection):
                return None
            with self._lock:
                if self._cancelled:
                    raise _CancelledError
                self._running = driver
            try:
                rows = connection.exec_driver_sql(
                    f"PRAGMA quick_check({_PROBLEMS_SHOWN})").scalars().all()
            except DBAPIError as exc:
                if self._cancelled:
                    raise _CancelledError from exc
                if isinstance(exc.orig, sqlite3.DatabaseError) and _is_damage(exc.orig):
                    return (_first_line(exc.orig),)
                raise
            finally:
                with self._lock:
                    self._running = None
        return tuple(_one_line(str(row)) for row in rows if row != "ok")


class _CancelledError(Exception):
    """The newsroom closed while its check ran."""


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return "malformed" in str(exc)
    return code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def _one_line(problem: str) -> str:
    # "*** in database main ***\nPage 9: btreeInitPage() returns error code 11"
    lines = [line.strip() for line in problem.splitlines()]
    return " ".join(line for line in lines if line and not line.startswith("***"))


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def refuse_writes(engine: Engine, message: str | Wording) -> None:
    """From now on, anything but a read on ``engine`` raises ``DatabaseDamagedError(message)``.

    Two locks: every statement is looked at before it runs, and each connection handed out
    is set ``PRAGMA query_only`` (so a write that slips past the first still fails, and that
    failure is reported with the same words).
    """
    if getattr(engine, _GUARD, None) is not None:
        return
    setattr(engine, _GUARD, message)

    def refuse(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if not is_read(statement):
            raise DatabaseDamagedError(message)

    def read_only(dbapi_connection: Any, *_args: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA query_only=ON")
        finally:
            cursor.close()

    def as_damaged(context: ExceptionContext) -> None:
        if not isinstance(context.original_exception, DatabaseDamagedError):
            raise DatabaseDamagedError(message) from context.original_exception

    event.listen(engine, "before_cursor_execute", refuse)
    event.listen(engine, "checkout", read_only)
    event.listen(engine, "handle_error", as_damaged)


def writes_refused(engine: Engine) -> bool:
    return getattr(engine, _GUARD, None) is not None


def is_read(statement: str) -> bool:
    """True for a statement that cannot change the file (what a damaged newsroom may run)."""
    if _READS.match(statement) or _READING_PRAGMA.match(statement):
        return True
    return bool(_WITH.match(statement)) and not _WRITE_WORD.search(statement)
