"""Presence on SQLite and PostgreSQL: who else has a story open, stale rows expire.

Two newsrooms on one database stand for two windows. A clock the test moves stands for
time passing, so nothing here waits a minute for a row to go stale.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import delete, select

from newsdesk.db.models import ArticleRow, PresenceRow
from newsdesk.domain.article import Article
from newsdesk.services.changes import Changes, change_feed_for
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.services.presence import (
    STALE_AFTER,
    PresenceService,
    default_user_name,
    new_session_id,
)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 8, 10, 42, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def rooms(database_url: str) -> Iterator[tuple[Newsroom, Newsroom]]:
    mine, theirs = open_newsroom(database_url), open_newsroom(database_url)
    yield mine, theirs
    mine.close()
    theirs.close()


@dataclass(frozen=True)
class ClockedWindows:
    """My window's presence and a colleague's on one database, on one clock the test moves."""

    mine: Newsroom
    me: PresenceService
    colleague: PresenceService
    clock: Clock


@pytest.fixture
def windows(rooms: tuple[Newsroom, Newsroom]) -> ClockedWindows:
    mine, theirs = rooms
    clock = Clock()
    return ClockedWindows(mine, PresenceService(mine.uow, clock=clock),
                          PresenceService(theirs.uow, clock=clock), clock)


def _story(room: Newsroom, headline: str) -> int:
    story = room.articles.create(Article(headline=headline))
    assert story.id is not None
    return story.id


def test_a_colleague_s_open_story_is_seen_with_name_and_time(windows: ClockedWindows) -> None:
    me, colleague = windows.me, windows.colleague
    story = _story(windows.mine, "Water rota agreed")
    my_session, their_session = new_session_id(), new_session_id()
    me.enter(my_session, "Me", story)
    assert me.others(my_session) == []  # my own window is not "someone else"
    since = colleague.enter(their_session, "Aida Nurlanovna", story)
    [seen] = me.others(my_session)
    assert (seen.user_name, seen.article_id, seen.opened_at) == ("Aida Nurlanovna", story,
                                                                 since)
    assert [p.user_name for p in colleague.others(their_session)] == ["Me"]


def test_switching_stories_and_leaving_take_the_row_away(
    rooms: tuple[Newsroom, Newsroom],
) -> None:
    mine, theirs = rooms
    first = mine.articles.create(Article(headline="First"))
    second = mine.articles.create(Article(headline="Second"))
    assert first.id is not None and second.id is not None
    me, colleague = mine.presence, theirs.presence
    session = new_session_id()
    colleague.enter(session, "Aida", first.id)
    colleague.enter(session, "Aida", second.id)  # one window shows one story
    assert [p.article_id for p in me.others("mine")] == [second.id]
    colleague.leave(session)
    assert me.others("mine") == []


def test_a_window_that_stops_beating_goes_stale_and_is_cleaned_up(
    windows: ClockedWindows,
) -> None:
    me, colleague, clock = windows.me, windows.colleague, windows.clock
    story = _story(windows.mine, "Solar plant opens")
    crashed, alive, my_session = new_session_id(), new_session_id(), new_session_id()
    colleague.enter(crashed, "Crashed", story)
    since = colleague.enter(alive, "Alive", story)
    me.enter(my_session, "Me", story)
    clock.advance(STALE_AFTER / 2)
    colleague.heartbeat(alive, "Alive", story, since)
    me.heartbeat(my_session, "Me", story, since)
    clock.advance(STALE_AFTER / 2 + 1)  # "Crashed" beat last more than a minute ago
    assert [p.user_name for p in me.others(my_session)] == ["Alive"]
    assert [p.opened_at for p in me.others(my_session)] == [since]  # a beat keeps "since"
    me.heartbeat(my_session, "Me", story, since)  # anyone's heartbeat cleans up
    with windows.mine.uow() as uow:
        sessions = set(uow.session.scalars(select(PresenceRow.session_id)))
    assert sessions == {alive, my_session}


def test_a_heartbeat_after_a_long_sleep_puts_the_row_back(windows: ClockedWindows) -> None:
    me, colleague, clock = windows.me, windows.colleague, windows.clock
    story = _story(windows.mine, "Border market reopens")
    session = new_session_id()
    since = colleague.enter(session, "Aida", story)
    clock.advance(STALE_AFTER * 3)
    me.heartbeat("mine", "Me", story, since)  # cleans the sleeper's row
    colleague.heartbeat(session, "Aida", story, since)  # back from sleep
    [seen] = me.others("mine")
    assert (seen.session_id, seen.opened_at) == (session, since)


def test_a_deleted_story_takes_its_presence_with_it(rooms: tuple[Newsroom, Newsroom]) -> None:
    mine, theirs = rooms
    story = theirs.articles.create(Article(headline="Gone tomorrow"))
    assert story.id is not None
    theirs.presence.enter("theirs", "Aida", story.id)
    with mine.uow() as uow:
        uow.session.execute(delete(ArticleRow).where(ArticleRow.id == story.id))
        uow.commit()
    assert mine.presence.others("mine") == []


def test_presence_is_not_announced_as_a_story_change(rooms: tuple[Newsroom, Newsroom]) -> None:
    """A heartbeat every 20 s from every window must not re-read everyone's list."""
    mine, theirs = rooms
    story = mine.articles.create(Article(headline="Quiet heartbeat"))
    assert story.id is not None
    feed = change_feed_for(mine.engine)
    assert feed is not None
    reports: list[Changes] = []
    feed.start(reports.append)
    try:
        assert feed.connected.wait(10)
        since = theirs.presence.enter("theirs", "Aida", story.id)
        theirs.presence.heartbeat("theirs", "Aida", story.id, since)
        theirs.presence.leave("theirs")
        # Then a real change, so we know the feed has looked past the presence writes.
        theirs.articles.create(Article(headline="A real change"))
        deadline = datetime.now(UTC) + timedelta(seconds=10)
        while not reports and datetime.now(UTC) < deadline:
            time.sleep(0.05)
    finally:
        feed.stop()
    assert reports, "the feed reported nothing at all"
    assert all(story.id not in changes.stories for changes in reports)


def test_the_default_name_is_the_os_user() -> None:
    name = default_user_name()
    assert name.strip()
    assert len(name) <= 200
