"""The story list follows the desk's changes without a window (DeskList on a real list panel),
on SQLite and PostgreSQL: rows added, replaced and removed by the list's own filter, counts
asked again, a new tag joining the filter, and which stories a command is about."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article, Status
from newsdesk.ui.desk_list import DeskList
from newsdesk.ui.models.article_list_model import HEADLINE
from newsdesk.ui.widgets.article_list_panel import ArticleListPanel
from tests.ui.shell.conftest import Desk


def _panel(qtbot: QtBot, desk: Desk) -> ArticleListPanel:
    panel = ArticleListPanel(desk.newsroom)
    qtbot.addWidget(panel)
    panel.start()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    return panel


def _headlines(panel: ArticleListPanel) -> list[str]:
    model = panel.model
    return [model.index(row, HEADLINE).data() for row in range(model.rowCount())]


def test_the_list_follows_created_saved_and_changed_stories(qtbot: QtBot, desk: Desk) -> None:
    panel = _panel(qtbot, desk)
    follow = DeskList(panel)
    new = desk.newsroom.articles.create(Article(headline="Dam inspection finds cracks"))
    follow.created(new)
    assert _headlines(panel)[0] == "Dam inspection finds cracks"
    assert panel.selected_article_ids() == [new.id]

    saved = desk.newsroom.articles.save(replace(new, headline="Dam inspection: cracks found",
                                                tags=("infrastructure",)))
    follow.saved(saved)
    assert "Dam inspection: cracks found" in _headlines(panel)
    # A tag nobody used before joins the tag filter (read on the task runner).
    qtbot.waitUntil(lambda: panel.tag_filter.findData("infrastructure") >= 0)

    # The list shows drafts only: a story moved on leaves it, one moved back joins it.
    panel.show_status(Status.DRAFT)  # read on the task runner
    qtbot.waitUntil(lambda: panel.model.query.statuses == (Status.DRAFT,)
                    and desk.solar.headline not in _headlines(panel))
    assert desk.water.headline in _headlines(panel)
    follow.changed(replace(desk.water, status=Status.EDITING), desk.water.id or 0)
    assert desk.water.headline not in _headlines(panel)
    follow.changed(desk.water, desk.water.id or 0)
    assert _headlines(panel)[0] == desk.water.headline
    follow.changed(None, desk.water.id or 0)  # gone (spiked from a list that hides spikes)
    assert desk.water.headline not in _headlines(panel)


def test_a_command_is_about_the_open_story_unless_the_list_has_focus(
    qtbot: QtBot, desk: Desk
) -> None:
    panel = _panel(qtbot, desk)
    panel.show()
    follow = DeskList(panel)
    assert follow.targets(None) == []
    assert follow.targets(desk.solar.id) == [desk.solar.id]
    panel.select_article(desk.water.id or 0, emit=False)
    assert follow.targets(None) == [desk.water.id]  # nothing open: the chosen one
    assert follow.targets(desk.solar.id) == [desk.solar.id]  # the list has no focus
    panel.view.setFocus()
    qtbot.waitUntil(lambda: panel.view.hasFocus())
    assert follow.targets(desk.solar.id) == [desk.water.id]  # the list has it
