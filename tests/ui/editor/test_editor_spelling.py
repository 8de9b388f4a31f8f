"""Spelling in the editor: the article's language, underlines in every text field, house words."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.editor.article_editor import ArticleEditor
from tests.helpers.spelling import require_spelling
from tests.ui.conftest import ui_newsroom

from .conftest import make_editor

pytestmark = pytest.mark.spelling

Typer = Callable[[QWidget, str], None]
Underlined = Callable[[QTextDocument], list[str]]


def settle(qtbot: QtBot, editor: ArticleEditor) -> None:
    qtbot.waitUntil(lambda: not editor.spelling_busy, timeout=5000)


def test_body_headline_and_deck_are_checked_in_the_article_language(
    editor: ArticleEditor, qtbot: QtBot, type_text: Typer, underlined: Underlined
) -> None:
    require_spelling("ru")
    editor.load(Article(headline="", language="ru"))
    type_text(editor.body, "Президент заявил, что привительство согласно.")
    type_text(editor.headline_edit, "Новый грфик")
    type_text(editor.deck_edit, "Вода для фермеров")
    settle(qtbot, editor)
    assert underlined(editor.body.document()) == ["привительство"]
    assert underlined(editor.headline_edit.document()) == ["грфик"]
    assert underlined(editor.deck_edit.document()) == []
    assert editor.spelling_label.isHidden()


def test_switching_the_language_switches_the_dictionary(
    editor: ArticleEditor, qtbot: QtBot, underlined: Underlined
) -> None:
    require_spelling("en-GB")
    editor.body.setPlainText("The colour of the programme.")
    settle(qtbot, editor)
    assert underlined(editor.body.document()) == ["colour", "programme"]
    editor.language_combo.setCurrentIndex(editor.language_combo.findData("en-GB"))
    editor.language_combo.activated.emit(editor.language_combo.currentIndex())
    settle(qtbot, editor)
    assert underlined(editor.body.document()) == []
    assert editor.current_article().language == "en-GB"


@pytest.fixture
def second_newsroom(database_url: str, newsroom: Newsroom) -> Iterator[Newsroom]:
    # Closed after its editor's reads have landed: closed first, it left their connection open.
    with ui_newsroom(database_url) as room:
        yield room


def test_a_house_word_added_in_one_window_is_accepted_in_another(
    editor: ArticleEditor,
    qtbot: QtBot,
    newsroom: Newsroom,
    second_newsroom: Newsroom,
    underlined: Underlined,
) -> None:
    require_spelling("en")
    story = newsroom.articles.create(Article(headline="Visit", body="Tokayev met Mirziyoyev."))
    other = make_editor(qtbot, second_newsroom)
    other.load(story)
    editor.load(story)
    settle(qtbot, editor)
    settle(qtbot, other)
    assert underlined(editor.body.document()) == ["Tokayev", "Mirziyoyev"]
    cursor = editor.body.document().find("Tokayev")
    cursor.setPosition(cursor.selectionStart() + 2)
    menu = editor.spelling_menu.menu_at(editor.body.cursorRect(cursor).center())
    add = menu.findChild(QAction, "spellAddToHouseAction")
    assert add is not None
    add.trigger()
    menu.deleteLater()
    # Stored on the task runner; the editor's checker took the word at once.
    qtbot.waitUntil(lambda: "Tokayev" in newsroom.house.words("en"))
    settle(qtbot, editor)
    assert underlined(editor.body.document()) == ["Mirziyoyev"]
    # The word is committed before the runner's answer reaches the editor, which then says so.
    qtbot.waitUntil(lambda: "house dictionary" in editor.notice_label.text())
    # The other window picks it up when it next gets focus.
    assert underlined(other.body.document()) == ["Tokayev", "Mirziyoyev"]
    other.activateWindow()
    other.body.setFocus()
    qtbot.waitUntil(other.body.hasFocus)
    settle(qtbot, other)
    assert underlined(other.body.document()) == ["Mirziyoyev"]


def _ignore_from_menu(editor: ArticleEditor, word: str) -> None:
    cursor = editor.body.document().find(word)
    cursor.setPosition(cursor.selectionStart() + 1)
    menu = editor.spelling_menu.menu_at(editor.body.cursorRect(cursor).center())
    ignore = menu.findChild(QAction, "spellIgnoreAction")
    assert ignore is not None
    ignore.trigger()
    menu.deleteLater()


def test_ignore_in_this_article_stays_with_that_story_only(
    editor: ArticleEditor,
    qtbot: QtBot,
    newsroom: Newsroom,
    second_newsroom: Newsroom,
    underlined: Underlined,
) -> None:
    require_spelling("en")
    quote = newsroom.articles.create(Article(headline="Quote", body="She said kelinka twice."))
    other = newsroom.articles.create(Article(headline="Other", body="Again kelinka here."))
    editor.load(quote)
    settle(qtbot, editor)
    assert underlined(editor.body.document()) == ["kelinka"]

    _ignore_from_menu(editor, "kelinka")
    settle(qtbot, editor)
    assert underlined(editor.body.document()) == []
    qtbot.waitUntil(lambda: newsroom.ignored_words.words(quote.id or 0) == {"kelinka"})

    editor.load(newsroom.articles.get(other.id or 0))  # another story: still a misspelling
    settle(qtbot, editor)
    assert underlined(editor.body.document()) == ["kelinka"]

    elsewhere = make_editor(qtbot, second_newsroom)  # a colleague opens the first story later
    elsewhere.load(second_newsroom.articles.get(quote.id or 0))
    qtbot.waitUntil(lambda: elsewhere.checker is not None, timeout=10_000)
    settle(qtbot, elsewhere)
    assert underlined(elsewhere.body.document()) == []


def test_words_ignored_in_a_new_story_are_kept_when_it_is_first_saved(
    editor: ArticleEditor, qtbot: QtBot, newsroom: Newsroom, underlined: Underlined,
    type_text: Typer,
) -> None:
    require_spelling("en")
    editor.load(None)
    type_text(editor.headline_edit, "Market day")
    type_text(editor.body, "Traders sold kurut all morning.")
    settle(qtbot, editor)
    _ignore_from_menu(editor, "kurut")
    settle(qtbot, editor)
    assert underlined(editor.body.document()) == []

    saved = newsroom.articles.create(editor.current_article())
    editor.mark_saved(saved)
    qtbot.waitUntil(lambda: newsroom.ignored_words.words(saved.id or 0) == {"kurut"})


def test_a_word_ignored_in_the_body_is_accepted_in_the_headline_too(
    editor: ArticleEditor, qtbot: QtBot, newsroom: Newsroom, underlined: Underlined
) -> None:
    require_spelling("en")
    story = newsroom.articles.create(Article(headline="Zorblat returns", body="The Zorblat spoke."))
    editor.load(story)
    settle(qtbot, editor)
    assert underlined(editor.headline_edit.document()) == ["Zorblat"]

    _ignore_from_menu(editor, "Zorblat")
    settle(qtbot, editor)
    assert underlined(editor.headline_edit.document()) == []
