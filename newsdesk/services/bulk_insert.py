"""Bulk insert of many finished stories at once, for the demo generator and scale tests.

One import per story costs a dozen round trips; here a batch of stories is a handful of
multi-row INSERTs (articles with RETURNING ids, then bylines, tags, citations and search
documents), committed together, so 100,000 stories take minutes rather than hours.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from typing import Any

from sqlalchemy import insert

from newsdesk.db.mapping import dateline_columns
from newsdesk.db.models import (
    ArticleAuthorRow,
    ArticleRow,
    ArticleTagRow,
    AuthorRow,
    CitationRow,
)
from newsdesk.db.search import document_of
from newsdesk.db.uow import UnitOfWorkFactory
from newsdesk.domain.article import Article
from newsdesk.domain.citations import citation_counts
from newsdesk.domain.errors import InvalidInputError, wording
from newsdesk.domain.validation import validate_article

BATCH_SIZE = 1000


@dataclass(frozen=True)
class BulkStory:
    """A story to insert as it is: no slug de-duplication, no revision, no workflow checks."""

    article: Article
    created_at: datetime
    updated_at: datetime
    published_at: datetime | None = None
    # Counts of ``source:key`` citations when the caller already knows them (generated copy
    # has no code spans to skip); None means: parse the body as the importer does.
    citations: Mapping[str, int] | None = None


def _search_document(article: Article) -> str:
    # The one definition of the search document (``document_of``), applied to unsaved rows
    # so the bulk path can never drift from what a flush re-indexes (db/search_sync.py).
    row = ArticleRow(headline=article.headline, deck=article.deck, body=article.body)
    row.tag_rows = [ArticleTagRow(tag=tag) for tag in article.tags]
    row.byline = [ArticleAuthorRow(author=AuthorRow(name=e.name)) for e in article.byline]
    return document_of(row)


def _article_values(story: BulkStory) -> dict[str, Any]:
    article = story.article
    return {
        "headline": article.headline,
        "deck": article.deck,
        "slug": article.slug,
        "body": article.body,
        "language": article.language,
        "status": str(article.status),
        **dateline_columns(article.dateline),
        "created_at": story.created_at,
        "updated_at": story.updated_at,
        "published_at": story.published_at,
        "version": 1,
        "translation_of_id": None,
        "translation_of_revision": None,
    }


def insert_stories(
    uow_factory: UnitOfWorkFactory,
    stories: Iterable[BulkStory],
    *,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Insert stories in batches, one transaction per batch; returns how many were written.

    Byline names must be existing author profiles and cited keys existing registry sources
    (citations to unknown keys are skipped, as the importer does). Each story is validated
    first; a bad one stops the run before its batch is written. ``progress`` gets the
    running total after each batch.
    """
    iterator = iter(stories)
    written = 0
    with uow_factory() as uow:
        authors = {row.name: row.id for row in uow.authors.list()}
        sources = {row.key: row.id for row in uow.sources.list()}
    while batch := list(islice(iterator, batch_size)):
        for story in batch:
            validate_article(story.article)
            for entry in story.article.byline:
                if entry.name not in authors:
                    raise InvalidInputError(
                        wording("'{name}' has no author profile (story '{slug}')",
                                name=entry.name, slug=story.article.slug),
                        field="byline",
                    )
        with uow_factory() as uow:
            session = uow.session
            ids = list(
                session.scalars(
                    insert(ArticleRow).returning(ArticleRow.id, sort_by_parameter_order=True),
                    [_article_values(story) for story in batch],
                ).all()
            )
            # An empty parameter list would be one INSERT of NULLs, not none (stories
            # without a byline, like the tests' generated ones).
            bylines = _bylines(batch, ids, authors)
            if bylines:
                session.execute(insert(ArticleAuthorRow), bylines)
            tags = _tags(batch, ids)
            if tags:
                session.execute(insert(ArticleTagRow), tags)
            citations = _citations(batch, ids, sources)
            if citations:
                session.execute(insert(CitationRow), citations)
            # Core inserts bypass the flush that re-indexes ORM writes: the batch's
            # documents go through the index's own write, computed here without a reload.
            uow.search.write(
                {article_id: _search_document(story.article)
                 for article_id, story in zip(ids, batch, strict=True)},
                new=True,
            )
            uow.commit()
        written += len(batch)
        if progress is not None:
            progress(written)
    return written


def _bylines(
    batch: list[BulkStory], ids: list[int], authors: Mapping[str, int]
) -> list[dict[str, Any]]:
    return [
        {"article_id": article_id, "position": position, "author_id": authors[entry.name],
         "role": str(entry.role)}
        for article_id, story in zip(ids, batch, strict=True)
        for position, entry in enumerate(story.article.byline)
    ]  # fmt: skip


def _tags(batch: list[BulkStory], ids: list[int]) -> list[dict[str, Any]]:
    return [
        {"article_id": article_id, "tag": tag, "position": position}
        for article_id, story in zip(ids, batch, strict=True)
        for position, tag in enumerate(dict.fromkeys(story.article.tags))
    ]


def _citations(
    batch: list[BulkStory], ids: list[int], sources: Mapping[str, int]
) -> list[dict[str, Any]]:
    rows = []
    for article_id, story in zip(ids, batch, strict=True):
        counts = story.citations
        if counts is None:
            counts = citation_counts(story.article.body)
        for key in dict.fromkeys([*counts, *story.article.source_keys]):
            if key in sources:
                rows.append({"article_id": article_id, "source_id": sources[key], "key": key,
                             "occurrences": counts.get(key, 0)})  # fmt: skip
    return rows
