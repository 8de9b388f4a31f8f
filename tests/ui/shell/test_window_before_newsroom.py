"""The window shows the desk's first rows before the newsroom is open, then fills in.

At start-up the list is read straight from the SQLite file (``newsdesk.db.first_page``) and the
newsroom opens behind the window. What the user does in between must not be lost or misread.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from newsdesk.app import unreadable_newsroom_message
from newsdesk.db.errors import DatabaseUnavailableError
from newsdesk.db.first_page import FirstPage, read_first_page
from newsdesk.domain.query import DESK_QUERY
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.desk_start import read_opened
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.models.article_list_model import BATCH_SIZE, HEADLINE
from tests.helpers.desk import open_story, saved
from tests.ui.shell.conftest import Desk, add_generated

SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
"""The first page is read from SQLite files; a PostgreSQL newsroom opens the usual way."""
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def first_page(desk: Desk) -> FirstPage:
    page = read_first_page(desk.url, DESK_QUERY, BATCH_SIZE)
    assert page is not None
    return page


@pytest.fixture
def opening_window(qtbot: QtBot, first_page: FirstPage) -> Iterator[MainWindow]:
    window = MainWindow(None, first_page=first_page, database_name=first_page.database_name)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_rows_painted):
        window.show()
    yield window
    if window.is_open:
        window.autosaver.discard()
    window.close()


def _headlines(window: MainWindow) -> list[str]:
    model = window.list_panel.model
    return [model.index(row, HEADLINE).data() for row in range(model.rowCount())]


def _attach(qtbot: QtBot, window: MainWindow, newsroom: Newsroom) -> None:
    with qtbot.waitSignal(window.article_opened, timeout=5000):
        window.attach_newsroom(newsroom)


@SQLITE_ONLY
def test_the_desk_shows_before_the_newsroom_and_its_commands_wait_for_it(
    desk: Desk, opening_window: MainWindow
) -> None:
    window = opening_window
    assert not window.is_open
    assert window.windowTitle() == "Newsdesk — opening newsroom.sqlite3"
    assert _headlines(window) == [s.headline for s in desk.newsroom.articles.page(DESK_QUERY, 0, 10)]
    counts = window.list_panel.status_counts_label.text()
    assert "Draft 1" in counts and "Editing 1" in counts and "Published 1" in counts
    placeholder = window.findChild(QLabel, "editorPlaceholder")
    assert placeholder is not None and placeholder.isVisible()
    # Nothing that needs the newsroom can be triggered yet; leaving the app can, and Ctrl+N
    # starts a story that opens once the newsroom is there.
    assert window.new_action.isEnabled() and not window.spike_action.isEnabled()
    assert not window.find_action.isEnabled() and not window.export_action.isEnabled()
    assert window.quit_action.isEnabled()
    assert not window.list_panel.author_filter.isEnabled()
    assert not window.list_panel.view.horizontalHeader().sectionsClickable()


@SQLITE_ONLY
def test_a_story_picked_and_a_search_typed_while_opening_are_kept(
    qtbot: QtBot, desk: Desk, opening_window: MainWindow
) -> None:
    window = opening_window
    panel = window.list_panel
    row = _headlines(window).index(desk.solar.headline)
    panel.view.setCurrentIndex(panel.model.index(row, HEADLINE))
    qtbot.keyClicks(panel.search_edit, "water")
    qtbot.wait(400)  # past the search delay: the search waits for the newsroom, the rows stay
    assert desk.solar.headline in _headlines(window)

    _attach(qtbot, window, desk.newsroom)

    assert window.is_open
    assert window.open_article_id == desk.solar.id  # the pick wins over the last story
    assert window.editor.headline_edit.text() == desk.solar.headline
    assert _headlines(window) == [desk.water.headline]  # the search ran once it could
    assert window.new_action.isEnabled() and window.find_action.isEnabled()
    assert panel.author_filter.count() > 1 and panel.author_filter.isEnabled()
    assert panel.view.horizontalHeader().sectionsClickable()
    assert window.findChild(QLabel, "editorPlaceholder") is None or not window.findChild(
        QLabel, "editorPlaceholder").isVisible()
    assert window.windowTitle().startswith(f"Newsdesk — {desk.solar.headline}")


@SQLITE_ONLY
def test_rows_beyond_the_first_page_come_from_the_newsroom(
    qtbot: QtBot, desk: Desk, newsroom: Newsroom
) -> None:
    add_generated(newsroom, BATCH_SIZE + 30)
    page = read_first_page(desk.url, DESK_QUERY, BATCH_SIZE)
    assert page is not None
    window = MainWindow(None, first_page=page, database_name=page.database_name)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_rows_painted):
        window.show()
    model = window.list_panel.model
    model.fetchMore()  # the view scrolled to the end of what is known: nothing more yet
    assert model.rowCount() == BATCH_SIZE

    _attach(qtbot, window, newsroom)
    window.list_panel.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == BATCH_SIZE + 33)
    expected = newsroom.articles.page(DESK_QUERY, 0, BATCH_SIZE + 33)
    assert _headlines(window) == [summary.headline for summary in expected]
    window.autosaver.discard()
    window.close()


@SQLITE_ONLY
def test_the_last_story_comes_back_after_the_newsroom_opens(
    qtbot: QtBot, desk: Desk, first_page: FirstPage
) -> None:
    first = MainWindow(desk.newsroom)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: not first.initial_story_pending)
    open_story(qtbot, first, desk.market.id)
    first.close()

    window = MainWindow(None, first_page=first_page, database_name=first_page.database_name)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_rows_painted):
        window.show()
    _attach(qtbot, window, desk.newsroom)
    assert window.open_article_id == desk.market.id
    assert window.editor.headline_edit.text() == desk.market.headline
    window.autosaver.discard()
    window.close()


@SQLITE_ONLY
def test_closing_while_the_newsroom_opens_keeps_what_was_stored(
    qtbot: QtBot, desk: Desk, first_page: FirstPage
) -> None:
    settings = QSettings()
    settings.setValue("window/preview", False)
    settings.setValue("window/editorSplitter", b"kept")
    window = MainWindow(None, first_page=first_page, database_name=first_page.database_name)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_rows_painted):
        window.show()
    assert window.close()
    settings.sync()
    assert settings.value("window/geometry") is not None  # the frame is known: kept
    assert str(settings.value("window/preview")).lower() == "false"  # the editor's: untouched
    assert settings.value("window/editorSplitter") in (b"kept", "kept")


@SQLITE_ONLY
def test_start_paints_the_list_before_sqlalchemy_is_imported_and_exits_cleanly(
    desk: Desk, tmp_path: Path
) -> None:
    """The real entry point, offscreen: the order of events, and no crash on the way out.

    Whether SQLAlchemy is loaded is asked as the list's rows are painted, and said when
    first_rows_painted arrives. Asked in a slot of that signal it would come too late: the
    window's own slot, connected first, lets the newsroom open, and under load a worker
    imports SQLAlchemy before a later slot runs (this test failed so, now and then).
    """
    probe = (
        "import sys\n"
        "from PySide6.QtCore import QEvent, QObject\n"
        "import newsdesk.app as app\n"
        "report = app._report_when_ready\n"
        "class RowsPainted(QObject):\n"
        "    loaded = None\n"
        "    def eventFilter(self, viewport, event):\n"
        "        if event.type() == QEvent.Type.Paint and self.parent().list_panel.model"
        ".rowCount():\n"
        "            RowsPainted.loaded = 'sqlalchemy' in sys.modules\n"
        "            viewport.removeEventFilter(self)\n"
        "        return False\n"
        "def watched(window):\n"
        "    window.list_panel.view.viewport().installEventFilter(RowsPainted(window))\n"
        "    window.first_rows_painted.connect(lambda: print("
        "'SQLALCHEMY_AT_FIRST_PAINT', RowsPainted.loaded, flush=True))\n"
        "    report(window)\n"
        "app._report_when_ready = watched\n"
        "from newsdesk.__main__ import main\n"
        "raise SystemExit(main(['--database', sys.argv[1]]))\n"
    )
    desk.newsroom.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NEWSDESK_EXIT_WHEN_READY": "1",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", probe, desk.url], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = [line.split()[0] for line in done.stdout.splitlines()]
    assert lines == ["SQLALCHEMY_AT_FIRST_PAINT", "NEWSDESK_READY", "NEWSDESK_STORY_OPEN"]
    assert "SQLALCHEMY_AT_FIRST_PAINT False" in done.stdout
    assert "Traceback" not in done.stderr


def test_the_window_needs_a_newsroom_or_a_first_page(qtbot: QtBot) -> None:
    with pytest.raises(ValueError, match="newsroom or a first page"):
        MainWindow(None)


def test_a_complete_window_refuses_a_second_newsroom(qtbot: QtBot, desk: Desk) -> None:
    window = MainWindow(read_opened(desk.newsroom))
    qtbot.addWidget(window)
    with pytest.raises(RuntimeError, match="already has a newsroom"):
        window.attach_newsroom(desk.newsroom)
    assert window.list_panel.view.horizontalHeader().sectionsClickable()
    assert window.editor.find_action is window.find_action
    assert window.find_action.shortcutContext() == Qt.ShortcutContext.WindowShortcut
    window.autosaver.discard()
    window.close()


def _enabled_actions(window: MainWindow) -> set[str]:
    return {action.objectName() for action in window.findChildren(QAction)
            if action.isEnabled() and action.objectName()}


@SQLITE_ONLY
def test_the_completed_window_offers_what_a_window_built_at_once_offers(
    qtbot: QtBot, desk: Desk, first_page: FirstPage
) -> None:
    at_once = MainWindow(desk.newsroom)
    qtbot.addWidget(at_once)
    at_once.show()
    qtbot.waitUntil(lambda: not at_once.initial_story_pending)
    expected = _enabled_actions(at_once)
    opened_id = at_once.open_article_id
    at_once.close()

    window = MainWindow(None, first_page=first_page, database_name=first_page.database_name)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_rows_painted):
        window.show()
    _attach(qtbot, window, desk.newsroom)
    assert window.open_article_id == opened_id
    assert _enabled_actions(window) == expected
    assert {"newAction", "findAction", "toggleSourcesAction"} <= expected
    window.autosaver.discard()
    window.close()


def _activate(qtbot: QtBot, window: MainWindow) -> None:
    """Focus only reaches the active window (a window manager does this on a desktop)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _remember_last_story(qtbot: QtBot, desk: Desk, article_id: int) -> None:
    first = MainWindow(desk.newsroom)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: not first.initial_story_pending)
    open_story(qtbot, first, article_id)
    first.close()


def _check_focus_is_no_choice(qtbot: QtBot, desk: Desk, opening: bool) -> None:
    _remember_last_story(qtbot, desk, desk.water.id or 0)
    page = read_first_page(desk.url, DESK_QUERY, BATCH_SIZE) if opening else None
    window = (MainWindow(None, first_page=page, database_name="newsroom.sqlite3") if page
              else MainWindow(read_opened(desk.newsroom)))
    qtbot.addWidget(window)
    panel = window.list_panel

    def focus_as_qt_does() -> None:
        # What QAbstractItemView.focusInEvent does when a window manager activates the window
        # right after it appears: the first row becomes current, unselected (NoUpdate).
        # (Offscreen, the list may already have had focus before the paint: start over.)
        selection = panel.view.selectionModel()
        selection.clearCurrentIndex()
        selection.setCurrentIndex(
            panel.model.index(0, HEADLINE), QItemSelectionModel.SelectionFlag.NoUpdate)

    window.first_rows_painted.connect(focus_as_qt_does)  # before the last story is opened
    with qtbot.waitSignal(window.first_rows_painted):
        window.show()
    assert panel.view.currentIndex().row() == 0  # Qt's doing, nobody's choice
    assert panel.model.article_id_at(0) != desk.water.id
    if page is not None:
        _attach(qtbot, window, desk.newsroom)
    qtbot.waitUntil(lambda: not window.initial_story_pending)
    assert window.open_article_id == desk.water.id
    window.autosaver.discard()
    window.close()


def test_the_list_taking_focus_is_not_a_choice_the_last_story_comes_back(
    qtbot: QtBot, desk: Desk
) -> None:
    """Qt makes the first row current when the list gets focus (a window manager activating
    the window); that must not replace the story the reporter left open."""
    _check_focus_is_no_choice(qtbot, desk, opening=False)


@SQLITE_ONLY
def test_the_list_taking_focus_while_opening_is_not_a_choice_either(
    qtbot: QtBot, desk: Desk
) -> None:
    _check_focus_is_no_choice(qtbot, desk, opening=True)


@SQLITE_ONLY
def test_enter_on_a_story_while_opening_opens_it_ready_to_type(
    qtbot: QtBot, desk: Desk, opening_window: MainWindow
) -> None:
    window = opening_window
    view = window.list_panel.view
    _activate(qtbot, window)
    row = _headlines(window).index(desk.solar.headline)
    view.setCurrentIndex(window.list_panel.model.index(row, HEADLINE))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    _attach(qtbot, window, desk.newsroom)
    assert window.open_article_id == desk.solar.id
    assert window.editor.body.hasFocus()


@SQLITE_ONLY
def test_enter_in_the_search_box_while_opening_opens_the_first_result(
    qtbot: QtBot, desk: Desk, opening_window: MainWindow
) -> None:
    window = opening_window
    panel = window.list_panel
    _activate(qtbot, window)
    panel.search_edit.setFocus()
    qtbot.keyClicks(panel.search_edit, "solar")
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)
    assert panel.search_edit.hasFocus()  # nothing to move to until the results exist
    _attach(qtbot, window, desk.newsroom)
    assert _headlines(window) == [desk.solar.headline]
    assert window.open_article_id == desk.solar.id
    assert panel.view.hasFocus()


def test_a_damaged_newsroom_is_explained_not_a_traceback() -> None:
    driver_error = sqlite3.OperationalError("no such table: house_settings")
    failure = OperationalError("SELECT key, value FROM house_settings", {}, driver_error)
    message = unreadable_newsroom_message(
        "postgresql://desk:s3cret@db.example/newsroom", failure)
    assert message.startswith("Newsdesk could not read the newsroom in "
                              "postgresql://desk@db.example/newsroom: no such table: "
                              "house_settings.")
    assert "s3cret" not in message and "SELECT" not in message
    assert unreadable_newsroom_message("x", DatabaseUnavailableError("cannot open x")) == (
        "cannot open x")


@SQLITE_ONLY
def test_a_file_missing_a_table_ends_with_a_dialog_and_exit_code_1(
    desk: Desk, tmp_path: Path
) -> None:
    """The first page reads fine; the newsroom fails behind the window. The user gets one
    dialog (the probe below answers it) and the app leaves with 1, not a window stuck on
    "Opening the newsroom…"."""
    desk.newsroom.close()
    path = desk.url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TABLE house_settings")
    probe = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication, QMessageBox\n"
        "def answer():\n"
        "    box = QApplication.activeModalWidget()\n"
        "    if isinstance(box, QMessageBox):\n"
        "        print('DIALOG', box.text(), flush=True)\n"
        "        box.accept()\n"
        "    QTimer.singleShot(50, answer)\n"
        "import newsdesk.app as app\n"
        "make = app.make_application\n"
        "def made(argv):\n"
        "    application = make(argv)\n"
        "    QTimer.singleShot(50, answer)\n"
        "    return application\n"
        "app.make_application = made\n"
        "from newsdesk.__main__ import main\n"
        "raise SystemExit(main(['--database', sys.argv[1]]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", probe, desk.url], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "DIALOG Newsdesk could not read the newsroom" in done.stdout
    assert "no such table: house_settings" in done.stdout


@SQLITE_ONLY
def test_the_list_keeps_its_width_when_the_desk_fills_in(
    qtbot: QtBot, desk: Desk, first_page: FirstPage
) -> None:
    window = MainWindow(None, first_page=first_page, database_name=first_page.database_name)
    qtbot.addWidget(window)
    window.resize(1600, 900)
    with qtbot.waitSignal(window.first_rows_painted):
        window.show()
    window.splitter.setSizes([333, 1200])
    painted = window.splitter.sizes()
    _attach(qtbot, window, desk.newsroom)
    assert window.splitter.sizes()[0] == painted[0] == 333
    window.autosaver.discard()
    window.close()



@SQLITE_ONLY
def test_the_toolbar_shows_the_saved_preview_state_from_the_first_paint(
    qtbot: QtBot, desk: Desk, first_page: FirstPage
) -> None:
    QSettings().setValue("window/preview", False)
    window = MainWindow(None, first_page=first_page, database_name=first_page.database_name)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_rows_painted):
        window.show()
    assert not window.preview_action.isChecked()
    assert window.search_action.isEnabled()  # Ctrl+Shift+F reaches the search box at once
    _attach(qtbot, window, desk.newsroom)
    assert not window.preview_action.isChecked() and not window.preview.isVisible()
    window.autosaver.discard()
    window.close()


@SQLITE_ONLY
def test_ctrl_n_while_opening_starts_the_new_story_with_what_was_typed(
    qtbot: QtBot, desk: Desk, opening_window: MainWindow
) -> None:
    window = opening_window
    _activate(qtbot, window)
    assert window.new_action.isEnabled()
    window.list_panel.view.setFocus()
    qtbot.keyClick(window.list_panel.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    placeholder = window.findChild(QLabel, "editorPlaceholder")
    assert placeholder is not None and placeholder.hasFocus()
    current_before = window.list_panel.current_article_id()
    qtbot.keyClicks(placeholder, "Bishkek ups tarifs")
    qtbot.keyClick(placeholder, Qt.Key.Key_Backspace)
    qtbot.keyClicks(placeholder, "fs")
    assert "New story: Bishkek ups tariffs" in placeholder.text()
    assert window.list_panel.current_article_id() == current_before  # no type-ahead jumps

    _attach_without_story(qtbot, window, desk.newsroom)
    assert window.open_article_id is None  # the new story, not the last one
    assert window.editor.headline_edit.toPlainText() == "Bishkek ups tariffs"
    assert window.editor.headline_edit.hasFocus()
    saved(qtbot, window.autosaver)
    assert window.open_article_id is not None
    assert desk.newsroom.articles.get(window.open_article_id).headline == "Bishkek ups tariffs"


def _attach_without_story(qtbot: QtBot, window: MainWindow, newsroom: Newsroom) -> None:
    with qtbot.waitSignal(window.newsroom_opened, timeout=5000):
        window.attach_newsroom(newsroom)
