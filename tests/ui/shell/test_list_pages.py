"""The story list's paging without the model: the latest query wins, a failed read is kept
until asked again (SQLite and PostgreSQL, read on the real task runner)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from newsdesk.domain.article import ArticleSummary, Status
from newsdesk.domain.errors import DatabaseOfflineError
from newsdesk.domain.query import ArticleQuery
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.models.list_pages import ListPages
from tests.ui.shell.conftest import add_generated

SOON = 10_000  # ms: a bound for a loaded machine


def test_a_newer_query_replaces_the_one_on_its_way_and_what_waited_gets_its_rows(
    newsroom: Newsroom, qtbot: QtBot
) -> None:
    add_generated(newsroom, 30)
    pages = ListPages(newsroom.articles.page, batch_size=10, background=True)
    shown: list[tuple[ArticleQuery, int]] = []
    waited: list[int] = []
    older, newer = ArticleQuery(), ArticleQuery(statuses=(Status.DRAFT,))
    pages.wait(lambda: waited.append(len(shown)))
    pages.read_first(older, lambda query, rows: shown.append((query, len(rows))))
    pages.read_first(newer, lambda query, rows: shown.append((query, len(rows))))
    assert pages.wanted == newer and pages.fetching
    qtbot.waitUntil(lambda: not pages.fetching and pages.wanted is None, timeout=SOON)
    qtbot.wait(50)  # the older read, had it not been dropped, would have landed by now too
    assert [query for query, _count in shown] == [newer]
    assert waited == [1]  # what waited for the older query ran once the newer one showed


def test_a_failed_first_read_is_kept_until_asked_again(newsroom: Newsroom, qtbot: QtBot) -> None:
    add_generated(newsroom, 5)
    reads: list[int] = []

    def page(query: ArticleQuery, offset: int, limit: int) -> list[ArticleSummary]:
        reads.append(offset)
        if len(reads) == 1:  # the server went away for the first read only
            raise DatabaseOfflineError("the server closed the connection")
        return newsroom.articles.page(query, offset, limit)

    pages = ListPages(page, batch_size=10, background=True)
    query = ArticleQuery(statuses=(Status.DRAFT,))
    rows: list[list[ArticleSummary]] = []
    with qtbot.waitSignal(pages.fetch_failed, timeout=SOON) as failed:
        pages.read_first(query, lambda _query, batch: rows.append(batch))
    assert failed.args and "closed the connection" in failed.args[0]
    assert pages.failure == failed.args[0] and not pages.fetching and pages.wanted is None
    assert rows == []
    assert pages.take_failed() == query  # the retry asks for the same query
    assert pages.failure is None
    with qtbot.waitSignal(pages.fetching_changed, timeout=SOON,
                          check_params_cb=lambda busy: not busy):
        pages.read_first(query, lambda _query, batch: rows.append(batch))
    assert len(rows) == 1 and rows[0]
