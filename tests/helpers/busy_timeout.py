"""A short SQLite busy timeout for tests that hold a lock on purpose (the product waits 5 s).

A test that locks a newsroom proves that a write waits, gives up and says "busy": how long it
waits is not the point, and 5 s per refused write was the slowest part of the suite. The
setting is the product's own (``NEWSDESK_SQLITE_BUSY_TIMEOUT_MS``), read by every new
connection, so it reaches in-process newsrooms and subprocesses alike.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from newsdesk.db.engine import ENV_SQLITE_BUSY_TIMEOUT

# Long enough that the test's own brief writes never trip over each other on a busy CI machine.
SHORT_BUSY_TIMEOUT_MS = 500


@contextmanager
def short_busy_timeout(milliseconds: int = SHORT_BUSY_TIMEOUT_MS) -> Iterator[int]:
    """Newsrooms opened meanwhile wait ``milliseconds`` for a lock; the old value comes back."""
    before = os.environ.get(ENV_SQLITE_BUSY_TIMEOUT)
    os.environ[ENV_SQLITE_BUSY_TIMEOUT] = str(milliseconds)
    try:
        yield milliseconds
    finally:
        if before is None:
            os.environ.pop(ENV_SQLITE_BUSY_TIMEOUT, None)
        else:
            os.environ[ENV_SQLITE_BUSY_TIMEOUT] = before
