"""Another connection holding a lock on the stories, on either backend (for tests that watch
the GUI thread keep turning while a read waits)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

from sqlalchemy import create_engine, text


def articles_locked(url: str) -> AbstractContextManager[bool]:
    """Another connection holds a lock on the stories; True when it also keeps readers out.

    PostgreSQL: ACCESS EXCLUSIVE on ``articles`` (every SELECT of a story waits). SQLite in
    WAL mode: a write transaction held by another program (readers go on; only writers wait).
    """
    return table_locked(url, "articles")


@contextmanager
def table_locked(url: str, table: str) -> Iterator[bool]:
    """Another connection holds ``table`` (on SQLite the whole file for writers); True when
    readers wait too (PostgreSQL)."""
    if url.startswith("sqlite"):
        holder = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
        try:
            holder.execute("BEGIN IMMEDIATE")
            yield False
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        return
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            transaction = connection.begin()
            connection.execute(text(f"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE"))
            try:
                yield True
            finally:
                transaction.rollback()
    finally:
        engine.dispose()
