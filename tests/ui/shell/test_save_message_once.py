"""A save that did not go through is said once: in the notice with its ways out, not again in
the status bar's line beside the save-state label (which keeps it in its tooltip)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from newsdesk.ui.autosave import SaveState
from newsdesk.ui.main_window import MainWindow
from tests.helpers.desk import new_story, open_story
from tests.ui.shell.conftest import Desk

FAST_AUTOSAVE_MS = 300  # the real 2 s quiet time, shortened so the test stays quick


@pytest.fixture(autouse=True)
def quick_autosave(window: MainWindow) -> None:
    window.autosaver.timer.setInterval(FAST_AUTOSAVE_MS)


def _said_once(window: MainWindow) -> None:
    """The notice carries the message; the status bar's line does not repeat any of it."""
    said = window.notice.message
    assert said and window.notice.isVisible()
    line = window.statusBar().currentMessage()
    assert said not in line, line
    assert not line or line not in said, line  # nor a piece of it
    label = window.save_state_label
    assert label.text().startswith("✗") and len(label.text()) < 40  # a word or two
    assert label.toolTip() == said  # the whole message is still one hover away


def test_a_conflict_is_said_in_the_notice_not_again_in_the_status_bar(
    desk: Desk, window: MainWindow, qtbot: QtBot
) -> None:
    water_id = desk.water.id or 0
    assert open_story(qtbot, window, water_id)
    articles = desk.newsroom.articles
    articles.save(replace(articles.get(water_id), body="The desk chief rewrote this."))
    window.editor.body.moveCursor(window.editor.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor.body, " My new sentence.")
    qtbot.waitUntil(lambda: window.autosaver.state is SaveState.CONFLICT, timeout=20_000)
    assert "changed elsewhere" in window.notice.message
    _said_once(window)


def test_a_refused_field_is_said_in_the_notice_not_again_in_the_status_bar(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert new_story(qtbot, window)
    qtbot.keyClicks(window.editor.body, "A paragraph typed before any headline.")
    qtbot.waitUntil(lambda: window.autosaver.state is SaveState.INVALID, timeout=20_000)
    assert "headline" in window.notice.message
    _said_once(window)
