"""Live updates in the window: a colleague's save reaches the list and the open story without
Ctrl+R, on SQLite (data_version) and PostgreSQL (LISTEN/NOTIFY) alike.

The colleague is a second newsroom on the same database, writing through the services as
another window would. The 3 s waits are generous bounds for a loaded machine, not timing
assertions (the speed is measured in benchmarks/bench_live_updates.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.autosave import SaveState
from newsdesk.ui.dialogs.colleague_compare_dialog import ColleagueCompareDialog
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.models.article_list_model import HEADLINE
from tests.helpers.desk import open_story, wait_idle
from tests.ui.shell.conftest import Desk, shown_window

SOON = 3000  # ms


@pytest.fixture
def window(qtbot: QtBot, desk: Desk) -> Iterator[MainWindow]:
    window = shown_window(qtbot, desk.newsroom)
    open_story(qtbot, window, desk.water.id or 0)
    feed = window.live_updates.feed
    assert feed is not None
    assert feed.connected.wait(10)
    yield window
    window.autosaver.discard()
    window.close()
    assert feed.stopping  # the window never waits for the feed's thread; it ends on its own
    qtbot.waitUntil(lambda: not feed.running)


def _headlines(window: MainWindow) -> list[str]:
    model = window.list_panel.model
    return [model.index(row, HEADLINE).data() for row in range(model.rowCount())]


def test_a_colleague_s_new_story_appears_in_the_list(
    qtbot: QtBot, window: MainWindow, colleague: Newsroom
) -> None:
    colleague.articles.create(Article(headline="Anzob tunnel reopens after repairs"))
    qtbot.waitUntil(lambda: "Anzob tunnel reopens after repairs" in _headlines(window),
                    timeout=SOON)
    assert window.open_article_id is not None  # the open story stays open


def test_a_colleague_s_save_shows_in_the_clean_editor(
    qtbot: QtBot, desk: Desk, window: MainWindow, colleague: Newsroom
) -> None:
    body = window.editor.body_edit
    cursor = body.textCursor()
    cursor.setPosition(6)
    body.setTextCursor(cursor)
    stored = colleague.articles.get(desk.water.id or 0)
    colleague.articles.save(replace(stored, body="Farmers get water on a fixed rota from May, "
                                                 "the ministry said."))
    qtbot.waitUntil(lambda: "the ministry said" in body.toPlainText(), timeout=SOON)
    assert body.textCursor().position() == 6  # the cursor stays where it was
    assert window.autosaver.state is SaveState.SAVED
    assert not window.autosaver.is_dirty


def test_unsaved_edits_are_kept_and_the_newer_version_offered(
    qtbot: QtBot, desk: Desk, window: MainWindow, colleague: Newsroom
) -> None:
    window.autosaver.timer.stop()
    window.autosaver.timer.setInterval(60_000)  # the user is mid-sentence: no autosave yet
    body = window.editor.body_edit
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, " My own addition.")
    assert window.autosaver.is_dirty
    stored = colleague.articles.get(desk.water.id or 0)
    colleague.articles.save(replace(stored, body="The colleague's rewrite."))
    qtbot.waitUntil(lambda: window.notice.isVisible() and "newer version" in
                    window.notice.message, timeout=SOON)
    assert body.toPlainText().endswith("My own addition.")
    assert "colleague's rewrite" not in body.toPlainText()

    window.compare_with_stored()  # the notice's Compare: both texts side by side
    # The stored story is read on the task runner; the dialog opens when it lands.
    qtbot.waitUntil(lambda: window.findChild(
        ColleagueCompareDialog, "colleagueCompareDialog") is not None, timeout=SOON)
    compare = window.findChild(ColleagueCompareDialog, "colleagueCompareDialog")
    assert compare is not None
    assert "colleague" in compare.stored_view.toPlainText()
    assert "My own addition." in compare.mine_view.toPlainText()
    compare.reload_requested.emit()  # Reload Story: take theirs, drop mine
    wait_idle(qtbot, window)
    assert body.toPlainText() == "The colleague's rewrite."
    assert not window.autosaver.is_dirty
    compare.close()


def test_house_settings_changed_by_a_colleague_reach_the_window(
    qtbot: QtBot, window: MainWindow, colleague: Newsroom
) -> None:
    colleague.house.set_text("outlet_name", "Steppe Courier")
    qtbot.waitUntil(lambda: window.house.outlet_name == "Steppe Courier", timeout=SOON)


def test_a_refused_autosave_after_a_colleague_s_save_still_offers_compare(
    qtbot: QtBot, desk: Desk, window: MainWindow, colleague: Newsroom
) -> None:
    """The colleague's newer version is announced with Compare; the autosave that follows is
    refused as a conflict and its notice must not take Compare away (found by a fresh-eyes
    run: only Reload Story and Save Mine as a Copy were left, so the user had to choose
    without seeing the colleague's text)."""
    body = window.editor.body_edit
    body.moveCursor(body.textCursor().MoveOperation.End)
    body.insertPlainText(" My own addition.")
    stored = colleague.articles.get(desk.water.id or 0)
    colleague.articles.save(replace(stored, body="The colleague's rewrite."))
    window.autosaver.start_save()  # the autosave the quiet clock would make
    qtbot.waitUntil(lambda: window.autosaver.state is SaveState.CONFLICT, timeout=SOON)
    notice = window.notice
    buttons = [notice.button, notice.second_button, notice.third_button]
    shown = [button.text() for button in buttons if not button.isHidden()]
    assert shown == ["Reload Story", "Save Mine as a Copy", "Compare"]
    notice.third_button.click()
    qtbot.waitUntil(lambda: window.findChild(
        ColleagueCompareDialog, "colleagueCompareDialog") is not None, timeout=SOON)
    compare = window.findChild(ColleagueCompareDialog, "colleagueCompareDialog")
    assert compare is not None
    assert "colleague's rewrite" in compare.stored_view.toPlainText()
    assert body.toPlainText().endswith("My own addition.")  # nothing of mine dropped
    compare.reload_requested.emit()  # having seen theirs: take it
    wait_idle(qtbot, window)
    assert body.toPlainText() == "The colleague's rewrite."
    compare.close()


def test_the_colleague_s_version_seen_after_a_refused_save_keeps_save_mine_as_a_copy(
    qtbot: QtBot, desk: Desk, window: MainWindow, colleague: Newsroom
) -> None:
    """The save is refused first and the colleague's version is seen after it (the refusal
    can come before the live update): the notice must keep Save Mine as a Copy, which the
    save label's tooltip names (found by a fresh-eyes run: the colleague notice replaced the
    conflict's, leaving only Compare and Reload Story, and no way to keep both texts)."""
    body = window.editor.body_edit
    body.moveCursor(body.textCursor().MoveOperation.End)
    body.insertPlainText(" My own addition.")
    stored = colleague.articles.save(replace(colleague.articles.get(desk.water.id or 0),
                                             body="The colleague's rewrite."))
    window.autosaver.start_save()
    qtbot.waitUntil(lambda: window.autosaver.state is SaveState.CONFLICT, timeout=SOON)
    window.colleagues.follow.follow(stored)  # the live update's read of the stored story
    notice = window.notice
    buttons = [notice.button, notice.second_button, notice.third_button]
    shown = [button.text() for button in buttons if not button.isHidden()]
    assert shown == ["Reload Story", "Save Mine as a Copy", "Compare"]
    assert "Save Mine as a Copy" in window.save_state_label.toolTip()
    notice.second_button.click()  # keep both: mine becomes a new draft
    wait_idle(qtbot, window)
    copy = colleague.articles.get(window.open_article_id or 0)
    assert copy.id != desk.water.id
    assert copy.body.endswith("My own addition.")
    assert colleague.articles.get(desk.water.id or 0).body == "The colleague's rewrite."
