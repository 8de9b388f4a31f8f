"""The article list model on a real database: lazy batches, server-side sort, Qt's model rules."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from newsdesk.domain.query import ArticleQuery, SortKey
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.models.article_list_model import (
    ARTICLE_ID_ROLE,
    HEADLINE,
    STATUS,
    ArticleListModel,
)
from tests.ui.shell.conftest import Desk, add_generated


def _model(newsroom: Newsroom, batch_size: int = 200) -> ArticleListModel:
    return ArticleListModel(newsroom.articles.page, batch_size=batch_size)


def test_model_passes_qt_model_tester_while_fetching_and_sorting(
    desk: Desk, qtmodeltester: ModelTester
) -> None:
    add_generated(desk.newsroom, 7)
    model = _model(desk.newsroom, batch_size=4)
    model.set_query(ArticleQuery())
    qtmodeltester.check(model, force_py=True)  # it fetches every batch itself
    assert model.rowCount() == 10
    model.sort(HEADLINE, Qt.SortOrder.AscendingOrder)  # a reset back to the first batch
    assert model.rowCount() == 4
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 10
    model.update_summary(model.summary_at(3))  # type: ignore[arg-type]


def test_only_the_first_batch_is_loaded_and_more_arrive_in_batches(newsroom: Newsroom) -> None:
    add_generated(newsroom, 450)
    model = _model(newsroom)
    model.set_query(ArticleQuery(sort=SortKey.HEADLINE, descending=False))
    assert model.rowCount() == 200
    assert model.known_total is None  # not counted on the GUI thread, nor all loaded
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    assert model.known_total == 450  # every row loaded: counted without a read
    headlines = [model.index(row, HEADLINE).data() for row in range(450)]
    assert headlines == [f"Generated story {n:05d}" for n in range(450)]


def test_inserted_rows_are_announced_with_the_right_last_row(
    newsroom: Newsroom, qtbot: QtBot
) -> None:
    add_generated(newsroom, 250)
    model = _model(newsroom)
    model.set_query(ArticleQuery())
    with qtbot.wait_signal(model.rowsInserted) as blocker:
        model.fetchMore(QModelIndex())
    _, first, last = blocker.args
    assert (first, last) == (200, 249)


def test_scrolling_a_view_fetches_more_rows(newsroom: Newsroom, qtbot: QtBot) -> None:
    add_generated(newsroom, 600)
    model = _model(newsroom)
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.setModel(model)
    model.set_query(ArticleQuery())
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() == 200
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 400)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 600)


def test_sorting_by_a_column_asks_the_database(desk: Desk) -> None:
    model = _model(desk.newsroom)
    model.set_query(ArticleQuery())
    model.sort(HEADLINE, Qt.SortOrder.AscendingOrder)
    assert model.query.sort is SortKey.HEADLINE
    assert [model.index(r, HEADLINE).data() for r in range(3)] == [
        "Solar plant on Issyk-Kul opens",
        "Water schedule agreed for Tashkent region",
        "Рынок в Оше снова открыт",
    ]
    model.sort(STATUS, Qt.SortOrder.DescendingOrder)
    # The desk's names for the statuses (the spike shows as "Spiked"), sorted by the database.
    assert [model.index(r, STATUS).data() for r in range(3)] == ["Published", "Editing", "Draft"]


def test_rows_carry_the_story_id(desk: Desk) -> None:
    model = _model(desk.newsroom)
    model.set_query(ArticleQuery(text="Tashkent"))
    assert model.rowCount() == 1
    assert model.index(0, STATUS).data(ARTICLE_ID_ROLE) == desk.water.id
    assert model.row_of(desk.water.id or 0) == 0
