"""Engine set-up: URL normalisation, SQLite pragmas, and a friendly check that the DB opens."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.pool import ConnectionPoolEntry

from newsdesk.db.errors import DatabaseUnavailableError
from newsdesk.db.sqlite_functions import unicode_lower
from newsdesk.domain.errors import wording

log = logging.getLogger(__name__)

ENV_SQLITE_BUSY_TIMEOUT = "NEWSDESK_SQLITE_BUSY_TIMEOUT_MS"
DEFAULT_SQLITE_BUSY_TIMEOUT_MS = 5000


def normalise_url(url: str) -> URL:
    """Accept the URLs people paste (``postgresql://``, a bare path) and pick our drivers."""
    raw = url.strip()
    if raw and "://" not in raw:
        raw = f"sqlite:///{Path(raw).expanduser().resolve()}"
    try:
        parsed = make_url(raw)
    except (ArgumentError, ValueError) as exc:
        raise DatabaseUnavailableError(wording(
            "'{url}' is not a database URL; use e.g. sqlite:///path/newsroom.db or "
            "postgresql://user@host/dbname", url=url)) from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def sqlite_busy_timeout_ms() -> int:
    """How long a SQLite write waits for another program's lock before it reports "busy".

    5 s unless ``NEWSDESK_SQLITE_BUSY_TIMEOUT_MS`` says otherwise: a newsroom on a slow
    network share may want longer, and the test suite, which holds locks on purpose, shorter.
    Read at each new connection, so a change applies to newsrooms opened after it.
    """
    raw = os.environ.get(ENV_SQLITE_BUSY_TIMEOUT, "").strip()
    if not raw:
        return DEFAULT_SQLITE_BUSY_TIMEOUT_MS
    try:
        value = int(raw)
    except ValueError:
        value = -1
    if value < 0:
        log.warning("%s=%r is not a number of milliseconds (0 or more); using %d",
                    ENV_SQLITE_BUSY_TIMEOUT, raw, DEFAULT_SQLITE_BUSY_TIMEOUT_MS)
        return DEFAULT_SQLITE_BUSY_TIMEOUT_MS
    return value


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # WAL lets the window read while an export or import writes; foreign keys are off by
    # default in SQLite and our cascades depend on them; busy_timeout avoids spurious
    # "database is locked" when two windows share one file.
    # SQLite's own lower() folds only ASCII; names and headlines here are often Cyrillic.
    dbapi_connection.create_function("lower", 1, unicode_lower, deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={sqlite_busy_timeout_ms()}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def sqlite_file(parsed: URL) -> Path | None:
    """The file a SQLite URL opens (None: not SQLite, or in memory).

    A URI filename (``sqlite:///file:/path/newsroom.db?mode=ro&uri=true``, a read-only
    newsroom) names its file after ``file:``; the rest is options, not a folder.
    """
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    database = parsed.database or ""
    if parsed.query.get("uri") == "true" and database.startswith("file:"):
        database = database.removeprefix("file:").split("?", 1)[0]
    return Path(database)


def missing_sqlite_file(url: str) -> Path | None:
    """The file a SQLite URL names when it does not exist yet (None: exists, or not SQLite)."""
    path = sqlite_file(normalise_url(url))
    return None if path is None or path.exists() else path


def make_engine(url: str | URL) -> Engine:
    """Create an engine and prove that it opens, turning driver errors into plain words."""
    parsed = normalise_url(url) if isinstance(url, str) else url
    path = sqlite_file(parsed)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = create_engine(parsed, pool_pre_ping=True)
    except (NoSuchModuleError, ArgumentError) as exc:
        raise DatabaseUnavailableError(wording("unsupported database URL {url}: {reason}",
                                               url=parsed, reason=exc)) from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
    check_connection(engine)
    return engine


class NewsroomClosedError(DatabaseUnavailableError):
    """A connection was asked of a newsroom that was closed (a late background task)."""


def refuse_new_connections(engine: Engine) -> None:
    """Make every later connection attempt on ``engine`` fail instead of opening one, and
    close each connection that work still held when it comes back.

    ``Engine.dispose`` closes the pool's connections but quietly builds a new pool, so a
    worker still finishing a task after the newsroom closed would open a fresh connection
    that nobody ever closes (psycopg warns when it is collected). Refusing at the DBAPI
    connect means no connection exists to leak; the late task fails and says why.
    """

    @event.listens_for(engine, "do_connect")
    def _refuse(*_args: Any) -> None:
        raise NewsroomClosedError("The newsroom was closed.")

    # Nor does ``dispose`` close what work still held at that moment (a task reading on a
    # worker): such a connection came back later into the pool left behind and stayed open
    # there until the garbage collector found it, in some later, unrelated moment. Registered
    # before ``dispose``, this reaches that pool too: what comes back is closed on its return.
    @event.listens_for(engine, "checkin")
    def _close_on_return(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
        if dbapi_connection is not None:
            record.close()


def describe(engine: Engine) -> str:
    """A short, password-free name of the database for window titles and messages."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return Path(url.database or ":memory:").name
    return f"{url.host or 'localhost'}/{url.database}"


def check_connection(engine: Engine) -> None:
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
            if engine.dialect.name == "sqlite":
                # A file that is not SQLite only fails once a page is read.
                connection.execute(text("SELECT count(*) FROM sqlite_master"))
    except DBAPIError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        where = engine.url.render_as_string(hide_password=True)
        if engine.dialect.name == "sqlite" and "not a database" in reason:
            raise DatabaseUnavailableError(wording(
                "{file} is not a SQLite database ({reason}); pick another file with --database",
                file=engine.url.database, reason=reason)) from exc
        raise DatabaseUnavailableError(wording("cannot open the database {where}: {reason}",
                                               where=where, reason=reason)) from exc
