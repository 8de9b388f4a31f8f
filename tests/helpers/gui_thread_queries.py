"""Records every SQL statement run on the GUI thread, with the code path that ran it.

The window must never wait for the database: every read and write goes through the task
runner. This guard proves it. It listens on SQLAlchemy's ``before_cursor_execute`` for every
engine (the newsroom's, and any a widget might make on its own), keeps the statements that ran
on the thread that owns the QApplication, and a failing test prints each one with the
newsdesk frames that led to it, so the message says *which* code read on the GUI thread.

The test itself runs on the GUI thread too (pytest-qt), so its own set-up writes must happen
outside :meth:`GuiThreadQueries.recording` (or inside :meth:`GuiThreadQueries.paused`).

Usage::

    with GuiThreadQueries() as guard:           # listening, nothing recorded yet
        ...set up stories...
        with guard.recording("attach"):
            window = MainWindow(newsroom)
            ...wait until idle...
    guard.assert_none()
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

# Frames from these folders say nothing about who asked: the stack shows the caller's frames.
_NOISE = ("/sqlalchemy/", "/site-packages/", "/pytestqt/", "/_pytest/", "/pluggy/",
          "tests/helpers/gui_thread_queries.py")
STACK_DEPTH = 12


@dataclass(frozen=True)
class GuiThreadQuery:
    """One statement that ran on the GUI thread, during the flow named ``flow``."""

    flow: str
    statement: str
    stack: tuple[str, ...]
    """``file:line in function`` of the newsdesk and test frames, innermost last."""

    def describe(self) -> str:
        sql = " ".join(self.statement.split())
        if len(sql) > 160:
            sql = sql[:157] + "..."
        frames = "\n".join(f"      {frame}" for frame in self.stack)
        return f"  [{self.flow}] {sql}\n{frames}"

    def passes_through(self, needle: str) -> bool:
        """Some frame of its stack mentions ``needle`` (a function or module name)."""
        return any(needle in frame for frame in self.stack)


def _where(filename: str) -> str:
    """``ui/main_window.py`` for the product's files, ``tests/ui/…`` for the tests'."""
    for root in ("/newsdesk/", "/tests/"):
        if root in filename:
            return root.strip("/") + "/" + filename.rsplit(root, 1)[-1]
    return filename


def _stack() -> tuple[str, ...]:
    frames = [
        f"{_where(frame.filename)}:{frame.lineno} in {frame.name}"
        for frame in traceback.extract_stack()[:-2]
        # <frozen runpy>, <sqlalchemy generated …>: nobody's code path
        if not frame.filename.startswith("<")
        and not any(noise in frame.filename for noise in _NOISE)
    ]
    return tuple(frames[-STACK_DEPTH:])


class GuiThreadQueries:
    """Listens on every engine while entered; records GUI-thread statements while recording.

    ``gui_thread`` defaults to the thread that entered the guard (pytest-qt runs the tests,
    and the event loop, on the main thread).
    """

    def __init__(self, gui_thread: threading.Thread | None = None) -> None:
        self._gui = gui_thread or threading.main_thread()
        self._flow: str | None = None
        self.queries: list[GuiThreadQuery] = []

    # -- listening ---------------------------------------------------------------------------
    def __enter__(self) -> GuiThreadQueries:
        event.listen(Engine, "before_cursor_execute", self._on_execute)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        event.remove(Engine, "before_cursor_execute", self._on_execute)

    def _on_execute(
        self, _conn: Any, _cursor: Any, statement: str, _parameters: Any, _context: Any,
        _executemany: bool,
    ) -> None:
        if self._flow is None or threading.current_thread() is not self._gui:
            return
        self.queries.append(GuiThreadQuery(self._flow, statement, _stack()))

    # -- what is recorded --------------------------------------------------------------------
    @contextmanager
    def recording(self, flow: str) -> Iterator[None]:
        """Record GUI-thread statements as belonging to ``flow`` until the block ends."""
        before, self._flow = self._flow, flow
        try:
            yield
        finally:
            self._flow = before

    @contextmanager
    def paused(self) -> Iterator[None]:
        """The test's own set-up or checks (on the GUI thread, on purpose): not recorded."""
        before, self._flow = self._flow, None
        try:
            yield
        finally:
            self._flow = before

    def of(self, flow: str) -> list[GuiThreadQuery]:
        return [query for query in self.queries if query.flow == flow]

    def report(self, queries: list[GuiThreadQuery] | None = None) -> str:
        found = self.queries if queries is None else queries
        return (f"{len(found)} statement(s) ran on the GUI thread:\n"
                + "\n".join(query.describe() for query in found))

    def assert_none(self, flow: str | None = None) -> None:
        """Fail, naming each statement and its code path, if any ran on the GUI thread."""
        found = self.queries if flow is None else self.of(flow)
        assert not found, self.report(found)
