"""The application's one task runner: service calls off the GUI thread, outcomes back on it.

Every caller says what happens on failure (``on_error`` has no default), "latest request
wins" is a named channel instead of a generation counter in each widget, and a failure that
the caller did not handle is logged at WARNING with its traceback and shown to the user
through the :class:`~newsdesk.ui.messages.MessageBus`. The runner belongs to the application
(:meth:`TaskRunner.install`), never to a module global, so a test can build its own.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from newsdesk.domain.errors import NewsdeskError, StorageError
from newsdesk.ui.error_text import driver_reason_text, error_text
from newsdesk.ui.error_texts.driver_reasons import UNKNOWN_REASON
from newsdesk.ui.main_thread_gc import MainThreadCollector
from newsdesk.ui.messages import MessageBus

log = logging.getLogger(__name__)

_RUNNER_NAME = "newsdeskTaskRunner"

# Task priorities: with every worker busy, a queued task of higher priority runs first.
SHOWN_NOW = 1
"""Work whose result fills what the user is looking at (the preview)."""
NORMAL = 0
"""Everything else."""
WHEN_IDLE = -1
"""Work that only matters later (the gazetteer, for the first city typed)."""

ResultCallback = Callable[[Any], object]
ErrorCallback = Callable[[BaseException], "bool | None"]
"""Called with the exception on the GUI thread; returning True means "handled, say nothing"."""


class _Relay(QObject):
    """Carries the outcome across threads; emitted from the worker, received on the GUI."""

    outcome = Signal(bool, object)
    """(ok, value-or-exception) as it happened in the worker thread."""


def _done() -> None:
    """Stands in for a runnable's callable once it has run."""


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], relay: _Relay) -> None:
        super().__init__()
        # Never let the pool thread delete a Python-derived runnable: destroying its wrapper
        # there, outside the GIL, crashed the process now and then. The runner drops it on the
        # GUI thread once the outcome has arrived.
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
        except Exception as exc:  # every failure must reach the GUI thread, never die here
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


def describe_failure(exc: BaseException) -> str:
    """What went wrong, in the interface language, to quote in a sentence (``Not stored: {0}``).

    Our own errors and the system's (a file's ``permission denied``) are said by
    ``error_text``. Anything else is a driver's error that nothing translated into ours, or a
    bug: only its first line counts (the rest is SQL, for the log, where the runner puts the
    whole traceback), and that line is a reason the driver table knows, said in the interface
    language, or else "the details are in the log" in any interface but the English one."""
    if isinstance(exc, NewsdeskError) or getattr(exc, "wording", None) is not None \
            or (isinstance(exc, OSError) and exc.errno is not None):
        lines = error_text(exc).strip().splitlines()
        return lines[0] if lines else type(exc).__name__
    lines = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return driver_reason_text(lines[0]) if lines else type(exc).__name__


def _receiver_alive(callback: Callable[..., object]) -> bool:
    """False when ``callback`` is a method of a Qt object that has been deleted meanwhile.

    A widget closed while its task ran must not be called: its C++ half is gone.
    """
    while isinstance(callback, partial):
        callback = callback.func
    owner = getattr(callback, "__self__", None)
    return not (isinstance(owner, QObject) and not shiboken6.isValid(owner))


class TaskHandle(QObject):
    """One call given to the runner: cancel it, or ask whether its outcome has arrived."""

    def __init__(
        self,
        runner: TaskRunner,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        *,
        on_result: ResultCallback | None,
        on_error: ErrorCallback,
        priority: int,
        channel: str | None,
    ) -> None:
        super().__init__()
        self.priority = priority
        self.channel = channel
        self.name = getattr(fn, "__qualname__", type(fn).__name__)
        self._runner = runner
        self._fn, self._args = fn, args
        self._on_result, self._on_error = on_result, on_error
        self._relay = _Relay(self)
        # Queued, so the slot runs in this object's (the GUI) thread whatever thread emits.
        self._relay.outcome.connect(self._on_outcome, Qt.ConnectionType.QueuedConnection)
        self._runnable: _Runnable | None = None
        self.done = False
        """The outcome arrived (delivered, or dropped because the task was cancelled)."""
        self.cancelled = False
        """:meth:`cancel` was called (by the caller or by a newer task on the channel)."""

    @property
    def started(self) -> bool:
        return self._runnable is not None

    def _start(self, pool: QThreadPool) -> None:
        self._runnable = _Runnable(self._fn, self._args, self._relay)
        self._fn, self._args = _done, ()
        pool.start(self._runnable, self.priority)

    def cancel(self) -> None:
        """Never deliver this task's outcome; if it has not started, it never runs."""
        if self.done or self.cancelled:
            return
        self.cancelled = True
        self._on_result = None
        self._runner._forget(self)

    @Slot(bool, object)
    def _on_outcome(self, ok: bool, value: object) -> None:
        self.done = True
        self._runner._retire(self)
        if ok:
            if self._on_result is not None and not self.cancelled \
                    and _receiver_alive(self._on_result):
                self._on_result(value)
        else:
            assert isinstance(value, BaseException)
            self._runner._failed(self, value, delivered=not self.cancelled)
        self._on_result = None

    def _call_on_error(self, exc: BaseException) -> bool:
        """Let the caller handle ``exc``; True when it said it did (nothing more to show)."""
        if not _receiver_alive(self._on_error):
            return True  # the widget that asked is gone: nobody is waiting for this
        return self._on_error(exc) is True


class StartupHold:
    """Keeps new tasks queued until :meth:`release` (or every hold is released).

    Loading the gazetteer or a Hunspell dictionary holds the GIL for a few hundred
    milliseconds; started while the window builds, that time lands before its first paint.
    Releasing twice is harmless, so a window can release on first paint, on a fallback timer
    and when it is destroyed.
    """

    def __init__(self, runner: TaskRunner) -> None:
        self.released = False
        self._runner = runner
        runner._holds.append(self)

    def release(self) -> None:
        if self.released:
            return
        self.released = True
        self._runner._release(self)


class TaskRunner(QObject):
    """Runs callables on a small thread pool and hands outcomes back on the GUI thread.

    ``messages`` is where failures nobody handled are shown; without one they are only logged.
    """

    def __init__(self, messages: MessageBus | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.messages = messages
        self.pool = QThreadPool(self)
        # Two cores are shared with the rest of the desktop: keep the pool small and let the GUI
        # thread win.
        self.pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount() // 2))
        # Handles must outlive the caller's stack frame until their outcome is delivered: a
        # QObject that Python collects while a worker still emits on it is a crash. Runnables
        # are kept a while longer, as the worker may still be returning from run().
        self._alive: set[TaskHandle] = set()
        self._retired: deque[_Runnable | None] = deque(maxlen=64)
        self._holds: list[StartupHold] = []
        self._held: list[TaskHandle] = []
        self._channels: dict[str, TaskHandle] = {}

    # -- running -------------------------------------------------------------------------------
    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_result: ResultCallback | None = None,
        on_error: ErrorCallback,
        priority: int = NORMAL,
        channel: str | None = None,
        despite_holds: bool = False,
    ) -> TaskHandle:
        """Call ``fn(*args)`` on a worker; ``on_result(value)`` or ``on_error(exc)`` later run
        on the GUI thread, so they may touch widgets.

        ``on_error`` is required: every caller decides what a failure means for its widget.
        It returns True when it has told the user itself; otherwise the runner shows the
        failure (pass :meth:`report` when there is nothing else to do). ``channel``: a newer
        task on the same channel cancels this one (latest request wins). ``fn`` must not touch
        widgets; services are fine, each call opens its own unit of work.
        ``despite_holds``: start now even while a start-up hold queues other tasks, for what
        the holds wait for (the window's first rows: held, they would wait for themselves).
        """
        handle = TaskHandle(self, fn, args, on_result=on_result, on_error=on_error,
                            priority=priority, channel=channel)
        if channel is not None:
            older = self._channels.get(channel)
            if older is not None:
                older.cancel()
            self._channels[channel] = handle
        self._alive.add(handle)
        if self._holds and not despite_holds:
            self._held.append(handle)
        else:
            handle._start(self.pool)
        return handle

    def hold(self) -> StartupHold:
        """Queue tasks started from now on until the returned hold is released."""
        return StartupHold(self)

    def drain(self, timeout_ms: int = 10000) -> bool:
        """Wait for running and queued tasks to finish (tests, quit); True if they all did.

        Held tasks are not waited for: they have not been given to the pool.
        """
        return self.pool.waitForDone(timeout_ms)

    @property
    def pending(self) -> int:
        """Tasks whose outcome has not arrived yet (held, queued or running)."""
        return len(self._alive)

    def report(self, exc: BaseException) -> bool:
        """An ``on_error`` for callers with nothing of their own to do: show the failure."""
        self._show_failure(exc)
        return True

    # -- bookkeeping (GUI thread) --------------------------------------------------------------
    def _release(self, hold: StartupHold) -> None:
        self._holds.remove(hold)
        if not self._holds:
            # What the user is looking at (the preview) before what can wait (the gazetteer).
            waiting = sorted(self._held, key=lambda handle: -handle.priority)
            self._held.clear()
            for handle in waiting:
                handle._start(self.pool)

    def _forget(self, handle: TaskHandle) -> None:
        """A cancelled task: take it back if it never started; drop its outcome otherwise."""
        if self._channels.get(handle.channel or "") is handle:
            del self._channels[handle.channel or ""]
        if handle in self._held:
            self._held.remove(handle)
            self._alive.discard(handle)
            handle.done = True
        elif handle._runnable is not None and self.pool.tryTake(handle._runnable):
            self._retire(handle)
            handle.done = True
        # Otherwise it is running: its outcome arrives and is dropped (see TaskHandle).

    def _retire(self, handle: TaskHandle) -> None:
        self._retired.append(handle._runnable)
        handle._runnable = None
        self._alive.discard(handle)
        if handle.channel is not None and self._channels.get(handle.channel) is handle:
            del self._channels[handle.channel]

    def _failed(self, handle: TaskHandle, exc: BaseException, *, delivered: bool) -> None:
        # A refusal the newsroom explains (a conflict, a story not ready, the server away)
        # is one line: its message says all; a traceback is for what nobody foresaw (a bug,
        # a storage failure that retrying will not mend: a missing table, a damaged file).
        foreseen = isinstance(exc, NewsdeskError) and (
            not isinstance(exc, StorageError) or exc.retryable)
        log.warning("background task %s failed%s%s", handle.name,
                    "" if delivered else " (no longer wanted)",
                    f": {exc}" if foreseen else "", exc_info=None if foreseen else exc)
        if delivered and not handle._call_on_error(exc):
            self._show_failure(exc)

    def _show_failure(self, exc: BaseException) -> None:
        if self.messages is None:
            return
        reason = describe_failure(exc)
        if reason == QCoreApplication.translate("Errors", UNKNOWN_REASON):
            # Left to the log already: said once, not "…: the details are in the log. The log…"
            text = QCoreApplication.translate(
                "TaskRunner", "Something Newsdesk was doing in the background failed. The log "
                "has the details.")
        else:
            text = QCoreApplication.translate(
                "TaskRunner", "Something Newsdesk was doing in the background failed: {0}. The "
                "log has the details.").format(reason)
        self.messages.error(text, about="task")

    # -- where the application keeps it --------------------------------------------------------
    @classmethod
    def install(cls, app: QCoreApplication) -> TaskRunner:
        """Give ``app`` its runner (once), reporting to the application's message bus."""
        found = app.findChild(TaskRunner, _RUNNER_NAME)
        if isinstance(found, TaskRunner):
            return found
        # Worker threads from here on: the cyclic collector must only run on the GUI thread.
        MainThreadCollector.install(app)
        runner = cls(MessageBus.install(app), app)
        runner.setObjectName(_RUNNER_NAME)
        return runner

    @classmethod
    def of(cls) -> TaskRunner:
        """The running application's runner (installed on first use, e.g. in widget tests)."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("no QApplication: background tasks need a running application")
        return cls.install(app)
