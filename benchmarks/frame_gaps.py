"""Shared by the stall benchmarks: a heartbeat that records the GUI thread's frame gaps, and a
driver that plays a user's steps on the real window through its widgets and actions.

A 10 ms precise ``QTimer`` on the GUI thread notes when it fires; the gap between two beats is
how long the thread could not paint or take a key. With nothing to do the gaps are ~10 ms;
a database call on the GUI thread shows as a gap as long as the call. The user's steps run in
the same event loop (a generator yields how long to wait before its next step), so every
click, key and action is handled exactly as in the running application.

The window is found by ``objectName`` (``articleList``, ``bodyEdit``, ``headlineEdit``,
``move…Action``), never by private attributes, so the scripts keep working while the window's
insides move (saves onto a worker, the desk session out of the window).
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from types import FrameType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QWidget,
)

if TYPE_CHECKING:
    from newsdesk.services.newsroom import Newsroom

HEARTBEAT_MS = 10
STALL_MS = 50.0
"""The issue's bound: no GUI stall longer than this."""

OUTSIDE_NEWSDESK = "Qt or the GIL (no Newsdesk code running)"

Script = Iterator[float]
"""A user's steps: each ``yield`` says how many seconds to wait before the next step."""


def isolate_user_state() -> str:
    """Window settings and the recovery journal go to a temp folder, never the user's own
    (and no story left open by the user reopens in the benchmark's window)."""
    folder = tempfile.mkdtemp(prefix="newsdesk-bench-")
    os.environ["NEWSDESK_RECOVERY_DIR"] = os.path.join(folder, "recovery")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    return folder


class Heartbeat(QObject):
    """Beats every 10 ms on the GUI thread and keeps the gaps between beats (ms).

    While it runs, a watcher thread looks at what the GUI thread is doing whenever a beat is
    overdue by more than the 50 ms bound, and counts the innermost Newsdesk functions it finds
    there (:attr:`stalled_in`, in samples of ~10 ms): the figure says how long the window
    froze, this says where.
    """

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.gaps: list[float] = []
        self.stalled_in: Counter[str] = Counter()
        self._last: float | None = None
        self._gui_thread = threading.get_ident()
        self._watching = threading.Event()
        self._watcher: threading.Thread | None = None

    def start(self) -> None:
        self.gaps = []
        self.stalled_in = Counter()
        self._last = None
        self.timer.start()
        self._watching.set()
        self._watcher = threading.Thread(target=self._watch, name="stall-watch", daemon=True)
        self._watcher.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        self._watching.clear()
        if self._watcher is not None:
            self._watcher.join()
        return self.gaps

    def causes(self, most: int = 3) -> str:
        """The places the GUI thread was found stalled most, with roughly how long."""
        return ", ".join(f"{where} ~{count * HEARTBEAT_MS} ms"
                         for where, count in self.stalled_in.most_common(most))

    def _watch(self) -> None:
        while self._watching.is_set():
            time.sleep(HEARTBEAT_MS / 1000)
            last = self._last
            if last is None or (time.perf_counter() - last) * 1000 <= STALL_MS:
                continue
            frames = sys._current_frames()
            where = _innermost_newsdesk(frames.get(self._gui_thread))
            if not where:
                # No Newsdesk code on the GUI thread's stack: Qt's own work (layout, paint),
                # or Python waiting for the GIL, perhaps held by a worker running Newsdesk.
                busy = sorted({found for ident, frame in frames.items()
                               if ident not in (self._gui_thread, threading.get_ident())
                               and (found := _innermost_newsdesk(frame))})
                where = OUTSIDE_NEWSDESK + (f" [workers in {'; '.join(busy)}]" if busy else "")
            self.stalled_in[where] += 1

    def _beat(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            self.gaps.append((now - self._last) * 1000)
        self._last = now


def _innermost_newsdesk(frame: FrameType | None) -> str:
    """Where in Newsdesk a thread is: the innermost window code (``ui.…``) that called the
    innermost Newsdesk function (``ui.x.f → services.y.g``); "" when outside Newsdesk."""
    found: list[str] = []
    marker = f"{os.sep}newsdesk{os.sep}"
    while frame is not None:
        filename = frame.f_code.co_filename
        if marker in filename:
            module = filename.rsplit(marker, 1)[1].removesuffix(".py").replace(os.sep, ".")
            found.append(f"{module}.{frame.f_code.co_name}")
        frame = frame.f_back
    if not found:
        return ""
    caller = next((where for where in found if where.startswith("ui.")), found[0])
    return found[0] if caller == found[0] else f"{caller} → {found[0]}"


class ModalGuard(QObject):
    """Closes any modal dialog the run brings up and remembers its title.

    A refused save may ask the user something; a benchmark has nobody to answer, and a box
    left open would hang the run. What was closed is printed with the results, so a figure
    is never quietly taken from a run that hit an error.
    """

    def __init__(self) -> None:
        super().__init__()
        self.closed: list[str] = []
        self.timer = QTimer(self)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self._check)
        self.timer.start()

    def _check(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        self.closed.append(modal.windowTitle() or modal.objectName() or type(modal).__name__)
        modal.close()


def play(script: Script, heartbeat: Heartbeat) -> list[float]:
    """Run ``script`` in a real event loop with the heartbeat on; the gaps it recorded."""
    loop = QEventLoop()

    def step() -> None:
        try:
            delay = next(script)
        except StopIteration:
            loop.quit()
            return
        QTimer.singleShot(max(0, round(delay * 1000)), step)

    heartbeat.start()
    QTimer.singleShot(0, step)
    loop.exec()
    return heartbeat.stop()


def settle(seconds: float) -> None:
    """Let the window work (workers, timers) for a while without measuring."""
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


Waiting = Generator[float, None, bool]
"""Steps that wait for something; ``yield from`` them gives whether it came."""


def wait_until(done: Callable[[], bool], timeout: float, poll: float = 0.01) -> Waiting:
    """Steps that wait (inside the event loop) until ``done()`` or ``timeout`` seconds."""
    deadline = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > deadline:
            return False
        yield poll
    return True


def wait_for(done: Callable[[], bool], timeout: float, what: str) -> None:
    """Outside a measurement: run the event loop until ``done()``; fail loudly after timeout."""
    deadline = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > deadline:
            raise SystemExit(f"timed out after {timeout:.0f} s waiting for {what}")
        settle(0.02)


def show_window(newsroom: Newsroom) -> QMainWindow:
    """The real main window on ``newsroom``, shown, with its first rows in the list and its
    start-up work (dictionaries, live updates, presence) done: that belongs to no scenario."""
    from newsdesk.ui.desk_start import read_opened
    from newsdesk.ui.main_window import MainWindow

    window = MainWindow(read_opened(newsroom))
    window.resize(1400, 900)
    window.show()
    wait_for(lambda: story_list(window).model().rowCount() > 0, 60, "the story list")
    settle(3.0)
    wait_idle()
    # As the application does once its window is up (newsdesk.app._resume_garbage_collection):
    # what start-up built lives as long as the window and is frozen out of later collections.
    # Without it every full collection walks the whole start-up heap (~100 ms, on whichever
    # thread allocates: a worker reading a page of the list holds the GIL meanwhile).
    gc.freeze()
    return window


def wait_idle() -> None:
    """Until the application's task runner has nothing left to do (the gazetteer and the
    dictionaries load there after start-up and after the first story is shown; a worker
    building them holds the GIL for a while, which is start-up's cost, not a scenario's)."""
    from newsdesk.ui.tasks import TaskRunner

    runner = TaskRunner.of()
    wait_for(lambda: runner.pending == 0, 60, "the start-up work on the task runner")
    settle(0.5)


def close_window(window: QMainWindow, newsroom: Newsroom) -> None:
    window.close()
    settle(0.5)  # the window's last save and the live feed's goodbye
    newsroom.close()


# -- the window, by objectName ------------------------------------------------------------------
def story_list(window: QMainWindow) -> QTableView:
    view = window.findChild(QTableView, "articleList")
    if view is None:
        raise SystemExit("the window has no story list (objectName articleList)")
    return view


def body_edit(window: QMainWindow) -> QPlainTextEdit:
    body = window.findChild(QPlainTextEdit, "bodyEdit")
    if body is None:
        raise SystemExit("the window has no story body (objectName bodyEdit)")
    return body


def headline_text(window: QMainWindow) -> str:
    """The headline in the editor (a one-line text edit, or a line edit in older windows)."""
    edit = window.findChild(QWidget, "headlineEdit")
    if isinstance(edit, QLineEdit):
        return edit.text()
    if isinstance(edit, QPlainTextEdit | QTextEdit):
        return edit.toPlainText()
    return ""


def action(window: QMainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    if found is None:
        raise SystemExit(f"the window has no action {name}")
    return found


def click_row(window: QMainWindow, row: int) -> str:
    """Click the headline of ``row`` in the story list as a user would; its headline."""
    view = story_list(window)
    index = view.model().index(row, 0)
    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, view.visualRect(index).center() + QPoint())
    return str(index.data())


def open_row(window: QMainWindow, row: int, timeout: float = 30.0) -> Waiting:
    """Click ``row`` and wait (in the event loop) until the editor shows its headline."""
    headline = click_row(window, row)
    return (yield from wait_until(lambda: headline_text(window) == headline, timeout))


def type_steadily(window: QMainWindow, text: str, per_second: float, seconds: float) -> Script:
    """Type ``text`` (ASCII, repeated) at the end of the body, ``per_second`` keys a second."""
    body = body_edit(window)
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    body.setTextCursor(cursor)
    QTest.keyClick(body, Qt.Key.Key_Return)
    started = time.perf_counter()
    typed = 0
    while time.perf_counter() - started < seconds:
        QTest.keyClicks(body, text[typed % len(text)])
        typed += 1
        # Steady: the next key is due at its place on the clock, however long this one took.
        yield max(0.0, started + typed / per_second - time.perf_counter())


# -- what is printed ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Gaps:
    """Frame gaps of one scenario, in milliseconds."""

    scenario: str
    p50: float
    p99: float
    longest: float
    stalls: int
    """Gaps over the 50 ms bound."""
    stalled: float
    """Seconds spent in those gaps: one 2 s stall is one gap among hundreds, so the
    percentiles alone would hide it; this says how long the user was kept waiting."""
    seconds: float

    @classmethod
    def of(cls, scenario: str, gaps: list[float]) -> Gaps:
        if not gaps:
            return cls(scenario, float("nan"), float("nan"), float("nan"), 0, 0.0, 0.0)
        ordered = sorted(gaps)
        p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
        stalls = [gap for gap in ordered if gap > STALL_MS]
        return cls(scenario, statistics.median(ordered), p99, ordered[-1], len(stalls),
                   sum(stalls) / 1000, sum(ordered) / 1000)

    @property
    def within_bound(self) -> bool:
        return self.longest <= STALL_MS

    def row(self, note: str = "") -> str:
        verdict = "yes" if self.within_bound else "no"
        return (f"| {self.scenario} | {self.p50:.0f} | {self.p99:.0f} | {self.longest:.0f} | "
                f"{self.stalls} ({self.stalled:.1f} s) | {self.seconds:.0f} s | {verdict} | "
                f"{note} |")


TABLE_HEADER = (
    "| scenario | p50 gap ms | p99 gap ms | longest ms | gaps > 50 ms (time in them) | "
    "measured | ≤ 50 ms | "
    "notes |\n|---|---|---|---|---|---|---|---|"
)
