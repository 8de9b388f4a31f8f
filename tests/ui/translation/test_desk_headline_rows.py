"""The headline and deck as rows of the desk (issue 12), on SQLite and PostgreSQL: shown on
top with their kind, flagged when the original's field changed (minor or must-review),
confirmed alone, edited and saved through the translation's normal save (journalled first,
refused on a conflict, nothing half-written when the save dies between two writes), and
jumped to from the readiness check."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from newsdesk.db.uow import UnitOfWork
from newsdesk.domain.errors import DatabaseOfflineError
from newsdesk.domain.segments import SegmentState
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.recovery_journal import JournalWriter, RecoveryJournal
from newsdesk.ui.translation.desk_model import (
    ORIGINAL_COLUMN,
    SEVERITY_ROLE,
    STATE_ROLE,
    TRANSLATION_COLUMN,
)
from newsdesk.ui.translation.desk_widget import TranslationDeskWidget
from newsdesk.ui.translation.paragraph_editor import ParagraphEdit
from tests.ui.conftest import ui_newsroom
from tests.ui.translation.desk_helpers import open_cell
from tests.ui.translation.desk_keys import demo_journal, press, settle

EN_SLUG, RU_SLUG = "water-schedule-tashkent", "water-schedule-tashkent-ru"
HEADLINE, DECK = 0, 1


@pytest.fixture
def demo_url(demo_database_url: str) -> str:
    return demo_database_url


@pytest.fixture
def journal(demo_url: str, recovery_dir: Path) -> Iterator[tuple[RecoveryJournal, JournalWriter]]:
    with demo_journal(demo_url, recovery_dir) as opened:
        yield opened


def _desk(qtbot: QtBot, room: Newsroom, writer: JournalWriter | None = None
          ) -> TranslationDeskWidget:
    desk = TranslationDeskWidget(room, journal=writer)
    qtbot.addWidget(desk)
    desk.resize(1300, 800)
    desk.show()
    ru = room.articles.get_by_slug(RU_SLUG)
    with qtbot.wait_signal(desk.desk_loaded, timeout=10000):
        desk.open_for(ru.id or 0)
    return desk


def _reload(qtbot: QtBot, desk: TranslationDeskWidget, room: Newsroom) -> None:
    with qtbot.wait_signal(desk.desk_loaded, timeout=10000):
        desk.load_translation(room.articles.get_by_slug(RU_SLUG).id or 0)


def _edit_original(room: Newsroom, **fields: str) -> None:
    original = room.articles.get_by_slug(EN_SLUG)
    saved = room.articles.save(replace(original, **fields))  # type: ignore[arg-type]
    room.articles.record_revision(saved.id or 0, note="edited")


def _type_headline(qtbot: QtBot, desk: TranslationDeskWidget, text: str) -> ParagraphEdit:
    editor = open_cell(qtbot, desk, HEADLINE)
    editor.selectAll()
    editor.insertPlainText(text)  # QTest types ASCII only
    return editor


def test_headline_and_deck_are_the_first_rows_with_their_kind(
    qtbot: QtBot, demo_url: str
) -> None:
    with ui_newsroom(demo_url) as room:
        desk = _desk(qtbot, room)
        model = desk.model
        en, ru = room.articles.get_by_slug(EN_SLUG), room.articles.get_by_slug(RU_SLUG)
        assert model.field_names == ("headline", "deck")
        assert model.headerData(HEADLINE, Qt.Orientation.Vertical) == "Headline"
        assert model.headerData(DECK, Qt.Orientation.Vertical) == "Deck"
        assert model.headerData(2, Qt.Orientation.Vertical) == "1"  # paragraph 1
        assert model.index(HEADLINE, ORIGINAL_COLUMN).data() == en.headline
        assert model.index(HEADLINE, TRANSLATION_COLUMN).data() == ru.headline
        assert model.index(DECK, TRANSLATION_COLUMN).data() == ru.deck
        assert model.key_at(HEADLINE) == "headline" and model.key_at(DECK) == "deck"
        # The demo's translator typed them, nobody confirmed them: drafts, counted.
        assert model.index(HEADLINE, TRANSLATION_COLUMN).data(STATE_ROLE) == SegmentState.DRAFT
        assert desk.progress_label.text() == f"RU: 0/{model.rowCount()} translated"
        desk.table.setCurrentIndex(model.index(HEADLINE, TRANSLATION_COLUMN))
        # The memory is asked about the headline like any row.
        qtbot.waitUntil(lambda: desk.memory_panel.toPlainText() != "", timeout=10000)


def test_a_reworded_headline_is_must_review_a_deck_comma_minor_each_confirmed_alone(
    qtbot: QtBot, demo_url: str
) -> None:
    with ui_newsroom(demo_url) as room:
        en = room.articles.get_by_slug(EN_SLUG)
        desk = _desk(qtbot, room)
        assert en.deck.endswith(".")
        _edit_original(room, headline="Kazakhstan and Uzbekistan sign a summer water deal",
                       deck=en.deck[:-1])  # a full stop dropped: minor
        _reload(qtbot, desk, room)
        model = desk.model
        assert model.flagged_rows() == [HEADLINE, DECK]
        assert model.index(HEADLINE, TRANSLATION_COLUMN).data(SEVERITY_ROLE) == "must_review"
        assert model.index(DECK, TRANSLATION_COLUMN).data(SEVERITY_ROLE) == "minor"
        assert model.headerData(HEADLINE, Qt.Orientation.Vertical) == "Headline Δ"
        desk.table.setCurrentIndex(model.index(HEADLINE, TRANSLATION_COLUMN))
        assert "sign a summer water" in desk.detail.toPlainText()  # the word diff

        ru = room.articles.get_by_slug(RU_SLUG)
        blocking = [p for p in room.articles.check_ready(ru) if p.row == "headline"]
        assert blocking and "headline changed" in blocking[0].message
        assert not [p for p in room.articles.check_ready(ru) if p.row == "deck"]  # minor

        # The translator fixes the headline, then confirms that row alone.
        with qtbot.wait_signal(desk.translation_saved):
            assert model.setData(model.index(HEADLINE, TRANSLATION_COLUMN),
                                 "Казахстан и Узбекистан подписали летнее соглашение о воде")
        desk.table.setCurrentIndex(model.index(HEADLINE, TRANSLATION_COLUMN))
        press(desk, "Ctrl+Return")
        assert model.flagged_rows() == [DECK]
        assert model.state_at(HEADLINE) is SegmentState.TRANSLATED
        assert "Headline confirmed on the desk" in [
            r.note for r in room.articles.revisions(ru.id or 0)]
        assert desk.table.currentIndex().row() == DECK  # on to the next flagged row
        stored = room.articles.get_by_slug(RU_SLUG)
        assert stored.headline.startswith("Казахстан и Узбекистан подписали")
        assert not [p for p in room.articles.check_ready(stored) if p.row == "headline"]
        # The confirmed pair reached the memory.
        qtbot.waitUntil(lambda: room.memory.exact(
            "Kazakhstan and Uzbekistan sign a summer water deal", "en", "ru") is not None,
            timeout=10000)
        press(desk, "Ctrl+Return")  # the minor deck flag, one key
        assert model.flagged_rows() == []
        _reload(qtbot, desk, room)
        assert desk.model.flagged_rows() == []


def test_a_typed_headline_is_journalled_then_saved_alone(
    qtbot: QtBot, demo_url: str, journal: tuple[RecoveryJournal, JournalWriter]
) -> None:
    store, writer = journal
    with ui_newsroom(demo_url) as room:
        desk = _desk(qtbot, room, writer)
        ru = room.articles.get_by_slug(RU_SLUG)
        key = f"desk-{ru.id}"
        editor = _type_headline(qtbot, desk, "Новый заголовок перевода")

        def journalled() -> bool:
            entry = store.read(key)
            return entry is not None and entry.article.headline == "Новый заголовок перевода"

        qtbot.waitUntil(journalled, timeout=3000)
        assert store.read(key).article.body == ru.body  # type: ignore[union-attr]
        with qtbot.wait_signal(desk.translation_saved, timeout=5000):
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        stored = room.articles.get_by_slug(RU_SLUG)
        assert stored.headline == "Новый заголовок перевода"
        assert (stored.body, stored.deck) == (ru.body, ru.deck)
        assert stored.version == ru.version + 1  # one save, one transaction
        qtbot.waitUntil(lambda: store.read(key) is None, timeout=3000)
        assert desk.model.index(HEADLINE, TRANSLATION_COLUMN).data() == stored.headline


def test_a_deck_edit_refused_by_a_conflict_is_kept_for_the_next_start(
    qtbot: QtBot, demo_url: str, journal: tuple[RecoveryJournal, JournalWriter]
) -> None:
    store, writer = journal
    with ui_newsroom(demo_url) as room:
        desk = _desk(qtbot, room, writer)
        ru = room.articles.get_by_slug(RU_SLUG)
        room.articles.save(replace(ru, body=ru.body + "\n\nАбзац коллеги."))
        told: list[str] = []
        desk.failed.connect(told.append)
        with qtbot.wait_signal(desk.desk_loaded, timeout=10000):
            desk.model.setData(desk.model.index(DECK, TRANSLATION_COLUMN), "Мой подзаголовок")
        assert len(told) == 1 and "offered back" in told[0]
        stored = room.articles.get_by_slug(RU_SLUG)
        assert stored.deck == ru.deck and "Абзац коллеги." in stored.body  # not overwritten
        assert writer.flush()
        entry = store.read(f"desk-{ru.id}")
        assert entry is not None and entry.article.deck == "Мой подзаголовок"


def test_a_headline_save_killed_between_its_writes_leaves_nothing_half_written(
    qtbot: QtBot, demo_url: str, journal: tuple[RecoveryJournal, JournalWriter],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The UPDATE reaches the database, then the connection dies before COMMIT."""
    store, writer = journal
    with ui_newsroom(demo_url) as room:
        desk = _desk(qtbot, room, writer)
        ru = room.articles.get_by_slug(RU_SLUG)
        real_commit = UnitOfWork.commit

        def dies_after_the_update(uow: UnitOfWork) -> None:
            uow.flush()  # the article row and its derived rows are written...
            raise DatabaseOfflineError("the connection to the newsroom was lost")  # ...no COMMIT

        monkeypatch.setattr(UnitOfWork, "commit", dies_after_the_update)
        body_row = desk.model.index(3, TRANSLATION_COLUMN)
        desk.model.setData(body_row, body_row.data() + " Правка абзаца.")
        editor = _type_headline(qtbot, desk, "Заголовок при обрыве")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        settle(desk)  # both saves refused on the runner
        assert "kept on this computer" in desk.status_label.text()

        stored = room.articles.get_by_slug(RU_SLUG)
        assert (stored.headline, stored.body, stored.version) == (ru.headline, ru.body,
                                                                   ru.version)
        # Still on the desk and in the journal, body edit and headline together.
        assert desk.model.index(HEADLINE, TRANSLATION_COLUMN).data() == "Заголовок при обрыве"
        assert writer.flush()
        entry = store.read(f"desk-{ru.id}")
        assert entry is not None and entry.article.headline == "Заголовок при обрыве"
        assert "Правка абзаца." in entry.article.body

        monkeypatch.setattr(UnitOfWork, "commit", real_commit)
        with qtbot.wait_signal(desk.translation_saved, timeout=5000):
            desk.model.setData(desk.model.index(DECK, TRANSLATION_COLUMN), "Подзаголовок после")
        stored = room.articles.get_by_slug(RU_SLUG)
        assert stored.headline == "Заголовок при обрыве" and "Правка абзаца." in stored.body
        assert stored.deck == "Подзаголовок после" and stored.version == ru.version + 1


def test_the_desk_jumps_to_the_rows_readiness_names(qtbot: QtBot, demo_url: str) -> None:
    with ui_newsroom(demo_url) as room:
        _edit_original(room, headline="Kazakhstan and Uzbekistan sign a summer water deal",
                       body=room.articles.get_by_slug(EN_SLUG).body.replace(
                           "at least 1.1 billion", "at least 1.3 billion"))
        desk = _desk(qtbot, room)
        problems = room.articles.check_ready(room.articles.get_by_slug(RU_SLUG))
        rows = {p.row for p in problems if p.row}
        assert "headline" in rows
        assert desk.select_row_key("headline")
        assert desk.table.currentIndex().row() == HEADLINE
        paragraph = next(p for p in problems if p.row and p.row.startswith("p"))
        assert desk.select_row_key(paragraph.row or "")
        assert desk.model.flagged_rows().count(desk.table.currentIndex().row()) == 1
        assert "1.3 billion" in desk.model.index(desk.table.currentIndex().row(),
                                                 ORIGINAL_COLUMN).data()
        assert not desk.select_row_key("p999")
