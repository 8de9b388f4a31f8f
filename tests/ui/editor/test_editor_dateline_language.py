"""The city completion and the dateline in the story's language (Russian desk, issue 14)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article, Dateline
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.editor.article_editor import ArticleEditor

Typer = Callable[[QWidget, str], None]
BISHKEK = 1528675
CREDIT = Dateline(agency="TCA")  # a story loaded from the list keeps its own (no) credit


def _offered(editor: ArticleEditor, qtbot: QtBot) -> list[str]:
    popup = editor.dateline_widget.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    model = popup.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _pick_first(editor: ArticleEditor, qtbot: QtBot) -> None:
    widget = editor.dateline_widget
    popup = widget.completer.popup()
    popup.setCurrentIndex(popup.model().index(0, 0))
    with qtbot.waitSignal(widget.edited):
        qtbot.keyClick(popup, Qt.Key.Key_Return)


def _switch_language(editor: ArticleEditor, language: str) -> None:
    combo = editor.language_combo
    combo.setCurrentIndex(combo.findData(language))
    combo.activated.emit(combo.currentIndex())


def _preview_shows(editor: ArticleEditor, qtbot: QtBot, text: str) -> None:
    qtbot.waitUntil(lambda: text in editor.preview_pane.html, timeout=10_000)


def test_russian_story_completes_and_prints_cyrillic_then_english_after_a_switch(
    editor: ArticleEditor, newsroom: Newsroom, qtbot: QtBot, type_text: Typer
) -> None:
    editor.load(Article(headline="Закон о воде", language="ru",
                        body="Парламент принял закон во вторник.", dateline=CREDIT))
    widget = editor.dateline_widget
    type_text(widget.city_edit, "Биш")
    assert _offered(editor, qtbot)[0] == "Бишкек, Кыргызстан"
    _pick_first(editor, qtbot)
    assert (widget.city_edit.text(), widget.country_edit.text()) == ("Бишкек", "Кыргызстан")
    assert widget.preview_text() == "БИШКЕК, Кыргызстан (TCA) —"
    _preview_shows(editor, qtbot, "БИШКЕК, Кыргызстан (TCA) —")
    saved = newsroom.articles.create(editor.current_article())
    assert (saved.dateline.city, saved.dateline.country, saved.dateline.gazetteer_id) == (
        "Бишкек", "Кыргызстан", BISHKEK)

    editor.load(newsroom.articles.get(saved.id or 0))
    assert widget.preview_text() == "БИШКЕК, Кыргызстан (TCA) —"
    _switch_language(editor, "en")
    assert (widget.city_edit.text(), widget.country_edit.text()) == ("Bishkek", "Kyrgyzstan")
    assert widget.preview_text() == "BISHKEK, Kyrgyzstan (TCA) —"
    _preview_shows(editor, qtbot, "BISHKEK, Kyrgyzstan (TCA) —")
    english = newsroom.articles.save(editor.current_article())
    assert (english.language, english.dateline.city, english.dateline.country,
            english.dateline.gazetteer_id, english.dateline.timezone) == (
        "en", "Bishkek", "Kyrgyzstan", BISHKEK, "Asia/Bishkek")

    _switch_language(editor, "ru")  # and back: still the same place
    assert widget.city_edit.text() == "Бишкек"
    assert editor.current_article().dateline.gazetteer_id == BISHKEK


def test_either_script_finds_the_city_in_the_story_s_language(
    editor: ArticleEditor, qtbot: QtBot, type_text: Typer
) -> None:
    widget = editor.dateline_widget
    editor.load(Article(headline="Water law", language="en", dateline=CREDIT))
    type_text(widget.city_edit, "Биш")
    assert _offered(editor, qtbot)[0] == "Bishkek, Kyrgyzstan"
    _pick_first(editor, qtbot)
    assert widget.city_edit.text() == "Bishkek"
    assert widget.preview_text() == "BISHKEK, Kyrgyzstan (TCA) —"

    editor.load(Article(headline="Закон о воде", language="ru", dateline=CREDIT))
    qtbot.keyClicks(widget.city_edit, "Bish")
    assert _offered(editor, qtbot)[0] == "Бишкек, Кыргызстан"
    _pick_first(editor, qtbot)
    assert widget.city_edit.text() == "Бишкек"
    assert widget.preview_text() == "БИШКЕК, Кыргызстан (TCA) —"


def test_a_city_typed_by_hand_stays_as_typed_across_a_language_switch(
    editor: ArticleEditor, qtbot: QtBot
) -> None:
    widget = editor.dateline_widget
    editor.load(Article(headline="Water law", language="en", dateline=CREDIT))
    qtbot.keyClicks(widget.city_edit, "Bishkek")
    qtbot.keyClicks(widget.country_edit, "Kyrgyzstan")
    widget.completer.popup().hide()
    _switch_language(editor, "ru")
    assert (widget.city_edit.text(), widget.country_edit.text()) == ("Bishkek", "Kyrgyzstan")
    assert editor.current_article().dateline.gazetteer_id is None
    assert widget.preview_text() == "BISHKEK, Kyrgyzstan (TCA) —"


def test_an_old_russian_story_stored_with_latin_names_opens_in_cyrillic(
    editor: ArticleEditor, newsroom: Newsroom, qtbot: QtBot
) -> None:
    # The bug of issue 14: a Russian story whose picked city was stored as "Bishkek".
    widget = editor.dateline_widget
    editor.load(Article(headline="Water law", language="en", dateline=CREDIT))
    place = widget.gazetteer.get(BISHKEK) if widget.gazetteer else None
    assert place is not None
    widget.pick_place(place)
    stored = newsroom.articles.create(
        Article(headline="Закон о воде", language="ru",
                dateline=editor.current_article().dateline))
    assert stored.dateline.city == "Bishkek"
    editor.load(stored)
    assert (widget.city_edit.text(), widget.country_edit.text()) == ("Бишкек", "Кыргызстан")
    assert widget.preview_text() == "БИШКЕК, Кыргызстан (TCA) —"
    _preview_shows(editor, qtbot, "БИШКЕК, Кыргызстан (TCA) —")
