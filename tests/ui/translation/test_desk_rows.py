"""Row states and per-row flag resolution on the desk (issue 12), on SQLite and PostgreSQL:
state keys, next untranslated / next flagged, confirm one row, minor flags dimmed, progress."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from newsdesk.domain.segments import SegmentState
from newsdesk.domain.translation_changes import ChangeKind
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.translation import TranslationDesk
from newsdesk.ui.translation.desk_model import (
    FLAG_COLOURS,
    MINOR_COLOUR,
    SEVERITY_ROLE,
    STATE_COLUMN,
    STATE_ROLE,
    TRANSLATION_COLUMN,
)
from newsdesk.ui.translation.desk_widget import TranslationDeskWidget
from tests.ui.translation.desk_keys import press

EN_SLUG, RU_SLUG = "water-schedule-tashkent", "water-schedule-tashkent-ru"


@pytest.fixture
def desk(qtbot, newsroom: Newsroom) -> TranslationDeskWidget:  # type: ignore[no-untyped-def]
    widget = TranslationDeskWidget(newsroom)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def _load(qtbot, desk: TranslationDeskWidget, article_id: int) -> TranslationDesk:  # type: ignore[no-untyped-def]
    with qtbot.wait_signal(desk.desk_loaded, timeout=10000) as blocker:
        desk.load_translation(article_id)
    return blocker.args[0]  # type: ignore[no-any-return]


def _edit_original(newsroom: Newsroom, *edits: tuple[str, str]) -> None:
    original = newsroom.articles.get_by_slug(EN_SLUG)
    body = original.body
    for old, new in edits:
        assert old in body
        body = body.replace(old, new)
    saved = newsroom.articles.save(replace(original, body=body))
    newsroom.articles.record_revision(saved.id or 0, note="edited")


def _press(qtbot, desk: TranslationDeskWidget, key: str) -> None:  # type: ignore[no-untyped-def]
    """Trigger the desk's action bound to ``key`` as the shortcut would; wait for what it
    stores on the runner to land."""
    press(desk, key)


def test_state_keys_set_a_rows_state_and_the_progress_follows(
    qtbot, desk: TranslationDeskWidget, newsroom: Newsroom  # type: ignore[no-untyped-def]
) -> None:
    ru = newsroom.articles.get_by_slug(RU_SLUG)
    loaded = _load(qtbot, desk, ru.id or 0)
    model = desk.model
    rows = model.rowCount()
    assert model.headerData(STATE_COLUMN, Qt.Orientation.Horizontal) == "State"
    # The demo translation was typed but nobody confirmed it: drafts.
    assert model.index(0, STATE_COLUMN).data(STATE_ROLE) == SegmentState.DRAFT
    assert desk.progress_label.text() == f"RU: 0/{rows} translated"

    desk.table.setCurrentIndex(model.index(4, TRANSLATION_COLUMN))
    _press(qtbot, desk, "Ctrl+4")
    assert model.index(4, STATE_COLUMN).data() == "Reviewed"
    assert desk.progress_label.text() == f"RU: 1/{rows} translated"
    _press(qtbot, desk, "Ctrl+1")
    assert model.index(4, STATE_COLUMN).data(STATE_ROLE) == SegmentState.UNTRANSLATED

    desk.table.setCurrentIndex(model.index(2, TRANSLATION_COLUMN))
    desk.next_untranslated_button.click()
    assert desk.table.currentIndex().row() == 4

    # Stored: a fresh desk (a colleague's window) shows the same states.
    stored = newsroom.segments.states(ru.id or 0)
    assert [r.state for r in stored.values()] == [SegmentState.UNTRANSLATED]
    again = TranslationDeskWidget(newsroom)
    qtbot.addWidget(again)
    _load(qtbot, again, ru.id or 0)
    assert again.model.index(4, STATE_COLUMN).data(STATE_ROLE) == SegmentState.UNTRANSLATED
    assert loaded.translation.id == ru.id


def test_confirming_a_row_clears_its_flag_alone_and_feeds_the_memory(
    qtbot, desk: TranslationDeskWidget, newsroom: Newsroom  # type: ignore[no-untyped-def]
) -> None:
    ru = newsroom.articles.get_by_slug(RU_SLUG)
    _edit_original(newsroom, ("irrigation season,", "irrigation season"),  # a comma: minor
                   ("at least 1.1 billion", "at least 1.3 billion"))  # a number: must review
    _load(qtbot, desk, ru.id or 0)
    model = desk.model
    assert model.flagged_rows() == [2, 3]  # after the headline and deck rows
    minor, must = model.index(2, TRANSLATION_COLUMN), model.index(3, TRANSLATION_COLUMN)
    assert minor.data(SEVERITY_ROLE) == "minor"
    assert minor.data(Qt.ItemDataRole.BackgroundRole) == MINOR_COLOUR  # dimmed
    assert must.data(SEVERITY_ROLE) == "must_review"
    assert must.data(Qt.ItemDataRole.BackgroundRole) == FLAG_COLOURS[ChangeKind.CHANGED]
    assert desk.progress_label.text().endswith(", 2 flagged")

    # The translator fixes the figure, then confirms the row with Ctrl+Enter.
    fixed = must.data().replace("1,1 млрд", "1,3 млрд")
    with qtbot.wait_signal(desk.translation_saved):
        assert model.setData(must, fixed)
    desk.table.setCurrentIndex(must)
    _press(qtbot, desk, "Ctrl+Return")

    assert model.flagged_rows() == [2]  # the minor flag still stands, the other is gone
    notes = [r.note for r in newsroom.articles.revisions(ru.id or 0)]
    assert "Row 2 confirmed on the desk" in notes  # a named step keeps a revision
    assert model.index(3, STATE_COLUMN).data(STATE_ROLE) == SegmentState.TRANSLATED
    assert model.headerData(3, Qt.Orientation.Vertical) == "2"
    # On to the next row still to confirm (a draft below; the flagged one above is F8's).
    assert desk.table.currentIndex().row() == 4
    desk.select_next_change()  # F8: the flagged row
    assert desk.table.currentIndex().row() == 2
    _press(qtbot, desk, "Ctrl+Return")  # a minor flag is confirmed with the same key
    assert model.flagged_rows() == []
    assert desk.progress_label.text().startswith("RU: 2/")

    # The confirmed pair reached the memory (on the runner).
    qtbot.wait_until(lambda: newsroom.memory.exact(
        model.row_at(3).original.text, "en", "ru") is not None, timeout=10000)  # type: ignore[union-attr]
    # Reopened, the flags stay resolved.
    _load(qtbot, desk, ru.id or 0)
    assert desk.model.flagged_rows() == []


def test_a_colleague_confirming_the_same_row_first_is_told(
    qtbot, desk: TranslationDeskWidget, newsroom: Newsroom  # type: ignore[no-untyped-def]
) -> None:
    ru = newsroom.articles.get_by_slug(RU_SLUG)
    _load(qtbot, desk, ru.id or 0)
    key = desk.model.key_at(3)
    from newsdesk.domain.segments import SegmentChange

    newsroom.segments.set_states(ru.id or 0, [SegmentChange(key, SegmentState.REVIEWED)],
                                 who="Aida")
    desk.table.setCurrentIndex(desk.model.index(3, TRANSLATION_COLUMN))
    with qtbot.wait_signal(desk.desk_loaded, timeout=10000):  # refused: the stored desk
        assert desk.confirm_row() is True  # sent; the conflict comes back from the runner
    assert "Aida" in desk.status_label.text() or "Aida" in desk.model.index(
        3, STATE_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert desk.model.index(3, STATE_COLUMN).data(STATE_ROLE) == SegmentState.REVIEWED


def test_the_memory_panel_shows_a_match_and_inserts_it_with_one_key(
    qtbot, desk: TranslationDeskWidget, newsroom: Newsroom  # type: ignore[no-untyped-def]
) -> None:
    from newsdesk.domain.memory import SegmentPair, StoryRef

    ru = newsroom.articles.get_by_slug(RU_SLUG)
    _load(qtbot, desk, ru.id or 0)
    source = desk.model.row_at(3).original.text  # type: ignore[union-attr]
    earlier = source.replace("1.1 billion", "1.2 billion")
    target = "Из памяти: перевод прошлого протокола."
    newsroom.memory.add_pairs([SegmentPair(earlier, target)], source_language="en",
                              target_language="ru", translator="Oleg Kim",
                              story=StoryRef(None, "older-story", "Older water story"))

    desk.table.setCurrentIndex(desk.model.index(3, TRANSLATION_COLUMN))
    qtbot.wait_until(lambda: target in desk.memory_panel.toPlainText(), timeout=10000)
    panel = desk.memory_panel.toPlainText()
    assert "Older water story" in panel and "Oleg Kim" in panel and "%" in panel
    assert "Ctrl+Shift+1" in panel

    with qtbot.wait_signal(desk.translation_saved):
        _press(qtbot, desk, "Ctrl+Shift+1")
    assert desk.model.index(3, TRANSLATION_COLUMN).data() == target
    assert target in newsroom.articles.get(ru.id or 0).body


def test_pretranslate_fills_exact_memory_matches_as_drafts_in_one_save(
    qtbot, desk: TranslationDeskWidget, newsroom: Newsroom  # type: ignore[no-untyped-def]
) -> None:
    from newsdesk.domain.memory import SegmentPair
    from newsdesk.services.translation import TranslationService

    original = newsroom.articles.get_by_slug(EN_SLUG)
    draft = TranslationService(newsroom.uow).start_translation(original.id or 0, "kk")
    _load(qtbot, desk, draft.id or 0)
    untranslated = [row for row in desk.model.untranslated_rows()
                    if desk.model.field_at(row) is None]  # body rows (headline, deck apart)
    assert len(untranslated) >= 3
    first, second, third = (desk.model.row_at(row).original.text  # type: ignore[union-attr]
                            for row in untranslated[:3])
    newsroom.memory.add_pairs(
        [SegmentPair(first, "Жадыбал бойынша су беріледі."),
         SegmentPair(third, "Хаттама бойынша жұмыс істейміз."),
         SegmentPair(second + " And more.", "Ұқсас, бірақ дәл емес.")],  # fuzzy: not filled
        source_language="en", target_language="kk")
    saves: list[object] = []
    desk.translation_saved.connect(saves.append)

    assert desk.pretranslate_button.isEnabled()
    desk.pretranslate_button.click()
    qtbot.wait_until(lambda: "pre-translated" in desk.status_label.text(), timeout=10000)

    assert len(saves) == 1  # both rows in one save, one transaction
    stored = newsroom.articles.get(draft.id or 0).body
    assert "Жадыбал бойынша су беріледі." in stored and "Хаттама бойынша" in stored
    assert "Ұқсас" not in stored
    row_a, row_b, row_c = untranslated[:3]
    assert desk.model.index(row_a, TRANSLATION_COLUMN).data() == "Жадыбал бойынша су беріледі."
    assert desk.model.state_at(row_a) is SegmentState.DRAFT  # never translated by itself
    assert desk.model.state_at(row_c) is SegmentState.DRAFT
    assert desk.model.state_at(row_b) is SegmentState.UNTRANSLATED
    assert "0/" in desk.progress_label.text() or "translated" in desk.progress_label.text()


def test_pretranslate_with_no_exact_match_changes_nothing(
    qtbot, desk: TranslationDeskWidget, newsroom: Newsroom  # type: ignore[no-untyped-def]
) -> None:
    from newsdesk.services.translation import TranslationService

    original = newsroom.articles.get_by_slug(EN_SLUG)
    draft = TranslationService(newsroom.uow).start_translation(original.id or 0, "kk")
    _load(qtbot, desk, draft.id or 0)
    before = newsroom.articles.get(draft.id or 0)

    desk.pretranslate_button.click()
    qtbot.wait_until(lambda: "No untranslated row" in desk.status_label.text(), timeout=10000)
    after = newsroom.articles.get(draft.id or 0)
    assert (after.body, after.version) == (before.body, before.version)
