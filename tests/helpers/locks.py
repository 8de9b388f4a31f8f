"""Another connection holding a lock on the stories, on either backend (for tests that watch
the GUI thread keep turning while a read waits)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text


@contextmanager
def articles_locked(url: str) -> Iterator[bool]:
    """Another connection holds a lock on the stories; True when it also keeps readers out.

    PostgreSQL: ACCESS EXCLUSIVE on ``articles`` (every SELECT of a story waits). SQLite in
    WAL mode: a write transaction held by another program (readers go on; only writers wait).
    """
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
            connection.execute(text("LOCK TABLE articles IN ACCESS EXCLUSIVE MODE"))
            try:
                yield True
            finally:
                transaction.rollback()
    finally:
        engine.dispose()
