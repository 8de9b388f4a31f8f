"""A Russian story's row in the list keeps its Cyrillic byline after the desk changes it
(issue 14 with issue 13's desk): the row the desk writes after a save, a status move or a
copy names the writers as the list's own reads do, in the story's language."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Status
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.models.columns import BYLINE
from tests.helpers.desk import open_story, run
from tests.ui.shell.conftest import shown_window

SLUG = "water-schedule-tashkent-ru"
RU_NAME = "Айгерим Сарсенбаева"


def _byline_in_list(window: MainWindow, article_id: int) -> str:
    model = window.list_panel.model
    row = model.row_of(article_id)
    assert row is not None
    return str(model.index(row, BYLINE).data())


def test_a_russian_row_keeps_its_cyrillic_byline_after_a_save_and_a_move(
    qtbot: QtBot, demo_room: Newsroom
) -> None:
    story = demo_room.articles.get_by_slug(SLUG)
    assert story.id is not None
    window = shown_window(qtbot, demo_room)
    try:
        assert open_story(qtbot, window, story.id)
        # The profiles the byline picker knows are read on the task runner.
        picker = window.editor.byline_picker
        qtbot.waitUntil(lambda: RU_NAME in picker.byline_text(), timeout=10_000)
        assert RU_NAME in _byline_in_list(window, story.id)

        window.editor.body_edit.insertPlainText("Ещё одна фраза. ")
        run(qtbot, window, lambda: window.move_to_status(Status.EDITING))
        qtbot.waitUntil(lambda: demo_room.articles.get(story.id).status is Status.EDITING)
        qtbot.waitUntil(lambda: window.list_panel.model.row_of(story.id) is not None)
        byline = _byline_in_list(window, story.id)
        assert RU_NAME in byline, byline
        assert "Aigerim" not in byline
    finally:
        window.autosaver.discard()
        window.close()
