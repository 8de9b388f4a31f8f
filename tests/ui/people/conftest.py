"""Fixtures for the people widgets: a real newsroom with authors, sources and stories, the
profiles dialog and sources dock on it, and a colleague's newsroom on the same database."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article, BylineEntry, Role, Status
from newsdesk.domain.people import Author, Source, SourceKind
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.people.profiles_dialog import ProfilesDialog
from newsdesk.ui.people.sources_dock import SourcesDock
from tests.helpers.profiles import opened_profiles
from tests.ui.conftest import ui_newsroom

Shown = TypeVar("Shown", bound=QWidget)


@dataclass(frozen=True)
class Desk:
    """The newsroom plus the ids the tests refer to."""

    newsroom: Newsroom
    aigerim: Author
    farrukh: Author
    unused: Author
    water_story: Article


@pytest.fixture
def newsroom(database_url: str) -> Iterator[Newsroom]:
    """These tests run on SQLite and on the shared-newsroom PostgreSQL server alike."""
    with ui_newsroom(database_url) as room:
        yield room


@pytest.fixture
def desk(newsroom: Newsroom) -> Desk:
    authors = newsroom.authors
    aigerim = authors.create(Author(
        name="Aigerim Sarsenbayeva", roles=(Role.REPORTER,), languages=("en", "kk"),
        bio="Covers **energy** and water in Kazakhstan since 2016.",
    ))
    farrukh = authors.create(Author(
        name="Farrukh Nazarov", roles=(Role.REPORTER, Role.TRANSLATOR),
        bio="Tashkent correspondent.",
    ))
    unused = authors.create(Author(name="Nilufar Rakhimova", roles=(Role.EDITOR,)))
    for source in (
        Source("kazinform", "Kazinform", SourceKind.NEWS_AGENCY, url="https://www.inform.kz/"),
        Source("minenergy-kz", "Ministry of Energy of Kazakhstan", SourceKind.ORGANISATION,
               title="Press service"),
        Source("official-1", "Deputy minister (name withheld)", SourceKind.PERSON,
               on_record=False, anonymity_reason="not authorised to speak to the press"),
        Source("world-bank-2024", "World Bank Central Asia report", SourceKind.DOCUMENT),
    ):
        newsroom.sources.create(source)
    water = newsroom.articles.create(Article(
        headline="Water schedule agreed for Tashkent region",
        body=(
            "Farmers will get water on a fixed rota, [the ministry said](source:minenergy-kz).\n\n"
            "The plan was first reported by [Kazinform](source:kazinform), and "
            "[the agency](source:kazinform) later published the full table."
        ),
        byline=(BylineEntry(aigerim.name, Role.REPORTER, aigerim.id),),
        source_keys=("world-bank-2024",),
    ))
    newsroom.articles.create(Article(
        headline="Solar plant on Issyk-Kul opens", status=Status.EDITING,
        byline=(BylineEntry(aigerim.name, Role.REPORTER, aigerim.id),
                BylineEntry(farrukh.name, Role.TRANSLATOR, farrukh.id)),
    ))
    return Desk(newsroom, aigerim, farrukh, unused, water)


@pytest.fixture
def colleague(database_url: str, desk: Desk) -> Iterator[Newsroom]:
    """A second newsroom on the same database: another desk, another process's view."""
    with ui_newsroom(database_url) as room:
        yield room


def _shown(qtbot: QtBot, widget: Shown) -> Shown:
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def dialog(qtbot: QtBot, desk: Desk) -> ProfilesDialog:
    """Tools ▸ Profiles… on the desk, shown, its first profile read."""
    return opened_profiles(qtbot, desk.newsroom)


@pytest.fixture
def dock(qtbot: QtBot, desk: Desk) -> SourcesDock:
    """The source registry dock on the desk, shown, its registry read (on the runner)."""
    dock = _shown(qtbot, SourcesDock(desk.newsroom))
    qtbot.waitUntil(lambda: not dock.registry.reading)
    return dock
