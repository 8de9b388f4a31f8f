"""The service calls the desk session hands to the task runner: plain functions run on a worker
thread, each one unit of work the window must not wait for, kept apart from the session's
GUI-thread wiring so what runs where is plain to see."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsdesk.domain.article import Article, Status
from newsdesk.domain.errors import NewsdeskError

if TYPE_CHECKING:
    from newsdesk.services.articles import ArticleService

SpikeOutcome = tuple[int, tuple[Article, Status] | NewsdeskError]
"""One story's spike: its id and (the spiked Article, its status before) or the refusal."""


def save_as_new_draft(articles: ArticleService, article: Article, suffix: str) -> Article:
    return articles.save_as_new_draft(article, suffix=suffix)


def revision(articles: ArticleService, article_id: int, note: str,
             default_note: str) -> tuple[int, bool]:
    """The revision that holds the story now: (number, recorded). An unnamed Save Revision
    over a text already recorded records nothing new."""
    unchanged = articles.revision_of_now(article_id)
    if unchanged is not None and not note:
        return int(unchanged), False
    return int(articles.record_revision(article_id, note=note or default_note)), True


def set_status(articles: ArticleService, article_id: int, status: Status,
               version: int) -> Article:
    return articles.set_status(article_id, status, version=version)


def spike_each(articles: ArticleService, ids: list[int]) -> list[SpikeOutcome]:
    """Spike each story in turn; a refusal (gone, changed) is kept with its id, the rest go."""
    outcomes: list[SpikeOutcome] = []
    for article_id in ids:
        try:
            outcomes.append((article_id, articles.spike(article_id)))
        except NewsdeskError as exc:
            outcomes.append((article_id, exc))
    return outcomes
