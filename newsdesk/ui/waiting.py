"""A bounded wait that keeps the window painting while a save lands (``Autosaver.save_now``).

The desk's commands never use it (they go on from the save's outcome, see
:meth:`Autosaver.flush`); it is left for the few callers outside the desk that need the text
stored before they read it back (an export of the open story, the people tools' save-first),
and for tests. It runs the event loop without user input until the outcome arrives or the
time is up.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

POLL_MS = 5
"""How often the nested loop looks whether the wait is over."""
DEFAULT_TIMEOUT_MS = 30_000
"""Longer than any lock wait a write makes (5 s on SQLite), short of a hung window."""


def wait_until(done: Callable[[], bool], timeout_ms: int = DEFAULT_TIMEOUT_MS) -> bool:
    """Run the event loop (no user input) until ``done()``; False when ``timeout_ms`` passed.

    ``processEvents``, not a nested ``QEventLoop``: a nested loop also runs deferred
    deletions, and an object its caller still uses (a window being closed beside another)
    would be deleted under it.
    """
    if done():
        return True
    deadline = time.monotonic() + timeout_ms / 1000
    wake = QTimer()  # wakes the wait below even when nothing else happens
    wake.start(POLL_MS)
    flags = (QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
             | QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    try:
        while not done() and time.monotonic() < deadline:
            QCoreApplication.processEvents(flags)
    finally:
        wake.stop()
    return done()
