"""A brief wait for another writer's lock, for best-effort writes that must never hold anyone up.

A story's save waits up to the connection's busy timeout (5 s on SQLite) for a colleague's
write lock: losing words is worse than waiting. Presence rows are not worth that: with
another program holding the file for 30 s, each heartbeat would wait out the full timeout,
occupy a worker and delay closing. Inside :func:`brief_lock_wait` a write gives up after a
few hundred milliseconds instead (``PRAGMA busy_timeout`` on SQLite, ``SET LOCAL
lock_timeout`` on PostgreSQL) and the connection gets its own setting back before it returns
to the pool, so no story save ever inherits the short wait.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)


@contextmanager
def brief_lock_wait(session: Session, milliseconds: int) -> Iterator[None]:
    """Writes in the block wait at most ``milliseconds`` for a lock, then fail as "busy".

    Write (and flush) inside the block, commit after it: SQLite takes its write lock at the
    first write, and the connection's own wait is back before the commit releases it to the
    pool. On PostgreSQL the setting lasts to the end of the transaction.
    """
    wait = max(0, int(milliseconds))
    connection = session.connection()
    dialect = connection.dialect.name
    if dialect == "postgresql":
        # Ends with the transaction by itself.
        connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{wait}ms'")
        yield
        return
    if dialect != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA busy_timeout").scalar()
    connection.exec_driver_sql(f"PRAGMA busy_timeout={wait}")
    try:
        yield
    finally:
        try:
            connection.exec_driver_sql(f"PRAGMA busy_timeout={int(before or 0)}")
        except DBAPIError as exc:
            # A connection that cannot be told is not handed to a story's save with the
            # short wait: the pool drops it and opens a fresh one.
            log.info("busy timeout not restored (%s); the connection is discarded", exc)
            connection.invalidate()
