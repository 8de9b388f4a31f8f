"""A newsroom that goes away and comes back, for real on each backend (for nothing-lost tests)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy.engine import make_url

from tests.helpers.busy_timeout import short_busy_timeout
from tests.helpers.tcp_proxy import TcpProxy


@contextmanager
def unavailable(url: str) -> Iterator[tuple[str, Callable[[], None], Callable[[], None]]]:
    """(URL to open, make the newsroom unavailable, bring it back).

    SQLite: another program's write transaction holds the file (each save waits out the busy
    timeout, then fails; newsrooms opened meanwhile wait a short one, not 5 s: see
    tests/helpers/busy_timeout.py). PostgreSQL: the server goes away behind a TCP proxy.
    """
    if url.startswith("sqlite"):
        holder = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)

        def lock() -> None:
            holder.execute("BEGIN IMMEDIATE")

        def unlock() -> None:
            holder.execute("ROLLBACK")

        try:
            with short_busy_timeout():
                yield url, lock, unlock
        finally:
            if holder.in_transaction:
                holder.execute("ROLLBACK")
            holder.close()
        return
    with TcpProxy(make_url(url).port or 5432) as proxy:
        yield proxy.url_for(url), proxy.pause, proxy.resume
