"""The story list's first rows are read on the task runner, ahead of the start-up hold, and the
window's first paint of them asks the database nothing (issue 13), on SQLite and PostgreSQL.

The start-up hold keeps other work queued until the list has painted; the list's own first
read must pass it, or it would wait for itself. Whoever waits for the first rows (the window,
to pick the story to open) is told once they are shown, or once they could not be read.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.messages import Message, MessageBus
from newsdesk.ui.tasks import TaskRunner
from newsdesk.ui.widgets.article_list_panel import ArticleListPanel
from tests.helpers.gui_thread_queries import GuiThreadQueries
from tests.helpers.unavailable import unavailable
from tests.ui.conftest import ui_newsroom
from tests.ui.shell.conftest import Desk

SOON = 10_000  # ms: a bound for a loaded machine, not a timing assertion


@pytest.fixture
def guard() -> Iterator[GuiThreadQueries]:
    with GuiThreadQueries() as listening:
        yield listening


def test_the_first_rows_pass_the_start_up_hold_and_are_read_once(
    qtbot: QtBot, desk: Desk, guard: GuiThreadQueries
) -> None:
    runner = TaskRunner.of()
    hold = runner.hold()
    later: list[str] = []
    try:
        runner.run(lambda: "gazetteer", on_result=later.append, on_error=runner.report)
        panel = ArticleListPanel(desk.newsroom)
        qtbot.addWidget(panel)
        reads: list[bool] = []
        panel.model.fetching_changed.connect(lambda on: reads.append(on) if on else None)
        shown: list[int] = []
        with guard.recording("start"):
            panel.start(then=lambda: shown.append(panel.model.rowCount()))
            assert panel.model.rowCount() == 0  # not read here: on its way
            panel.start(then=lambda: shown.append(-panel.model.rowCount()))  # asked again
            qtbot.waitUntil(lambda: len(shown) == 2, timeout=SOON)
        guard.assert_none("start")
        assert shown == [3, -3]  # both told once the rows show
        assert reads == [True]  # one read: the second ask waited for the first
        assert later == []  # everything else still waits for the hold
    finally:
        hold.release()
    qtbot.waitUntil(lambda: later == ["gazetteer"], timeout=SOON)


def test_the_window_paints_its_first_rows_when_they_arrive(
    qtbot: QtBot, desk: Desk, guard: GuiThreadQueries
) -> None:
    """Built on a bare newsroom, the window paints before its rows are read: the paint that
    has them says so (first_rows_painted), and the last story opens after it."""
    with guard.recording("window"):
        window = MainWindow(desk.newsroom)
        qtbot.addWidget(window)
        rows_at_paint: list[int] = []
        window.first_rows_painted.connect(
            lambda: rows_at_paint.append(window.list_panel.model.rowCount()))
        with qtbot.waitSignal(window.first_rows_painted, timeout=SOON):
            window.show()
        qtbot.waitUntil(lambda: not window.initial_story_pending, timeout=SOON)
        qtbot.waitUntil(lambda: TaskRunner.of().pending == 0, timeout=SOON)
    guard.assert_none("window")
    assert rows_at_paint == [3]
    assert window.open_article_id == window.list_panel.model.article_id_at(0)
    window.autosaver.discard()
    window.close()


def test_an_empty_newsroom_is_painted_as_empty_without_a_count(
    qtbot: QtBot, newsroom: Newsroom, guard: GuiThreadQueries
) -> None:
    """No row is loaded: the window's paint knows the list is empty from the empty first
    batch it was shown, and counts nothing on the GUI thread."""
    with guard.recording("empty"):
        window = MainWindow(newsroom)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.first_rows_painted, timeout=SOON):
            window.show()
        qtbot.waitUntil(lambda: not window.initial_story_pending, timeout=SOON)
        qtbot.waitUntil(lambda: TaskRunner.of().pending == 0, timeout=SOON)
    guard.assert_none("empty")
    assert window.list_panel.model.known_total == 0
    assert window.open_article_id is None  # a new story: there is none to open
    window.autosaver.discard()
    window.close()


# PostgreSQL only: a server that goes away is how a read fails in a newsroom (see
# test_list_off_gui for why SQLite is left out).
@pytest.mark.parametrize(
    "database_url", [pytest.param("postgresql", marks=pytest.mark.postgresql)], indirect=True
)
def test_first_rows_that_cannot_be_read_are_said_and_whoever_waits_goes_on(
    qtbot: QtBot, desk: Desk, database_url: str
) -> None:
    posted: list[Message] = []
    MessageBus.of().message_posted.connect(posted.append)
    with unavailable(database_url) as (url, go_away, come_back), ui_newsroom(url) as room:
        panel = ArticleListPanel(room)
        qtbot.addWidget(panel)
        qtbot.waitUntil(lambda: TaskRunner.of().pending == 0, timeout=SOON)
        go_away()  # the server "stops": connecting is refused, connections are reset
        told: list[int] = []
        panel.start(then=lambda: told.append(panel.model.rowCount()))
        qtbot.waitUntil(lambda: told == [0], timeout=SOON)  # told, with no rows
        failure = next(m for m in posted if "Stories could not be read" in m.text)
        come_back()
        failure.actions[0].trigger()  # Try Again
        qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=SOON)
        assert told == [0]  # told once, not again when the rows came
        TaskRunner.of().drain()
    MessageBus.of().message_posted.disconnect(posted.append)
