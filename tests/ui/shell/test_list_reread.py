"""The story list's re-read (:meth:`ArticleListPanel.reload`), on the task runner: the rows shown
stay until the new ones land, the chosen stories stay chosen, and a failed read says so and
offers to try again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.messages import Message, MessageBus
from newsdesk.ui.widgets.article_list_panel import ArticleListPanel
from tests.helpers.storage_faults import table_gone
from tests.ui.conftest import ui_newsroom
from tests.ui.shell.conftest import Desk


def _panel(qtbot: QtBot, newsroom: Newsroom) -> ArticleListPanel:
    panel = ArticleListPanel(newsroom)
    qtbot.addWidget(panel)
    panel.resize(640, 260)
    panel.show()
    panel.start()
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    return panel


def test_a_reread_shows_a_colleagues_story_and_keeps_the_chosen_rows(
    qtbot: QtBot, desk: Desk, colleague: Newsroom
) -> None:
    panel = _panel(qtbot, desk.newsroom)
    assert panel.select_article(desk.water.id or 0)
    filed = colleague.articles.create(Article(headline="Colleague's brief"))
    rows_before = panel.model.rowCount()

    with qtbot.waitSignal(panel.rows_reread) as reread:
        panel.reload(desk.water.id)
        assert panel.model.rowCount() == rows_before  # until the rows land
        assert panel.model.row_of(filed.id or 0) is None

    assert reread.args == [True]
    assert panel.model.row_of(filed.id or 0) is not None
    assert panel.chosen_article_id() == desk.water.id


@pytest.fixture
def room(tmp_path: Path) -> Iterator[Newsroom]:
    """A newsroom on a SQLite file (``room.path``) with one story."""
    with ui_newsroom(f"sqlite:///{tmp_path / 'newsroom.sqlite3'}") as newsroom:
        newsroom.articles.create(Article(headline="Water schedule agreed"))
        yield newsroom


def test_a_reread_that_fails_keeps_the_rows_and_offers_to_try_again(
    qtbot: QtBot, room: Newsroom
) -> None:
    panel = _panel(qtbot, room)
    assert room.path is not None
    posted: list[Message] = []
    MessageBus.of().message_posted.connect(posted.append)
    try:
        with table_gone(room.path, "articles"), qtbot.waitSignal(panel.rows_reread) as reread:
            panel.reload(None)
    finally:
        MessageBus.of().message_posted.disconnect(posted.append)

    assert reread.args == [False]
    assert panel.model.rowCount() == 1  # the rows read before stay
    [said] = [message for message in posted if message.about == "list"]
    assert said.text.startswith("Stories could not be read: ") and "SELECT" not in said.text
    assert [action.label for action in said.actions] == ["Try Again"]

    with qtbot.waitSignal(panel.rows_reread) as again:  # the table is back
        said.actions[0].trigger()
    assert again.args == [True] and panel.model.rowCount() == 1
