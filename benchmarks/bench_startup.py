"""Cold start to a visible, usable window with 10,000 stories, against ghostwriter, under Xvfb.

Newsdesk starts as a user starts it, ``python -m newsdesk`` with no arguments, on its default
database (the 10,000-story newsroom copied to the per-user data folder of a throwaway home),
with ``NEWSDESK_EXIT_WHEN_READY=1``: it prints ``NEWSDESK_READY`` once the story list has painted
its first rows, and ``NEWSDESK_STORY_OPEN`` once the newsroom is open behind it and the story
left open last time is back in the editor; then it quits. Both are reported.

ghostwriter (Debian's native Qt Markdown editor) counts as started when its top-level window is
mapped, as the X server reports it: one ``xev`` listens on the root window for the whole run, so
no polling loop competes for the CPU or adds its interval. Newsdesk's own map time is taken the
same way, for a like-for-like row. The two apps are measured alternately in one Xvfb session so
both see the same machine load. Target (issue 3): Newsdesk's first rows painted no later than
ghostwriter's window mapped. Two reference runs show the floor under any Python + Qt +
SQLAlchemy app: an empty PySide6 window, and importing ``sqlalchemy.orm``. Prints Markdown
table rows.

    .venv/bin/python benchmarks/bench_startup.py [--runs 5] [--articles 10000]
"""

from __future__ import annotations

import argparse
import os
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench_article_list import demo_database

DISPLAY = ":87"
TIMEOUT_S = 60.0


def start_xvfb() -> subprocess.Popen[bytes]:
    xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        probe = subprocess.run(["xwininfo", "-root", "-display", DISPLAY],
                               capture_output=True, check=False)
        if probe.returncode == 0:
            return xvfb
        time.sleep(0.05)
    xvfb.kill()
    raise SystemExit(f"Xvfb did not start on {DISPLAY}")


def newsdesk_once(env: dict[str, str], watcher: MapWatcher) -> tuple[float, float, float]:
    """Seconds from process start to its window mapped, to the first rows painted, and to the
    last story open in the editor."""
    run_env = {**env, "QT_QPA_PLATFORM": "xcb", "NEWSDESK_EXIT_WHEN_READY": "1"}
    watcher.clear()
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "newsdesk"],
                               env=run_env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True)
    assert process.stdout is not None
    ready = None
    for line in process.stdout:
        if line.startswith("NEWSDESK_READY"):
            ready = time.perf_counter() - started
        elif line.startswith("NEWSDESK_STORY_OPEN") and ready is not None:
            story = time.perf_counter() - started
            process.wait(timeout=TIMEOUT_S)
            # Newsdesk maps one top-level window, its main window: the first map is it.
            return watcher.first_map() - started, ready, story
    process.wait(timeout=TIMEOUT_S)
    raise SystemExit(f"newsdesk exited ({process.returncode}) without showing its window")


# The runtime's own floor, for the report: an empty PySide6 window, and SQLAlchemy's import.
_EMPTY_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("Newsdesk"))
window.resize(1400, 900)
window.show()
QTimer.singleShot(0, lambda: (print("READY", flush=True), app.quit()))
app.exec()
"""
_IMPORT_ORM = "import sqlalchemy.orm; print('READY', flush=True)"


def python_once(code: str, env: dict[str, str]) -> float:
    """Process start until ``code`` prints READY (the same clock as :func:`newsdesk_once`)."""
    run_env = {**env, "QT_QPA_PLATFORM": "xcb"}
    started = time.perf_counter()
    process = subprocess.run([sys.executable, "-c", code], env=run_env, capture_output=True,
                             text=True, check=True, timeout=TIMEOUT_S)
    if "READY" not in process.stdout:
        raise SystemExit(f"reference run printed nothing: {process.stderr[-500:]}")
    return time.perf_counter() - started


class MapWatcher:
    """Reports when each top-level window is mapped, as the X server sends ``MapNotify``.

    One ``xev`` listens to the root window's children for the whole run, so no polling loop
    competes with the app for the CPU or adds its interval to the time measured.
    """

    def __init__(self) -> None:
        self._process = subprocess.Popen(
            ["stdbuf", "-oL", "xev", "-root", "-event", "substructure", "-display", DISPLAY],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self._maps: queue.Queue[tuple[float, str]] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        pending: float | None = None
        for line in self._process.stdout:
            if line.startswith("MapNotify event"):
                pending = time.perf_counter()
            elif pending is not None and "window 0x" in line:
                self._maps.put((pending, line.split("window ")[1].split(",")[0]))
                pending = None

    def clear(self) -> None:
        while not self._maps.empty():
            self._maps.get_nowait()

    def first_map_named(self, name: str, process: subprocess.Popen[bytes]) -> float:
        """perf_counter() when a window whose title contains ``name`` was mapped."""
        deadline = time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline:
            try:
                mapped_at, window = self._maps.get(timeout=0.5)
            except queue.Empty:
                if process.poll() is not None:
                    message = f"{name} exited ({process.returncode}) without a window"
                    raise SystemExit(message) from None
                continue
            title = subprocess.run(["xprop", "-id", window, "-display", DISPLAY, "WM_NAME"],
                                   capture_output=True, text=True, check=False).stdout
            if name in title.lower():
                return mapped_at
        raise SystemExit(f"{name} showed no window within a minute")

    def first_map(self) -> float:
        """perf_counter() of the first window mapped since :meth:`clear`."""
        return self._maps.get(timeout=TIMEOUT_S)[0]

    def stop(self) -> None:
        self._process.terminate()
        self._process.wait(timeout=10)


def ghostwriter_once(env: dict[str, str], watcher: MapWatcher) -> float:
    # Its preview is QtWebEngine (Chromium), which refuses to run as root with a sandbox.
    run_env = {**env, "QTWEBENGINE_DISABLE_SANDBOX": "1"} if os.geteuid() == 0 else env
    watcher.clear()
    started = time.perf_counter()
    process = subprocess.Popen(["ghostwriter"], env=run_env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        # The main window is "untitled - ghostwriter".
        return watcher.first_map_named("ghostwriter", process) - started
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args(argv)
    for tool in ("Xvfb", "xwininfo", "xev", "xprop", "stdbuf"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is not installed (apt-get install xvfb x11-utils)")
    have_ghostwriter = shutil.which("ghostwriter") is not None
    if not have_ghostwriter:
        print("ghostwriter is NOT installed (apt-get install -y ghostwriter): only Newsdesk is "
              "measured and no ratio can be given.", file=sys.stderr)
    url = demo_database(args.articles)
    home = Path(tempfile.mkdtemp(prefix="newsdesk-bench-home-"))
    env = {**os.environ, "DISPLAY": DISPLAY, "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local")}
    for name in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "NEWSDESK_DATABASE_URL"):
        env.pop(name, None)
    default_database = home / ".local" / "newsdesk" / "newsroom.sqlite3"
    default_database.parent.mkdir(parents=True)
    shutil.copyfile(url.removeprefix("sqlite:///"), default_database)
    xvfb = start_xvfb()
    watcher = MapWatcher()
    ours: list[float] = []
    ours_mapped: list[float] = []
    story_open: list[float] = []
    theirs: list[float] = []
    empty_window: list[float] = []
    orm_import: list[float] = []
    try:
        newsdesk_once(env, watcher)  # warm the OS file cache for both: "cold" = new process
        if have_ghostwriter:
            ghostwriter_once(env, watcher)
        for _ in range(args.runs):
            mapped, ready, story = newsdesk_once(env, watcher)
            ours_mapped.append(mapped)
            ours.append(ready)
            story_open.append(story)
            if have_ghostwriter:
                theirs.append(ghostwriter_once(env, watcher))
            empty_window.append(python_once(_EMPTY_WINDOW, env))
            orm_import.append(python_once(_IMPORT_ORM, env))
    finally:
        watcher.stop()
        xvfb.terminate()
        xvfb.wait(timeout=10)
        shutil.rmtree(home, ignore_errors=True)
    print("| measurement | median | min | max | target |")
    print("|---|---|---|---|---|")
    print(f"| Newsdesk start → first rows painted ({args.articles:,} stories, {args.runs} runs) "
          f"| {statistics.median(ours) * 1000:.0f} ms | {min(ours) * 1000:.0f} ms "
          f"| {max(ours) * 1000:.0f} ms | ≤ ghostwriter |")
    print(f"| Newsdesk start → window mapped (as ghostwriter is measured, {args.runs} runs) "
          f"| {statistics.median(ours_mapped) * 1000:.0f} ms "
          f"| {min(ours_mapped) * 1000:.0f} ms | {max(ours_mapped) * 1000:.0f} ms | |")
    print(f"| Newsdesk start → newsroom open, last story in the editor ({args.runs} runs) "
          f"| {statistics.median(story_open) * 1000:.0f} ms | {min(story_open) * 1000:.0f} ms "
          f"| {max(story_open) * 1000:.0f} ms | |")
    for label, times in (("reference: Python + PySide6, an empty window shown", empty_window),
                         ("reference: Python, `import sqlalchemy.orm`", orm_import)):
        print(f"| {label} ({args.runs} runs) | {statistics.median(times) * 1000:.0f} ms "
              f"| {min(times) * 1000:.0f} ms | {max(times) * 1000:.0f} ms | |")
    if not have_ghostwriter:
        print("| ghostwriter | not installed | | | |")
        return 1
    print(f"| ghostwriter start → window mapped ({args.runs} runs) "
          f"| {statistics.median(theirs) * 1000:.0f} ms | {min(theirs) * 1000:.0f} ms "
          f"| {max(theirs) * 1000:.0f} ms | |")
    like_for_like = statistics.median(ours_mapped) / statistics.median(theirs)
    print(f"| ratio, window mapped: Newsdesk / ghostwriter (median) | {like_for_like:.2f} "
          "| | | |")
    ratio = statistics.median(ours) / statistics.median(theirs)
    print(f"| ratio, Newsdesk rows painted / ghostwriter mapped (median) | {ratio:.2f} "
          "| | | ≤ 1.00 |")
    return 0 if ratio <= 1.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
