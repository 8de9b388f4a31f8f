"""Ctrl+Enter as a memoQ or OmegaT translator knows it, on SQLite and PostgreSQL: it confirms the
row and goes on to the next row still to confirm (confirmed ones skipped; at the end it stays
and says every row is confirmed); letters typed while the desk is busy storing are typed into
the row once its cell can open, never lost; the detail pane of a row never translated does not
claim the original is unchanged "since it was translated"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from newsdesk.domain.segments import SegmentState
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.translation.desk_model import TRANSLATION_COLUMN
from newsdesk.ui.translation.desk_widget import TranslationDeskWidget
from newsdesk.ui.translation.paragraph_editor import ParagraphEdit
from tests.ui.translation.desk_helpers import (
    RU_SLUG,
    open_cell,
    open_russian,
    row_with,
    shown_desk,
)
from tests.ui.translation.desk_keys import press, settle


def _desk(qtbot: QtBot, newsroom: Newsroom) -> TranslationDeskWidget:
    desk = shown_desk(qtbot, newsroom)
    open_russian(qtbot, desk, newsroom)
    # The demo's translation: every row typed by its translator, none confirmed yet.
    assert set(desk.model.states()) == {SegmentState.DRAFT}
    return desk


def _on_protocol(qtbot: QtBot, newsroom: Newsroom) -> tuple[TranslationDeskWidget, int]:
    """The desk with the protocol paragraph's row current (and that row)."""
    desk = _desk(qtbot, newsroom)
    row = row_with(desk, "Under the protocol")
    _go_to(desk, row)
    return desk, row


def _go_to(desk: TranslationDeskWidget, row: int) -> None:
    desk.table.setFocus()
    desk.table.setCurrentIndex(desk.model.index(row, TRANSLATION_COLUMN))


def _current(desk: TranslationDeskWidget) -> int:
    return desk.table.currentIndex().row()


def _cell(desk: TranslationDeskWidget, row: int) -> str:
    return str(desk.model.index(row, TRANSLATION_COLUMN).data(Qt.ItemDataRole.EditRole))


def test_ctrl_enter_confirms_and_goes_on_to_the_next_row_to_confirm(
        qtbot: QtBot, newsroom: Newsroom) -> None:
    desk, protocol = _on_protocol(qtbot, newsroom)
    press(desk, "Ctrl+Return")
    assert desk.model.state_at(protocol) is SegmentState.TRANSLATED
    assert _current(desk) == protocol + 1  # on to the next row, ready to type

    # From the row above, the next one to confirm is below the confirmed one: skipped.
    _go_to(desk, protocol - 1)
    press(desk, "Ctrl+Return")
    assert _current(desk) == protocol + 1
    assert desk.status_label.text() == f"Row {protocol - 1 - desk.model.field_count + 1} confirmed."

    # On to the end and round from the top; at the last row to confirm it stays and says so.
    rows = desk.model.rowCount()
    for _ in range(rows - 2):
        press(desk, "Ctrl+Return")
    assert desk.model.states() == [SegmentState.TRANSLATED] * rows
    last = protocol - 2  # the rows below were confirmed first, then the top down to here
    assert _current(desk) == last
    assert desk.status_label.text().endswith(" All rows are confirmed.")
    stored = newsroom.segments.states(newsroom.articles.get_by_slug(RU_SLUG).id or 0)
    assert {record.state for record in stored.values()} == {SegmentState.TRANSLATED}


def test_letters_typed_while_ctrl_enter_saves_go_into_the_row_they_were_typed_on(
        qtbot: QtBot, newsroom: Newsroom) -> None:
    desk = _desk(qtbot, newsroom)
    row = row_with(desk, "Under the protocol")
    below = _cell(desk, row + 1)
    with qtbot.wait_signal(desk.typeahead.typed_in, timeout=10000) as typed:
        editor = open_cell(qtbot, desk, row)
        editor.selectAll()
        editor.insertPlainText("Абзац переведён и подтверждён.")
        QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(desk.table, Qt.Key.Key_Down)
        QTest.keyClicks(desk.table, "abc")
        # Nothing has landed yet (the save's answer needs the event loop): typed meanwhile.
        assert desk.busy
        assert desk.status_label.text().startswith("Saving…")
    assert typed.args == [row + 1]
    settle(desk)
    opened = desk.table.indexWidget(desk.model.index(row + 1, TRANSLATION_COLUMN))
    assert isinstance(opened, ParagraphEdit) and opened.hasFocus()
    assert opened.toPlainText() == f"{below}abc"  # typed on at the end, as a key opening it

    with qtbot.wait_signal(desk.translation_saved, timeout=10000):
        QTest.keyClick(opened, Qt.Key.Key_Return)
    settle(desk)
    assert desk.model.state_at(row) is SegmentState.TRANSLATED
    assert _cell(desk, row) == "Абзац переведён и подтверждён."
    assert f"{below}abc" in newsroom.articles.get_by_slug(RU_SLUG).body


def test_letters_typed_on_after_ctrl_enter_follow_it_to_the_next_row(
        qtbot: QtBot, newsroom: Newsroom) -> None:
    desk, row = _on_protocol(qtbot, newsroom)
    below = _cell(desk, row + 1)
    qtbot.waitUntil(desk.table.hasFocus)
    with qtbot.wait_signal(desk.typeahead.typed_in, timeout=10000) as typed:
        QTest.keyClick(desk.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(desk.table, "Xy z")
        assert desk.busy
    settle(desk)
    # Confirmed, and what was typed on went into the row Ctrl+Enter went on to, not into the
    # paragraph just confirmed.
    assert typed.args == [row + 1] and _current(desk) == row + 1
    assert desk.model.state_at(row) is SegmentState.TRANSLATED
    opened = desk.table.indexWidget(desk.model.index(row + 1, TRANSLATION_COLUMN))
    assert isinstance(opened, ParagraphEdit) and opened.toPlainText() == f"{below}Xy z"
    assert desk.typeahead.kept == ""


def test_the_detail_pane_of_a_row_never_translated_says_so(
        qtbot: QtBot, newsroom: Newsroom) -> None:
    desk, row = _on_protocol(qtbot, newsroom)
    press(desk, "Ctrl+1")
    assert desk.model.state_at(row) is SegmentState.UNTRANSLATED
    assert desk.detail.toPlainText() == "Not translated yet."

    press(desk, "Ctrl+Return")  # confirmed: now the original can be compared with
    _go_to(desk, row)
    assert desk.detail.toPlainText() == "No change in the original since it was translated."
