"""What a translator from OmegaT or memoQ expects of the desk (a fresh-eyes run), on SQLite and
PostgreSQL: the title and the translation chooser name the headline as just translated, and
Enter on a translation cell opens it for typing, as Enter in the open cell keeps the text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.translation.desk_model import ORIGINAL_COLUMN, TRANSLATION_COLUMN
from newsdesk.ui.translation.paragraph_editor import ParagraphEdit
from tests.ui.translation.desk_helpers import RU_SLUG, open_cell, open_russian, shown_desk
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
