"""What the desk needs before it is built, read off the GUI thread (ui/desk_start.py), and a
window given a bare newsroom: it reads that on the task runner and builds its desk when it
lands, or says why it cannot (on SQLite and PostgreSQL where the database allows)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.desk_start import read_opened
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.messages import Level, Message, MessageBus
from tests.ui.conftest import ui_newsroom


def test_what_the_desk_needs_is_read_once_and_the_id_stays(newsroom: Newsroom) -> None:
    newsroom.house.set_text("outlet_name", "Steppe Courier")
    opened = read_opened(newsroom)
    assert opened.newsroom is newsroom
    assert opened.house.outlet_name == "Steppe Courier"
    assert not opened.unconfigured  # a house setting is stored: somebody set it up
    assert opened.journal_identity == read_opened(newsroom).journal_identity  # made once


def test_a_new_empty_newsroom_is_unconfigured(newsroom: Newsroom) -> None:
    assert read_opened(newsroom).unconfigured
    newsroom.articles.create(Article(headline="A first story"))
    assert not read_opened(newsroom).unconfigured


def test_a_window_given_a_bare_newsroom_builds_its_desk_when_the_read_lands(
    qtbot: QtBot, newsroom: Newsroom
) -> None:
    window = MainWindow(newsroom)
    qtbot.addWidget(window)
    assert not window.is_open and window.initial_story_pending  # read on the task runner
    assert not window.refresh_action.isEnabled()  # waits for the desk
    with qtbot.waitSignal(window.newsroom_opened):
        pass
    assert window.is_open and window.refresh_action.isEnabled()
    qtbot.waitUntil(lambda: not window.initial_story_pending)
    window.autosaver.discard()
    window.close()


def test_a_newsroom_whose_settings_cannot_be_read_leaves_no_desk_and_says_why(
    qtbot: QtBot, tmp_path: Path
) -> None:
    file = tmp_path / "newsroom.sqlite3"
    with ui_newsroom(f"sqlite:///{file}") as room:
        with sqlite3.connect(file) as raw:
            raw.execute("DROP TABLE house_settings")
        posted: list[Message] = []
        MessageBus.of().message_posted.connect(posted.append)
        try:
            window = MainWindow(room)
            qtbot.addWidget(window)
            with qtbot.waitSignal(window.newsroom_failed) as failed:
                pass
            qtbot.waitUntil(lambda: any(m.level is Level.ERROR for m in posted))
        finally:
            MessageBus.of().message_posted.disconnect(posted.append)
        assert "house_settings" in str(failed.args[0])
        assert not window.is_open and not window.initial_story_pending
        error = next(m for m in posted if m.level is Level.ERROR)
        assert "there is no table house_settings" in error.text
        assert "SELECT" not in error.text  # the SQL is for the log
        window.close()
