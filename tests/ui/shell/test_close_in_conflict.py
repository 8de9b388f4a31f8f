"""Closing the window while a colleague's newer version refuses my save: the notice offers
the ways that keep everything (my text as a copy, or kept on this computer) and names no
button it does not show."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from newsdesk.db.repositories import IgnoredWordRepository
from newsdesk.domain.article import Status
from newsdesk.domain.errors import DatabaseBusyError
from newsdesk.domain.query import ArticleQuery
from newsdesk.services.recovery_journal import RecoveryJournal
from newsdesk.ui.autosave import SaveState
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.messages import Level
from newsdesk.ui.window_closing import COPY_AND_CLOSE, KEEP_AND_CLOSE
from tests.helpers.desk import SOON, open_story
from tests.ui.shell.conftest import Desk, WindowFactory

COLLEAGUE = "The desk chief rewrote this paragraph."
MINE = " My last sentence."


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A modal box would hang the test: each records what it said and closes."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: shown.append(f"{box.objectName()}: {box.text()}") or 0)
    return shown


def _closed_in_conflict(desk: Desk, make_window: WindowFactory, qtbot: QtBot) -> MainWindow:
    """A window on the water story, a colleague's newer save, my typing, then close: the
    window stays with the conflict's close notice."""
    window = make_window(desk.newsroom)
    assert open_story(qtbot, window, desk.water.id or 0)
    desk.newsroom.articles.save(replace(desk.water, body=COLLEAGUE))
    body = window.editor.body
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, MINE)
    window.close()  # the last save goes out; the window waits for its verdict
    qtbot.waitUntil(lambda: window.notice.isVisible()
                    and window.notice.button.text() == COPY_AND_CLOSE, timeout=SOON)
    assert window.isVisible() and window.autosaver.state is SaveState.CONFLICT
    return window


def _stories(desk: Desk) -> dict[str, str]:
    rows = desk.newsroom.articles.page(ArticleQuery(statuses=tuple(Status)), 0, 50)
    return {row.headline: desk.newsroom.articles.get(row.id or 0).body for row in rows}


def test_save_mine_as_a_copy_and_close_keeps_both_texts_and_closes(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot, recovery_dir: Path
) -> None:
    window = _closed_in_conflict(desk, make_window, qtbot)
    notice = window.notice
    assert [notice.button.text(), notice.second_button.text()] == [
        COPY_AND_CLOSE, KEEP_AND_CLOSE]
    assert not notice.third_button.isVisible()
    assert notice.level is Level.WARNING

    notice.button.click()

    qtbot.waitUntil(lambda: not window.isVisible(), timeout=SOON)
    stories = _stories(desk)
    mine = stories[f"{desk.water.headline} (my version)"]
    assert mine == desk.water.body + MINE
    assert stories[desk.water.headline] == COLLEAGUE  # the original keeps the colleague's
    journal = RecoveryJournal(recovery_dir, desk.newsroom.house.newsroom_id())
    assert journal.entries() == ([], [])  # nothing left to offer back: both texts are stored


def test_a_copy_refused_half_way_keeps_the_window_and_says_why(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _closed_in_conflict(desk, make_window, qtbot)
    before = _stories(desk)

    def refused(_self: IgnoredWordRepository, _article_id: int) -> list[str]:
        # Between the copy's row (flushed) and its spelling ignores: the write fails.
        raise DatabaseBusyError("the newsroom is busy: another program holds it")

    monkeypatch.setattr(IgnoredWordRepository, "words", refused)
    window.notice.button.click()

    qtbot.waitUntil(lambda: "copy was not saved" in window.notice.message, timeout=SOON)
    qtbot.waitUntil(lambda: not window.session.busy, timeout=SOON)
    assert window.isVisible()
    assert _stories(desk) == before  # nothing of the copy was stored
    assert window.editor.current_article().body == desk.water.body + MINE

    monkeypatch.undo()
    window.close()  # asked again: the same ways out, and this time the copy lands
    qtbot.waitUntil(lambda: window.notice.button.text() == COPY_AND_CLOSE
                    and window.notice.isVisible(), timeout=SOON)
    window.notice.button.click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=SOON)
    assert _stories(desk)[f"{desk.water.headline} (my version)"] == desk.water.body + MINE


def test_keep_my_text_and_close_in_a_conflict_keeps_it_for_the_next_start(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot, recovery_dir: Path
) -> None:
    window = _closed_in_conflict(desk, make_window, qtbot)
    window.notice.second_button.click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=SOON)
    entry = RecoveryJournal(recovery_dir, desk.newsroom.house.newsroom_id()).read(
        f"story-{desk.water.id}")
    assert entry is not None and entry.article.body.endswith(MINE)
    assert _stories(desk)[desk.water.headline] == COLLEAGUE

