"""New stories get the house's language, credit and date from the services, on every front."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from newsdesk.__main__ import main
from newsdesk.domain.article import Article, Dateline
from newsdesk.domain.house import HouseSettings
from newsdesk.domain.new_story import with_house_defaults
from newsdesk.services.newsroom import Newsroom
from tests.helpers.newsroom import opened

KD = HouseSettings(outlet_name="Kabar Desk", agency_credit="KD", default_language="ru")


@pytest.fixture
def newsroom(database_url: str) -> Iterator[Newsroom]:
    with opened(database_url) as room:
        room.house.set_values({"agency_credit": "KD", "default_language": "ru"})
        yield room


def test_the_rule_fills_only_what_the_story_leaves_empty() -> None:
    today = date(2025, 5, 6)
    bare = Article(headline="x", language="", dateline=Dateline(city="Osh"))
    filled = with_house_defaults(bare, KD, today)
    assert filled.language == "ru"
    assert filled.dateline == Dateline(city="Osh", agency="KD", date=today)
    own = Article(headline="x", language="en",
                  dateline=Dateline(city="Osh", agency="AKIpress", date=date(2024, 1, 2)))
    assert with_house_defaults(own, KD, today) is own
    assert with_house_defaults(own, KD, today, language_given=False).language == "ru"
    no_dateline = Article(headline="x")
    assert with_house_defaults(no_dateline, KD, today).dateline == Dateline()  # none invented
    assert with_house_defaults(bare, HouseSettings(), today).dateline.agency == ""


def test_the_article_service_applies_them(newsroom: Newsroom) -> None:
    created = newsroom.articles.create(Article(
        headline="Osh market reopens", language="", dateline=Dateline(city="Osh")))
    stored = newsroom.articles.get(created.id or 0)
    assert stored.language == "ru"
    assert stored.dateline.agency == "KD" and stored.dateline.date == date.today()
    kept = newsroom.articles.create(Article(
        headline="Reuters copy", language="en",
        dateline=Dateline(city="Almaty", agency="Reuters", date=date(2024, 2, 3))))
    assert (kept.language, kept.dateline.agency, kept.dateline.date) == (
        "en", "Reuters", date(2024, 2, 3))


def test_import_applies_them_and_keeps_what_the_file_says(
    newsroom: Newsroom, database_url: str, tmp_path: Path
) -> None:
    bare = tmp_path / "bare.md"
    bare.write_text("---\nheadline: Tokmok gets a bus line\ndateline: {city: Tokmok}\n---\n"
                    "Buses run from June.\n", encoding="utf-8")
    dated = tmp_path / "dated.md"
    dated.write_text("---\nheadline: Naryn opens a school\nlanguage: en\n"
                     "dateline: {city: Naryn, agency: 24.kg, date: 2024-09-02}\n---\n"
                     "Classes begin.\n", encoding="utf-8")
    written = tmp_path / "written.md"
    written.write_text("---\nheadline: Talas road repaired\ndate: 2023-07-08\n"
                       "dateline: {city: Talas}\n---\nThe road is open.\n", encoding="utf-8")
    assert main(["--database", database_url, "import", str(bare), str(dated),
                 str(written)]) == 0
    articles = newsroom.articles
    first = articles.get_by_slug("tokmok-gets-a-bus-line")
    assert first.language == "ru"
    assert (first.dateline.agency, first.dateline.date) == ("KD", date.today())
    second = articles.get_by_slug("naryn-opens-a-school")
    assert second.language == "en"
    assert (second.dateline.agency, second.dateline.date) == ("24.kg", date(2024, 9, 2))
    third = articles.get_by_slug("talas-road-repaired")
    assert third.dateline.date == date(2023, 7, 8)  # the file's own date of writing
