"""A translator's refused cell gets its ways out in the session: Use Mine, Keep Theirs.

The colleague is a second newsroom on the same database (SQLite file or PostgreSQL server),
saving the translation while a cell is typed in; the desk in the real window hears of it by
live updates. Use Mine goes through the desk's own write-ahead save path (journal first, the
save waits for it on disk), whose kill-mid-way tests are in test_desk_write_ahead.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.translation.desk_conflict import DeskConflict
from newsdesk.ui.translation.desk_dialog import TranslationDeskDialog
from tests.ui.conftest import ui_newsroom
from tests.ui.translation.desk_helpers import RU_SLUG, typed_while_a_colleague_saves

SOON = 10_000  # ms: a bound for a loaded machine, not a speed claim
MINE = " Моя правка."


@pytest.fixture
def colleague(database_url: str, newsroom: Newsroom) -> Iterator[Newsroom]:
    """A second newsroom on the desk's database: a colleague's window, writing as it would."""
    with ui_newsroom(database_url) as room:
        yield room


@pytest.fixture
def refused(qtbot: QtBot, newsroom: Newsroom, colleague: Newsroom
            ) -> Iterator[tuple[MainWindow, TranslationDeskDialog, int]]:
    """The desk in the real window after my cell's save was refused: a colleague saved
    "1,2 млрд" while I typed "Моя правка." in the same paragraph. Yields the window, the
    desk's dialog and the translation's id."""
    window, dialog, _editor, stored = typed_while_a_colleague_saves(
        qtbot, newsroom, colleague, MINE)
    desk = dialog.desk
    with qtbot.waitSignal(desk.conflict.offered, timeout=SOON):
        desk.commit_open_edit()
    qtbot.waitUntil(lambda: not desk.busy, timeout=SOON)
    assert stored.id is not None
    yield window, dialog, stored.id
    dialog.close()
    window.autosaver.discard()
    window.close()


def _journalled(window: MainWindow, translation_id: int) -> str | None:
    entry = window.journal.read(f"desk-{translation_id}")
    return None if entry is None else entry.article.body


def _choose_by_keyboard(qtbot: QtBot, button: QPushButton) -> str:
    """Press the notice's button with the space bar; what the choice settled on."""
    conflict = button.parent()
    assert isinstance(conflict, DeskConflict)
    with qtbot.waitSignal(conflict.resolved, timeout=SOON) as blocker:
        QTest.keyClick(button, Qt.Key.Key_Space)
    [choice] = blocker.args
    return str(choice)


def test_a_refused_cell_shows_both_texts_with_the_ways_out(
    refused: tuple[MainWindow, TranslationDeskDialog, int], newsroom: Newsroom
) -> None:
    window, dialog, translation_id = refused
    conflict = dialog.desk.conflict
    assert conflict.isVisible() and conflict.pending
    assert "1,2 млрд" in conflict.theirs_label.text()
    assert "Моя правка." not in conflict.theirs_label.text()
    assert "1,1 млрд" in conflict.mine_label.text() and "Моя правка." in conflict.mine_label.text()
    assert conflict.use_mine_button.isEnabled() and conflict.keep_theirs_button.isEnabled()
    assert conflict.use_mine_button.hasFocus()  # the choice is one key away
    # No typing meanwhile: the next edit's journal entry would replace the refused text.
    assert dialog.desk.table.editTriggers() == dialog.desk.table.EditTrigger.NoEditTriggers
    assert "1,2 млрд" in newsroom.articles.get_by_slug(RU_SLUG).body  # theirs, untouched
    assert "Моя правка." in (_journalled(window, translation_id) or "")
    dialog.desk.grab().save("/tmp/desk_conflict.png")


def test_no_command_writes_while_the_choice_waits(
    qtbot: QtBot, refused: tuple[MainWindow, TranslationDeskDialog, int]
) -> None:
    """A memory match, pre-translation, a row state, a glossary term or Mark as up to date
    would write the row, and its journal entry would replace the refused text: they wait."""
    window, dialog, translation_id = refused
    desk = dialog.desk
    desk.table.setCurrentIndex(desk.model.index(1, 1))
    journalled = _journalled(window, translation_id)
    assert journalled is not None and MINE.strip() in journalled

    assert desk.holds_writes
    assert not desk.confirm_button.isEnabled()
    assert not desk.memory.pretranslate_button.isEnabled()
    assert not desk.sync.button.isEnabled()
    assert desk.confirm_row() is False
    assert desk.pretranslate() is False
    assert desk.insert_match(1) is False
    assert desk.tools.insert_term(1) is False
    assert desk.mark_synced() is False
    qtbot.wait(200)  # anything wrongly sent would be on its way now
    assert not desk.busy
    assert _journalled(window, translation_id) == journalled

    assert _choose_by_keyboard(qtbot, desk.conflict.keep_theirs_button)
    qtbot.waitUntil(lambda: not desk.holds_writes, timeout=SOON)


def test_use_mine_stores_my_text_and_clears_the_journal(
    qtbot: QtBot, refused: tuple[MainWindow, TranslationDeskDialog, int], newsroom: Newsroom
) -> None:
    window, dialog, translation_id = refused
    desk = dialog.desk
    assert _choose_by_keyboard(qtbot, desk.conflict.use_mine_button) == "mine"
    stored = newsroom.articles.get_by_slug(RU_SLUG).body
    assert stored.count("Моя правка.") == 1 and "1,1 млрд" in stored
    assert not desk.conflict.isVisible() and not desk.conflict.pending
    qtbot.waitUntil(lambda: _journalled(window, translation_id) is None, timeout=SOON)
    qtbot.waitUntil(lambda: not desk.busy, timeout=SOON)
    assert "Моя правка." in desk.model.body
    assert desk.table.editTriggers() != desk.table.EditTrigger.NoEditTriggers  # typing again


def test_keep_theirs_keeps_the_colleague_s_text_and_copies_mine(
    qtbot: QtBot, refused: tuple[MainWindow, TranslationDeskDialog, int], newsroom: Newsroom
) -> None:
    window, dialog, translation_id = refused
    desk = dialog.desk
    assert _choose_by_keyboard(qtbot, desk.conflict.keep_theirs_button) == "theirs"
    stored = newsroom.articles.get_by_slug(RU_SLUG).body
    assert "1,2 млрд" in stored and "Моя правка." not in stored
    assert "Моя правка." in QGuiApplication.clipboard().text()  # nothing lost
    assert not desk.conflict.isVisible()
    qtbot.waitUntil(lambda: _journalled(window, translation_id) is None, timeout=SOON)
    assert "clipboard" in desk.status_label.text()


def test_use_mine_after_a_third_save_is_refused_again(
    qtbot: QtBot, refused: tuple[MainWindow, TranslationDeskDialog, int],
    newsroom: Newsroom, colleague: Newsroom
) -> None:
    """Use Mine saves against the version just read: a colleague's save in between (before
    the desk has read it) is refused, never silently overwritten; both texts show again."""
    window, dialog, translation_id = refused
    desk = dialog.desk
    third = colleague.articles.get_by_slug(RU_SLUG)
    colleague.articles.save(replace(third, body=third.body.replace("1,2 млрд", "1,3 млрд")))
    with qtbot.waitSignal(desk.conflict.offered, timeout=SOON):
        assert desk.conflict.use_mine()  # the desk still holds the version it read before
    stored = newsroom.articles.get_by_slug(RU_SLUG).body
    assert "1,3 млрд" in stored and "Моя правка." not in stored
    assert desk.conflict.pending and "1,3 млрд" in desk.conflict.theirs_label.text()
    assert "Моя правка." in (_journalled(window, translation_id) or "")
    # Now knowingly, against the third version: stored.
    qtbot.waitUntil(lambda: not desk.busy, timeout=SOON)
    with qtbot.waitSignal(desk.conflict.resolved, timeout=SOON):
        assert desk.conflict.use_mine()
    assert "Моя правка." in newsroom.articles.get_by_slug(RU_SLUG).body
