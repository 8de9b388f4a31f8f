"""Bad input on the desk (issue 12), on SQLite and PostgreSQL: the original deleted or spiked
while its translation is open, a 10,000-row story, two translators confirming rows of the same
translation at once. Each gets a clear message in the desk, nothing typed is lost, and the desk
keeps working."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article, Dateline, Status
from newsdesk.domain.segments import SegmentState
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.recovery import recovery_offers
from newsdesk.services.recovery_journal import JournalWriter, RecoveryJournal
from newsdesk.services.translation import TranslationService
from newsdesk.ui.translation.desk_model import ORIGINAL_COLUMN, STATE_ROLE, TRANSLATION_COLUMN
from newsdesk.ui.translation.desk_widget import TranslationDeskWidget
from tests.ui.conftest import ui_newsroom
from tests.ui.translation.desk_keys import demo_journal, press, settle

EN_SLUG, RU_SLUG = "water-schedule-tashkent", "water-schedule-tashkent-ru"
HEADLINE_ROW, PROTOCOL = 0, 3  # the protocol paragraph, after the headline and deck rows


@pytest.fixture
def demo_url(demo_database_url: str) -> str:
    return demo_database_url


@pytest.fixture
def journal(demo_url: str, recovery_dir: Path) -> Iterator[tuple[RecoveryJournal, JournalWriter]]:
    with demo_journal(demo_url, recovery_dir) as opened:
        yield opened


def _desk(qtbot: QtBot, room: Newsroom, translation_id: int,
          writer: JournalWriter | None = None) -> TranslationDeskWidget:
    desk = TranslationDeskWidget(room, journal=writer)
    qtbot.addWidget(desk)
    desk.resize(1300, 800)
    desk.show()
    with qtbot.wait_signal(desk.desk_loaded, timeout=60000):
        desk.open_for(translation_id)
    return desk


def _reload(qtbot: QtBot, desk: TranslationDeskWidget) -> None:
    assert desk.desk is not None
    with qtbot.wait_signal(desk.desk_loaded, timeout=10000):
        desk.load_translation(desk.desk.translation.id or 0)


# -- the original deleted or spiked meanwhile --------------------------------------------------

def test_an_original_deleted_meanwhile_the_next_save_keeps_the_text_and_says_why(
    qtbot: QtBot, demo_url: str
) -> None:
    with ui_newsroom(demo_url) as room:
        en, ru = room.articles.get_by_slug(EN_SLUG), room.articles.get_by_slug(RU_SLUG)
        desk = _desk(qtbot, room, ru.id or 0)
        original_text = desk.model.index(PROTOCOL, ORIGINAL_COLUMN).data()
        told: list[str] = []
        desk.failed.connect(told.append)
        room.articles.delete(en.id or 0)  # a colleague deletes the original

        index = desk.model.index(PROTOCOL, TRANSLATION_COLUMN)
        with qtbot.wait_signal(desk.translation_saved, timeout=5000):
            desk.model.setData(index, index.data() + " Дописано после удаления.")
        stored = room.articles.get(ru.id or 0)
        assert "Дописано после удаления." in stored.body  # the typed text is saved
        assert stored.translation_of is None  # as a story of its own now
        assert told and "was deleted while its translation was open" in told[-1]
        assert "was deleted" in desk.status_label.text()
        # The desk keeps working: the original's last text on the left, read only.
        assert desk.model.index(PROTOCOL, ORIGINAL_COLUMN).data() == original_text
        assert not desk.model.flags(desk.model.index(PROTOCOL, ORIGINAL_COLUMN)) & (
            Qt.ItemFlag.ItemIsEditable)
        assert desk.table.isEnabled()
        with qtbot.wait_signal(desk.translation_saved, timeout=5000):
            desk.model.setData(desk.model.index(HEADLINE_ROW, TRANSLATION_COLUMN),
                               "Заголовок без оригинала")
        assert room.articles.get(ru.id or 0).headline == "Заголовок без оригинала"
        desk.table.setCurrentIndex(desk.model.index(PROTOCOL, TRANSLATION_COLUMN))
        press(desk, "Ctrl+Return")
        assert desk.model.state_at(PROTOCOL) is SegmentState.TRANSLATED


def test_an_original_deleted_meanwhile_the_next_refresh_says_so_and_rows_stay(
    qtbot: QtBot, demo_url: str
) -> None:
    with ui_newsroom(demo_url) as room:
        en, ru = room.articles.get_by_slug(EN_SLUG), room.articles.get_by_slug(RU_SLUG)
        desk = _desk(qtbot, room, ru.id or 0)
        rows = desk.model.rowCount()
        room.articles.delete(en.id or 0)
        _reload(qtbot, desk)
        assert "was deleted while its translation was open" in desk.status_label.text()
        assert en.headline in desk.status_label.text()
        assert desk.model.rowCount() == rows
        assert desk.model.index(PROTOCOL, ORIGINAL_COLUMN).data().startswith("Under the protocol")
        # Asking for what needs an original is refused with words, not a traceback.
        told: list[str] = []
        desk.failed.connect(told.append)
        with qtbot.wait_signal(desk.sync_answered, timeout=5000) as answered:
            assert desk.mark_synced()
        assert answered.args == [False]
        assert told and "no longer in the newsroom" in told[0]
        assert room.articles.get(ru.id or 0).body == ru.body  # nothing written by the refusal


def test_a_spiked_original_is_named_and_the_translation_still_saves(
    qtbot: QtBot, demo_url: str
) -> None:
    with ui_newsroom(demo_url) as room:
        en, ru = room.articles.get_by_slug(EN_SLUG), room.articles.get_by_slug(RU_SLUG)
        desk = _desk(qtbot, room, ru.id or 0)
        room.articles.spike(en.id or 0)
        _reload(qtbot, desk)
        assert "was spiked" in desk.status_label.text()
        index = desk.model.index(PROTOCOL, TRANSLATION_COLUMN)
        with qtbot.wait_signal(desk.translation_saved, timeout=5000):
            desk.model.setData(index, index.data() + " Правка.")
        stored = room.articles.get(ru.id or 0)
        assert "Правка." in stored.body and stored.translation_of == EN_SLUG
        assert room.articles.get(en.id or 0).status is Status.ARCHIVED


# -- a 10,000-row story ----------------------------------------------------------------------

def test_a_ten_thousand_row_story_opens_and_a_row_is_edited_and_saved(
    qtbot: QtBot, demo_url: str
) -> None:
    rows = 10_000
    body = "\n\n".join(f"Paragraph {n}: {n * 3} tonnes of grain left the port of Aktau."
                       for n in range(1, rows + 1))
    with ui_newsroom(demo_url) as room:
        demo = room.articles.get_by_slug(EN_SLUG)
        long_story = room.articles.create(Article(
            headline="Grain shipments, the full register", body=body, language="en",
            dateline=Dateline(city="Aktau"), byline=demo.byline))
        draft = TranslationService(room.uow).start_translation(long_story.id or 0, "ru")
        desk = _desk(qtbot, room, draft.id or 0)
        model = desk.model
        assert model.rowCount() == rows + 1  # the headline, no deck, every paragraph
        # Rows are not all laid out: only those in view are fitted to their text.
        assert desk.table.verticalHeader().sectionResizeMode(0) is (
            QHeaderView.ResizeMode.Interactive)
        assert model.state_at(5000) is SegmentState.UNTRANSLATED

        far = model.index(9_000, TRANSLATION_COLUMN)
        desk.table.setCurrentIndex(far)
        desk.table.scrollTo(far)
        text = "Абзац 9000: из порта Актау вывезено 27 000 тонн зерна."  # row 0: headline
        with qtbot.wait_signal(desk.translation_saved, timeout=30000):
            assert model.setData(far, text)
        stored = room.articles.get(draft.id or 0)
        assert stored.body.split("\n\n")[8_999] == text
        assert stored.body.count("\n\n") == rows - 1  # no paragraph lost or split
        assert model.index(9_000, TRANSLATION_COLUMN).data(STATE_ROLE) == SegmentState.DRAFT


# -- two translators at once -----------------------------------------------------------------

def test_two_translators_confirming_rows_at_once_one_is_told_nothing_is_lost(
    qtbot: QtBot, demo_url: str, journal: tuple[RecoveryJournal, JournalWriter]
) -> None:
    store, writer = journal
    with ui_newsroom(demo_url) as aida_room, ui_newsroom(demo_url) as oleg_room:
        ru = aida_room.articles.get_by_slug(RU_SLUG)
        aida = _desk(qtbot, aida_room, ru.id or 0)
        oleg = _desk(qtbot, oleg_room, ru.id or 0, writer)
        told: list[str] = []
        oleg.failed.connect(told.append)

        # Different rows at once: both stored.
        aida.table.setCurrentIndex(aida.model.index(PROTOCOL, TRANSLATION_COLUMN))
        press(aida, "Ctrl+Return")
        oleg.table.setCurrentIndex(oleg.model.index(PROTOCOL + 1, TRANSLATION_COLUMN))
        press(oleg, "Ctrl+Return")
        assert not told
        # The same row: the second is told, the first one's state stands.
        oleg.table.setCurrentIndex(oleg.model.index(PROTOCOL, TRANSLATION_COLUMN))
        with qtbot.wait_signal(oleg.desk_loaded, timeout=10000):
            press(oleg, "Ctrl+4")
        assert told and "changed" in told[-1] and "at the same time" in told[-1]
        states = aida_room.segments.states(ru.id or 0)
        assert states[aida.model.key_at(PROTOCOL)].state is SegmentState.TRANSLATED
        assert states[aida.model.key_at(PROTOCOL + 1)].state is SegmentState.TRANSLATED

        # Aida saves a text; Oleg, typing another row, confirms it: refused, his text kept.
        index = aida.model.index(PROTOCOL + 2, TRANSLATION_COLUMN)
        with qtbot.wait_signal(aida.translation_saved):
            aida.model.setData(index, index.data() + " Правка Аиды.")
        mine = oleg.model.index(PROTOCOL + 3, TRANSLATION_COLUMN)
        oleg.table.setCurrentIndex(mine)
        oleg.table.edit(mine)
        editor = oleg.table.indexWidget(mine)
        assert editor is not None
        editor.setPlainText("Перевод Олега.")  # type: ignore[attr-defined]
        with qtbot.wait_signal(oleg.desk_loaded, timeout=10000):
            oleg.confirm_row()
        assert "offered back" in told[-1] or "saved elsewhere" in told[-1]
        stored = aida_room.articles.get(ru.id or 0)
        assert "Правка Аиды." in stored.body and "Перевод Олега." not in stored.body
        assert "Правка Аиды." in oleg.model.index(PROTOCOL + 2, TRANSLATION_COLUMN).data()
        assert writer.flush()
        [offer] = recovery_offers(store, oleg_room.articles).offers
        assert "Перевод Олега." in offer.mine.body  # nothing lost: offered back at next start
        # While his refused text waits for Use Mine / Keep Theirs, nothing else writes the row.
        assert oleg.conflict.pending and not oleg.confirm_row()
        with qtbot.wait_signal(oleg.conflict.resolved, timeout=10000):
            assert oleg.conflict.keep_theirs()
        # Oleg, now on the newest text, confirms his row.
        oleg.table.setCurrentIndex(oleg.model.index(PROTOCOL + 3, TRANSLATION_COLUMN))
        assert oleg.confirm_row()
        settle(oleg)  # stored on the runner
        states = oleg_room.segments.states(ru.id or 0)
        assert states[oleg.model.key_at(PROTOCOL + 3)].state is SegmentState.TRANSLATED
        assert states[oleg.model.key_at(PROTOCOL)].state is SegmentState.TRANSLATED  # Aida's
