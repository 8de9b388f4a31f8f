"""The story list marks a ready or published story that gained a problem (issue 14)."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article, Status
from newsdesk.domain.errors import DatabaseOfflineError, NotReadyError
from newsdesk.domain.query import ArticleQuery
from newsdesk.domain.workflow import Problem
from newsdesk.services.translation import TranslationService
from newsdesk.ui.messages import Message, MessageBus
from newsdesk.ui.models.article_list_model import STATUS, ArticleListModel
from newsdesk.ui.tasks import TaskRunner
from newsdesk.ui.widgets.article_list_panel import ArticleListPanel
from tests.ui.shell.conftest import Desk


@pytest.fixture
def panel(desk: Desk, qtbot: QtBot) -> Iterator[ArticleListPanel]:
    panel = ArticleListPanel(desk.newsroom)
    qtbot.addWidget(panel)
    panel.resize(640, 260)
    panel.show()
    panel.start()
    yield panel


def _settle(qtbot: QtBot) -> None:
    """Every readiness task finished and its answer delivered to the model."""
    TaskRunner.of().drain()
    qtbot.wait(20)


def _status_cell(panel: ArticleListPanel, article: Article, role: Qt.ItemDataRole) -> object:
    row = panel.model.row_of(article.id or 0)
    assert row is not None
    return panel.model.index(row, STATUS).data(role)


def test_a_ready_story_whose_byline_a_colleague_emptied_is_marked_and_not_published(
    desk: Desk, panel: ArticleListPanel, qtbot: QtBot
) -> None:
    articles = desk.newsroom.articles
    ready = articles.set_status(desk.water.id or 0, Status.READY, version=desk.water.version)
    panel.reload(None)
    _settle(qtbot)
    for story in (ready, desk.market):  # ready and published, nothing wrong: no mark
        assert _status_cell(panel, story, Qt.ItemDataRole.DecorationRole) is None

    # A colleague, in another window, empties the byline: the save keeps the status.
    emptied = articles.save(replace(articles.get(ready.id or 0), byline=()))
    assert emptied.status is Status.READY
    panel.reload(None)
    qtbot.waitUntil(lambda: _status_cell(panel, ready, Qt.ItemDataRole.DecorationRole)
                    is not None)

    tooltip = str(_status_cell(panel, ready, Qt.ItemDataRole.ToolTipRole))
    assert tooltip.splitlines() == ["Not ready to publish:", "• No author in the byline."]
    assert "Not ready to publish" in str(
        _status_cell(panel, ready, Qt.ItemDataRole.AccessibleTextRole))
    assert _status_cell(panel, desk.market, Qt.ItemDataRole.DecorationRole) is None
    _save_screenshot(panel)

    with pytest.raises(NotReadyError) as refused:
        articles.set_status(ready.id or 0, Status.PUBLISHED, version=emptied.version)
    assert "No author in the byline." in refused.value.message

    # Fixed: the mark goes at the next refresh.
    articles.save(replace(emptied, byline=ready.byline))
    panel.reload(None)
    _settle(qtbot)
    assert _status_cell(panel, ready, Qt.ItemDataRole.DecorationRole) is None


def test_a_ready_translation_whose_original_was_reworded_is_marked(
    desk: Desk, panel: ArticleListPanel, qtbot: QtBot
) -> None:
    articles = desk.newsroom.articles
    draft = TranslationService(desk.newsroom.uow).start_translation(
        desk.water.id or 0, "ru", translator_id=desk.farrukh.id)
    translated = articles.save(replace(
        draft, headline="В Ташкентской области согласован график воды",
        body="С мая фермеры будут получать воду по постоянному графику."))
    ready = articles.set_status(translated.id or 0, Status.READY, version=translated.version)
    original = articles.get(desk.water.id or 0)
    articles.save(replace(original, body=original.body.replace("fixed rota", "weekly rota")))
    panel.reload(None)
    qtbot.waitUntil(lambda: _status_cell(panel, ready, Qt.ItemDataRole.DecorationRole)
                    is not None)

    assert str(_status_cell(panel, ready, Qt.ItemDataRole.ToolTipRole)).splitlines() == [
        "Not ready to publish:",
        "• Paragraph 1 of the original changed since it was translated: review the "
        "translation.",
    ]


def test_drafts_are_never_marked(desk: Desk, panel: ArticleListPanel, qtbot: QtBot) -> None:
    draft = desk.newsroom.articles.create(Article(headline="Unfinished", body="«Да».",
                                                  status=Status.DRAFT))
    panel.reload(None)
    _settle(qtbot)

    assert panel.model.problems_of(draft.id or 0) == ()  # not even asked for
    assert _status_cell(panel, draft, Qt.ItemDataRole.DecorationRole) is None
    assert _status_cell(panel, draft, Qt.ItemDataRole.ToolTipRole) == "Draft"


def test_a_long_list_of_problems_is_cut_short_in_the_tooltip(
    desk: Desk, panel: ArticleListPanel, qtbot: QtBot
) -> None:
    articles = desk.newsroom.articles
    published = articles.get(desk.market.id or 0)
    articles.save(replace(published, byline=(), dateline=replace(published.dateline, city=""),
                          body=published.body + "\n\n«Это лучший рынок».\n\n«Цены упали».",))
    panel.reload(None)
    qtbot.waitUntil(lambda: _status_cell(panel, desk.market, Qt.ItemDataRole.DecorationRole)
                    is not None)

    lines = str(_status_cell(panel, desk.market, Qt.ItemDataRole.ToolTipRole)).splitlines()
    assert lines[:3] == ["Not ready to publish:", "• The dateline has no city.",
                         "• No author in the byline."]
    assert len(lines) == 5 and lines[4].startswith("…and 1 more")


def test_the_model_stays_valid_while_marks_arrive(
    desk: Desk, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    articles = desk.newsroom.articles
    articles.save(replace(articles.get(desk.market.id or 0), byline=()))
    model = ArticleListModel(articles.page, batch_size=2)
    model.set_problem_source(articles.problems_of)
    model.set_query(ArticleQuery())
    qtmodeltester.check(model, force_py=True)  # type: ignore[no-untyped-call]  # pytest-qt is untyped
    qtbot.waitUntil(lambda: model.problems_of(desk.market.id or 0) != ())
    qtmodeltester.check(model, force_py=True)  # type: ignore[no-untyped-call]  # pytest-qt is untyped



def test_a_readiness_check_that_fails_leaves_no_mark_and_no_notice_and_is_asked_again(
    desk: Desk, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    """The marks are a hint: a failed check costs the hint, never a notice or a stuck list."""
    articles = desk.newsroom.articles
    articles.save(replace(articles.get(desk.market.id or 0), byline=()))
    failing = True

    def problems(ids: Sequence[int]) -> dict[int, tuple[Problem, ...]]:
        if failing:
            raise DatabaseOfflineError("the newsroom server did not answer")
        return articles.problems_of(ids)

    posted: list[Message] = []
    MessageBus.of().message_posted.connect(posted.append)
    model = ArticleListModel(articles.page)
    with caplog.at_level(logging.WARNING, logger="newsdesk.ui.tasks"):
        model.set_problem_source(problems)
        model.set_query(ArticleQuery())
        _settle(qtbot)
    assert model.problems_of(desk.market.id or 0) == ()
    assert posted == []  # nobody is interrupted for a missing hint
    # An unavailable server is a refusal the newsroom explains: one warning line, no traceback.
    assert any("the newsroom server did not answer" in r.getMessage() for r in caplog.records)

    failing = False
    # The next refresh (rows read again, here by the test) asks again.
    model.take_rows(articles.page(model.query, 0, model.rows_wanted()))
    qtbot.waitUntil(lambda: model.problems_of(desk.market.id or 0) != ())
    MessageBus.of().message_posted.disconnect(posted.append)


def test_an_answer_about_rows_since_re_read_is_dropped(desk: Desk, qtbot: QtBot) -> None:
    """A slow check answers after the list was re-read: its marks would describe old rows."""
    articles = desk.newsroom.articles
    articles.save(replace(articles.get(desk.market.id or 0), byline=()))
    release = threading.Event()
    asked: list[int] = []

    def problems(ids: Sequence[int]) -> dict[int, tuple[Problem, ...]]:
        asked.append(len(asked))
        if len(asked) == 1:
            release.wait(10)  # the first question is still out when the rows are re-read
            return {article_id: (Problem("byline", "Stale."),) for article_id in ids}
        return {}

    model = ArticleListModel(articles.page)
    model.set_problem_source(problems)
    model.set_query(ArticleQuery())
    qtbot.waitUntil(lambda: len(asked) == 1)
    model.take_rows(articles.page(model.query, 0, model.rows_wanted()))  # re-read: asked anew
    release.set()
    _settle(qtbot)
    assert len(asked) == 2
    assert model.problems_of(desk.market.id or 0) == ()


def _save_screenshot(panel: ArticleListPanel) -> None:
    """NEWSDESK_SCREENSHOT_DIR=... keeps a picture of the list to look at the mark."""
    folder = os.environ.get("NEWSDESK_SCREENSHOT_DIR")
    if folder:
        panel.view.grab().save(str(Path(folder) / "list-warning-mark.png"))
