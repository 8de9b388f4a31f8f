"""Composition root of the desktop app: settings -> database -> migrations -> services -> window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QMessageBox

from newsdesk.db.errors import DatabaseUnavailableError
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.settings import Settings

log = logging.getLogger("newsdesk")


def make_application(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(list(argv))
    app.setApplicationName("Newsdesk")
    app.setOrganizationName("Newsdesk")
    app.setApplicationDisplayName("Newsdesk")
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
    window.show()
    try:
        return app.exec()
    finally:
        newsroom.close()


if __name__ == "__main__":
    raise SystemExit(run_gui(None, sys.argv))
