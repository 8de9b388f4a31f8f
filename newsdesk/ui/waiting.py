"""Bounded waits that keep the window alive: the event loop runs while a task's outcome comes.

Switching stories, closing and a few commands must not go on before a database round trip
has landed (a save, a status move), yet the GUI thread must not stop painting meanwhile. These
helpers run a nested event loop, without user input (keys and clicks wait in the queue so
they reach the story they were meant for), until the outcome arrives or the time is up.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from newsdesk.domain.errors import DatabaseBusyError
from newsdesk.ui.tasks import TaskRunner

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


def call(runner: TaskRunner, fn: Callable[..., Any], *args: Any,
         timeout_ms: int = DEFAULT_TIMEOUT_MS) -> Any:
    """``fn(*args)`` on the runner, its result (or its exception) here once it has landed.

    The GUI thread paints and runs timers meanwhile; a call that does not end in time raises
    :class:`DatabaseBusyError` (its outcome, when it comes, is dropped).
    """
    outcome: dict[str, Any] = {}

    def failed(exc: BaseException) -> bool:
        outcome["error"] = exc
        return True  # the caller raises it and says what it means

    handle = runner.run(fn, *args, on_result=lambda value: outcome.setdefault("value", value),
                        on_error=failed)
    if not wait_until(lambda: bool(outcome), timeout_ms):
        handle.cancel()
        raise DatabaseBusyError("the newsroom did not answer in time",
                                situation="the newsroom did not answer in time")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
