"""A window closes while its change feed is stuck on the database: the close never waits for it.

The feed's thread may be in a round trip that takes seconds to give up (a PostgreSQL server
that stopped answering, a lock). Stopping the window's live updates returns while that thread
is still stuck; the thread ends later, calls nothing of the window that is gone, and the
newsroom's close is what waits for it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, make_url

from newsdesk.services.changes import ChangeFeed, Changes, PostgresChangeFeed
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.ui.live_updates import LiveUpdates
from tests.helpers.tcp_proxy import TcpProxy
from tests.ui.conftest import ui_newsroom

WAIT = 10.0


class LockedFeed(ChangeFeed):
    """A feed whose poll waits for a lock the test holds, then reports what it read."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(engine)
        self.lock = threading.Lock()
        self.lock.acquire()  # held by the test until it lets the poll go on
        self.polling = threading.Event()
        self.calls: list[Changes] = []
        """What reached the receiver (the window's live updates) through the feed."""

    def start(self, on_change: object) -> None:
        assert callable(on_change)

        def recorded(changes: Changes) -> object:
            self.calls.append(changes)
            return on_change(changes)

        super().start(recorded)

    def _run(self) -> None:
        self.connected.set()
        try:
            self.polling.set()
            with self.lock:  # the round trip that does not come back
                pass
            self._report(Changes(stories=frozenset({1}), authors=True))
        finally:
            self.connected.clear()


@pytest.fixture
def newsroom(database_url: str) -> Iterator[Newsroom]:
    with ui_newsroom(database_url) as room:
        yield room


def test_stop_returns_while_the_feed_is_stuck_and_the_feed_then_calls_nothing(
    qtbot: QtBot, newsroom: Newsroom, caplog: pytest.LogCaptureFixture
) -> None:
    window = QWidget()
    live = LiveUpdates(newsroom, window, make_feed=LockedFeed)
    feed = live.feed
    assert isinstance(feed, LockedFeed)
    arrived: list[Changes] = []
    live.changes_arrived.connect(arrived.append)
    live.start()
    assert feed.polling.wait(WAIT)
    # Were stop() to wait for the thread, this would let it go on after a while, and stop()
    # would come back with the thread ended: what is asserted below is that it comes back
    # while the thread is still stuck.
    letting_go = threading.Timer(3.0, feed.lock.release)
    letting_go.start()
    try:
        live.stop()
        still_stuck = feed.running and feed.lock.locked()
    finally:
        letting_go.cancel()
    assert still_stuck
    assert feed.stopping

    shiboken6.delete(window)  # the window is gone (its live updates with it)
    if feed.lock.locked():
        feed.lock.release()  # the round trip comes back: the feed reads a change and ends
    with caplog.at_level(logging.DEBUG, logger="newsdesk"):
        qtbot.waitUntil(lambda: not feed.running, timeout=int(WAIT * 1000))
    assert feed.calls == []  # the report was dropped, not handed to the deleted window
    assert arrived == []
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_the_newsroom_s_close_waits_for_a_feed_the_window_left_stuck(
    qtbot: QtBot, database_url: str
) -> None:
    newsroom = open_newsroom(database_url)
    try:
        live = LiveUpdates(newsroom, make_feed=LockedFeed)
        feed = live.feed
        assert isinstance(feed, LockedFeed)
        live.start()
        assert feed.polling.wait(WAIT)
        live.stop()
        assert feed.running
        letting_go = threading.Timer(0.2, feed.lock.release)
        letting_go.start()
    finally:
        newsroom.close()  # waits (bounded) for the feed's thread, off any window
    assert not feed.running
    assert feed.calls == []


@pytest.mark.parametrize(
    "database_url", [pytest.param("postgresql", marks=pytest.mark.postgresql)], indirect=True
)
def test_a_window_closes_while_its_listener_waits_for_a_server_that_does_not_answer(
    qtbot: QtBot, database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The real thing: the LISTEN connection's start-up packet is held by the network (the
    proxy forwards nothing for longer than the connection's time-out), so the feed's thread
    sits in connect() as the window closes."""
    with TcpProxy(make_url(database_url).port or 5432) as proxy, \
            ui_newsroom(proxy.url_for(database_url)) as room:
        window = QWidget()
        live = LiveUpdates(room, window)
        feed = live.feed
        assert isinstance(feed, PostgresChangeFeed)
        arrived: list[Changes] = []
        live.changes_arrived.connect(arrived.append)
        accepted = proxy.accepted
        proxy.latency_ms = 6000  # longer than the listener's connect_timeout (5 s)
        live.start()
        qtbot.waitUntil(lambda: proxy.accepted > accepted, timeout=int(WAIT * 1000))
        assert not feed.connected.is_set()

        live.stop()
        assert feed.running  # stop() came back while the thread still waits for the server
        shiboken6.delete(window)
        with caplog.at_level(logging.INFO, logger="newsdesk.services.changes"):
            qtbot.waitUntil(lambda: not feed.running, timeout=int(WAIT * 1000) * 2)
        proxy.latency_ms = 0
        assert arrived == []
        assert not feed.connected.is_set()
        assert feed.reconnects == 0  # it gave up, it did not listen again behind the window
