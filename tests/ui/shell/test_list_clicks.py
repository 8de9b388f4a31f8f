"""The story list as a newcomer clicks it: the highlighted row and the editor's story are one."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.models.article_list_model import HEADLINE
from tests.helpers.desk import open_story, run, wait_idle
from tests.ui.shell.conftest import Desk


def _click(qtbot: QtBot, window: MainWindow, article_id: int,
           modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    view = window.list_panel.view
    row = window.list_panel.model.row_of(article_id)
    assert row is not None
    rect = view.visualRect(window.list_panel.model.index(row, HEADLINE))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier,
                     rect.center() + QPoint(0, 0))
    wait_idle(qtbot, window)  # the story it opens arrives from the runner


def test_a_single_click_opens_the_story_and_typing_goes_into_it(
    desk: Desk, window: MainWindow, qtbot: QtBot
) -> None:
    for story in (desk.solar, desk.water, desk.market):
        _click(qtbot, window, story.id or 0)
        assert window.open_article_id == story.id
        assert window.editor.current_article().headline == story.headline
        assert window.list_panel.selected_article_ids() == [story.id]


def test_clicking_the_current_row_after_a_new_story_opens_it_again(
    desk: Desk, window: MainWindow, qtbot: QtBot
) -> None:
    _click(qtbot, window, desk.solar.id or 0)
    # The list's current row stays on the solar story.
    run(qtbot, window, window.new_action.trigger)
    assert window.open_article_id is None

    _click(qtbot, window, desk.solar.id or 0)

    assert window.open_article_id == desk.solar.id
    window.editor.focus_field("body")
    qtbot.keyClicks(window.editor.body, "X")
    assert window.editor.current_article().id == desk.solar.id


def test_the_row_made_current_by_focus_opens_when_clicked(
    desk: Desk, window: MainWindow, qtbot: QtBot
) -> None:
    view = window.list_panel.view
    first = window.list_panel.model.article_id_at(0)
    assert first is not None
    other = next(s.id for s in (desk.water, desk.solar, desk.market) if s.id != first)
    open_story(qtbot, window, other or 0)
    view.selectionModel().clearSelection()
    view.setCurrentIndex(window.list_panel.model.index(0, HEADLINE))
    view.selectionModel().clearSelection()  # current by focus, not chosen

    _click(qtbot, window, first)

    assert window.open_article_id == first


def test_ctrl_and_shift_clicks_build_a_selection_without_opening(
    desk: Desk, window: MainWindow, qtbot: QtBot
) -> None:
    _click(qtbot, window, desk.water.id or 0)
    _click(qtbot, window, desk.solar.id or 0, Qt.KeyboardModifier.ControlModifier)
    assert window.open_article_id == desk.water.id
    assert set(window.list_panel.selected_article_ids()) == {desk.water.id, desk.solar.id}
    _click(qtbot, window, desk.market.id or 0, Qt.KeyboardModifier.ShiftModifier)
    assert window.open_article_id == desk.water.id
    assert len(window.list_panel.selected_article_ids()) >= 2
