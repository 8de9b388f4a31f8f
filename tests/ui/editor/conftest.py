"""Fixtures for the article editor: a real SQLite newsroom, an editor on it, typing helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from newsdesk.domain.people import Author
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.editor.article_editor import ArticleEditor
from newsdesk.ui.tasks import TaskRunner
from tests.ui.conftest import ui_newsroom


@pytest.fixture
def newsroom(database_url: str) -> Iterator[Newsroom]:
    """The editor's tests run on SQLite and on the shared-newsroom PostgreSQL server alike,
    in a newsroom that has set up its house credit (a new one has none)."""
    with ui_newsroom(database_url) as room:
        room.house.set_values({"outlet_name": "The Times of Central Asia", "agency_credit": "TCA"})
        yield room


@pytest.fixture
def aigerim(newsroom: Newsroom) -> Author:
    return newsroom.authors.create(Author(name="Aigerim Sarsenbayeva", bio="Reports from Almaty."))


@pytest.fixture
def nilufar(newsroom: Newsroom) -> Author:
    return newsroom.authors.create(Author(name="Nilufar Rakhimova"))


def make_editor(qtbot: QtBot, newsroom: Newsroom) -> ArticleEditor:
    editor = ArticleEditor(newsroom, house=newsroom.house.settings())
    qtbot.addWidget(editor)
    editor.resize(1400, 900)
    editor.show()
    qtbot.waitExposed(editor)
    # Completion needs the gazetteer, which loads on a worker thread.
    qtbot.waitUntil(lambda: editor.dateline_widget.gazetteer_ready, timeout=10_000)
    return editor


def read_references(qtbot: QtBot, editor: ArticleEditor) -> None:
    """What a colleague stored since the editor read its completion lists (profiles, tags,
    languages): read again on the task runner, as the window's catch-up does, and waited for."""
    editor.references.refresh()
    qtbot.waitUntil(lambda: not editor.references.reading)


@pytest.fixture
def editor(qtbot: QtBot, newsroom: Newsroom) -> Iterator[ArticleEditor]:
    widget = make_editor(qtbot, newsroom)
    yield widget
    TaskRunner.of().drain()


def _type(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key as a keyboard layout would deliver it (QTest.keyClicks asserts
    on non-ASCII keys): no key code, just the character's text."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def type_text() -> Callable[[QWidget, str], None]:
    return _type


def underlined_words(document: QTextDocument) -> list[str]:
    """The text under every spell-check underline, in document order."""
    words: list[str] = []
    block = document.firstBlock()
    while block.isValid():
        units = block.text().encode("utf-16-le")
        for fmt_range in block.layout().formats():
            if fmt_range.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                start, end = 2 * fmt_range.start, 2 * (fmt_range.start + fmt_range.length)
                words.append(units[start:end].decode("utf-16-le"))
        block = block.next()
    return words


@pytest.fixture
def underlined() -> Callable[[QTextDocument], list[str]]:
    return underlined_words
