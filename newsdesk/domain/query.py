"""How the desk asks for a slice of the archive: filters, sort order and paging."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from newsdesk.domain.article import Status


class SortKey(StrEnum):
    """Columns of the article list that can be sorted on the server side."""

    HEADLINE = "headline"
    STATUS = "status"
    BYLINE = "byline"
    LANGUAGE = "language"
    DATELINE = "dateline"
    UPDATED = "updated"


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
