"""The window never waits on the database for the story list, its counts or the editor's
completion lists: they are read on the task runner and shown when they arrive.

The waits are bounds for a loaded machine, never timing assertions: the GUI thread's
liveness is counted in timer ticks, not in milliseconds.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot
from sqlalchemy import make_url

from newsdesk.domain.article import Article
from newsdesk.domain.people import Author
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.messages import Level, Message, MessageBus
from newsdesk.ui.models.article_list_model import HEADLINE
from newsdesk.ui.tasks import TaskRunner
from newsdesk.ui.widgets.article_list_panel import ArticleListPanel
from tests.helpers.desk import open_story, saved
from tests.helpers.locks import articles_locked
from tests.helpers.tcp_proxy import TcpProxy
from tests.ui.conftest import ui_newsroom
from tests.ui.shell.conftest import Desk, add_generated

SOON = 10_000  # ms: a bound for a loaded machine


def _panel(qtbot: QtBot, newsroom: Newsroom) -> ArticleListPanel:
    panel = ArticleListPanel(newsroom)
    qtbot.addWidget(panel)
    panel.resize(600, 400)
    panel.show()
    qtbot.waitExposed(panel)
    with qtbot.waitSignal(panel.model.query_changed, timeout=SOON):
        panel.start()  # the first rows are read on the runner too
    return panel


def _ids(panel: ArticleListPanel) -> list[int | None]:
    return [panel.model.article_id_at(row) for row in range(panel.model.rowCount())]


def _headlines(panel: ArticleListPanel) -> list[str]:
    model = panel.model
    return [model.index(row, HEADLINE).data() for row in range(model.rowCount())]


class Ticks:
    """Counts a 10 ms timer's ticks on the GUI thread: it ticks only while the thread turns."""

    def __init__(self, qtbot: QtBot) -> None:
        self.count = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self._qtbot = qtbot

    def _tick(self) -> None:
        self.count += 1

    def keep_turning(self, ticks: int = 5) -> None:
        started = self.count
        self._qtbot.waitUntil(lambda: self.count >= started + ticks, timeout=SOON)


def test_scrolling_to_the_end_pages_in_every_story_once_one_request_at_a_time(
    qtbot: QtBot, newsroom: Newsroom
) -> None:
    add_generated(newsroom, 450)  # draft, editing and ready: all on the desk
    panel = _panel(qtbot, newsroom)
    model = panel.model
    assert model.rowCount() == 100
    asked_at: list[int] = []
    model.fetching_changed.connect(lambda on: asked_at.append(model.rowCount()) if on else None)
    for _ in range(20):
        if not model.canFetchMore(QModelIndex()):
            break
        panel.view.scrollToBottom()
        model.fetchMore()
        assert model.fetching  # asked of the runner: the rows are not here yet
        for _ in range(5):  # a user dragging hard to the end: still one request
            model.fetchMore()
            assert not model.canFetchMore(QModelIndex())
        assert panel.loading_label.isVisible()
        qtbot.waitUntil(lambda: not model.fetching, timeout=SOON)
    assert not panel.loading_label.isVisible()
    assert asked_at == [100, 200, 300, 400]  # one request per batch, none twice
    ids = _ids(panel)
    assert len(ids) == len(set(ids)) == 450
    assert _headlines(panel) == [f"Generated story {n:05d}" for n in reversed(range(450))]


def test_a_new_sort_order_drops_the_batch_on_its_way(qtbot: QtBot, newsroom: Newsroom) -> None:
    add_generated(newsroom, 250)
    panel = _panel(qtbot, newsroom)
    model = panel.model
    model.fetchMore()
    assert model.fetching
    newest_first = _headlines(panel)
    model.sort(HEADLINE, Qt.SortOrder.AscendingOrder)  # the user clicks the header meanwhile
    assert model.fetching  # the new order's first batch, read on the runner...
    assert _headlines(panel) == newest_first  # ...while the rows shown stay
    qtbot.waitUntil(lambda: TaskRunner.of().pending == 0, timeout=SOON)
    # Only the new order's first batch: the newest-first batch did not land behind it.
    assert _headlines(panel) == [f"Generated story {n:05d}" for n in range(100)]
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 200, timeout=SOON)
    assert _headlines(panel)[100:] == [f"Generated story {n:05d}" for n in range(100, 200)]


def test_the_last_search_wins_and_the_rows_stay_until_its_rows_come(
    qtbot: QtBot, desk: Desk
) -> None:
    panel = _panel(qtbot, desk.newsroom)
    shown = _headlines(panel)
    panel.search_edit.setText("Tashkent")
    panel.apply_filters()
    assert panel.model.fetching and _headlines(panel) == shown  # read on the runner
    panel.search_edit.setText("Issyk")
    panel.apply_filters()  # typed on: the Tashkent read is dropped
    qtbot.waitUntil(lambda: not panel.model.fetching, timeout=SOON)
    assert _headlines(panel) == [desk.solar.headline]
    qtbot.waitUntil(lambda: "Editing 1" in panel.status_counts_label.text(), timeout=SOON)
    assert "Draft 0" in panel.status_counts_label.text()  # the counts follow the search


def test_the_gui_keeps_turning_while_a_batch_waits_for_a_lock(
    qtbot: QtBot, newsroom: Newsroom, database_url: str
) -> None:
    add_generated(newsroom, 150)
    panel = _panel(qtbot, newsroom)
    model = panel.model
    ticks = Ticks(qtbot)
    with articles_locked(database_url) as readers_wait:
        panel.view.scrollToBottom()
        model.fetchMore()  # returns at once: the read waits on a worker
        assert model.fetching
        ticks.keep_turning()
        if readers_wait:
            assert model.fetching and model.rowCount() == 100  # still waiting for the lock
            for _ in range(5):
                model.fetchMore()  # nothing more is queued behind it
            assert TaskRunner.of().pending >= 1
    qtbot.waitUntil(lambda: model.rowCount() == 150, timeout=SOON)
    assert len(set(_ids(panel))) == 150
    ticks.timer.stop()


# PostgreSQL only: a server that goes away is how a read fails in a newsroom; a SQLite file in
# WAL mode does not refuse a read short of being damaged (the damaged-newsroom tests cover that).
@pytest.mark.parametrize(
    "database_url", [pytest.param("postgresql", marks=pytest.mark.postgresql)], indirect=True
)
def test_a_batch_that_cannot_be_read_is_said_and_try_again_reads_it(
    qtbot: QtBot, newsroom: Newsroom, database_url: str
) -> None:
    add_generated(newsroom, 150)
    posted: list[Message] = []
    MessageBus.of().message_posted.connect(posted.append)
    with TcpProxy(make_url(database_url).port or 5432) as proxy, \
            ui_newsroom(proxy.url_for(database_url)) as room:
        panel = _panel(qtbot, room)
        model = panel.model
        ticks = Ticks(qtbot)
        proxy.pause()  # the server "stops": connecting is refused, connections are reset
        model.fetchMore()
        ticks.keep_turning()
        qtbot.waitUntil(lambda: any("Stories could not be read" in m.text for m in posted), timeout=SOON)
        failure = next(m for m in posted if "Stories could not be read" in m.text)
        assert failure.level is Level.WARNING
        assert [action.label for action in failure.actions] == ["Try Again"]
        assert not model.fetching and not model.canFetchMore(QModelIndex())
        assert model.rowCount() == 100  # what was read stays
        proxy.resume()
        failure.actions[0].trigger()
        qtbot.waitUntil(lambda: model.rowCount() == 150, timeout=SOON)
        assert len(set(_ids(panel))) == 150
        # A search while the server is away: said the same way; the rows shown stay.
        posted.clear()
        proxy.pause()
        panel.search_edit.setText("00007")
        panel.apply_filters()
        qtbot.waitUntil(lambda: any("Stories could not be read" in m.text for m in posted),
                        timeout=SOON)
        assert model.rowCount() == 150
        proxy.resume()
        posted[-1].actions[0].trigger()
        qtbot.waitUntil(lambda: _headlines(panel) == ["Generated story 00007"], timeout=SOON)
        ticks.timer.stop()
        TaskRunner.of().drain()
    MessageBus.of().message_posted.disconnect(posted.append)


# -- the window: counts and the editor's completion lists ---------------------------------------
def test_the_counts_follow_a_status_move(qtbot: QtBot, desk: Desk, window: MainWindow) -> None:
    counts = window.list_panel.status_counts_label
    qtbot.waitUntil(lambda: "Draft 1 · Editing 1" in counts.text(), timeout=SOON)
    open_story(qtbot, window, desk.water.id or 0)
    move = window.findChild(QAction, "moveEditingAction")
    assert isinstance(move, QAction)
    move.trigger()
    qtbot.waitUntil(lambda: "Draft 0 · Editing 2" in counts.text(), timeout=SOON)


def _offered_names(window: MainWindow) -> list[str]:
    return list(window.editor.byline_picker.completer.model().stringList())  # type: ignore[attr-defined]


def test_completion_lists_are_read_once_and_follow_a_colleague(
    qtbot: QtBot, desk: Desk, window: MainWindow
) -> None:
    editor = window.editor
    qtbot.waitUntil(lambda: editor.references.loaded, timeout=SOON)
    assert _offered_names(window) == ["Aigerim Sarsenbayeva", "Farrukh Nazarov"]
    assert set(editor.tags_edit.known_tags()) == {"agriculture", "energy", "trade", "water"}
    for story in (desk.solar, desk.market, desk.water):  # opening reads none of them again
        open_story(qtbot, window, story.id or 0)
        assert not editor.references.reading
    assert editor.language_combo.findData("ru") >= 0
    feed = window.live_updates.feed
    assert feed is not None and feed.connected.wait(10)
    colleague = open_newsroom(desk.url)
    try:
        colleague.authors.create(Author(name="Zarina Colleague"))
        colleague.articles.create(Article(headline="Canal works", language="tg",
                                          tags=("irrigation",)))
        qtbot.waitUntil(lambda: "Zarina Colleague" in _offered_names(window), timeout=SOON)
        qtbot.waitUntil(lambda: "irrigation" in editor.tags_edit.known_tags(), timeout=SOON)
        qtbot.waitUntil(lambda: editor.language_combo.findData("tg") >= 0, timeout=SOON)
    finally:
        TaskRunner.of().drain()
        colleague.close()


def test_our_own_save_adds_its_tags_without_a_read(
    qtbot: QtBot, desk: Desk, window: MainWindow
) -> None:
    editor = window.editor
    qtbot.waitUntil(lambda: editor.references.loaded, timeout=SOON)
    open_story(qtbot, window, desk.water.id or 0)
    editor.tags_edit.setText("water, agriculture, drought")
    editor.tags_edit.textEdited.emit(editor.tags_edit.text())
    saved(qtbot, window.autosaver)
    qtbot.waitUntil(lambda: "drought" in editor.tags_edit.known_tags(), timeout=SOON)
    assert not editor.references.reading
