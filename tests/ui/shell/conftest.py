"""Fixtures for the shell tests: a real SQLite newsroom, stories, and QSettings kept in tmp_path."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article, BylineEntry, Dateline, Role, Status
from newsdesk.domain.people import Author
from newsdesk.domain.slugs import make_slug
from newsdesk.services.bulk_insert import BulkStory, insert_stories
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.ui.main_window import MainWindow
from tests.ui.conftest import ui_newsroom


@dataclass(frozen=True)
class Desk:
    """A small newsroom the tests name stories and people from."""

    newsroom: Newsroom
    url: str
    aigerim: Author
    farrukh: Author
    water: Article
    solar: Article
    market: Article


@pytest.fixture
def database_file(database_url: str) -> str:
    """The window's tests run on SQLite and on the shared-newsroom PostgreSQL server alike."""
    return database_url


@pytest.fixture
def newsroom(database_file: str) -> Iterator[Newsroom]:
    with ui_newsroom(database_file) as room:
        yield room


@pytest.fixture
def desk(newsroom: Newsroom, database_file: str) -> Desk:
    authors = newsroom.authors
    aigerim = authors.create(Author(name="Aigerim Sarsenbayeva", roles=(Role.REPORTER,)))
    farrukh = authors.create(Author(name="Farrukh Nazarov",
                                    roles=(Role.REPORTER, Role.TRANSLATOR)))
    articles = newsroom.articles
    water = articles.create(Article(
        headline="Water schedule agreed for Tashkent region",
        body="Farmers will get water on a fixed rota from May.",
        dateline=Dateline(city="Tashkent", country="Uzbekistan"),
        byline=(BylineEntry(farrukh.name, Role.REPORTER, farrukh.id),),
        tags=("water", "agriculture"),
    ))
    solar = articles.create(Article(
        headline="Solar plant on Issyk-Kul opens", status=Status.EDITING,
        body="The plant will power twelve villages.",
        dateline=Dateline(city="Bishkek", country="Kyrgyzstan"),
        byline=(BylineEntry(aigerim.name, Role.REPORTER, aigerim.id),),
        tags=("energy",),
    ))
    market = articles.create(Article(
        headline="Рынок в Оше снова открыт", language="ru", status=Status.PUBLISHED,
        body="Торговцы вернулись на рынок.",
        dateline=Dateline(city="Osh", country="Kyrgyzstan"),
        byline=(BylineEntry(aigerim.name, Role.REPORTER, aigerim.id),),
        tags=("trade",),
    ))
    return Desk(newsroom, database_file, aigerim, farrukh, water, solar, market)


@pytest.fixture
def colleague(desk: Desk) -> Iterator[Newsroom]:
    """A second newsroom on the desk's database: a colleague's window, writing as it would."""
    room = open_newsroom(desk.url)
    yield room
    room.close()


WindowFactory = Callable[[Newsroom], MainWindow]


def shown_window(
    qtbot: QtBot, newsroom: Newsroom, size: tuple[int, int] | None = None
) -> MainWindow:
    """The window on ``newsroom``, shown (at ``size``, if given, from the first paint), once
    its first story is open (after the first paint)."""
    window = MainWindow(newsroom)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.initial_story_pending)
    return window


@pytest.fixture
def window(desk: Desk, qtbot: QtBot) -> Iterator[MainWindow]:
    """The window on the desk, shown, its first story open; closed without saving."""
    window = shown_window(qtbot, desk.newsroom)
    yield window
    window.autosaver.discard()
    window.close()


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[WindowFactory]:
    """Windows on any newsroom (two windows on one database, say); those still open are
    closed without saving after the test."""
    windows: list[MainWindow] = []

    def make(newsroom: Newsroom) -> MainWindow:
        windows.append(shown_window(qtbot, newsroom))
        return windows[-1]

    yield make
    for window in windows:
        if window.isVisible():
            window.autosaver.discard()
            window.close()


def add_generated(newsroom: Newsroom, count: int, *, prefix: str = "Generated story") -> None:
    """``count`` small stories, numbered so tests can find any one of them.

    They go in through the product's bulk insert (the demo generator's path, search index
    included): one save per story took 25 s for a thousand on PostgreSQL, and the tests that
    need many stories are about the list, not about saving. Each is a microsecond newer than
    the one before, in the order one save after another would have given them.
    """
    start = datetime.now(UTC)
    stories = []
    for number in range(count):
        headline = f"{prefix} {number:05d}"
        at = start + timedelta(microseconds=number)
        stories.append(BulkStory(Article(
            headline=headline,
            slug=make_slug(headline),
            body=f"Paragraph for story {number}.",
            language=newsroom.house.settings().default_language,
            status=(Status.DRAFT, Status.EDITING, Status.READY)[number % 3],
        ), created_at=at, updated_at=at))
    insert_stories(newsroom.uow, stories)
