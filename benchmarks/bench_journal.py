"""How soon a keystroke is on disk in the recovery journal, and what that costs the GUI thread.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_journal.py [--keys N]

Opens the real main window on a SQLite newsroom with a story of 10,000 words, then types N
words into the body at a typist's pace, with the database autosave held off (so only the
journal stands between the keystroke and a crash). For each word, a watcher thread polls the
journal file (1 ms) until the file holds that word: the time from the key event to the file
on disk is the journal latency (issue 11: within 250 ms). The GUI thread's own share (taking
the story from the editor and queueing it for the writer thread) is timed around
``Autosaver.write_journal``. Prints Markdown table rows.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

WORDS_IN_STORY = 10_000


def _wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keys", type=int, default=120, help="words to type")
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="newsdesk-bench-journal-"))
    os.environ["NEWSDESK_RECOVERY_DIR"] = str(folder / "recovery")
    from newsdesk.domain.article import Article
    from newsdesk.services.newsroom import open_newsroom
    from newsdesk.ui.desk_start import read_opened
    from newsdesk.ui.main_window import MainWindow
    from newsdesk.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    newsroom = open_newsroom(f"sqlite:///{folder / 'newsroom.sqlite3'}")
    body = "\n\n".join(" ".join(f"word{n}" for n in range(p * 100, p * 100 + 100))
                       for p in range(WORDS_IN_STORY // 100))
    story = newsroom.articles.create(Article(headline="Journal latency", body=body))
    window = MainWindow(read_opened(newsroom))
    window.resize(1400, 900)
    window.show()
    QTest.qWaitForWindowExposed(window)
    _wait(500)
    window.open_article(story.id or 0)
    window.autosaver.timer.setInterval(3_600_000)  # only the journal keeps the text
    window.autosaver.deadline.setInterval(3_600_000)
    _wait(1500)
    editor = window.editor.body
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    path = window.journal.path_of(window.autosaver.journal_key)

    gui_costs: list[float] = []
    original = window.autosaver.write_journal

    def timed_write() -> None:
        started = time.perf_counter()
        original()
        gui_costs.append((time.perf_counter() - started) * 1000)

    window.autosaver.journal_timer.timeout.disconnect()
    window.autosaver.journal_timer.timeout.connect(timed_write)

    latencies: list[float] = []
    for n in range(args.keys):
        word = f" J{n:05d}"
        seen = threading.Event()
        typed_at = [0.0]

        def watch(marker: bytes = word.strip().encode(), event: threading.Event = seen,
                  since: list[float] = typed_at) -> None:
            while not event.is_set():
                try:
                    if marker in path.read_bytes():
                        latencies.append((time.perf_counter() - since[0]) * 1000)
                        event.set()
                        return
                except FileNotFoundError:
                    pass
                time.sleep(0.001)

        typed_at[0] = time.perf_counter()
        QTest.keyClicks(editor, word)
        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        deadline = time.perf_counter() + 5
        while not seen.is_set() and time.perf_counter() < deadline:
            _wait(2)
        seen.set()
        _wait(40 if n % 10 else 400)  # a typist's pace, with pauses

    window.autosaver.discard()
    window.close()
    TaskRunner.of().drain(5000)
    newsroom.close()
    del app
    print("| what | p50 | p95 | max | n |")
    print("|---|---|---|---|---|")
    print(f"| keystroke to journal on disk, 10,000-word story | "
          f"{statistics.median(latencies):.0f} ms | {_percentile(latencies, 0.95):.0f} ms | "
          f"{max(latencies):.0f} ms | {len(latencies)} |")
    print(f"| GUI thread per journal write (snapshot + queue) | "
          f"{statistics.median(gui_costs):.2f} ms | {_percentile(gui_costs, 0.95):.2f} ms | "
          f"{max(gui_costs):.2f} ms | {len(gui_costs)} |")
    return 0 if len(latencies) == args.keys else 1


if __name__ == "__main__":
    raise SystemExit(main())
