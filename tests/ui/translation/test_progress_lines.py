"""The translation's progress line outside the desk (SQLite and PostgreSQL): the story list's
language column and the story's details say what the desk's header says, for a translation and
for its original, read on the task runner, and follow the rows the desk confirms."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from newsdesk.domain.segments import SegmentChange, SegmentState
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.desk_start import read_opened
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.models.article_list_model import LANGUAGE
from newsdesk.ui.translation.desk_model import TRANSLATION_COLUMN
from newsdesk.ui.translation.desk_widget import TranslationDeskWidget
from tests.helpers.desk import open_story
from tests.ui.translation.desk_helpers import EN_SLUG, RU_SLUG


def _tooltip(window: MainWindow, article_id: int) -> str:
    model = window.list_panel.model
    row = model.row_of(article_id)
    assert row is not None
    return str(model.index(row, LANGUAGE).data(3))  # ToolTipRole



def _without_qa(desk: TranslationDeskWidget) -> str:
    parts = desk.progress_label.text().split(", ")
    return ", ".join(part for part in parts if "QA" not in part)


def test_list_and_details_say_what_the_desk_says_and_follow_it(
    qtbot: QtBot, newsroom: Newsroom
) -> None:
    window = MainWindow(read_opened(newsroom))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    en = newsroom.articles.get_by_slug(EN_SLUG)
    ru = newsroom.articles.get_by_slug(RU_SLUG)
    assert en.id is not None and ru.id is not None
    model = window.list_panel.model
    qtbot.wait_until(lambda: bool(model.progress_of(ru.id or 0))
                     and bool(model.progress_of(en.id or 0)), timeout=20000)

    # The details of the translation, read on the runner once it is open.
    label = window.editor.translation_progress
    assert label.objectName() == "translationProgressLabel"
    assert open_story(qtbot, window, ru.id)
    qtbot.wait_until(lambda: label.isVisible() and label.text().startswith("RU: "),
                     timeout=20000)

    tools = window.translation_tools
    tools.desk_action.trigger()
    assert tools.dialog is not None
    desk = tools.dialog.desk
    qtbot.wait_until(lambda: desk.desk is not None and desk.desk.translation.id == ru.id,
                     timeout=20000)
    before = _without_qa(desk)
    assert before.startswith("RU: ")
    assert label.text() == before
    assert _tooltip(window, ru.id) == f"ru\n{before}"
    assert _tooltip(window, en.id) == f"en\n{before}"  # the original lists its translation

    # The translator finishes a row that was not done; closing the desk refreshes both.
    row = next(r for r in range(desk.model.rowCount()) if not desk.model.state_at(r).done)
    desk.table.setCurrentIndex(desk.model.index(row, TRANSLATION_COLUMN))
    assert desk.set_row_state(SegmentState.TRANSLATED)
    qtbot.wait_until(lambda: not desk.busy, timeout=20000)  # stored on the runner
    after = _without_qa(desk)
    assert after != before
    with qtbot.wait_signal(label.progress_shown, timeout=20000), \
            qtbot.wait_signal(model.progress_read, timeout=20000):
        tools.dialog.close()
    qtbot.wait_until(lambda: _tooltip(window, en.id or 0) == f"en\n{after}", timeout=20000)
    assert label.text() == after
    assert _tooltip(window, ru.id) == f"ru\n{after}"

    # A colleague confirms another row on their own desk; Ctrl+R (or their notification)
    # catches the window up, and the list reads the lines again with the rows.
    other = next(r for r in range(desk.model.rowCount()) if not desk.model.state_at(r).done)
    record = desk.model.record_at(other)
    newsroom.segments.set_states(ru.id, [SegmentChange(
        desk.model.key_at(other), SegmentState.REVIEWED,
        record.version if record is not None else 0)], who="A colleague")
    done, total = (int(n) for n in after.split(": ")[1].split(" ")[0].split("/"))
    caught_up = after.replace(f"{done}/{total}", f"{done + 1}/{total}", 1)
    window.catch_up.refresh()
    qtbot.wait_until(lambda: _tooltip(window, en.id or 0) == f"en\n{caught_up}", timeout=20000)
    assert _tooltip(window, ru.id) == f"ru\n{caught_up}"
