"""The window's dialogs: one of each kind kept while open, Compare read off the GUI thread.

On SQLite and PostgreSQL: the window's own dialogs (WindowDialogs), and Compare when the
stored story cannot be read (a colleague deleted it): the error is said, nothing opens.
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtWidgets import QDialog, QMainWindow
from pytestqt.qtbot import QtBot

from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.dialogs.colleague_compare_dialog import ColleagueCompareDialog
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.messages import Level, Message, MessageBus
from newsdesk.ui.window_dialogs import WindowDialogs
from tests.ui.shell.conftest import Desk


def test_one_dialog_of_a_kind_is_kept_until_it_closes(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    dialogs = WindowDialogs(window, MessageBus(window))
    first, second = QDialog(window), QDialog(window)
    dialogs.keep("help", first)
    first.show()
    dialogs.keep("help", second)  # the older one of the kind closes, and goes
    assert not first.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(first))
    assert dialogs.get("help") is second
    second.show()
    dialogs.close_all()
    qtbot.waitUntil(lambda: not shiboken6.isValid(second))
    assert dialogs.get("help") is None  # closed: forgotten
    with pytest.raises(RuntimeError, match="not open yet"):
        dialogs.show_profiles()  # the tool dialogs need the desk


def test_the_tool_dialogs_open_from_the_window(window: MainWindow, qtbot: QtBot) -> None:
    window.show_help()
    window.show_house_settings()
    assert window.dialogs.get("help") is not None
    assert window.dialogs.get("house-settings") is not None
    window.dialogs.close_all()
    qtbot.waitUntil(lambda: window.dialogs.get("help") is None
                    and window.dialogs.get("house-settings") is None)


def test_compare_says_why_when_the_stored_story_cannot_be_read(
    window: MainWindow, desk: Desk, colleague: Newsroom, qtbot: QtBot
) -> None:
    window.open_article(desk.water.id or 0)
    qtbot.waitUntil(lambda: window.open_article_id == desk.water.id)
    colleague.articles.delete(desk.water.id or 0)
    posted: list[Message] = []
    MessageBus.of().message_posted.connect(posted.append)
    try:
        window.compare_with_stored()  # read on the task runner
        qtbot.waitUntil(lambda: any(m.level is Level.ERROR for m in posted))
    finally:
        MessageBus.of().message_posted.disconnect(posted.append)
    error = next(m for m in posted if m.level is Level.ERROR)
    assert error.text.startswith("Cannot read the stored story:")
    assert "SELECT" not in error.text  # the SQL is for the log
    assert window.findChild(ColleagueCompareDialog) is None
