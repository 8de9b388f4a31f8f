"""The dateline as the journalist fills it in, shown exactly as each house style prints it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article, Dateline
from newsdesk.domain.house import DatelineStyle, HouseSettings
from newsdesk.ui.editor.article_editor import ArticleEditor

TCA = HouseSettings(agency_credit="TCA")  # AP style, credit TCA
Typer = Callable[[QWidget, str], None]


def test_picking_a_city_from_the_completer_fills_country_zone_and_id(
    editor: ArticleEditor, qtbot: QtBot
) -> None:
    widget = editor.dateline_widget
    qtbot.keyClicks(widget.city_edit, "Almat")
    popup = widget.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    labels = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert labels[0] == "Almaty, Kazakhstan"
    popup.setCurrentIndex(popup.model().index(0, 0))
    with qtbot.waitSignal(widget.edited):
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert widget.city_edit.text() == "Almaty"
    assert widget.country_edit.text() == "Kazakhstan"
    dateline = editor.current_article().dateline
    assert (dateline.city, dateline.country, dateline.timezone) == (
        "Almaty", "Kazakhstan", "Asia/Almaty")
    assert dateline.gazetteer_id is not None
    assert dateline.agency == "TCA"  # the house credit is the default
    assert widget.preview_text() == "ALMATY, Kazakhstan (TCA) —"


def test_cities_complete_from_russian_names_too(editor: ArticleEditor, type_text: Typer) -> None:
    widget = editor.dateline_widget
    type_text(widget.city_edit, "Бишк")
    model = widget.completer.model()
    assert model.index(0, 0).data() == "Bishkek, Kyrgyzstan"


def test_typing_over_a_picked_city_drops_its_zone_and_id(
    editor: ArticleEditor, qtbot: QtBot
) -> None:
    widget = editor.dateline_widget
    assert widget.gazetteer is not None
    place = next(p for p in widget.gazetteer.search("Osh") if p.country_code == "KG")
    widget.pick_place(place)
    assert editor.current_article().dateline.timezone == "Asia/Bishkek"
    widget.city_edit.selectAll()
    qtbot.keyClicks(widget.city_edit, "Osh region")
    dateline = editor.current_article().dateline
    assert (dateline.timezone, dateline.gazetteer_id) == ("", None)
    assert dateline.country == "Kyrgyzstan"


@pytest.mark.parametrize(
    ("style", "dateline", "expected"),
    [
        (DatelineStyle.AP, Dateline(city="Beijing", country="China", agency="TCA"),
         "BEIJING (TCA) —"),
        (DatelineStyle.AP, Dateline(city="Almaty", country="Kazakhstan", agency="TCA"),
         "ALMATY, Kazakhstan (TCA) —"),
        (DatelineStyle.AP, Dateline(city="Beijing", country="China"), "BEIJING —"),
        (DatelineStyle.REUTERS,
         Dateline(city="Beijing", country="China", agency="Reuters", date=date(2024, 4, 24)),
         "BEIJING, April 24 (Reuters) -"),
        (DatelineStyle.AFP,
         Dateline(city="Stockholm", country="Sweden", agency="AFP", date=date(2014, 8, 29)),
         "STOCKHOLM, Aug 29, 2014 (AFP) -"),
        # Superdesk/AAP: the day at the city, in its own zone (still Dec 31 in UTC).
        (DatelineStyle.SUPERDESK,
         Dateline(city="Almaty", country="Kazakhstan", agency="TCA", timezone="Asia/Almaty",
                  filed_at=datetime(2020, 12, 31, 20, 0, tzinfo=UTC)),
         "ALMATY, KZ, Jan 1 TCA -"),
        (DatelineStyle.SUPERDESK,
         Dateline(city="Sydney", agency="AAP", timezone="Australia/Sydney",
                  filed_at=datetime(2015, 6, 2, 22, 53, tzinfo=UTC)),
         "SYDNEY, June 3 AAP -"),
        (DatelineStyle.SUPERDESK,
         Dateline(city="Beijing", agency="TCA", timezone="Asia/Shanghai",
                  filed_at=datetime(2024, 9, 4, 18, 30, tzinfo=UTC)),
         "BEIJING, Sept 5 TCA -"),
        (DatelineStyle.SUPERDESK, Dateline(city="Prague", date=date(2024, 12, 8)),
         "PRAGUE, Dec 8 -"),
    ],
)
def test_each_house_style_shows_its_exact_dateline(
    editor: ArticleEditor, style: DatelineStyle, dateline: Dateline, expected: str
) -> None:
    editor.set_house(replace(TCA, dateline_style=style))
    editor.load(Article(headline="Dateline", dateline=dateline))
    assert editor.dateline_widget.preview_text() == expected
    assert editor.current_article().dateline == dateline


def test_superdesk_date_field_shows_the_day_at_the_city(editor: ArticleEditor) -> None:
    editor.set_house(replace(TCA, dateline_style=DatelineStyle.SUPERDESK))
    editor.load(Article(headline="New year", dateline=Dateline(
        city="Almaty", agency="TCA", timezone="Asia/Almaty",
        filed_at=datetime(2020, 12, 31, 20, 0, tzinfo=UTC))))
    assert editor.dateline_widget.date_edit.date() == QDate(2021, 1, 1)
    editor.dateline_widget.date_edit.setDate(QDate(2021, 3, 1))
    assert editor.dateline_widget.preview_text() == "ALMATY, March 1 TCA -"
    assert editor.current_article().dateline.filed_at is None


def test_a_custom_template_and_a_broken_one(editor: ArticleEditor, qtbot: QtBot) -> None:
    editor.set_house(replace(TCA, dateline_style=DatelineStyle.CUSTOM,
                             custom_dateline_template="{CITY} ({agency}), {date_ap} —"))
    editor.load(Article(headline="x", dateline=Dateline(
        city="Bishkek", country="Kyrgyzstan", agency="TCA", date=date(2025, 3, 1))))
    assert editor.dateline_widget.preview_text() == "BISHKEK (TCA), March 1 —"
    editor.set_house(replace(TCA, dateline_style=DatelineStyle.CUSTOM,
                             custom_dateline_template="{CITY} {nonsense}"))
    assert "nonsense" in editor.dateline_widget.preview_text()


def test_the_live_line_follows_typing(editor: ArticleEditor, qtbot: QtBot) -> None:
    widget = editor.dateline_widget
    qtbot.keyClicks(widget.city_edit, "Dushanbe")
    qtbot.keyClicks(widget.country_edit, "Tajikistan")
    assert widget.preview_text() == "DUSHANBE, Tajikistan (TCA) —"
    widget.agency_edit.clear()
    qtbot.keyClicks(widget.agency_edit, "AP")
    assert widget.preview_text() == "DUSHANBE, Tajikistan (AP) —"
