"""Spelling squiggles in the desk's closed cells, with the real enchant and Hunspell en_US and
ru_RU: the original's cell in English, the translation's in Russian, drawn in red under the
word itself, and a word added to the house dictionary from an open cell leaves the closed
cells too; SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.translation.desk_cell_spelling import SQUIGGLE
from newsdesk.ui.translation.desk_model import ORIGINAL_COLUMN, TRANSLATION_COLUMN
from newsdesk.ui.translation.desk_widget import TranslationDeskWidget
from newsdesk.ui.translation.paragraph_editor import ParagraphEdit
from tests.ui.translation.desk_helpers import EN_SLUG, RU_SLUG, row_with, spelling_desk


@pytest.fixture
def desk(qtbot: QtBot, newsroom: Newsroom) -> TranslationDeskWidget:
    original = newsroom.articles.get_by_slug(EN_SLUG)
    newsroom.articles.save(replace(original, body=original.body.replace(
        "Uzbekistan will let", "Uzbekistan will recieve and let")))
    translation = newsroom.articles.get_by_slug(RU_SLUG)
    newsroom.articles.save(replace(translation, body=translation.body.replace(
        "Казахстан и Узбекистан договорились", "Казахстан и Узбекистан превет договорились")))
    return spelling_desk(qtbot, newsroom)


def _settled(qtbot: QtBot, desk: TranslationDeskWidget) -> QImage:
    """The table's cells as painted once every word seen in them is judged and every cell's
    squiggles are drawn (a paint queues what it could not show yet: words, then squiggles)."""
    cells = desk.tools.spelling.cells
    image = desk.table.viewport().grab().toImage()
    while cells.busy:
        qtbot.wait_until(lambda: not cells.busy, timeout=10000)
        image = desk.table.viewport().grab().toImage()
    return image


def _squiggle_pixels(image: QImage, desk: TranslationDeskWidget, index: QModelIndex) -> int:
    rect = desk.table.visualRect(index)
    return sum(1 for x in range(rect.left(), rect.right() + 1)
               for y in range(rect.top(), rect.bottom() + 1)
               if image.pixelColor(x, y) == SQUIGGLE)


def _words(desk: TranslationDeskWidget, index: QModelIndex) -> list[str]:
    return [span.word for span in desk.tools.spelling.cells.misspelt(index)]


def test_closed_cells_show_squiggles_in_their_own_language(
    qtbot: QtBot, desk: TranslationDeskWidget
) -> None:
    english = desk.model.index(row_with(desk, "Uzbekistan will recieve"), ORIGINAL_COLUMN)
    russian = desk.model.index(row_with(desk, "Kazakhstan and Uzbekistan have agreed"),
                               TRANSLATION_COLUMN)
    desk.table.setCurrentIndex(desk.model.index(0, TRANSLATION_COLUMN))  # no cell open
    assert desk.table.indexWidget(english) is None and desk.table.indexWidget(russian) is None
    image = _settled(qtbot, desk)
    assert _words(desk, english) == ["recieve"]  # English words checked in English
    assert "превет" in _words(desk, russian)  # Russian words in Russian
    # ...and the Russian cell's Latin-free text is not judged by the English dictionary.
    assert "договорились" not in _words(desk, russian)
    assert _squiggle_pixels(image, desk, english) > 5
    assert _squiggle_pixels(image, desk, russian) > 5
    # Drawn under the word: in the squiggle's row of pixels, only below "recieve".
    text_left = desk.table.visualRect(english).left()
    reds = [x for x in range(text_left, desk.table.visualRect(english).right())
            for y in range(desk.table.visualRect(english).top(),
                           desk.table.visualRect(english).bottom())
            if image.pixelColor(x, y) == SQUIGGLE]
    assert max(reds) - min(reds) < desk.table.fontMetrics().horizontalAdvance("recieve") + 4


def test_a_house_word_added_in_an_open_cell_leaves_the_closed_cells(
    qtbot: QtBot, desk: TranslationDeskWidget, newsroom: Newsroom
) -> None:
    row = row_with(desk, "Uzbekistan will recieve")
    english = desk.model.index(row, ORIGINAL_COLUMN)
    desk.table.setCurrentIndex(english)  # the original's cell opens to select from
    viewer = desk.table.indexWidget(english)
    assert isinstance(viewer, ParagraphEdit)
    menu_owner = desk.tools.spelling.menu_for(viewer)
    assert menu_owner is not None
    cursor = viewer.textCursor()
    cursor.setPosition(viewer.toPlainText().index("recieve") + 2)
    menu = menu_owner.menu_at(viewer.cursorRect(cursor).center())
    next(a for a in menu.actions() if a.objectName() == "spellAddToHouseAction").trigger()
    qtbot.waitUntil(lambda: "recieve" in newsroom.house.words("en_US"))

    desk.table.setCurrentIndex(desk.model.index(0, TRANSLATION_COLUMN))  # the cell closes
    assert desk.table.indexWidget(english) is None
    image = _settled(qtbot, desk)
    assert _words(desk, english) == []
    assert _squiggle_pixels(image, desk, english) == 0
