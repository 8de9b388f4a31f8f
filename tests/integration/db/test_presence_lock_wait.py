"""Presence writes give up quickly on another writer's lock, and leave no short wait behind.

A colleague's open write transaction holds the presence row (on SQLite, the whole file): a
heartbeat is refused as "busy" instead of waiting out a story save's timeout (on PostgreSQL
without a lock timeout it would wait for ever), and the next story save on the same pooled
connection still waits as long as before. On SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from newsdesk.domain.article import Article
from newsdesk.domain.errors import DatabaseBusyError
from newsdesk.services.newsroom import Newsroom, open_newsroom


@pytest.fixture
def newsroom(database_url: str) -> Iterator[Newsroom]:
    room = open_newsroom(database_url)
    yield room
    room.close()


@contextmanager
def _presence_locked(database_url: str, session_id: str) -> Iterator[None]:
    """Another program's transaction holds this session's presence row until exit."""
    other = open_newsroom(database_url)
    try:
        with other.uow() as uow:
            uow.session.execute(text("UPDATE story_presence SET user_name = user_name "
                                     "WHERE session_id = :id"), {"id": session_id})
            yield
    finally:
        other.close()


def test_a_heartbeat_on_a_locked_row_gives_up_as_busy(
    newsroom: Newsroom, database_url: str
) -> None:
    story = newsroom.articles.create(Article(headline="Presence under a lock"))
    opened = newsroom.presence.enter("window-a", "Aida", story.id or 0)
    with _presence_locked(database_url, "window-a"), pytest.raises(DatabaseBusyError):
        newsroom.presence.heartbeat("window-a", "Aida", story.id or 0, opened)
    newsroom.presence.heartbeat("window-a", "Aida", story.id or 0, opened)  # lock gone: fine
    assert [p.user_name for p in newsroom.presence.others("window-b")] == ["Aida"]
    assert opened <= datetime.now(UTC)


# SQLite only: PostgreSQL's SET LOCAL ends with the transaction by itself.
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_the_connection_gets_its_own_wait_back(newsroom: Newsroom) -> None:
    with newsroom.engine.connect() as connection:
        own = connection.exec_driver_sql("PRAGMA busy_timeout").scalar()
    story = newsroom.articles.create(Article(headline="Presence then a save"))
    newsroom.presence.enter("window-a", "Aida", story.id or 0)
    newsroom.presence.leave("window-a")
    with newsroom.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == own
    assert own not in (None, 0)
