"""A Russian story's exports name people and sources in Russian (issues 12 and 14): byline,
author box, author page, JSON-LD author and translator, clean Markdown front matter, ninjs and
the sources list, from profiles and registry entries stored on SQLite and PostgreSQL; the
English original's exports keep the main names."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from newsdesk.domain.article import Article, BylineEntry, Role, Status
from newsdesk.domain.bundle import StoryBundle
from newsdesk.domain.house import HouseSettings
from newsdesk.domain.people import Author, AuthorName, Source, SourceName
from newsdesk.services.export.batch import ExportFormat, export_stories
from newsdesk.services.export.html import render_article_page, render_author_page
from newsdesk.services.export.markdown import to_clean_markdown, to_interchange_markdown
from newsdesk.services.export.ninjs import to_ninjs
from newsdesk.services.newsroom import Newsroom
from tests.helpers.newsroom import opened

HOUSE = HouseSettings(outlet_name="The Times of Central Asia",
                      site_url="https://www.timesca.com")
KWAN_BIO_RU = "Пишет об энергетике Центральной Азии."


@dataclass(frozen=True)
class Pair:
    original: StoryBundle
    translation: StoryBundle
    kwan: Author


@pytest.fixture
def pair(database_url: str) -> Iterator[Pair]:
    with opened(database_url) as room:
        yield _stories(room)


def _stories(room: Newsroom) -> Pair:
    kwan = room.authors.create(Author(
        name="Sergey Kwan", bio="Covers energy in Central Asia.",
        names=(AuthorName("ru", "Сергей Кван", KWAN_BIO_RU),)))
    aida = room.authors.create(Author(name="Aida Bekova", roles=(Role.TRANSLATOR,),
                                      names=(AuthorName("ru", "Аида Бекова"),)))
    room.sources.create(Source(
        key="shoigu", name="Sergei Shoigu", title="Russia's defence minister",
        url="https://mil.ru", names=(SourceName("ru", "Сергей Шойгу",
                                                "министр обороны России"),)))
    room.sources.create(Source(key="akipress", name="AKIpress", title="news agency"))
    original = room.articles.create(Article(
        headline="Shoigu visits Bishkek", slug="shoigu-bishkek", status=Status.DRAFT,
        body="The talks were useful, [Shoigu said](source:shoigu), "
             "[AKIpress reported](source:akipress).",
        byline=(BylineEntry(kwan.name, Role.REPORTER, kwan.id),)))
    translation = room.articles.create(Article(
        headline="Шойгу посетил Бишкек", slug="shoigu-bishkek-ru", language="ru",
        status=Status.DRAFT, translation_of=original.slug,
        body="Переговоры были полезными, [сказал Шойгу](source:shoigu), "
             "[сообщило AKIpress](source:akipress).",
        byline=(BylineEntry(kwan.name, Role.REPORTER, kwan.id),
                BylineEntry(aida.name, Role.TRANSLATOR, aida.id))))
    return Pair(room.articles.bundle(original.id or 0),
                room.articles.bundle(translation.id or 0), room.authors.get(kwan.id or 0))


def _jsonld(page: str) -> dict[str, Any]:
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert found is not None
    data: dict[str, Any] = json.loads(found.group(1))
    return data


def _front(markdown: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(markdown.split("---\n")[1])
    return data


def test_the_russian_page_names_people_and_sources_in_russian(pair: Pair) -> None:
    page = render_article_page(pair.translation, HOUSE)
    assert '<p class="byline">Текст: Сергей Кван, перевод: Аида Бекова</p>' in page
    assert '<p class="author-name">Сергей Кван</p>' in page
    assert KWAN_BIO_RU in page
    assert "Ещё статьи автора: Сергей Кван" in page
    assert "Сергей Шойгу, министр обороны России</a></li>" in page
    assert "<li>AKIpress, news agency</li>" in page  # no Russian name: the main one
    for english in ("Sergey Kwan", "Sergei Shoigu", "Aida Bekova", "Covers energy"):
        assert english not in page
    data = _jsonld(page)
    assert [person["name"] for person in data["author"]] == ["Сергей Кван"]
    assert [person["name"] for person in data["translator"]] == ["Аида Бекова"]


def test_the_english_page_keeps_the_main_names(pair: Pair) -> None:
    page = render_article_page(pair.original, HOUSE)
    assert '<p class="byline">By Sergey Kwan</p>' in page
    assert "Sergei Shoigu, Russia&#x27;s defence minister</a></li>" in page
    assert "More articles from Sergey Kwan" in page
    assert "Сергей" not in page and "Кван" not in page
    assert [p["name"] for p in _jsonld(page)["author"]] == ["Sergey Kwan"]


def test_clean_markdown_and_ninjs_use_the_russian_names(pair: Pair) -> None:
    front = _front(to_clean_markdown(pair.translation, HOUSE))
    assert front["authors"] == ["Сергей Кван", "Аида Бекова"]
    assert _front(to_clean_markdown(pair.original, HOUSE))["authors"] == ["Sergey Kwan"]
    item = to_ninjs(pair.translation, HOUSE)
    assert item["by"] == "Текст: Сергей Кван, перевод: Аида Бекова"
    assert [p["name"] for p in item["people"]] == ["Сергей Кван", "Аида Бекова"]
    assert [s["name"] for s in item["infoSources"]] == ["Сергей Шойгу", "AKIpress"]


def test_the_interchange_file_keeps_the_main_names_and_every_language(pair: Pair) -> None:
    front = _front(to_interchange_markdown(pair.translation))
    assert [a["name"] for a in front["authors"]] == ["Sergey Kwan", "Aida Bekova"]
    assert front["authors"][0]["names"] == {"ru": {"name": "Сергей Кван", "bio": KWAN_BIO_RU}}
    shoigu = next(s for s in front["sources"] if s["id"] == "shoigu")
    assert (shoigu["name"], shoigu["names"]) == (
        "Sergei Shoigu", {"ru": {"name": "Сергей Шойгу", "title": "министр обороны России"}})


def test_the_author_page_of_russian_stories_is_in_russian(pair: Pair) -> None:
    published = StoryBundle(article=Article(**{**pair.translation.article.__dict__,
                                               "status": Status.PUBLISHED}))
    page = render_author_page(pair.kwan, [published], HOUSE)
    assert "Статьи автора: Сергей Кван" in page
    assert KWAN_BIO_RU in page and "Covers energy" not in page
    english = StoryBundle(article=Article(**{**pair.original.article.__dict__,
                                             "status": Status.PUBLISHED}))
    page = render_author_page(pair.kwan, [english], HOUSE)
    assert "Articles by Sergey Kwan" in page and "Кван" not in page


def test_a_batch_export_names_each_story_in_its_language(pair: Pair, tmp_path: Path) -> None:
    report = export_stories([pair.original, pair.translation], tmp_path, ExportFormat.HTML,
                            HOUSE, with_authors=True)
    assert report.stories_written == 2
    russian = (tmp_path / "shoigu-bishkek-ru.html").read_text("utf-8")
    english = (tmp_path / "shoigu-bishkek.html").read_text("utf-8")
    assert "Сергей Кван" in russian and "Sergey Kwan" not in russian
    assert "Sergey Kwan" in english and "Сергей Кван" not in english

