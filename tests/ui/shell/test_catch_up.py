"""Catching up with colleagues off the GUI thread: the reads run on the task runner, the GUI
keeps running while they wait for a lock, a failed read is said and nothing waits for it.

The waits are bounds for a loaded machine, never timing assertions: the GUI thread's
liveness is counted in timer ticks, not in milliseconds.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from sqlalchemy import make_url

from newsdesk.domain.article import Article
from newsdesk.domain.query import ArticleQuery
from newsdesk.services.changes import Changes
from newsdesk.ui.catch_up import Wanted, read_fresh
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.messages import Level, Message, MessageBus
from newsdesk.ui.models.article_list_model import HEADLINE
from tests.helpers.locks import articles_locked
from tests.helpers.tcp_proxy import TcpProxy
from tests.ui.conftest import ui_newsroom
from tests.ui.shell.conftest import Desk

SOON = 10_000  # ms: a bound for a loaded machine


def _headlines(window: MainWindow) -> list[str]:
    model = window.list_panel.model
    return [model.index(row, HEADLINE).data() for row in range(model.rowCount())]


def _open_window(qtbot: QtBot, window: MainWindow) -> MainWindow:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.initial_story_pending)
    # Only Ctrl+R reads here: the live feed would read the colleague's change on its own.
    window.live_updates.stop()
    return window


def test_a_refresh_waits_for_a_lock_on_a_worker_and_the_gui_keeps_running(
    qtbot: QtBot, desk: Desk
) -> None:
    window = _open_window(qtbot, MainWindow(desk.newsroom))
    with ui_newsroom(desk.url) as colleague:
        colleague.articles.create(Article(headline="Filed while the table was locked"))
    ticks = 0

    def tick() -> None:
        nonlocal ticks
        ticks += 1

    timer = QTimer(window)
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    with articles_locked(desk.url) as readers_wait:
        window.refresh_action.trigger()  # Ctrl+R returns at once: nothing was read here
        assert window.catch_up.reading
        assert "Filed while the table was locked" not in _headlines(window)
        started = ticks
        qtbot.waitUntil(lambda: ticks >= started + 5, timeout=SOON)  # the GUI thread runs
        if readers_wait:
            assert window.catch_up.reading  # ...while the read waits for the lock
    qtbot.waitUntil(lambda: "Filed while the table was locked" in _headlines(window),
                    timeout=SOON)
    assert not window.catch_up.reading
    timer.stop()
    window.close()


# PostgreSQL only: a server that goes away is how a read fails in a newsroom; a SQLite file in
# WAL mode does not refuse a read short of being damaged (the damaged-newsroom tests cover that).
@pytest.mark.parametrize(
    "database_url", [pytest.param("postgresql", marks=pytest.mark.postgresql)], indirect=True
)
def test_a_failed_read_is_said_and_the_next_refresh_catches_up(
    qtbot: QtBot, desk: Desk, database_url: str
) -> None:
    posted: list[Message] = []
    MessageBus.of().message_posted.connect(posted.append)
    with TcpProxy(make_url(desk.url).port or 5432) as proxy, \
            ui_newsroom(proxy.url_for(desk.url)) as room:
        window = _open_window(qtbot, MainWindow(room))
        desk.newsroom.articles.create(Article(headline="Filed while the server was away"))
        proxy.pause()  # the server "stops": connecting is refused, connections are reset
        window.refresh_action.trigger()
        qtbot.waitUntil(lambda: any("could not be read" in m.text for m in posted),
                        timeout=SOON)
        failure = next(m for m in posted if "could not be read" in m.text)
        assert failure.level is Level.WARNING  # Ctrl+R was the user's: a notice, not a hint
        assert [action.label for action in failure.actions] == ["Try Again"]
        assert not window.catch_up.reading  # nothing is left waiting
        assert window.notice.isVisible()
        proxy.resume()
        failure.actions[0].trigger()  # the notice's Try Again
        qtbot.waitUntil(lambda: "Filed while the server was away" in _headlines(window),
                        timeout=SOON)
        window.close()
    MessageBus.of().message_posted.disconnect(posted.append)


def test_read_fresh_reads_only_what_changed(desk: Desk) -> None:
    """The worker's half, without a window: each kind of change reads its own part."""
    query = ArticleQuery()
    only_sources = read_fresh(desk.newsroom, Wanted(Changes(sources=True), query, 100, None))
    assert only_sources.sources is not None and only_sources.rows is None
    assert only_sources.choices is None and only_sources.stored is None
    story = read_fresh(desk.newsroom, Wanted(Changes(stories=frozenset({desk.water.id or 0})),
                                             query, 100, desk.water.id))
    assert story.rows is not None and story.total == desk.newsroom.articles.count(query)
    assert story.counts is not None and story.choices is not None
    assert story.stored is not None and story.stored.id == desk.water.id
    other = read_fresh(desk.newsroom, Wanted(Changes(stories=frozenset({desk.solar.id or 0})),
                                             query, 100, desk.water.id))
    assert other.stored is None  # the open story is not among those changed: not read
