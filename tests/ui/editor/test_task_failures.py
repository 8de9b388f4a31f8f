"""A widget whose background task fails says so and stops waiting: nothing stays "loading"."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.messages import Message, MessageBus
from tests.helpers.spelling import require_spelling
from tests.ui.conftest import ui_newsroom
from tests.ui.editor.conftest import make_editor

pytestmark = pytest.mark.spelling


@pytest.fixture
def newsroom_without_house_words(tmp_path: Path) -> Iterator[Newsroom]:
    """A real newsroom whose house dictionary cannot be read (its table is gone)."""
    url = f"sqlite:///{tmp_path / 'newsroom.sqlite3'}"
    with ui_newsroom(url) as room:
        with sqlite3.connect(tmp_path / "newsroom.sqlite3") as raw:
            raw.execute("DROP TABLE house_words")
        yield room


def test_house_words_failing_to_load_leave_spelling_off_with_the_reason(
    qtbot: QtBot, newsroom_without_house_words: Newsroom, caplog: pytest.LogCaptureFixture
) -> None:
    require_spelling("en_US")
    posted: list[Message] = []
    MessageBus.of().message_posted.connect(posted.append)
    try:
        with caplog.at_level(logging.WARNING, logger="newsdesk.ui.tasks"):
            editor = make_editor(qtbot, newsroom_without_house_words)
            qtbot.waitUntil(lambda: not editor.spelling.loading, timeout=10_000)
    finally:
        MessageBus.of().message_posted.disconnect(posted.append)
    assert not editor.spelling_busy
    assert editor.spelling.checker is None
    assert "could not be loaded" in editor.spelling.message
    assert "there is no table house_words" in editor.spelling.message
    assert "SELECT" not in editor.spelling.message  # the SQL is for the log
    # The failure is in the log with its traceback; the editor told the user itself.
    failure = [r for r in caplog.records if r.name == "newsdesk.ui.tasks"]
    assert failure and failure[0].levelno == logging.WARNING and failure[0].exc_info
    assert posted == []


def test_house_words_that_cannot_be_read_on_focus_are_said_once_and_typing_goes_on(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A field getting focus looks for colleagues' house words on the task runner: when the
    look fails, the editor says so under the body once (not at every focus change) and keeps
    the checker it has."""
    require_spelling("en_US")
    url = f"sqlite:///{tmp_path / 'newsroom.sqlite3'}"
    with ui_newsroom(url) as room:
        editor = make_editor(qtbot, room)
        qtbot.waitUntil(lambda: not editor.spelling_busy and editor.checker is not None,
                        timeout=10_000)
        checker = editor.checker
        with sqlite3.connect(tmp_path / "newsroom.sqlite3") as raw:
            raw.execute("DROP TABLE house_words")
        editor.reload_house_words()
        qtbot.waitUntil(lambda: not editor.spelling_busy, timeout=10_000)
        assert "could not be read" in editor.notice_label.text()
        assert "there is no table house_words" in editor.notice_label.text()
        editor.clear_notice()
        editor.reload_house_words()  # the next focus change: not said again
        qtbot.waitUntil(lambda: not editor.spelling_busy, timeout=10_000)
        assert editor.notice_label.text() == ""
        assert editor.checker is checker  # spelling stays on with the words it had
