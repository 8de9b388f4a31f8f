"""Then and now on the desk: the original as it was when a row was translated or confirmed,
beside the original now, word-diffed, for a row and for the whole story; SQLite and PostgreSQL.
The pure rules (which text is "then") have unit tests at the end."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from newsdesk.domain.alignment import Paragraph
from newsdesk.domain.segments import SegmentRecord, SegmentState, text_hash
from newsdesk.domain.then_now import ConfirmedText, most_like, row_then_now
from newsdesk.domain.translation_changes import ChangeFlag, ChangeKind, DeskRow
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.then_now import ThenNowService
from newsdesk.ui.translation.desk_model import TRANSLATION_COLUMN
from newsdesk.ui.translation.desk_widget import TranslationDeskWidget
from newsdesk.ui.translation.then_now_dialog import STORY, ThenNow, ThenNowDialog
from tests.ui.translation.desk_helpers import EN_SLUG, open_russian, row_with, shown_desk


def _edit_original(newsroom: Newsroom, old: str, new: str) -> int:
    original = newsroom.articles.get_by_slug(EN_SLUG)
    saved = newsroom.articles.save(replace(original, body=original.body.replace(old, new)))
    assert saved.id is not None
    return newsroom.articles.record_revision(saved.id, note=f"{old} -> {new}")


@pytest.fixture
def desk(qtbot: QtBot, newsroom: Newsroom) -> TranslationDeskWidget:
    widget = shown_desk(qtbot, newsroom)
    open_russian(qtbot, widget, newsroom)
    return widget


def _then_now(qtbot: QtBot, desk: TranslationDeskWidget) -> tuple[ThenNow, ThenNowDialog]:
    with qtbot.wait_signal(desk.tools.then_now_shown, timeout=10000) as blocker:
        desk.tools.then_now_button.click()
    dialog = desk.tools.then_now_dialog
    assert isinstance(dialog, ThenNowDialog) and dialog.isVisible()
    assert dialog.objectName() == "thenNowDialog"
    return blocker.args[0], dialog


def test_a_changed_row_then_and_now_and_the_whole_story(
    qtbot: QtBot, desk: TranslationDeskWidget, newsroom: Newsroom
) -> None:
    base = desk.desk.base_revision if desk.desk is not None else None
    assert base is not None  # the demo translation records what it was made from
    _edit_original(newsroom, "at least 1.1 billion", "at least 1.3 billion")
    open_russian(qtbot, desk, newsroom)
    row = row_with(desk, "1.3 billion")
    desk.table.setCurrentIndex(desk.model.index(row, TRANSLATION_COLUMN))

    shown, dialog = _then_now(qtbot, desk)
    assert "1.1 billion" in dialog.then_pane.toPlainText()
    assert "1.3 billion" in dialog.now_pane.toPlainText()
    assert "1.3" not in dialog.then_pane.toPlainText()
    assert f"revision {base}" in dialog.then_label.text()
    assert "changed since it was translated" in dialog.summary_label.text()
    assert [i for i, entry in enumerate(shown.rows) if entry.changed] == [row]

    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData(STORY))
    assert "1 of" in dialog.summary_label.text()
    then_text = dialog.then_pane.toPlainText()
    assert "1.1 billion" in then_text and "Why it matters" in then_text
    assert "Kazakhstan and Uzbekistan agree" in then_text  # the headline heads the story
    dialog.close()


def test_then_is_the_text_the_row_was_last_confirmed_against(
    qtbot: QtBot, desk: TranslationDeskWidget, newsroom: Newsroom
) -> None:
    first = _edit_original(newsroom, "at least 1.1 billion", "at least 1.3 billion")
    open_russian(qtbot, desk, newsroom)
    row = row_with(desk, "1.3 billion")
    desk.table.setCurrentIndex(desk.model.index(row, TRANSLATION_COLUMN))
    assert desk.confirm_row()  # confirmed against "1.3 billion" (revision `first`)
    _edit_original(newsroom, "at least 1.3 billion", "at least 1.4 billion")
    open_russian(qtbot, desk, newsroom)
    desk.table.setCurrentIndex(desk.model.index(row_with(desk, "1.4 billion"),
                                                TRANSLATION_COLUMN))
    shown, dialog = _then_now(qtbot, desk)
    assert "1.3 billion" in dialog.then_pane.toPlainText()
    assert "1.4 billion" in dialog.now_pane.toPlainText()
    assert f"revision {first}" in dialog.then_label.text()
    assert sum(entry.changed for entry in shown.rows) == 1
    dialog.close()


def test_an_original_deleted_meanwhile_is_said_and_the_desk_keeps_working(
    qtbot: QtBot, desk: TranslationDeskWidget, newsroom: Newsroom
) -> None:
    original = newsroom.articles.get_by_slug(EN_SLUG)
    assert original.id is not None
    newsroom.articles.delete(original.id)
    desk.table.setCurrentIndex(desk.model.index(0, TRANSLATION_COLUMN))
    with qtbot.assert_not_emitted(desk.tools.then_now_shown):
        desk.tools.then_now_button.click()
        qtbot.wait_until(lambda: "could not be read" in desk.status_label.text(), timeout=10000)
    assert "does not exist" in desk.status_label.text()
    assert desk.table.isEnabled()


def test_the_desk_key_shows_the_row(qtbot: QtBot, desk: TranslationDeskWidget) -> None:
    desk.table.setCurrentIndex(desk.model.index(0, TRANSLATION_COLUMN))
    desk.table.setFocus()
    qtbot.wait_until(desk.table.hasFocus)
    with qtbot.wait_signal(desk.tools.then_now_shown, timeout=10000):
        QTest.keySequence(desk.table, QKeySequence("Ctrl+Shift+H"))
    dialog = desk.tools.then_now_dialog
    assert dialog is not None
    assert "the same as when it was translated" in dialog.summary_label.text()
    dialog.close()


def test_the_service_finds_the_revision_holding_a_confirmed_text(newsroom: Newsroom) -> None:
    first = _edit_original(newsroom, "at least 1.1 billion", "at least 1.3 billion")
    _edit_original(newsroom, "at least 1.3 billion", "at least 1.4 billion")
    original = newsroom.articles.get_by_slug(EN_SLUG)
    assert original.id is not None
    paragraph = next(p for p in original.body.split("\n\n") if "1.4 billion" in p)
    old = paragraph.replace("1.4 billion", "1.3 billion")
    found = ThenNowService(newsroom.uow).confirmed_texts(
        original.id, {text_hash(old), text_hash("never written")})
    assert list(found.values()) == [ConfirmedText(first, old)]


# -- the rules, on hand-made rows -----------------------------------------------------------
def _row(now: str, old: str | None = None) -> DeskRow:
    paragraph = Paragraph((0,), 0, len(now), now) if now else None
    flags: tuple[ChangeFlag, ...] = ()
    if old is not None and paragraph is not None:
        flags = (ChangeFlag(ChangeKind.CHANGED, paragraph, None, old, now),)
    return DeskRow(paragraph, None, 1.0, flags)


def test_then_prefers_the_confirmed_text_then_the_base_then_the_fallback() -> None:
    record = SegmentRecord("p1", SegmentState.TRANSLATED, text_hash("Fees rose 5%."))
    confirmed = {text_hash("Fees rose 5%."): ConfirmedText(4, "Fees rose 5%.")}
    row = _row("Fees rose 7%.", old="Fees rose 3%.")
    assert row_then_now(row, record, confirmed, base_revision=2).then == "Fees rose 5%."
    assert row_then_now(row, None, confirmed, base_revision=2).then == "Fees rose 3%."
    kept = row_then_now(_row("Fees rose 7%."), None, {}, base_revision=2)
    assert kept.then == "Fees rose 7%." and not kept.changed and kept.revision == 2
    untracked = row_then_now(row, None, {}, base_revision=None,
                             fallback=(1, "Opening.\n\nFees rose 2%."))
    assert (untracked.then, untracked.revision, untracked.changed) == ("Fees rose 2%.", 1, True)
    assert row_then_now(row, None, {}, base_revision=None).then == "Fees rose 7%."
    assert most_like("Water talks", ["Something else entirely", "Water talk"]) == "Water talk"
