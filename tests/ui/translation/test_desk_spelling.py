"""Spelling and finding on the desk, with the real enchant and Hunspell en_US and ru_RU: each
column in its own story's language, citations and numbers skipped, suggestions from the
right-click menu (saved like typing in the translation, never applied to the original), the
house dictionary shared, and Ctrl+F through the original's rows; SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.translation.desk_model import ORIGINAL_COLUMN, TRANSLATION_COLUMN
from newsdesk.ui.translation.desk_widget import TranslationDeskWidget
from newsdesk.ui.translation.paragraph_editor import ParagraphEdit
from tests.ui.editor.conftest import underlined_words
from tests.ui.translation.desk_helpers import EN_SLUG, RU_SLUG, row_with, spelling_desk


@pytest.fixture
def desk(qtbot: QtBot, newsroom: Newsroom) -> TranslationDeskWidget:
    original = newsroom.articles.get_by_slug(EN_SLUG)
    newsroom.articles.save(replace(original, body=original.body.replace(
        "Uzbekistan will let", "Uzbekistn will let")))
    return spelling_desk(qtbot, newsroom)


def _settled(qtbot: QtBot, desk: TranslationDeskWidget, editor: ParagraphEdit) -> list[str]:
    highlighter = desk.tools.spelling.highlighter_for(editor)
    assert highlighter is not None and highlighter.checker is not None
    qtbot.wait_until(lambda: not highlighter.underliner.is_busy, timeout=10000)
    return underlined_words(editor.document())


def test_the_original_is_checked_in_english_citations_and_numbers_skipped(
    qtbot: QtBot, desk: TranslationDeskWidget, newsroom: Newsroom
) -> None:
    index = desk.model.index(row_with(desk, "Uzbekistn will let"), ORIGINAL_COLUMN)
    desk.table.setCurrentIndex(index)
    viewer = desk.table.indexWidget(index)
    assert isinstance(viewer, ParagraphEdit) and viewer.isReadOnly()
    assert desk.tools.spelling.highlighter_for(viewer).checker.tag.startswith("en")  # type: ignore[union-attr]
    words = _settled(qtbot, desk, viewer)
    assert "Uzbekistn" in words
    assert not {"water-protocol-2025", "source", "1.1", "protocol"} & set(words)

    # Its menu suggests but cannot change the original; "Add to house dictionary" is shared.
    menu_owner = desk.tools.spelling.menu_for(viewer)
    assert menu_owner is not None
    position = viewer.cursorRect(_cursor_at(viewer, "Uzbekistn")).center()
    menu = menu_owner.menu_at(position)
    suggestions = [a for a in menu.actions() if a.objectName().startswith("spellSuggestion")]
    assert suggestions and not any(a.isEnabled() for a in suggestions)
    next(a for a in menu.actions() if a.objectName() == "spellAddToHouseAction").trigger()
    assert "Uzbekistn" not in _settled(qtbot, desk, viewer)
    assert "Uzbekistn" in newsroom.house.words("en_US")
    assert "Uzbekistn" in str(index.data())  # unchanged


def _cursor_at(editor: ParagraphEdit, word: str) -> QTextCursor:
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index(word) + 2)
    return cursor


def test_the_translation_is_checked_in_russian_and_a_suggestion_is_saved(
    qtbot: QtBot, desk: TranslationDeskWidget, newsroom: Newsroom
) -> None:
    row = row_with(desk, "Uzbekistn will let")
    index = desk.model.index(row, TRANSLATION_COLUMN)
    desk.table.setCurrentIndex(index)
    desk.table.edit(index)
    editor = desk.table.indexWidget(index)
    assert isinstance(editor, ParagraphEdit) and not editor.isReadOnly()
    qtbot.wait_until(editor.hasFocus)
    before = _settled(qtbot, desk, editor)  # Hunspell's ru_RU lacks "гидропостов"
    assert "Согласно" not in before and "1,1" not in before and "млрд" not in before
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.insertPlainText(" Вадохранилище 2023 года.")
    qtbot.wait_until(lambda: "Вадохранилище" in underlined_words(editor.document()))
    assert _settled(qtbot, desk, editor) == [*before, "Вадохранилище"]

    menu_owner = desk.tools.spelling.menu_for(editor)
    assert menu_owner is not None
    menu = menu_owner.menu_at(editor.cursorRect(_cursor_at(editor, "Вадохранилище")).center())
    fix = next(a for a in menu.actions() if a.text() == "Водохранилище")
    fix.trigger()
    assert "Водохранилище 2023 года." in editor.toPlainText()
    with qtbot.wait_signal(desk.translation_saved, timeout=10000):
        QTest.keyClick(editor, Qt.Key.Key_Return)
    assert "Водохранилище 2023 года." in newsroom.articles.get_by_slug(RU_SLUG).body


def test_ctrl_f_finds_text_in_the_originals_rows_and_never_replaces(
    qtbot: QtBot, desk: TranslationDeskWidget
) -> None:
    desk.table.setCurrentIndex(desk.model.index(0, ORIGINAL_COLUMN))
    desk.table.setFocus()
    qtbot.wait_until(desk.table.hasFocus)
    QTest.keySequence(desk.table, QKeySequence("Ctrl+F"))
    bar = desk.tools.find_bar
    assert bar.isVisible() and not bar.replace_row.isVisible()
    qtbot.wait_until(bar.find_edit.hasFocus)
    bar.find_edit.setText("Tashkent")
    found_rows = []
    for _ in range(3):
        QTest.keyClick(bar.find_edit, Qt.Key.Key_Return)
        viewer = desk.tools.viewer()
        assert viewer is not None and viewer.textCursor().selectedText() == "Tashkent"
        found_rows.append(desk.table.currentIndex().row())
    expected = [r for r in range(desk.model.rowCount())
                if "Tashkent" in str(desk.model.index(r, ORIGINAL_COLUMN).data())]
    assert found_rows[:len(expected)] == expected[:3]
    bar.find_edit.setText("no such words anywhere")
    assert not bar.find_next() and bar.result_label.text() == "Not found"
    bar.show_replace()
    assert not bar.replace_row.isVisible()
