"""Composition root of the desktop app: settings -> database -> migrations -> services -> window."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QMessageBox

from newsdesk.db.errors import DatabaseUnavailableError
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.settings import Settings

log = logging.getLogger("newsdesk")

# Benchmarks set this: print how long the window took to show its first rows, then quit.
ENV_EXIT_WHEN_READY = "NEWSDESK_EXIT_WHEN_READY"
_STARTED = time.perf_counter()


def make_application(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(list(argv))
    app.setApplicationName("Newsdesk")
    app.setOrganizationName("Newsdesk")
    app.setDesktopFileName("newsdesk")
    return app


def open_newsroom_or_explain(database: str | None) -> Newsroom | None:
    """Open the database, or tell the user in a dialog why not (the log keeps the traceback)."""
    settings = Settings.resolve(database)
    try:
        return open_newsroom(settings.database_url)
    except DatabaseUnavailableError as exc:
        log.exception("cannot open %s", settings.database_url)
        QMessageBox.critical(None, "Newsdesk cannot open the database", str(exc))
        return None


def run_gui(database: str | None, argv: Sequence[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = make_application(argv)
    newsroom = open_newsroom_or_explain(database)
    if newsroom is None:
        return 1
    from newsdesk.ui.main_window import MainWindow

    window = MainWindow(newsroom)
    if os.environ.get(ENV_EXIT_WHEN_READY):
        window.first_rows_painted.connect(_report_ready_and_quit)
    window.show()
    try:
        return app.exec()
    finally:
        from newsdesk.ui.workers import background_pool

        background_pool().waitForDone(3000)  # let running work finish before the database goes
        newsroom.close()


def _report_ready_and_quit() -> None:
    elapsed = (time.perf_counter() - _STARTED) * 1000
    print(f"NEWSDESK_READY {elapsed:.1f} ms", flush=True)
    app = QApplication.instance()
    if app is not None:
        app.quit()


if __name__ == "__main__":
    raise SystemExit(run_gui(None, sys.argv))
