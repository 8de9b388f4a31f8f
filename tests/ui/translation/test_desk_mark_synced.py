""""Mark as up to date" on the runner: the mark and the rows' stored states moved to their new
keys are one transaction, so a failure between the two leaves neither (issue 13)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from newsdesk.domain.errors import DatabaseOfflineError
from newsdesk.domain.segments import SegmentChange, SegmentState
from newsdesk.services import translation as translation_module
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.segments import move_row_keys
from newsdesk.ui.translation.desk_widget import TranslationDeskWidget
from tests.ui.translation.desk_helpers import EN_SLUG, RU_SLUG, open_russian, shown_desk

PROTOCOL = 3  # headline, deck, then the paragraph whose figure the editor corrects
WAIT = 10000


@pytest.fixture
def desk(qtbot: QtBot, newsroom: Newsroom) -> TranslationDeskWidget:
    return shown_desk(qtbot, newsroom)


def _stale_desk_with_a_confirmed_row(
    qtbot: QtBot, desk: TranslationDeskWidget, newsroom: Newsroom
) -> tuple[int, str]:
    """The Russian translation with its protocol row confirmed, then the original's figure
    corrected: the desk open and flagged. The translation's id and the row's key then."""
    ru = newsroom.articles.get_by_slug(RU_SLUG)
    open_russian(qtbot, desk, newsroom)
    key = desk.model.key_at(PROTOCOL)
    newsroom.segments.set_states(ru.id or 0, [SegmentChange(key, SegmentState.REVIEWED, 0)])
    original = newsroom.articles.get_by_slug(EN_SLUG)
    newsroom.articles.save(replace(original, body=original.body.replace(
        "at least 1.1 billion", "at least 1.3 billion")))
    newsroom.articles.record_revision(original.id or 0, note="corrected figure")
    with qtbot.wait_signal(desk.desk_loaded, timeout=WAIT):
        desk.load_translation(ru.id or 0)
    assert desk.model.flagged_rows() == [PROTOCOL] and desk.mark_synced_button.isEnabled()
    return ru.id or 0, key


def test_a_failure_between_the_mark_and_the_moved_rows_keeps_neither(
    qtbot: QtBot, desk: TranslationDeskWidget, newsroom: Newsroom,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    translation_id, old_key = _stale_desk_with_a_confirmed_row(qtbot, desk, newsroom)
    before = newsroom.articles.get(translation_id)

    def moved_then_lost(*args: object) -> None:
        """Both writes flushed, then the server goes away before the commit."""
        move_row_keys(*args)  # type: ignore[arg-type]
        raise DatabaseOfflineError("the server went away")

    monkeypatch.setattr(translation_module, "move_row_keys", moved_then_lost)
    with qtbot.wait_signal(desk.sync_answered, timeout=WAIT) as answered:
        desk.mark_synced_button.click()
        assert desk.busy and not desk.mark_synced_button.isEnabled()
        assert not desk.mark_synced()  # no second mark while the first travels
    assert answered.args == [False]
    assert desk.status_label.text().startswith("Not marked as up to date:")
    assert "the server went away" in desk.status_label.text()
    assert desk.mark_synced_button.isEnabled()  # try again
    after = newsroom.articles.get(translation_id)
    assert after.translation_of_revision == before.translation_of_revision
    assert set(newsroom.segments.states(translation_id)) == {old_key}  # not moved either

    monkeypatch.undo()
    with qtbot.wait_signal(desk.sync_answered, timeout=WAIT) as answered, \
            qtbot.wait_signal(desk.desk_loaded, timeout=WAIT):
        desk.mark_synced_button.click()
    assert answered.args == [True] and not desk.model.flagged_rows()
    assert newsroom.articles.get(translation_id).translation_of_revision == 2
    [new_key] = newsroom.segments.states(translation_id)
    assert new_key != old_key and new_key == desk.model.key_at(PROTOCOL)
    assert "Up to date with revision 2" in desk.status_label.text()
