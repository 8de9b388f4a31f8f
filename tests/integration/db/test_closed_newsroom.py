"""A closed newsroom opens no new connection: a late background task fails instead of leaking one."""

from __future__ import annotations

import gc
import sqlite3

import pytest

from newsdesk.db.engine import NewsroomClosedError
from newsdesk.services.newsroom import open_newsroom


def test_a_read_after_close_is_refused_and_leaves_no_connection(database_url: str) -> None:
    room = open_newsroom(database_url)
    assert room.house.settings() is not None
    room.close()
    with pytest.raises(NewsroomClosedError):
        room.house.settings()
    assert room.engine.pool.checkedout() == 0
    gc.collect()  # filterwarnings=error: a psycopg connection collected open would fail here


def _closed(dbapi_connection: object) -> bool:
    """Whether a driver connection was closed (psycopg says so; sqlite3 refuses to work)."""
    if isinstance(dbapi_connection, sqlite3.Connection):
        try:
            dbapi_connection.execute("SELECT 1")
        except sqlite3.ProgrammingError:
            return True
        return False
    return bool(getattr(dbapi_connection, "closed", False))


def test_a_connection_work_still_held_at_close_is_closed_when_that_work_ends(
    database_url: str,
) -> None:
    """``Engine.dispose`` leaves a checked-out connection alone: a task still reading when the
    window closed its newsroom gave it back later to the pool left behind, where it stayed
    open until the garbage collector found it, in some later test (psycopg's warning)."""
    room = open_newsroom(database_url)
    with room.uow() as uow:  # a task on a worker, half-way through its read
        assert uow.articles.get(1) is None
        held = uow.session.connection().connection.dbapi_connection
        room.close()
        assert not _closed(held)  # the task finishes its work on it
    assert _closed(held)
