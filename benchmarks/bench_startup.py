"""Cold start to a visible, usable window with 10,000 stories, against ghostwriter, under Xvfb.

Newsdesk runs as ``python -m newsdesk --database URL`` with ``NEWSDESK_EXIT_WHEN_READY=1``: it
prints ``NEWSDESK_READY`` once the story list has painted its first rows, then quits.
ghostwriter (Debian's native Qt Markdown editor) counts as started when its top-level window is
viewable (``xwininfo``). The two are measured alternately in one Xvfb session so both see the
same machine load. Target (issue 3): Newsdesk ≤ ghostwriter. Two reference runs show the
floor under any Python + Qt + SQLAlchemy app: an empty PySide6 window, and importing
``sqlalchemy.orm``. Prints Markdown table rows.

    .venv/bin/python benchmarks/bench_startup.py [--runs 5] [--articles 10000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
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


def newsdesk_once(url: str, env: dict[str, str]) -> float:
    run_env = {**env, "QT_QPA_PLATFORM": "xcb", "NEWSDESK_EXIT_WHEN_READY": "1"}
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "newsdesk", "--database", url],
                               env=run_env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("NEWSDESK_READY"):
            elapsed = time.perf_counter() - started
            process.wait(timeout=TIMEOUT_S)
            return elapsed
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


def _viewable_window(name: str) -> bool:
    tree = subprocess.run(["xwininfo", "-root", "-tree", "-display", DISPLAY],
                          capture_output=True, text=True, check=False).stdout
    for line in tree.splitlines():
        if name in line.lower() and '"' in line:
            window_id = line.split()[0]
            info = subprocess.run(["xwininfo", "-id", window_id, "-display", DISPLAY],
                                  capture_output=True, text=True, check=False).stdout
            if "IsViewable" in info:
                return True
    return False


def ghostwriter_once(env: dict[str, str]) -> float:
    started = time.perf_counter()
    # Its preview is QtWebEngine (Chromium), which refuses to run as root with a sandbox.
    run_env = {**env, "QTWEBENGINE_DISABLE_SANDBOX": "1"} if os.geteuid() == 0 else env
    process = subprocess.Popen(["ghostwriter"], env=run_env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline:
            if _viewable_window("- ghostwriter"):  # the main window, "untitled - ghostwriter"
                return time.perf_counter() - started
            if process.poll() is not None:
                raise SystemExit(f"ghostwriter exited ({process.returncode}) without a window")
            time.sleep(0.005)
        raise SystemExit("ghostwriter showed no window within a minute")
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
    for tool in ("Xvfb", "xwininfo"):
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
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("WAYLAND_DISPLAY", None)
    xvfb = start_xvfb()
    ours: list[float] = []
    theirs: list[float] = []
    empty_window: list[float] = []
    orm_import: list[float] = []
    try:
        newsdesk_once(url, env)  # warm the OS file cache for both: "cold" = new process
        if have_ghostwriter:
            ghostwriter_once(env)
        for _ in range(args.runs):
            ours.append(newsdesk_once(url, env))
            if have_ghostwriter:
                theirs.append(ghostwriter_once(env))
            empty_window.append(python_once(_EMPTY_WINDOW, env))
            orm_import.append(python_once(_IMPORT_ORM, env))
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)
        shutil.rmtree(home, ignore_errors=True)
    print("| measurement | median | min | max | target |")
    print("|---|---|---|---|---|")
    print(f"| Newsdesk start → first rows painted ({args.articles:,} stories, {args.runs} runs) "
          f"| {statistics.median(ours) * 1000:.0f} ms | {min(ours) * 1000:.0f} ms "
          f"| {max(ours) * 1000:.0f} ms | ≤ ghostwriter |")
    for label, times in (("reference: Python + PySide6, an empty window shown", empty_window),
                         ("reference: Python, `import sqlalchemy.orm`", orm_import)):
        print(f"| {label} ({args.runs} runs) | {statistics.median(times) * 1000:.0f} ms "
              f"| {min(times) * 1000:.0f} ms | {max(times) * 1000:.0f} ms | |")
    if not have_ghostwriter:
        print("| ghostwriter | not installed | | | |")
        return 1
    print(f"| ghostwriter start → window viewable ({args.runs} runs) "
          f"| {statistics.median(theirs) * 1000:.0f} ms | {min(theirs) * 1000:.0f} ms "
          f"| {max(theirs) * 1000:.0f} ms | |")
    ratio = statistics.median(ours) / statistics.median(theirs)
    print(f"| ratio Newsdesk / ghostwriter (median) | {ratio:.2f} | | | ≤ 1.00 |")
    return 0 if ratio <= 1.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
