"""A colleague's save visible in the other window: time from their commit to the row in our list.

Issue 13 target: under 2 s on SQLite (``PRAGMA data_version`` polled every 0.5 s) and on
PostgreSQL (LISTEN/NOTIFY). The window is the real MainWindow (offscreen); the colleague is a
second newsroom on the same database creating a story through the services; the clock runs
from the colleague's commit returning to the headline appearing in the window's list model.

Run: ``.venv/bin/python benchmarks/bench_live_updates.py [--saves 20] [--backend sqlite]``.
PostgreSQL runs on a throwaway server this script starts (initdb must be installed).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from newsdesk.domain.article import Article
from newsdesk.services.newsroom import open_newsroom
from newsdesk.ui.desk_start import read_opened
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.models.article_list_model import HEADLINE


def _shown(window: MainWindow, headline: str) -> bool:
    model = window.list_panel.model
    return any(model.index(row, HEADLINE).data() == headline for row in range(model.rowCount()))


def measure(url: str, saves: int) -> list[float]:
    app = QApplication.instance() or QApplication([])
    os.environ.setdefault("NEWSDESK_RECOVERY_DIR", tempfile.mkdtemp(prefix="bench-live-"))
    desk = open_newsroom(url)
    colleague = open_newsroom(url, migrate=False)
    window = MainWindow(read_opened(desk))
    window.show()
    feed = window.live_updates.feed
    assert feed is not None and feed.connected.wait(10)
    latencies = []
    try:
        for number in range(saves):
            headline = f"Colleague's story {number:02d}"
            colleague.articles.create(Article(headline=headline, body="Filed from the desk."))
            committed = time.perf_counter()
            deadline = committed + 10
            while not _shown(window, headline) and time.perf_counter() < deadline:
                app.processEvents()
                time.sleep(0.005)
            latencies.append(time.perf_counter() - committed)
            time.sleep(0.3)  # saves spread out as people make them
    finally:
        window.autosaver.discard()
        window.close()
        colleague.close()
        desk.close()
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=20)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    args = parser.parse_args()
    backends = ("sqlite", "postgresql") if args.backend == "both" else (args.backend,)
    for backend in backends:
        if backend == "sqlite":
            folder = Path(tempfile.mkdtemp(prefix="bench-live-"))
            latencies = measure(f"sqlite:///{folder / 'newsroom.sqlite3'}", args.saves)
        else:
            from tests.helpers.postgres import start_postgres

            server = start_postgres()
            try:
                latencies = measure(server.create_database("bench_live"), args.saves)
            finally:
                server.stop()
        print(f"{backend:>10}: {len(latencies)} saves, median "
              f"{statistics.median(latencies) * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms"
              f" (target under 2000 ms)")


if __name__ == "__main__":
    main()
