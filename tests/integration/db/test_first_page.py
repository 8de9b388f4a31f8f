"""The start-up reader of the story list against the newsroom's own query, row for row."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsdesk.db.first_page import read_first_page, sqlite_file_of
from newsdesk.domain.article import Article, BylineEntry, Role, Status
from newsdesk.domain.people import Author
from newsdesk.domain.query import ACTIVE_STATUSES, DESK_QUERY, ArticleQuery, SortKey
from newsdesk.services.demo import fill_demo_newsroom
from newsdesk.services.newsroom import Newsroom

NOW = datetime(2026, 11, 1, tzinfo=UTC)


SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
"""The reader opens SQLite files only; the PostgreSQL case is the last test below."""


@pytest.fixture
def filled(newsroom: Newsroom) -> Newsroom:
    fill_demo_newsroom(newsroom.uow, articles=160, seed=11, now=NOW)
    # A spiked story, a byline with two roles, Cyrillic and Latin headlines that sort apart
    # only with a Unicode lower(), and two stories saved in the same microsecond.
    first = newsroom.articles.page(DESK_QUERY, 0, 1)[0]
    newsroom.articles.spike(first.id)
    reporter = newsroom.authors.create(Author(name="Ая Бекова", roles=(Role.REPORTER,)))
    translator = newsroom.authors.create(Author(name="Ian Reid", roles=(Role.TRANSLATOR,)))
    for headline in ("ёлки в Бишкеке", "Ёлка на площади", "apples of Almaty", "Apricots"):
        newsroom.articles.create(Article(
            headline=headline,
            language="ru" if headline[0] in "ёЁ" else "en",
            byline=(BylineEntry(reporter.name, Role.REPORTER, reporter.id),
                    BylineEntry(translator.name, Role.TRANSLATOR, translator.id)),
            tags=("zeta", "alpha"),
        ))
    return newsroom


QUERIES = [
    replace(DESK_QUERY, sort=sort, descending=descending)
    for sort in SortKey
    for descending in (True, False)
] + [ArticleQuery(), ArticleQuery(statuses=(Status.ARCHIVED,)),
     ArticleQuery(statuses=(Status.DRAFT, Status.READY), sort=SortKey.HEADLINE)]


@SQLITE_ONLY
@pytest.mark.parametrize("query", QUERIES, ids=lambda q: f"{q.sort}-{q.descending}-{q.statuses}")
def test_first_page_is_the_newsrooms_first_page(filled: Newsroom, query: ArticleQuery) -> None:
    page = read_first_page(filled.url, query, 100)
    assert page is not None
    expected = filled.articles.page(query, 0, 100)
    assert len(expected) > 0
    assert list(page.rows) == expected
    assert page.status_counts() == filled.articles.status_counts()
    assert page.count(query) == filled.articles.count(query)
    assert page.page(query, 10, 5) == expected[10:15]
    assert page.page(replace(query, text="water"), 0, 100) == []  # not known before opening
    assert page.query == query
    assert page.database_name == "newsroom.sqlite3"


@SQLITE_ONLY
def test_first_page_carries_bylines_and_tags_as_the_list_shows_them(filled: Newsroom) -> None:
    page = read_first_page(filled.url, DESK_QUERY, 100)
    assert page is not None
    newest = page.rows[0]
    assert newest.headline == "Apricots"
    assert newest.byline == "Reported by Ая Бекова and translated by Ian Reid"
    assert newest.tags == ("zeta", "alpha")
    assert all(row.status in ACTIVE_STATUSES for row in page.rows)
    assert page.counts[Status.ARCHIVED] >= 1


def test_only_a_current_sqlite_file_and_a_status_query_are_answered(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    if newsroom.engine.dialect.name != "sqlite":
        # A shared server: the newsroom opens the usual way.
        assert read_first_page(newsroom.url, DESK_QUERY, 100) is None
        return
    url = newsroom.url
    assert read_first_page(url, DESK_QUERY, 100) is not None
    for filtered in (replace(DESK_QUERY, text="water"), replace(DESK_QUERY, tag="Kazakhstan"),
                     replace(DESK_QUERY, author_id=1), replace(DESK_QUERY, language="ru"),
                     replace(DESK_QUERY, author_name="Aisulu")):
        assert read_first_page(url, filtered, 100) is None
    assert read_first_page(f"sqlite:///{tmp_path / 'missing.sqlite3'}", DESK_QUERY, 100) is None
    assert not (tmp_path / "missing.sqlite3").exists()  # looking never creates a file
    garbage = tmp_path / "notes.txt"
    garbage.write_text("not a database at all\n" * 100)
    assert read_first_page(str(garbage), DESK_QUERY, 100) is None
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).close()
    assert read_first_page(str(empty), DESK_QUERY, 100) is None


@SQLITE_ONLY
def test_an_older_schema_is_left_to_the_migrations(newsroom: Newsroom) -> None:
    path = sqlite_file_of(newsroom.url)
    assert path is not None
    newsroom.close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0002'")
    assert read_first_page(str(path), DESK_QUERY, 100) is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite:////srv/news/room.db", Path("/srv/news/room.db")),
        ("sqlite:///room.db", Path("room.db")),
        ("sqlite:///room.db?mode=ro", None),
        ("sqlite:///:memory:", None),
        ("sqlite://", None),
        ("postgresql://desk@db/newsroom", None),
        ("/srv/news/room.db", Path("/srv/news/room.db")),
        ("", None),
    ],
)
def test_sqlite_file_of_understands_the_urls_people_pass(url: str, expected: Path | None) -> None:
    assert sqlite_file_of(url) == expected
