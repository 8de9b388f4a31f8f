"""What a translator from OmegaT or memoQ expects of the desk (a fresh-eyes run), on SQLite and
PostgreSQL: the title and the translation chooser name the headline as just translated; Enter
on a translation cell opens it for typing, as Enter in the open cell keeps the text; Ctrl+Enter
confirms the row it was pressed on even when the translator moved on before the cell's save
landed; letters typed while the desk is busy never jump to another row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from newsdesk.domain.segments import SegmentState
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.translation.desk_model import ORIGINAL_COLUMN, TRANSLATION_COLUMN
from newsdesk.ui.translation.desk_widget import TranslationDeskWidget
from newsdesk.ui.translation.paragraph_editor import ParagraphEdit
from tests.ui.translation.desk_helpers import (
    RU_SLUG,
    open_cell,
    open_russian,
    row_with,
    shown_desk,
)
from tests.ui.translation.desk_keys import settle

HEADLINE = 0
NEW_HEADLINE = "Ташкент ввёл новый график подачи воды"


def test_title_and_chooser_follow_the_headline_as_translated(
        qtbot: QtBot, newsroom: Newsroom) -> None:
    desk = shown_desk(qtbot, newsroom)
    open_russian(qtbot, desk, newsroom)
    original = newsroom.articles.get_by_slug(RU_SLUG)
    assert NEW_HEADLINE not in desk.title_label.text()

    editor = open_cell(qtbot, desk, HEADLINE)
    editor.selectAll()
    editor.insertPlainText(NEW_HEADLINE)
    with qtbot.wait_signal(desk.translation_saved, timeout=10000):
        QTest.keyClick(editor, Qt.Key.Key_Return)
    settle(desk)

    assert newsroom.articles.get(original.id or 0).headline == NEW_HEADLINE
    # The title says "original → translation" with the translation as it now stands, and
    # the chooser names the translation by its new headline too (both were the old one).
    assert desk.title_label.text().endswith(f"→ {NEW_HEADLINE}")
    assert desk.translation_combo.currentText().endswith(NEW_HEADLINE)


def test_enter_on_a_translation_cell_opens_it_and_enter_in_it_keeps_the_text(
        qtbot: QtBot, newsroom: Newsroom) -> None:
    desk = shown_desk(qtbot, newsroom)
    open_russian(qtbot, desk, newsroom)
    table = desk.table
    table.setFocus()
    table.setCurrentIndex(desk.model.index(HEADLINE, TRANSLATION_COLUMN))
    qtbot.waitUntil(table.hasFocus)

    QTest.keyClick(table, Qt.Key.Key_Return)
    editor = table.indexWidget(desk.model.index(HEADLINE, TRANSLATION_COLUMN))
    assert isinstance(editor, ParagraphEdit)
    qtbot.waitUntil(editor.hasFocus)
    editor.selectAll()
    editor.insertPlainText(NEW_HEADLINE)
    with qtbot.wait_signal(desk.translation_saved, timeout=10000):
        QTest.keyClick(editor, Qt.Key.Key_Return)
    settle(desk)
    assert desk.model.index(HEADLINE, TRANSLATION_COLUMN).data() == NEW_HEADLINE
    assert QApplication.focusWidget() is table  # back on the rows, for the next key

    # Enter on the original's cell opens nothing to type in (it is read-only).
    table.setCurrentIndex(desk.model.index(HEADLINE, ORIGINAL_COLUMN))
    QTest.keyClick(table, Qt.Key.Key_Return)
    opened = table.indexWidget(desk.model.index(HEADLINE, ORIGINAL_COLUMN))
    assert not (isinstance(opened, ParagraphEdit) and not opened.isReadOnly())


def _confirm_with_the_cell_open(qtbot: QtBot, desk: TranslationDeskWidget, row: int) -> None:
    """Type into ``row``'s cell and press Ctrl+Enter in it: the cell's save goes first, the
    confirmation follows once it has landed (the desk is busy meanwhile)."""
    editor = open_cell(qtbot, desk, row)
    editor.selectAll()
    editor.insertPlainText("Абзац переведён и подтверждён.")
    QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert desk.busy


def test_ctrl_enter_confirms_the_row_it_was_pressed_on_though_the_translator_moved_on(
        qtbot: QtBot, newsroom: Newsroom) -> None:
    desk = shown_desk(qtbot, newsroom)
    open_russian(qtbot, desk, newsroom)
    row = row_with(desk, "Under the protocol")
    before = desk.model.state_at(row + 1)
    with qtbot.wait_signal(desk.rows.row_stored, timeout=10000):
        _confirm_with_the_cell_open(qtbot, desk, row)
        QTest.keyClick(desk.table, Qt.Key.Key_Down)  # on to the next row before it landed
    settle(desk)

    assert desk.model.state_at(row) is SegmentState.TRANSLATED
    assert desk.model.state_at(row + 1) is before  # not confirmed in its place
    assert desk.table.currentIndex().row() == row + 1


def test_letters_typed_while_the_desk_is_busy_do_not_jump_to_another_row(
        qtbot: QtBot, newsroom: Newsroom) -> None:
    desk = shown_desk(qtbot, newsroom)
    open_russian(qtbot, desk, newsroom)
    row = row_with(desk, "Under the protocol")
    with qtbot.wait_signal(desk.rows.row_stored, timeout=10000):
        _confirm_with_the_cell_open(qtbot, desk, row)
        QTest.keyClicks(desk.table, "#")  # Qt's type-to-find would go to the next heading
        assert desk.table.currentIndex().row() == row
    settle(desk)
    assert desk.model.state_at(row) is SegmentState.TRANSLATED
    # Ctrl+Enter went on to the next row (not to a heading found by "#"), and the "#" typed
    # meanwhile went into that row's cell (see test_desk_confirm_and_go_on).
    assert desk.table.currentIndex().row() == row + 1
    opened = desk.table.indexWidget(desk.model.index(row + 1, TRANSLATION_COLUMN))
    assert isinstance(opened, ParagraphEdit) and opened.toPlainText().endswith("#")
