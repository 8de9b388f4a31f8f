"""Nothing typed on the translators' desk is lost: a paragraph being typed reaches the recovery
journal, and an edit the newsroom could not take stays on the desk and in the journal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.services.recovery import recovery_offers
from newsdesk.services.recovery_journal import JournalWriter, RecoveryJournal
from newsdesk.ui.translation.desk_widget import TranslationDeskWidget
from newsdesk.ui.translation.paragraph_editor import ParagraphEdit
from tests.helpers.unavailable import unavailable
from tests.ui.conftest import ui_newsroom
from tests.ui.translation.desk_helpers import open_cell
from tests.ui.translation.desk_keys import settle

RU_SLUG = "water-schedule-tashkent-ru"
ROW = 3  # the protocol paragraph (after the headline and deck rows)


@pytest.fixture
def demo_url(demo_database_url: str) -> str:
    return demo_database_url


@pytest.fixture
def journal(demo_url: str, recovery_dir: Path) -> Iterator[tuple[RecoveryJournal, JournalWriter]]:
    room = open_newsroom(demo_url)
    try:
        journal = RecoveryJournal(recovery_dir, room.house.newsroom_id())
    finally:
        room.close()
    writer = JournalWriter(journal)
    yield journal, writer
    writer.close()


def _desk(qtbot: QtBot, room: Newsroom, writer: JournalWriter) -> TranslationDeskWidget:
    desk = TranslationDeskWidget(room, journal=writer)
    qtbot.addWidget(desk)
    desk.resize(1200, 800)
    desk.show()
    ru = room.articles.get_by_slug(RU_SLUG)
    with qtbot.wait_signal(desk.desk_loaded, timeout=10000):
        desk.open_for(ru.id or 0)
    return desk


def _edit(qtbot: QtBot, desk: TranslationDeskWidget) -> ParagraphEdit:
    editor = open_cell(qtbot, desk, ROW)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    return editor


def test_a_paragraph_being_typed_reaches_the_journal_before_it_is_committed(
    qtbot: QtBot, demo_url: str, journal: tuple[RecoveryJournal, JournalWriter]
) -> None:
    store, writer = journal
    # ui_newsroom: closed once the desk's lookups have ended, never with one still running.
    with ui_newsroom(demo_url) as room:
        desk = _desk(qtbot, room, writer)
        editor = _edit(qtbot, desk)
        editor.insertPlainText(" Черновик перевода.")  # QTest types ASCII only
        key = f"desk-{room.articles.get_by_slug(RU_SLUG).id}"

        def journalled() -> bool:
            entry = store.read(key)
            return entry is not None and "Черновик перевода." in entry.article.body

        qtbot.waitUntil(journalled, timeout=15000)
        assert "Черновик" not in room.articles.get_by_slug(RU_SLUG).body  # not committed
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # committed and saved: the journal goes
        qtbot.waitUntil(lambda: store.read(key) is None, timeout=15000)
        assert "Черновик перевода." in room.articles.get_by_slug(RU_SLUG).body


def test_an_edit_the_newsroom_cannot_take_stays_on_the_desk_and_in_the_journal(
    qtbot: QtBot, demo_url: str, journal: tuple[RecoveryJournal, JournalWriter]
) -> None:
    store, writer = journal
    with unavailable(demo_url) as (url, go_away, come_back), ui_newsroom(url) as room:
        desk = _desk(qtbot, room, writer)
        translation_id = room.articles.get_by_slug(RU_SLUG).id
        told: list[str] = []
        desk.failed.connect(told.append)  # the status line may go on to the QA's own news
        go_away()
        editor = _edit(qtbot, desk)
        editor.insertPlainText(" Добавлено без связи.")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        settle(desk)  # the save is refused on the runner

        assert told and "kept on this computer" in told[-1]
        assert "Добавлено без связи." in desk.model.body  # not reloaded away
        assert writer.flush()
        entry = store.read(f"desk-{translation_id}")
        assert entry is not None and "Добавлено без связи." in entry.article.body

        come_back()
        editor = _edit(qtbot, desk)  # the next edit saves both
        editor.insertPlainText(" И ещё.")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "Saved" in desk.status_label.text(), timeout=5000)
        stored = room.articles.get_by_slug(RU_SLUG).body
        assert "Добавлено без связи. И ещё." in stored
        assert writer.flush() and store.read(f"desk-{translation_id}") is None


def test_a_desk_edit_refused_by_a_conflict_is_offered_back_at_the_next_start(
    qtbot: QtBot, demo_url: str, journal: tuple[RecoveryJournal, JournalWriter]
) -> None:
    store, writer = journal
    with ui_newsroom(demo_url) as room:
        desk = _desk(qtbot, room, writer)
        ru = room.articles.get_by_slug(RU_SLUG)
        room.articles.save(ru.__class__(**{**ru.__dict__, "deck": "Правка коллеги"}))
        told: list[str] = []
        desk.failed.connect(told.append)
        editor = _edit(qtbot, desk)
        editor.insertPlainText(" Мой абзац.")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        settle(desk)  # refused on the runner, the stored text shown again
        assert len(told) == 1 and "offered back" in told[0]
        assert writer.flush()
        [offer] = recovery_offers(store, room.articles).offers
        assert "Мой абзац." in offer.mine.body
        assert offer.colleague_saved_since
