"""The change feed without Qt: a colleague's commit reaches the other newsroom's feed.

Two newsrooms on one database, as two windows would hold them: ``desk`` watches, the
colleague writes through the services. SQLite is watched through ``PRAGMA data_version``,
PostgreSQL through LISTEN/NOTIFY (including a server that goes away and comes back).
"""

from __future__ import annotations

import queue
import time
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from sqlalchemy import insert
from sqlalchemy.engine import make_url

from newsdesk.db.change_notify import PAYLOAD_LIMIT, decode_payload, encode_payloads
from newsdesk.db.models import ArticleRow
from newsdesk.domain.article import Article, Status
from newsdesk.domain.errors import NewsdeskError
from newsdesk.domain.people import Author, Source
from newsdesk.domain.query import ArticleQuery
from newsdesk.services.changes import (
    POLL_INTERVAL,
    ChangeFeed,
    Changes,
    PostgresChangeFeed,
    change_feed_for,
)
from newsdesk.services.newsroom import Newsroom, open_newsroom
from tests.helpers.tcp_proxy import TcpProxy

WAIT = 10.0  # seconds: generous for a loaded machine; the speed is in the benchmark


class Reports:
    """What a feed reported, collected from its thread."""

    def __init__(self) -> None:
        self.queue: queue.Queue[Changes] = queue.Queue()

    def __call__(self, changes: Changes) -> None:
        self.queue.put(changes)

    def until(self, wanted: Callable[[Changes], bool], timeout: float = WAIT) -> Changes:
        """Reports merged until one (or their sum) satisfies ``wanted``."""
        seen = Changes()
        while True:
            seen = seen.merged(self.queue.get(timeout=timeout))
            if wanted(seen):
                return seen

    def next(self, timeout: float = WAIT) -> Changes:
        return self.queue.get(timeout=timeout)


@pytest.fixture
def desk(database_url: str) -> Iterator[Newsroom]:
    room = open_newsroom(database_url)
    yield room
    room.close()


@pytest.fixture
def colleague(database_url: str) -> Iterator[Newsroom]:
    room = open_newsroom(database_url)
    yield room
    room.close()


@pytest.fixture
def watching(desk: Newsroom) -> Iterator[tuple[ChangeFeed, Reports]]:
    feed = change_feed_for(desk.engine)
    assert feed is not None
    reports = Reports()
    feed.start(reports)
    assert feed.connected.wait(WAIT)
    yield feed, reports
    feed.stop()
    assert not feed.running


def test_a_colleague_s_new_story_is_reported(
    watching: tuple[ChangeFeed, Reports], colleague: Newsroom
) -> None:
    _feed, reports = watching
    story = colleague.articles.create(Article(headline="Border market reopens"))
    assert story.id is not None
    seen = reports.until(lambda c: c.may_touch(story.id or 0))
    assert story.id in seen.stories


def test_a_colleague_s_save_names_the_story(
    watching: tuple[ChangeFeed, Reports], colleague: Newsroom
) -> None:
    _feed, reports = watching
    story = colleague.articles.create(Article(headline="Water rota agreed", body="Draft."))
    assert story.id is not None
    reports.until(lambda c: story.id in c.stories)
    stored = colleague.articles.get(story.id)
    colleague.articles.save(replace(stored, body="Colleague's text."))
    seen = reports.until(lambda c: story.id in c.stories)
    assert story.id in seen.stories


def test_a_spike_is_reported_as_a_story_change(
    watching: tuple[ChangeFeed, Reports], colleague: Newsroom
) -> None:
    _feed, reports = watching
    story = colleague.articles.create(Article(headline="Solar plant opens",
                                              status=Status.EDITING))
    assert story.id is not None
    reports.until(lambda c: story.id in c.stories)
    colleague.articles.spike(story.id)
    reports.until(lambda c: c.may_touch(story.id or 0))


@pytest.mark.parametrize("kind", ["authors", "sources", "house_settings", "house_words"])
def test_people_sources_and_house_are_reported(
    kind: str, watching: tuple[ChangeFeed, Reports], colleague: Newsroom
) -> None:
    _feed, reports = watching
    if kind == "authors":
        colleague.authors.create(Author(name="Nilufar Rakhimova"))
    elif kind == "sources":
        colleague.sources.create(Source(key="ministry", name="Ministry of Energy"))
    elif kind == "house_settings":
        colleague.house.set_text("outlet_name", "Steppe Courier")
    else:
        colleague.house.add_word("en", "Tokhtarov")
    reports.until(lambda c: bool(getattr(c, kind)))


def test_a_colleague_s_glossary_term_is_reported(
    watching: tuple[ChangeFeed, Reports], colleague: Newsroom, desk: Newsroom
) -> None:
    """The open translators' desk checks rows against the glossary: a term added, then one
    removed, elsewhere is reported (and not as a story change)."""
    from newsdesk.domain.glossary import Rendering

    _feed, reports = watching
    term = colleague.glossary.add([Rendering("en", "Syr Darya"), Rendering("ru", "Сыр-Дарья")])
    seen = reports.until(lambda c: c.glossary)
    assert not seen.any_story
    assert term.id is not None
    colleague.glossary.remove(term.id)
    reports.until(lambda c: c.glossary)
    desk.glossary.add([Rendering("en", "Amu Darya")])  # the desk's own: never reported
    assert not any(c.glossary for c in _drain(reports, 2 * POLL_INTERVAL + 1))


def _drain(reports: Reports, seconds: float) -> list[Changes]:
    found: list[Changes] = []
    try:
        while True:
            found.append(reports.next(timeout=seconds))
    except queue.Empty:
        return found


def test_payloads_stay_under_the_server_limit() -> None:
    items = {("story", str(number)) for number in range(5000)}
    payloads = list(encode_payloads("origin01", items))
    assert len(payloads) > 1
    assert all(len(payload.encode()) < PAYLOAD_LIMIT for payload in payloads)
    decoded = set()
    for payload in payloads:
        origin, pairs = decode_payload(payload)
        assert origin == "origin01"
        decoded.update(pairs)
    assert decoded == items


# -- PostgreSQL only ---------------------------------------------------------------------------
# LISTEN/NOTIFY is PostgreSQL's: these run on that backend only (not skipped on SQLite).
postgresql_only = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)


@pytest.fixture
def postgres_url(database_url: str) -> str:
    return database_url


def test_the_desk_s_own_commits_are_not_reported(
    desk: Newsroom, watching: tuple[ChangeFeed, Reports], colleague: Newsroom
) -> None:
    _feed, reports = watching
    mine = desk.articles.create(Article(headline="Mine"))
    if desk.engine.dialect.name == "sqlite":  # let the poller see ours alone first
        time.sleep(3 * POLL_INTERVAL)  # not a timing assertion: lets the poller look once
    theirs = colleague.articles.create(Article(headline="Theirs"))
    # Had ours been reported, it would come first.
    assert reports.next().stories == frozenset({theirs.id})
    assert mine.id not in reports.queue.queue


@postgresql_only
def test_a_bulk_statement_reports_some_stories(
    postgres_url: str, watching: tuple[ChangeFeed, Reports], colleague: Newsroom
) -> None:
    _feed, reports = watching
    with colleague.uow() as uow:
        uow.session.execute(insert(ArticleRow), [{"headline": "Bulk one", "slug": "bulk-one"}])
        uow.commit()
    assert reports.next().some_stories


@postgresql_only
def test_a_write_cut_at_its_commit_announces_nothing(
    postgres_url: str, watching: tuple[ChangeFeed, Reports], colleague: Newsroom
) -> None:
    """The server stops as the COMMIT is sent: the NOTIFY went out in the same transaction,
    so with the story it is never delivered."""
    _feed, reports = watching
    port = make_url(postgres_url).port or 5432
    with TcpProxy(port) as proxy:
        cut = open_newsroom(proxy.url_for(postgres_url), migrate=False)
        try:
            proxy.cut_on(b"COMMIT")
            with pytest.raises(NewsdeskError):
                cut.articles.create(Article(headline="Never stored"))
        finally:
            cut.close()
    after = colleague.articles.create(Article(headline="Stored after"))
    assert reports.next().stories == frozenset({after.id})
    headlines = [s.headline for s in colleague.articles.page(ArticleQuery(), 0, 100)]
    assert headlines == ["Stored after"]


@postgresql_only
def test_the_listener_comes_back_after_the_server_went_away(
    postgres_url: str, colleague: Newsroom
) -> None:
    port = make_url(postgres_url).port or 5432
    with TcpProxy(port) as proxy:
        watched = open_newsroom(proxy.url_for(postgres_url), migrate=False)
        feed = PostgresChangeFeed(watched.engine)
        reports = Reports()
        feed.start(reports)
        try:
            assert feed.connected.wait(WAIT)
            proxy.pause()  # "PostgreSQL stopped"
            missed = colleague.articles.create(Article(headline="Written while away"))
            proxy.resume()
            # Notifications sent meanwhile are lost: the feed says "reload everything".
            seen = reports.until(lambda c: c.some_stories)
            assert seen.may_touch(missed.id or 0)
            assert feed.reconnects >= 1
            later = colleague.articles.create(Article(headline="Written once back"))
            reports.until(lambda c: later.id in c.stories)
        finally:
            feed.stop()
            watched.close()
