"""The window while a desk command is on its way: the editor says so and takes no keys, the
list follows the story when it arrives, and a story that cannot be opened puts the list back
on the one shown, saying why; on SQLite and PostgreSQL."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.desk_session import DeskState
from newsdesk.ui.main_window import MainWindow
from tests.helpers.desk import SOON, open_story, wait_idle
from tests.helpers.locks import articles_locked
from tests.ui.shell.conftest import Desk


def _end_of_body(window: MainWindow) -> None:
    body = window.editor.body
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)


def test_keys_pressed_while_the_next_story_is_on_its_way_land_nowhere(
    desk: Desk, window: MainWindow, qtbot: QtBot
) -> None:
    assert open_story(qtbot, window, desk.water.id or 0)
    _end_of_body(window)
    qtbot.keyClicks(window.editor.body, " Last words.")
    with articles_locked(desk.url):
        window.open_article(desk.solar.id or 0)  # the water story's save waits for the lock
        assert window.session.state is DeskState.OPENING
        assert window.editor.body.isReadOnly() and not window.editor.sidebar.isEnabled()
        qtbot.waitUntil(window.editor.busy_label.isVisible, timeout=SOON)
        assert window.editor.busy_label.text() == "Opening…"
        qtbot.keyClicks(window.editor.body, "stray")  # read-only: nothing lands
        qtbot.keyClick(window.editor.body, Qt.Key.Key_Return)
        assert window.open_article_id == desk.water.id
    wait_idle(qtbot, window)

    assert window.open_article_id == desk.solar.id
    assert window.editor.body.toPlainText() == desk.solar.body
    assert not window.editor.body.isReadOnly() and not window.editor.busy_label.isVisible()
    assert window.list_panel.current_article_id() == desk.solar.id
    water = desk.newsroom.articles.get(desk.water.id or 0)
    assert water.body.endswith(" Last words.") and "stray" not in water.body


def test_a_story_gone_meanwhile_puts_the_list_back_on_the_open_one(
    desk: Desk, window: MainWindow, qtbot: QtBot, newsroom: Newsroom
) -> None:
    assert open_story(qtbot, window, desk.water.id or 0)
    newsroom.articles.delete(desk.solar.id or 0)  # a colleague deleted it
    window.list_panel.select_article(desk.solar.id or 0)  # the user clicks its row
    wait_idle(qtbot, window)
    assert window.open_article_id == desk.water.id
    assert window.list_panel.current_article_id() == desk.water.id
    assert window.list_panel.model.row_of(desk.solar.id or 0) is None
    assert "does not exist" in window.statusBar().currentMessage()  # said why
