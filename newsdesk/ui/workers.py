"""Run a callable off the GUI thread and hand its result or error back on the GUI thread."""

from __future__ import annotations

import logging
import sys
import traceback
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

# Tasks must outlive the caller's stack frame until their result is delivered: a QObject that
# Python collects while a worker still emits on it is a crash, so we hold them here.
_alive: set[BackgroundTask] = set()
_retired: deque[_Runnable | None] = deque(maxlen=64)
_pool: QThreadPool | None = None
# Task priorities: with two workers busy, a queued task of higher priority runs first.
SHOWN_NOW = 1
"""Work whose result fills what the user is looking at (the preview)."""
WHEN_IDLE = -1
"""Work that only matters later (the gazetteer, for the first city typed)."""

# While a window is starting, tasks wait here rather than take the GIL from its first paint.
_holds: list[StartupHold] = []
_held: list[BackgroundTask] = []


def background_pool() -> QThreadPool:
    """The pool every background task runs on; ``waitForDone()`` on it drains them (tests, quit)."""
    global _pool
    if _pool is None:
        # Workers run Python (Markdown, regexes) holding the GIL; by default the GUI thread may
        # wait up to 5 ms for it, which is a keystroke's whole budget. Hand it over every 1 ms.
        sys.setswitchinterval(min(sys.getswitchinterval(), 0.001))
        _pool = QThreadPool()
        # Two cores are shared with the rest of the desktop: keep the pool small and let the GUI
        # thread win.
        _pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount() // 2))
    return _pool


class StartupHold:
    """Keeps new background tasks queued until :meth:`release` (or every hold is released).

    Loading the gazetteer or a Hunspell dictionary holds the GIL for a few hundred
    milliseconds; started while the window builds, that time lands before its first paint.
    Releasing twice is harmless, so a window can release on first paint, on a fallback timer
    and when it is destroyed.
    """

    def __init__(self) -> None:
        self.released = False
        _holds.append(self)

    def release(self) -> None:
        if self.released:
            return
        self.released = True
        _holds.remove(self)
        if not _holds:
            # What the user is looking at (the preview) before what can wait (the gazetteer).
            waiting = sorted(_held, key=lambda task: -task.priority)
            _held.clear()
            for task in waiting:
                task.start()


def hold_background_work() -> StartupHold:
    """Queue tasks started from now on until the returned hold is released."""
    return StartupHold()


class _Relay(QObject):
    """Carries the outcome across threads; emitted from the worker, received by the task."""

    outcome = Signal(bool, object)
    """(ok, value-or-exception) as it happened in the worker thread."""


def _done() -> None:
    """Stands in for a runnable's callable once it has run."""


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], relay: _Relay) -> None:
        super().__init__()
        # Never let the pool thread delete a Python-derived runnable: destroying its wrapper
        # there, outside the GIL, crashed the process now and then. The task drops it instead,
        # on the GUI thread, once the outcome has arrived.
        self.setAutoDelete(False)
        self._fn = fn
        self._args = args
        self._relay = relay

    def run(self) -> None:
        fn, args = self._fn, self._args
        # Forget the callable and its arguments at once: the runnable is kept a while after it
        # finishes, and must not keep, say, a half-read story generator's database session.
        self._fn, self._args = _done, ()
        try:
            result = fn(*args)
        except Exception as exc:  # every failure must reach the user, never die in a thread
            log.debug("background task failed:\n%s", traceback.format_exc())
            self._deliver(False, exc)
        else:
            self._deliver(True, result)

    def _deliver(self, ok: bool, value: object) -> None:
        try:
            self._relay.outcome.emit(ok, value)
        except RuntimeError:
            # The relay went with the application (quit while this task ran): nobody is left
            # to tell, and a traceback on the way out would only alarm the user.
            log.debug("background result dropped: the application is gone")


class BackgroundTask(QObject):
    """One call running on the background pool, reporting back on the GUI thread.

    Signals:
        finished(object): the callable returned this value.
        failed(str): the callable raised; the message is ``str(exception)`` (for the user).
        raised(object): the same failure as the exception object, for callers that must tell a
            ``ConflictError`` from an ``InvalidInputError``.
    """

    finished = Signal(object)
    """The callable returned; the argument is its result."""
    failed = Signal(str)
    """The callable raised; the argument is a message to show the user."""
    raised = Signal(object)
    """The callable raised; the argument is the exception itself."""

    def __init__(
        self,
        fn: Callable[..., Any],
        *args: Any,
        priority: int = 0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.priority = priority
        self._fn = fn
        self._args = args
        self._relay = _Relay()
        # Queued, so the slot runs in this object's (the GUI) thread whatever thread emits.
        self._relay.outcome.connect(self._on_outcome, Qt.ConnectionType.QueuedConnection)
        self.done = False

    def start(self) -> None:
        _alive.add(self)
        if _holds:
            _held.append(self)
            return
        self._runnable: _Runnable | None = _Runnable(self._fn, self._args, self._relay)
        background_pool().start(self._runnable, self.priority)

    @Slot(bool, object)
    def _on_outcome(self, ok: bool, value: object) -> None:
        self.done = True
        try:
            if ok:
                self.finished.emit(value)
            else:
                message = str(value) or type(value).__name__
                self.raised.emit(value)
                self.failed.emit(message)
        finally:
            # The worker may still be returning from run(): keep the runnable a while longer.
            _retired.append(self._runnable)
            self._runnable = None
            _alive.discard(self)


def start_task(
    fn: Callable[..., Any],
    *args: Any,
    priority: int = 0,
    on_result: Callable[[Any], object] | None = None,
    on_error: Callable[[str], object] | None = None,
    on_exception: Callable[[BaseException], object] | None = None,
) -> BackgroundTask:
    """Like :func:`run_in_background`, but returns the task so a caller can watch or ignore it.

    ``priority`` (:data:`SHOWN_NOW`, 0, :data:`WHEN_IDLE`) orders tasks waiting for a worker.
    """
    task = BackgroundTask(fn, *args, priority=priority)
    if on_result is not None:
        task.finished.connect(on_result)
    if on_error is not None:
        task.failed.connect(on_error)
    if on_exception is not None:
        task.raised.connect(on_exception)
    task.start()
    return task


def run_in_background(
    fn: Callable[..., Any],
    *args: Any,
    on_result: Callable[[Any], object] | None = None,
    on_error: Callable[[str], object] | None = None,
    on_exception: Callable[[BaseException], object] | None = None,
) -> None:
    """Call ``fn(*args)`` on a worker thread; ``on_result(value)`` or ``on_error(message)`` run
    later on the GUI thread, so they may touch widgets.

    The callable must not touch widgets itself; services are fine because each call opens its
    own unit of work (one session per thread).
    """
    start_task(fn, *args, on_result=on_result, on_error=on_error, on_exception=on_exception)
