"""Composition root of the desktop app: settings -> database -> migrations -> services -> window.

Start-up is ordered for the eye: when the database is a SQLite file at this release's schema,
the window paints the desk's first rows (read with the standard library alone) before
SQLAlchemy and the services are imported; the newsroom opens on a worker thread behind it and
the editor, docks and last story fill in. Any other database opens first, the usual way.
"""

from __future__ import annotations

import gc
import logging
import os
import re
import sys
import time
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from newsdesk.db.errors import DatabaseUnavailableError
from newsdesk.db.first_page import read_first_page
from newsdesk.domain.errors import DatabaseDamagedError
from newsdesk.domain.query import DESK_QUERY
from newsdesk.settings import Settings

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QWidget

    from newsdesk.db.integrity import IntegrityReport
    from newsdesk.services.newsroom import Newsroom
    from newsdesk.ui.desk_start import OpenedNewsroom
    from newsdesk.ui.main_window import MainWindow

log = logging.getLogger("newsdesk")

# Benchmarks and the Quick start test set this: print when the first rows are painted and when
# the last story is open in the editor, then quit.
ENV_EXIT_WHEN_READY = "NEWSDESK_EXIT_WHEN_READY"
_STARTED = time.perf_counter()
_PASSWORD = re.compile(r"(://[^:/@]+):[^@/]*@")


def make_application(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(list(argv))
    app.setApplicationName("Newsdesk")
    app.setOrganizationName("Newsdesk")
    app.setDesktopFileName("newsdesk")
    return app


def open_newsroom_or_explain(url: str) -> Newsroom | None:
    """Open the database, or tell the user in a dialog why not (the log keeps the traceback).

    An empty or damaged file is never opened: the user may open its newest backup instead.
    """
    from newsdesk.services.newsroom import (
        empty_sqlite_file,
        newest_backup_for,
        open_backup_instead,
        open_newsroom,
    )
    from newsdesk.ui.dialogs.damaged_newsroom import DamageChoice, ask_about_damage

    while True:
        try:
            return open_newsroom(url)
        except DatabaseUnavailableError as exc:
            log.exception("cannot open %s", url)
            _tell_cannot_open(None, _said(exc))
            return None
        except DatabaseDamagedError as exc:
            log.exception("cannot open %s", url)
            backup = newest_backup_for(url)
            where = empty_sqlite_file(url) or _PASSWORD.sub(r"\1@", url)
            choice = ask_about_damage(None, database=where, reason=_said(exc), backup=backup,
                                      can_read=False)
            if choice is not DamageChoice.OPEN_BACKUP or backup is None:
                return None
            log.warning("opening %s: the damaged file is now %s", backup,
                        open_backup_instead(url, backup))


def run_gui(database: str | None, argv: Sequence[str], ui_language: str | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    # Workers run Python (Markdown, regexes) holding the GIL; by default the GUI thread may
    # wait up to 5 ms for it, which is a keystroke's whole budget. Hand it over every 1 ms.
    # Set here, once, by the application: a library call must not change the interpreter.
    sys.setswitchinterval(min(sys.getswitchinterval(), 0.001))
    app = make_application(argv)
    from newsdesk.ui.translator import install_ui_language

    install_ui_language(ui_language)  # before any widget: widgets translate when made
    from newsdesk.ui.tasks import TaskRunner

    runner = TaskRunner.install(app)  # the one runner every window and widget uses
    url = Settings.resolve(database).database_url
    from newsdesk.ui.main_window import MainWindow
    from newsdesk.ui.models.article_list_model import BATCH_SIZE

    first_page = read_first_page(url, DESK_QUERY, BATCH_SIZE)
    opened: list[Newsroom] = []
    restore: list[Path] = []  # a backup to open in place of the damaged file, then restart
    if first_page is None:
        newsroom = open_newsroom_or_explain(url)
        if newsroom is None:
            return 1
        opened.append(newsroom)
        from newsdesk.ui.desk_start import read_opened

        try:
            # Read here, with the opening (the window is not up yet): the desk is built at once.
            desk_start = read_opened(newsroom)
            window = MainWindow(desk_start)
        except Exception as exc:  # a damaged newsroom: say so in a dialog, not a traceback
            log.exception("cannot show %s", url)
            if not _asked_about_damage(None, newsroom, restore):
                _tell_cannot_open(None, unreadable_newsroom_message(url, exc))
            newsroom.close()
            if restore:
                _restart_on_backup(url, restore[0])
            return 1
        window.first_rows_painted.connect(_resume_garbage_collection)
        _after_opening(window, newsroom, restore, unconfigured=desk_start.unconfigured)
    else:
        window = MainWindow(None, first_page=first_page, database_name=first_page.database_name)
        window.newsroom_opened.connect(_resume_garbage_collection)
        _open_behind(window, url, opened, restore)
    if os.environ.get(ENV_EXIT_WHEN_READY):
        _report_when_ready(window)
    window.show()
    try:
        status = app.exec()
    finally:
        runner.drain(3000)  # let running work finish before the database goes
        # The window goes now, while Python is whole. Left to the interpreter's exit (the
        # start-up callbacks still refer to it), its widgets' Python event filters would run in
        # a half-finalised interpreter and crash it.
        if shiboken6.isValid(window):
            shiboken6.delete(window)
        for newsroom in opened:
            newsroom.close()
    if restore:
        _restart_on_backup(url, restore[0])
    return status


def _said(exc: BaseException) -> str:
    """``exc`` in the interface language (its English words without a translation)."""
    from newsdesk.ui.error_text import error_text

    return error_text(exc)


def _tell_cannot_open(parent: QWidget | None, message: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # only when something went wrong

    title = QCoreApplication.translate("App", "Newsdesk cannot open the database")
    QMessageBox.critical(parent, title, message)


def unreadable_newsroom_message(url: str, exc: BaseException) -> str:
    """What to tell the user when a newsroom cannot be opened or read: their words first."""
    if isinstance(exc, DatabaseUnavailableError):
        return _said(exc)
    # A driver error keeps its own short message in ``orig``; the SQL is for the log.
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    reason = detail[0] if detail else type(exc).__name__
    where = _PASSWORD.sub(r"\1@", url)  # a dialog is no place for a password
    return QCoreApplication.translate(
        "App", "Newsdesk could not read the newsroom in {0}: {1}. The file may be damaged, or "
        "not a Newsdesk database. The log has the details.").format(where, reason)


def _resume_garbage_collection() -> None:
    """Undo ``newsdesk.__main__``'s pause of the cyclic collector (a no-op if never paused).

    What start-up built lives as long as the window, so it is frozen out of every later
    collection: those stay short while the user types.
    """
    from newsdesk.ui.main_thread_gc import MainThreadCollector

    if not gc.isenabled():
        gc.freeze()
        if not MainThreadCollector.installed():  # it keeps automatic collection off
            gc.enable()


def _open_behind(
    window: MainWindow, url: str, opened: list[Newsroom], restore: list[Path]
) -> None:
    """Open the newsroom on a worker once the list has painted, then read what the desk needs
    (house settings, the journal's id) on a worker too; then the desk fills in."""
    from newsdesk.ui.desk_start import read_opened
    from newsdesk.ui.tasks import SHOWN_NOW, TaskRunner

    def read_desk(newsroom: Newsroom) -> None:
        opened.append(newsroom)  # closed at exit whatever happens to the window
        if not window.isVisible():
            return
        TaskRunner.of().run(read_opened, newsroom, priority=SHOWN_NOW, on_result=attach,
                            on_error=partial(explain, newsroom=newsroom))

    def attach(desk: OpenedNewsroom) -> None:
        if not window.isVisible():
            return
        try:
            window.attach_newsroom(desk)
        except Exception as exc:  # the first page read, the rest of the file did not
            explain(exc, desk.newsroom)
            return
        _after_opening(window, desk.newsroom, restore, unconfigured=desk.unconfigured)

    def explain(exc: BaseException, newsroom: Newsroom | None = None) -> bool:
        # Rare: the list read fine a moment ago, but a colleague replaced the file, a disk
        # went away, or a table is missing. Say so, and leave as a failed start always has.
        log.error("cannot open %s: %s", url, exc, exc_info=exc)
        _resume_garbage_collection()
        if newsroom is None or not _asked_about_damage(window, newsroom, restore):
            _tell_cannot_open(window, unreadable_newsroom_message(url, exc))
        window.close()
        QApplication.exit(1)
        return True  # told in a dialog of its own

    # Held by the window's start-up hold until the first rows are painted.
    TaskRunner.of().run(_open_newsroom, url, priority=SHOWN_NOW, on_result=read_desk,
                        on_error=explain)


def _open_newsroom(url: str) -> Newsroom:
    # Imported on the worker: SQLAlchemy and the services load while the window is up.
    from newsdesk.services.newsroom import open_newsroom

    return open_newsroom(url)


def _after_opening(
    window: MainWindow, newsroom: Newsroom, restore: list[Path], *,
    unconfigured: bool | None = None,
) -> None:
    """Say what start-up upgraded, check the file for damage on a worker, and ask a new
    newsroom's name (``unconfigured``: known from opening it; None: read on a worker)."""
    from newsdesk.ui.tasks import WHEN_IDLE, TaskRunner

    upgrade = newsroom.upgrade
    if upgrade is not None:
        from newsdesk.ui.dialogs.upgrade_notice import upgrade_notice

        log.info("%s", upgrade.message())
        upgrade_notice(window, database=upgrade.database, from_revision=upgrade.from_revision,
                       to_revision=upgrade.to_revision, backup=upgrade.backup).show()

    def checked(report: IntegrityReport | None) -> None:
        if report is not None and not report.ok and shiboken6.isValid(window):
            _on_damage_found(window, report, restore)

    def failed(exc: BaseException) -> bool:
        # Only a safeguard did not run; the newsroom itself works. The log is enough.
        log.warning("the integrity check of %s did not run: %s", newsroom.name, exc)
        newsroom.integrity_pending = False
        return True

    # By the time the result arrives, a damaged newsroom already refuses every write; until
    # then presence (best-effort) writes nothing to it.
    newsroom.integrity_pending = True
    TaskRunner.of().run(newsroom.check_integrity, priority=WHEN_IDLE, on_result=checked,
                        on_error=failed)
    if window.is_open:
        # A new, empty newsroom: its name and credit, not invented.
        window.offer_first_start(unconfigured)


def _on_damage_found(window: MainWindow, report: IntegrityReport, restore: list[Path]) -> None:
    from newsdesk.ui.dialogs.damaged_newsroom import DamageChoice, ask_about_damage

    log.error("%s", report.message())
    choice = ask_about_damage(window, database=str(report.database),
                              reason="; ".join(report.problems), backup=report.newest_backup,
                              can_read=True)
    if choice is DamageChoice.OPEN_BACKUP and report.newest_backup is not None:
        restore.append(report.newest_backup)
        if window.close():  # the window may keep unsaved text and ask first
            QApplication.exit(0)
        else:
            restore.clear()
    elif choice is DamageChoice.QUIT:
        window.close()
    elif window.is_open:
        window.show_read_only("; ".join(report.problems) or report.message())


def _asked_about_damage(parent: QWidget | None, newsroom: Newsroom, restore: list[Path]) -> bool:
    """After the desk failed to build: if the file is damaged, offer its newest backup.

    True when the user was asked (the generic "cannot read" message is then not needed);
    a backup they chose to open is put in ``restore``. The check reads the whole file on the
    GUI thread, acceptable on this path: start-up has failed anyway.
    """
    from newsdesk.ui.dialogs.damaged_newsroom import DamageChoice, ask_about_damage

    report = newsroom.check_integrity()
    if report is None or report.ok:
        return False
    log.error("%s", report.message())
    choice = ask_about_damage(parent, database=str(report.database),
                              reason="; ".join(report.problems), backup=report.newest_backup,
                              can_read=False)
    if choice is DamageChoice.OPEN_BACKUP and report.newest_backup is not None:
        restore.append(report.newest_backup)
    return True


def _restart_on_backup(url: str, backup: Path) -> None:
    """Put the damaged file aside, copy the backup in its place and start again, same argv."""
    from newsdesk.services.newsroom import open_backup_instead

    aside = open_backup_instead(url, backup)
    log.warning("the damaged newsroom file is now %s; starting again on %s", aside, backup)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(sys.executable, [sys.executable, *sys.orig_argv[1:]])


def _report_when_ready(window: MainWindow) -> None:
    def report(what: str) -> None:
        print(f"{what} {(time.perf_counter() - _STARTED) * 1000:.1f} ms", flush=True)

    window.first_rows_painted.connect(lambda: report("NEWSDESK_READY"))

    def story_open(_article_id: int) -> None:
        report("NEWSDESK_STORY_OPEN")
        QApplication.quit()

    window.article_opened.connect(story_open)


if __name__ == "__main__":
    raise SystemExit(run_gui(None, sys.argv))
