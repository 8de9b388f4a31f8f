"""How the desk asks for a slice of the archive: filters, sort order and paging."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from newsdesk.domain.article import ArticleSummary, Status


class SortKey(StrEnum):
    """Columns of the article list that can be sorted on the server side."""

    HEADLINE = "headline"
    STATUS = "status"
    BYLINE = "byline"
    LANGUAGE = "language"
    DATELINE = "dateline"
    UPDATED = "updated"


ACTIVE_STATUSES = (Status.DRAFT, Status.EDITING, Status.READY, Status.PUBLISHED)
"""The stories on the desk: everything but the spiked ones."""


@dataclass(frozen=True)
class ArticleQuery:
    """Filters combine with AND; ``text`` goes through full-text search."""

    statuses: tuple[Status, ...] = ()
    author_id: int | None = None
    author_name: str = ""
    language: str = ""
    tag: str = ""
    text: str = ""
    sort: SortKey = SortKey.UPDATED
    descending: bool = True


DESK_QUERY = ArticleQuery(statuses=ACTIVE_STATUSES)
"""What the story list shows when the window opens: the desk, newest first."""


class StoryListSource(Protocol):
    """Where the story list reads its rows: the newsroom, or at start-up the first page alone."""

    def page(self, query: ArticleQuery, offset: int, limit: int) -> list[ArticleSummary]: ...

    def count(self, query: ArticleQuery) -> int: ...

    def status_counts(self, query: ArticleQuery | None = None) -> dict[Status, int]: ...
