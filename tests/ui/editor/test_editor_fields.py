"""The story fields as a journalist types into them: slug, headline limit, status, tags."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article, BylineEntry, Dateline, Role, Status
from newsdesk.domain.house import HouseSettings
from newsdesk.domain.people import Author
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.editor.article_editor import ArticleEditor
from tests.ui.editor.conftest import read_references

Typer = Callable[[QWidget, str], None]


def test_typing_a_headline_derives_the_slug(editor: ArticleEditor, qtbot: QtBot) -> None:
    qtbot.keyClicks(editor.headline_edit, "Water deal on the Syr Darya")
    assert editor.slug_edit.text() == "water-deal-on-the-syr-darya"
    assert editor.current_article().slug == "water-deal-on-the-syr-darya"


def test_a_cyrillic_headline_gives_a_transliterated_slug(
    editor: ArticleEditor, type_text: Typer
) -> None:
    type_text(editor.headline_edit, "Казахстан и Узбекистан")
    assert editor.slug_edit.text() == "kazakhstan-i-uzbekistan"


def test_an_edited_slug_stops_following_the_headline_until_cleared(
    editor: ArticleEditor, qtbot: QtBot
) -> None:
    qtbot.keyClicks(editor.headline_edit, "Grain exports")
    editor.slug_edit.selectAll()
    qtbot.keyClicks(editor.slug_edit, "grain-2025")
    qtbot.keyClicks(editor.headline_edit, " rise by a third")
    assert editor.slug_edit.text() == "grain-2025"
    editor.slug_edit.selectAll()
    qtbot.keyClick(editor.slug_edit, Qt.Key.Key_Backspace)
    assert editor.slug_edit.text() == "grain-exports-rise-by-a-third"
    qtbot.keyClicks(editor.headline_edit, "!")
    assert editor.slug_edit.text() == "grain-exports-rise-by-a-third"


def test_headline_count_turns_red_over_the_house_limit(editor: ArticleEditor, qtbot: QtBot) -> None:
    editor.set_house(replace(HouseSettings(), headline_limit=20))
    qtbot.keyClicks(editor.headline_edit, "Short headline")
    label = editor.headline_count_label
    assert label.text() == "14 / 20"
    assert label.property("over") is False
    qtbot.keyClicks(editor.headline_edit, " that runs on")
    assert label.text().startswith("27 / 20")
    assert "7 over the house limit" in label.text()
    assert label.property("over") is True
    assert "#c01c28" in label.styleSheet()


def test_headline_count_counts_what_a_reader_sees(editor: ArticleEditor, qtbot: QtBot) -> None:
    """A flag, an accent typed as a combining mark, a family emoji: one character each."""
    editor.set_house(replace(HouseSettings(), headline_limit=10))
    editor.headline_edit.insertPlainText("Cafe\u0301 🇰🇿 👩\u200d👩\u200d👧")
    assert editor.headline_count_label.text() == "8 / 10"
    assert editor.headline_count_label.property("over") is False
    assert len(editor.current_article().headline) == 14  # stored as typed, every code point


def test_a_2000_character_headline_is_kept_and_explained(editor: ArticleEditor) -> None:
    long_headline = "Long " * 400
    editor.headline_edit.insertPlainText(long_headline)
    assert editor.current_article().headline == long_headline
    assert "2,000 / 90" in editor.headline_count_label.text()
    assert "the limit is 500 characters" in editor.headline_count_label.text()


def test_loading_is_not_an_edit_but_typing_is(editor: ArticleEditor, qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(editor.edited, wait=100):
        editor.load(Article(headline="Quiet", body="Nothing typed yet."))
    with qtbot.waitSignal(editor.edited, timeout=1000):
        qtbot.keyClicks(editor.body, "x")


def test_current_article_round_trips_load(
    editor: ArticleEditor, newsroom: Newsroom, aigerim: Author, nilufar: Author
) -> None:
    stored = newsroom.articles.create(
        Article(
            headline="Tashkent sets summer water schedule",
            deck="Farmers get monthly quotas.",
            body="First paragraph with “quotes”.\n\nSecond — with emoji 🇺🇿 and عربى.",
            language="en-GB",
            status=Status.EDITING,
            dateline=Dateline(city="Tashkent", country="Uzbekistan", agency="TCA",
                              date=date(2025, 3, 14), timezone="Asia/Tashkent",
                              gazetteer_id=1512569),
            byline=(BylineEntry(aigerim.name, Role.REPORTER, aigerim.id),
                    BylineEntry(nilufar.name, Role.TRANSLATOR, nilufar.id)),
            tags=("water", "Uzbekistan"),
        )
    )
    editor.load(stored)
    assert editor.current_article() == stored


def test_language_combo_offers_house_languages_and_those_in_use(
    editor: ArticleEditor, newsroom: Newsroom, qtbot: QtBot
) -> None:
    newsroom.articles.create(Article(headline="Kazakh story", language="kk"))
    read_references(qtbot, editor)
    editor.load(None)
    offered = [editor.language_combo.itemText(i) for i in range(editor.language_combo.count())]
    assert offered[:3] == ["en", "en-GB", "ru"]
    assert "kk" in offered


def test_tags_complete_from_existing_tags_and_split_on_commas(
    editor: ArticleEditor, newsroom: Newsroom, qtbot: QtBot
) -> None:
    newsroom.articles.create(Article(headline="Tagged", tags=("economy", "energy", "water")))
    read_references(qtbot, editor)
    editor.load(None)
    qtbot.keyClicks(editor.tags_edit, "water, ene")
    completer = editor.tags_edit.tag_completer
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 1  # "economy" does not start with "ene"
    popup.setCurrentIndex(popup.model().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.tags_edit.text() == "water, energy"
    editor.tags_edit.setText("water, energy, , water ,Almaty")
    assert editor.current_article().tags == ("water", "energy", "Almaty")


def test_picking_a_status_asks_the_window_and_waits_for_its_answer(
    editor: ArticleEditor, qtbot: QtBot
) -> None:
    combo = editor.status_combo
    with qtbot.waitSignal(editor.status_change_requested) as blocker:
        combo.activated.emit(combo.findData(Status.READY))
    assert blocker.args == [Status.READY]
    assert combo.currentData() == Status.DRAFT
    assert editor.current_article().status is Status.DRAFT
    editor.mark_saved(replace(editor.current_article(), status=Status.READY, id=7, version=3))
    assert combo.currentData() == Status.READY
    assert editor.current_article().version == 3


def test_mark_saved_keeps_what_was_typed_since(editor: ArticleEditor, qtbot: QtBot) -> None:
    qtbot.keyClicks(editor.headline_edit, "Draft")
    saved = replace(editor.current_article(), id=4, version=1)
    qtbot.keyClicks(editor.body, "typed after the save")
    editor.mark_saved(saved)
    article = editor.current_article()
    assert (article.id, article.version) == (4, 1)
    assert article.body == "typed after the save"
