"""Open the window on 100,000 stories: time to the first painted rows, and memory (RSS).

Targets (issue 3): first rows within 100 ms of the window appearing; RSS under 250 MB.
The database is generated once with ``newsdesk demo --articles N`` and cached in
``$NEWSDESK_BENCH_DIR`` (default: the system temp folder). Prints Markdown table rows.

    .venv/bin/python benchmarks/bench_article_list.py [--articles 100000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def demo_database(articles: int) -> str:
    """A cached SQLite newsroom with the demo stories plus ``articles`` generated ones."""
    folder = Path(os.environ.get("NEWSDESK_BENCH_DIR", tempfile.gettempdir()))
    path = folder / f"newsdesk-bench-{articles}.sqlite3"
    url = f"sqlite:///{path}"
    if not path.exists():
        print(f"generating {articles:,} stories into {path} (once)…", file=sys.stderr)
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        subprocess.run(
            [sys.executable, "-m", "newsdesk", "demo", "--articles", str(articles),
             "--database", f"sqlite:///{partial}"],
            check=True, stdout=subprocess.DEVNULL,
        )
        partial.rename(path)
    return url


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args(argv)
    url = demo_database(args.articles)

    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    settings_dir = tempfile.mkdtemp(prefix="newsdesk-bench-settings-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app = QApplication(sys.argv[:1])

    from newsdesk.domain.query import ArticleQuery
    from newsdesk.services.newsroom import open_newsroom
    from newsdesk.ui.desk_start import read_opened
    from newsdesk.ui.main_window import MainWindow

    newsroom = open_newsroom(url)
    total = newsroom.articles.count(ArticleQuery())
    painted: list[float] = []
    started = time.perf_counter()
    window = MainWindow(read_opened(newsroom))
    built = time.perf_counter()
    window.first_rows_painted.connect(lambda: painted.append(time.perf_counter()))
    window.resize(1400, 900)
    window.show()
    shown = time.perf_counter()
    deadline = time.monotonic() + 30
    while not painted and time.monotonic() < deadline:
        app.processEvents()
    rows = window.list_panel.model.rowCount()
    # Memory counts once the window is fully up: story open, preview rendered, dictionaries
    # and gazetteer loaded. A real event loop, not QTest.qWait: that keeps the GIL while it
    # sleeps and the workers doing this would barely run.
    editor = window.editor
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (
        window.initial_story_pending or not window.preview.html or window.preview.is_pending
        or editor.spelling_loading or not editor.dateline_widget.gazetteer_ready
    ):
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()
    memory = rss_mb()
    first_rows_ms = (painted[0] - shown) * 1000 if painted else float("nan")
    print("| measurement | value | target |")
    print("|---|---|---|")
    print(f"| stories in the database | {total:,} | 100,000 |")
    print(f"| window built (first batch of {rows} rows loaded) | "
          f"{(built - started) * 1000:.0f} ms | — |")
    print(f"| show() → first rows painted | {first_rows_ms:.0f} ms | ≤ 100 ms |")
    print(f"| process RSS with the window open | {memory:.0f} MB | < 250 MB |")
    window.autosaver.discard()
    window.close()
    newsroom.close()
    return 0 if painted and first_rows_ms <= 100 and memory < 250 else 1


if __name__ == "__main__":
    raise SystemExit(main())
