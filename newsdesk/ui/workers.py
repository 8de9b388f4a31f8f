"""Compatibility layer for code not yet moved to :mod:`newsdesk.ui.tasks`; new code uses that.

Holds no state of its own: every call goes to the application's :class:`TaskRunner`. A
caller that passes neither ``on_error`` nor ``on_exception`` gets the runner's default (the
failure is logged at WARNING and shown to the user), never a silent wait.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThreadPool

from newsdesk.ui.tasks import NORMAL, SHOWN_NOW, WHEN_IDLE, StartupHold, TaskHandle, TaskRunner

__all__ = ["SHOWN_NOW", "WHEN_IDLE", "background_pool", "hold_background_work", "start_task"]


def background_pool() -> QThreadPool:
    """The application runner's pool (prefer ``TaskRunner.of().drain()``)."""
    return TaskRunner.of().pool


def hold_background_work() -> StartupHold:
    """Queue tasks started from now on until the returned hold is released."""
    return TaskRunner.of().hold()


def start_task(
    fn: Callable[..., Any],
    *args: Any,
    priority: int = NORMAL,
    on_result: Callable[[Any], object] | None = None,
    on_error: Callable[[str], object] | None = None,
    on_exception: Callable[[BaseException], object] | None = None,
) -> TaskHandle:
    """The old call: ``on_error`` takes the message, ``on_exception`` the exception itself."""
    runner = TaskRunner.of()

    def failed(exc: BaseException) -> bool:
        if on_error is None and on_exception is None:
            return False  # nobody handles it: the runner shows it
        if on_exception is not None:
            on_exception(exc)
        if on_error is not None:
            on_error(str(exc) or type(exc).__name__)
        return True

    return runner.run(fn, *args, on_result=on_result, on_error=failed, priority=priority)


def run_in_background(
    fn: Callable[..., Any],
    *args: Any,
    on_result: Callable[[Any], object] | None = None,
    on_error: Callable[[str], object] | None = None,
    on_exception: Callable[[BaseException], object] | None = None,
) -> None:
    """The old call, without the handle."""
    start_task(fn, *args, on_result=on_result, on_error=on_error, on_exception=on_exception)
