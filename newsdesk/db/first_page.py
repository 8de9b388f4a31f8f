"""The story list's first rows read straight from SQLite, so the window can paint them first.

Importing SQLAlchemy alone takes longer than a native editor needs to show its window. At
start-up the window therefore paints the desk from this reader, which needs nothing but the
standard library's ``sqlite3``, while the newsroom (SQLAlchemy, services) opens behind it.

It answers only what it can answer exactly like ``ArticleService.page``: a SQLite file at this
release's schema, a query that filters by status alone. Anything else (PostgreSQL, an older
schema that needs migrating, a damaged file, a filtered query) returns ``None`` and the window
opens the usual way, where every error is explained. ``tests/integration/db/test_first_page.py``
compares both readers row for row, so the two cannot drift apart.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from newsdesk.db.schema_version import SCHEMA_HEAD
from newsdesk.db.sqlite_functions import unicode_lower
from newsdesk.domain.article import ArticleSummary, BylineEntry, Role, Status
from newsdesk.domain.byline import format_byline
from newsdesk.domain.query import ArticleQuery, SortKey

_SQLITE_PREFIX = "sqlite:///"
_ORDER_COLUMN = {
    SortKey.HEADLINE: "lower(a.headline)",
    SortKey.STATUS: "a.status",
    SortKey.LANGUAGE: "a.language",
    SortKey.DATELINE: "a.dateline_city",
    SortKey.UPDATED: "a.updated_at",
    SortKey.BYLINE: (
        "(SELECT au.name FROM authors au JOIN article_authors aa ON aa.author_id = au.id"
        " WHERE aa.article_id = a.id AND aa.position = 0)"
    ),
}


@dataclass(frozen=True)
class FirstPage:
    """The rows and counts the story list shows before the newsroom is open."""

    database_name: str
    """The file's name, as the window title shows it."""
    query: ArticleQuery
    rows: tuple[ArticleSummary, ...]
    counts: dict[Status, int]
    """Stories per status in the whole newsroom."""

    # A ``StoryListSource`` that knows one page: anything else waits for the newsroom.
    def page(self, query: ArticleQuery, offset: int, limit: int) -> list[ArticleSummary]:
        return list(self.rows[offset:offset + limit]) if query == self.query else []

    def count(self, query: ArticleQuery) -> int:
        if query != self.query:
            return 0
        statuses = query.statuses or tuple(Status)
        return sum(self.counts[status] for status in statuses)

    def status_counts(self, query: ArticleQuery | None = None) -> dict[Status, int]:
        return dict(self.counts)


def sqlite_file_of(url: str) -> Path | None:
    """The file a plain SQLite URL (or bare path) names; ``None`` for anything else."""
    raw = url.strip()
    if "://" not in raw:
        return Path(raw).expanduser().resolve() if raw else None
    if not raw.startswith(_SQLITE_PREFIX) or "?" in raw:
        return None
    database = raw[len(_SQLITE_PREFIX):]
    if database in ("", ":memory:"):
        return None
    return Path(database)


def read_first_page(url: str, query: ArticleQuery, limit: int) -> FirstPage | None:
    """The first ``limit`` rows of ``query``, or ``None`` when only the newsroom can answer."""
    path = sqlite_file_of(url)
    if path is None or not path.is_file() or not _answerable(query):
        return None
    try:
        # Read-only: this reader must never create, lock or change what it looks at.
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        # The same Unicode lower() as the engine's, so a headline sort orders Cyrillic alike.
        connection.create_function("lower", 1, unicode_lower, deterministic=True)
        if _schema_revision(connection) != SCHEMA_HEAD:
            return None
        rows = _summaries(connection, query, limit)
        counts = dict.fromkeys(Status, 0)
        for status, count in connection.execute(
            "SELECT status, count(*) FROM articles GROUP BY status"
        ):
            counts[Status(status)] = int(count)
    except (sqlite3.Error, ValueError):
        return None  # damaged or unexpected: the newsroom's own opening will explain it
    finally:
        connection.close()
    return FirstPage(path.name, query, rows, counts)


def _answerable(query: ArticleQuery) -> bool:
    return (query.author_id is None and not query.author_name and not query.language
            and not query.tag and not query.text)


def _schema_revision(connection: sqlite3.Connection) -> str | None:
    try:
        found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None  # no table yet: a database the newsroom has to create or migrate
    return str(found[0]) if found else None


def _summaries(
    connection: sqlite3.Connection, query: ArticleQuery, limit: int
) -> tuple[ArticleSummary, ...]:
    where, parameters = _status_filter(query)
    direction = "DESC" if query.descending else "ASC"
    statement = (
        "SELECT a.id, a.headline, a.slug, a.status, a.language, a.dateline_city, a.updated_at"
        f" FROM articles a {where}"
        f" ORDER BY {_ORDER_COLUMN[query.sort]} {direction}, a.id {direction} LIMIT ?"
    )
    articles = connection.execute(statement, [*parameters, limit]).fetchall()
    ids = [row[0] for row in articles]
    bylines = _bylines(connection, ids)
    tags = _tags(connection, ids)
    return tuple(
        ArticleSummary(
            id=article_id,
            headline=headline,
            slug=slug,
            status=Status(status),
            language=language,
            byline=format_byline(bylines[article_id], language),
            dateline_city=city,
            updated_at=_utc(updated),
            tags=tuple(tags[article_id]),
        )
        for article_id, headline, slug, status, language, city, updated in articles
    )


def _utc(stored: str | None) -> datetime | None:
    # SQLite keeps UTC without an offset (``UtcDateTime``); the newsroom hands it back aware.
    return datetime.fromisoformat(stored).replace(tzinfo=UTC) if stored else None


def _status_filter(query: ArticleQuery) -> tuple[str, list[str]]:
    if not query.statuses:
        return "", []
    wanted = sorted({str(status) for status in query.statuses})
    others = sorted({str(status) for status in Status} - set(wanted))
    # As the repository does: NOT IN lets SQLite walk the updated_at index in order.
    chosen, operator = (others, "NOT IN") if len(others) < len(wanted) else (wanted, "IN")
    marks = ", ".join("?" * len(chosen))
    return f"WHERE a.status {operator} ({marks})", chosen


def _bylines(
    connection: sqlite3.Connection, ids: list[int]
) -> defaultdict[int, list[BylineEntry]]:
    found: defaultdict[int, list[BylineEntry]] = defaultdict(list)
    marks = ", ".join("?" * len(ids))
    # Each name in the story's language where the profile has one (mapping.byline_from_row):
    # the language's base tag, "ru" for "ru-KG", matches the profile's author_names row.
    for article_id, name, role, author_id, slug in connection.execute(
        "SELECT aa.article_id, coalesce(nullif(trim(an.name), ''), au.name), aa.role,"
        " aa.author_id, au.slug"
        " FROM article_authors aa JOIN authors au ON au.id = aa.author_id"
        " JOIN articles a ON a.id = aa.article_id"
        " LEFT JOIN author_names an ON an.author_id = au.id AND an.language = lower("
        "  CASE WHEN instr(replace(a.language, '_', '-'), '-') > 0"
        "  THEN substr(a.language, 1, instr(replace(a.language, '_', '-'), '-') - 1)"
        "  ELSE trim(a.language) END)"
        f" WHERE aa.article_id IN ({marks}) ORDER BY aa.article_id, aa.position",
        ids,
    ):
        found[article_id].append(BylineEntry(name, Role(role), author_id, slug))
    return found


def _tags(connection: sqlite3.Connection, ids: list[int]) -> defaultdict[int, list[str]]:
    found: defaultdict[int, list[str]] = defaultdict(list)
    marks = ", ".join("?" * len(ids))
    for article_id, tag in connection.execute(
        f"SELECT article_id, tag FROM article_tags WHERE article_id IN ({marks})"
        " ORDER BY article_id, position",
        ids,
    ):
        found[article_id].append(tag)
    return found
