"""Bulk insert of stories that carry no byline (wire copy, generated lists): stored and found."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from newsdesk.domain.article import Article
from newsdesk.domain.query import ArticleQuery
from newsdesk.services.bulk_insert import BulkStory, insert_stories
from newsdesk.services.newsroom import Newsroom


def test_stories_without_a_byline_are_inserted_indexed_and_listed_in_order(
    newsroom: Newsroom,
) -> None:
    start = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    stories = [
        BulkStory(Article(headline=f"Grain report {n}", slug=f"grain-report-{n}",
                          body=f"Wheat prices, week {n}."),
                  start + timedelta(minutes=n), start + timedelta(minutes=n))
        for n in range(5)
    ]
    assert insert_stories(newsroom.uow, stories, batch_size=2) == 5
    listed = newsroom.articles.page(ArticleQuery(), 0, 10)
    assert [s.slug for s in listed] == [f"grain-report-{n}" for n in reversed(range(5))]
    assert all(newsroom.articles.get(s.id).byline == () for s in listed)
    found = newsroom.articles.page(ArticleQuery(text="wheat"), 0, 10)
    assert len(found) == 5
