"""The window with a damaged or empty newsroom file: it is told, offered the newest backup,
and nothing more is written to the damaged file. Also the note after a schema upgrade.

The dialog's own tests drive it offscreen; the start-up tests run the real entry point in a
subprocess (it restarts itself on the backup) and answer the dialog from a timer there.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

import newsdesk.app as app
from newsdesk.db.backups import make_backup
from newsdesk.domain.article import Article
from newsdesk.domain.errors import DatabaseDamagedError
from newsdesk.services.newsroom import open_newsroom
from newsdesk.ui.desk_start import read_opened
from newsdesk.ui.dialogs.damaged_newsroom import DamageChoice, DamagedNewsroomDialog
from newsdesk.ui.dialogs.upgrade_notice import upgrade_notice
from newsdesk.ui.main_window import MainWindow
from tests.helpers.damage import checkpoint, corrupt_index, truncate
from tests.helpers.newsroom import opened

ROOT = Path(__file__).resolve().parents[3]
QUIET_INDEX = "ix_citations_source_id"
"""An index start-up does not read: the window opens and only the check finds the damage."""


def _buttons(dialog: QMessageBox) -> set[str]:
    return {button.objectName() for button in dialog.findChildren(QPushButton)
            if button.objectName() and dialog.buttonRole(button) != QMessageBox.ButtonRole.InvalidRole}


@pytest.mark.parametrize(("name", "choice"), [
    ("openBackupButton", DamageChoice.OPEN_BACKUP),
    ("readOnlyButton", DamageChoice.READ_ONLY),
    ("quitButton", DamageChoice.QUIT),
])
def test_the_dialog_offers_the_newest_backup_reading_or_quitting(
    qtbot: QtBot, tmp_path: Path, name: str, choice: DamageChoice
) -> None:
    backup = tmp_path / "newsroom.backup-20260301-091500.sqlite3"
    dialog = DamagedNewsroomDialog(None, database=tmp_path / "newsroom.sqlite3",
                                   reason="Page 9: btreeInitPage() returns error code 11",
                                   backup=backup, can_read=True)
    qtbot.addWidget(dialog)
    assert _buttons(dialog) == {"openBackupButton", "readOnlyButton", "quitButton"}
    assert dialog.defaultButton().objectName() == "openBackupButton"
    assert str(tmp_path / "newsroom.sqlite3") in dialog.text()
    assert backup.name in dialog.informativeText()
    assert "btreeInitPage" in dialog.detailedText()
    dialog.show()
    dialog.findChild(QPushButton, name).click()
    assert dialog.choice is choice


def test_without_a_backup_or_a_readable_file_only_quitting_is_offered(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = DamagedNewsroomDialog(None, database=tmp_path / "newsroom.sqlite3",
                                   reason="empty", backup=None, can_read=False)
    qtbot.addWidget(dialog)
    assert _buttons(dialog) == {"quitButton"}
    assert "No backup was found" in dialog.informativeText()
    assert dialog.escapeButton().objectName() == "quitButton"


def test_the_upgrade_note_says_from_which_schema_to_which_and_where_the_copy_is(
    qtbot: QtBot, tmp_path: Path
) -> None:
    backup = tmp_path / "newsroom.backup-20260301-091500.sqlite3"
    box = upgrade_notice(None, database="newsroom.sqlite3", from_revision="0001",
                         to_revision="0004", backup=backup)
    qtbot.addWidget(box)
    assert box.objectName() == "upgradeNotice" and not box.isModal()
    assert box.text() == "Newsdesk upgraded the newsroom newsroom.sqlite3 from schema 0001 to 0004."
    assert str(backup) in box.informativeText()
    server = upgrade_notice(None, database="db/newsroom", from_revision="0001",
                            to_revision="0004", backup=None)
    qtbot.addWidget(server)
    assert "one transaction" in server.informativeText()


@pytest.fixture
def newsroom_file(tmp_path: Path) -> Path:
    path = tmp_path / "newsroom.sqlite3"
    with opened(f"sqlite:///{path}") as room:
        for number in range(40):
            room.articles.create(Article(headline=f"Story {number}", body="Text. " * 100))
        # A window that opened it before made its identity (the recovery journal's); the
        # first start of all writes it before the check can run.
        getattr(room.house, "newsroom_id", lambda: None)()
    checkpoint(path)
    return path


def _answer_with(name: str) -> list[str]:
    """Click ``name`` in the damage dialog as soon as it is up; returns what it said."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, DamagedNewsroomDialog):
            seen.append(dialog.text())
            dialog.findChild(QPushButton, name).click()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    return seen


def test_damage_found_after_start_keeps_the_window_reading_only(
    qtbot: QtBot, newsroom_file: Path
) -> None:
    make_backup(newsroom_file)
    corrupt_index(newsroom_file, QUIET_INDEX)
    before = hashlib.sha256(newsroom_file.read_bytes()).hexdigest()
    room = open_newsroom(f"sqlite:///{newsroom_file}")
    window = MainWindow(read_opened(room))
    qtbot.addWidget(window)
    window.show()
    restore: list[Path] = []
    seen = _answer_with("readOnlyButton")
    app._after_opening(window, room, restore)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert str(newsroom_file) in seen[0]
    assert window.isVisible() and restore == []
    assert room.writes_refused
    assert window.windowTitle().endswith("(read only)")
    assert window.notice.isVisible() and "reading only" in window.notice.label.text()
    with pytest.raises(DatabaseDamagedError):
        room.articles.create(Article(headline="After the check"))
    window.autosaver.discard()
    window.close()
    from newsdesk.ui.tasks import TaskRunner

    TaskRunner.of().drain(10000)
    room.close()
    assert hashlib.sha256(newsroom_file.read_bytes()).hexdigest() == before


PROBE = (
    "import os, sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton\n"
    "def answer():\n"
    "    box = QApplication.activeModalWidget()\n"
    "    if isinstance(box, QMessageBox) and box.objectName() == 'damagedNewsroomDialog':\n"
    "        print('DIALOG', box.text(), flush=True)\n"
    "        os.environ['NEWSDESK_EXIT_WHEN_READY'] = '1'  # the restarted start quits when ready\n"
    "        box.findChild(QPushButton, 'openBackupButton').click()\n"
    "        return\n"
    "    QTimer.singleShot(50, answer)\n"
    "import newsdesk.app as app\n"
    "make = app.make_application\n"
    "def made(argv):\n"
    "    application = make(argv)\n"
    "    if not os.environ.get('NEWSDESK_EXIT_WHEN_READY'):\n"
    "        QTimer.singleShot(50, answer)\n"
    "    return application\n"
    "app.make_application = made\n"
    "from newsdesk.__main__ import main\n"
    "raise SystemExit(main(['--database', sys.argv[1]]))\n"
)


def _start_and_open_the_backup(path: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != app.ENV_EXIT_WHEN_READY}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    return subprocess.run([sys.executable, "-c", PROBE, str(path)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=180, check=False)


@pytest.mark.parametrize("index", [QUIET_INDEX, "ix_articles_updated_at"])
def test_opening_the_newest_backup_restarts_on_a_copy_of_it(
    newsroom_file: Path, tmp_path: Path, index: str
) -> None:
    """Found by the check after start (a quiet index) or when the desk fails to read (the
    desk's index): either way the user opens the backup, and the damaged file is kept."""
    backup = make_backup(newsroom_file)
    corrupt_index(newsroom_file, index)
    damaged = hashlib.sha256(newsroom_file.read_bytes()).hexdigest()
    done = _start_and_open_the_backup(newsroom_file, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"DIALOG The newsroom {newsroom_file} is damaged" in done.stdout
    assert "NEWSDESK_READY" in done.stdout  # the restarted start, on the backup
    assert done.stdout.count("DIALOG") == 1
    (aside,) = tmp_path.glob("newsroom.damaged-*.sqlite3")
    assert hashlib.sha256(aside.read_bytes()).hexdigest() == damaged
    with opened(f"sqlite:///{newsroom_file}") as room:
        report = room.check_integrity()
        assert report is not None and report.ok
    assert backup.is_file()


def test_an_empty_file_offers_the_backup_before_any_window(
    newsroom_file: Path, tmp_path: Path
) -> None:
    make_backup(newsroom_file)
    truncate(newsroom_file)
    done = _start_and_open_the_backup(newsroom_file, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("DIALOG") == 1
    assert f"DIALOG The newsroom {newsroom_file} is damaged" in done.stdout
    assert "NEWSDESK_READY" in done.stdout
    (aside,) = tmp_path.glob("newsroom.damaged-*.sqlite3")
    assert aside.stat().st_size == 0
    assert newsroom_file.stat().st_size > 0
