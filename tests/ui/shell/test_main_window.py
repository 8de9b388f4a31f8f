"""The main window worked as a reporter works it: write, autosave, reopen, find, spike, undo."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article, Status
from newsdesk.domain.errors import InUseError
from newsdesk.domain.people import Author, Source
from newsdesk.domain.query import ArticleQuery
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.ui.autosave import SaveState
from newsdesk.ui.desk_start import read_opened
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.models.article_list_model import BATCH_SIZE, HEADLINE
from newsdesk.ui.tasks import TaskRunner
from tests.helpers.desk import open_story, run, wait_idle
from tests.ui.conftest import ui_newsroom
from tests.ui.shell.conftest import Desk, add_generated

FAST_AUTOSAVE_MS = 300  # the real 2 s quiet time, shortened so the suite stays quick

WindowFactory = Callable[[Newsroom], MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[WindowFactory]:
    windows: list[MainWindow] = []

    def make(newsroom: Newsroom) -> MainWindow:
        window = MainWindow(read_opened(newsroom))
        window.autosaver.timer.setInterval(FAST_AUTOSAVE_MS)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: not window.initial_story_pending)  # it opens after first paint
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.autosaver.discard()
            window.close()


def _headlines(window: MainWindow) -> list[str]:
    model = window.list_panel.model
    return [model.index(row, HEADLINE).data() for row in range(model.rowCount())]


def _wait_saved(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.autosaver.state is SaveState.SAVED
                    and not window.autosaver.is_dirty, timeout=5000)


def test_write_a_story_then_close_and_reopen_finds_everything(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(desk.newsroom)
    assert window.windowTitle().startswith("Newsdesk — ")
    run(qtbot, window, window.new_action.trigger)
    editor = window.editor
    qtbot.keyClicks(editor.headline_edit, "Bishkek opens its first night market")
    qtbot.keyClicks(editor.dateline_widget.city_edit, "Bishkek")
    qtbot.keyClicks(editor.body, "Stalls will stay open until two in the morning.")
    qtbot.keyClicks(editor.byline_picker.name_edit, "Aigerim Sarsenbayeva")
    qtbot.mouseClick(editor.byline_picker.add_button, Qt.MouseButton.LeftButton)
    # Typed before the profiles arrived, the name is looked up on the task runner.
    qtbot.waitUntil(lambda: bool(editor.byline_picker.entries()))
    assert window.save_state_label.text() != "✓ Saved"
    qtbot.waitUntil(lambda: "night market" in window.preview.html, timeout=5000)
    _wait_saved(qtbot, window)
    assert window.save_state_label.text() == "✓ Saved"
    assert "Bishkek opens its first night market" in window.windowTitle()
    assert "Bishkek opens its first night market" in _headlines(window)
    saved_id = window.open_article_id
    assert saved_id is not None
    # Open another story so "last open" has to be remembered, then come back.
    open_story(qtbot, window, desk.solar.id or 0)
    open_story(qtbot, window, saved_id)
    window.close()
    assert not window.isVisible()
    desk.newsroom.close()

    reopened_room = open_newsroom(desk.url)
    try:
        again = make_window(reopened_room)
        assert again.open_article_id == saved_id
        story = again.editor.current_article()
        assert story.headline == "Bishkek opens its first night market"
        assert story.body == "Stalls will stay open until two in the morning."
        assert story.dateline.city == "Bishkek"
        assert [entry.name for entry in story.byline] == ["Aigerim Sarsenbayeva"]
        current = again.list_panel.view.currentIndex()
        assert current.isValid()
        assert current.siblingAtColumn(HEADLINE).data() == story.headline
        again.close()
    finally:
        reopened_room.close()


def test_panes_shown_or_hidden_come_back_as_they_were(
    desk: Desk, make_window: WindowFactory
) -> None:
    # Splitter pixel sizes are saved too, but the offscreen screen (800 px) is narrower than
    # the window's minimum width, so only what does not depend on the screen is asserted.
    window = make_window(desk.newsroom)
    window.editor.set_preview_visible(False)
    window.close()
    again = make_window(desk.newsroom)
    assert not again.preview_action.isChecked()
    assert again.preview.isHidden()
    again.list_action.setChecked(False)
    again.close()
    third = make_window(desk.newsroom)
    assert third.list_panel.isHidden()
    assert third.preview.isHidden()


def test_search_as_you_type_narrows_the_list(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(desk.newsroom)
    assert len(_headlines(window)) == 3
    qtbot.keyClicks(window.list_panel.search_edit, "Issyk")
    qtbot.waitUntil(lambda: _headlines(window) == ["Solar plant on Issyk-Kul opens"], timeout=3000)
    window.list_panel.search_edit.clear()
    window.list_panel.search_edit.insert("рын")  # Cyrillic by input method; QTest types ASCII
    qtbot.waitUntil(lambda: _headlines(window) == ["Рынок в Оше снова открыт"], timeout=3000)


def test_filters_by_status_author_language_and_tag(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(desk.newsroom)
    panel = window.list_panel
    # Counts, filter choices and each filter's rows are read on the task runner.
    qtbot.waitUntil(lambda: "Published 1" in panel.status_counts_label.text())
    assert "Editing 1" in panel.status_counts_label.text()
    qtbot.waitUntil(lambda: panel.author_filter.findData(desk.farrukh.id) >= 0)
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("published"))
    qtbot.waitUntil(lambda: _headlines(window) == ["Рынок в Оше снова открыт"])
    panel.status_filter.setCurrentIndex(0)
    panel.author_filter.setCurrentIndex(panel.author_filter.findData(desk.farrukh.id))
    qtbot.waitUntil(lambda: _headlines(window) == ["Water schedule agreed for Tashkent region"])
    panel.author_filter.setCurrentIndex(0)
    panel.language_filter.setCurrentIndex(panel.language_filter.findData("ru"))
    qtbot.waitUntil(lambda: _headlines(window) == ["Рынок в Оше снова открыт"])
    panel.language_filter.setCurrentIndex(0)
    panel.tag_filter.setCurrentIndex(panel.tag_filter.findData("energy"))
    qtbot.waitUntil(lambda: _headlines(window) == ["Solar plant on Issyk-Kul opens"])


def test_spike_takes_the_story_off_the_desk_and_undo_brings_it_back(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(desk.newsroom)
    panel = window.list_panel
    water_id = desk.water.id or 0
    assert panel.select_article(water_id)
    wait_idle(qtbot, window)
    panel.view.setFocus()
    run(qtbot, window, window.spike_action.trigger)
    assert "Water schedule agreed for Tashkent region" not in _headlines(window)
    assert desk.newsroom.articles.get(water_id).status is Status.ARCHIVED
    # The counts are read on the task runner and shown when they come.
    qtbot.waitUntil(lambda: "Spiked 1" in panel.status_counts_label.text())
    panel.view.setFocus()
    assert window.undo_action.text().startswith("&Undo Spike")
    run(qtbot, window, window.undo_action.trigger)
    assert desk.newsroom.articles.get(water_id).status is Status.DRAFT
    assert "Water schedule agreed for Tashkent region" in _headlines(window)
    qtbot.waitUntil(lambda: "Spiked 0" in panel.status_counts_label.text())
    assert window.statusBar().currentMessage().startswith("Undone: Spike")
    run(qtbot, window, window.redo_action.trigger)
    assert desk.newsroom.articles.get(water_id).status is Status.ARCHIVED


def _conflicting_edit(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot, theirs: str
) -> MainWindow:
    """The water story open in a window, saved behind its back with ``theirs`` as the body,
    then typed into here: the window's save is in conflict."""
    window = make_window(desk.newsroom)
    water_id = desk.water.id or 0
    open_story(qtbot, window, water_id)
    articles = desk.newsroom.articles
    articles.save(replace(articles.get(water_id), body=theirs))
    window.editor.body.moveCursor(window.editor.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor.body, " My new sentence.")
    qtbot.waitUntil(lambda: window.autosaver.state is SaveState.CONFLICT, timeout=5000)
    return window


def test_a_story_saved_elsewhere_is_never_overwritten(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = _conflicting_edit(desk, make_window, qtbot, "The desk chief rewrote this paragraph.")
    water_id = desk.water.id or 0
    articles = desk.newsroom.articles
    assert window.notice.isVisible()
    assert "changed elsewhere" in window.notice.message
    assert window.save_state_label.text().startswith("✗")
    assert articles.get(water_id).body == "The desk chief rewrote this paragraph."
    assert window.editor.current_article().body.endswith("My new sentence.")
    # Switching away would lose the text: the window stays on the story instead.
    assert not open_story(qtbot, window, desk.solar.id or 0)
    assert window.open_article_id == water_id
    qtbot.mouseClick(window.notice.button, Qt.MouseButton.LeftButton)  # "Reload Story"
    wait_idle(qtbot, window)
    assert window.editor.current_article().body == "The desk chief rewrote this paragraph."
    assert not window.notice.isVisible()


def test_an_invalid_story_stays_in_the_editor_with_the_field_named(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(desk.newsroom)
    run(qtbot, window, window.new_action.trigger)
    qtbot.keyClicks(window.editor.body, "A paragraph typed before any headline.")
    qtbot.waitUntil(lambda: window.autosaver.state is SaveState.INVALID, timeout=5000)
    assert "headline" in window.save_state_label.toolTip()
    assert "headline" in window.notice.message
    assert not open_story(qtbot, window, desk.water.id or 0)
    assert window.editor.current_article().body == "A paragraph typed before any headline."
    assert desk.newsroom.articles.count(ArticleQuery()) == 3  # nothing half-saved
    qtbot.keyClicks(window.editor.headline_edit, "Now with a headline")
    _wait_saved(qtbot, window)
    assert "Now with a headline" in _headlines(window)


def test_moving_to_ready_lists_what_is_missing(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(desk.newsroom)
    run(qtbot, window, window.new_action.trigger)
    qtbot.keyClicks(window.editor.headline_edit, "Headline only")
    _wait_saved(qtbot, window)
    run(qtbot, window, lambda: window.move_to_status(Status.READY))
    fields = {problem.field for problem in window.editor.readiness_panel.problems()}
    assert {"dateline", "byline", "body"} <= fields
    assert window.editor.current_article().status is Status.DRAFT
    assert "Not moved to ready" in window.notice.message
    run(qtbot, window, lambda: window.move_to_status(Status.EDITING))
    stored = desk.newsroom.articles.get(window.open_article_id or 0)
    assert stored.status is Status.EDITING


def test_save_revision_records_a_named_revision(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(desk.newsroom)
    open_story(qtbot, window, desk.solar.id or 0)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClicks(window.editor.body, "Update: ")
    before = desk.newsroom.articles.latest_revision_number(desk.solar.id or 0)
    run(qtbot, window, lambda: qtbot.keyClick(window.editor.body, Qt.Key.Key_S,
                                              Qt.KeyboardModifier.ControlModifier))
    number = desk.newsroom.articles.latest_revision_number(desk.solar.id or 0)
    assert number == before + 1
    assert desk.newsroom.articles.get(desk.solar.id or 0).body.startswith("Update: ")
    assert f"revision {number}" in window.statusBar().currentMessage()
    # The menu and the toolbar button: nothing new to keep.
    run(qtbot, window, window.save_action.trigger)
    assert desk.newsroom.articles.latest_revision_number(desk.solar.id or 0) == number
    assert f"no change since revision {number}" in window.statusBar().currentMessage()
    qtbot.keyClicks(window.editor.body, "Later: ")
    run(qtbot, window, window.save_action.trigger)
    assert desk.newsroom.articles.latest_revision_number(desk.solar.id or 0) == number + 1


def test_the_list_loads_in_batches_as_the_user_scrolls(
    newsroom: Newsroom, make_window: WindowFactory, qtbot: QtBot
) -> None:
    add_generated(newsroom, 1000)
    window = make_window(newsroom)
    model = window.list_panel.model
    assert model.rowCount() == BATCH_SIZE
    assert model.known_total is None  # nobody counts them on the GUI thread
    window.list_panel.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * BATCH_SIZE, timeout=3000)
    window.list_panel.view.setFocus()
    qtbot.keyClick(window.list_panel.view, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: model.rowCount() >= 3 * BATCH_SIZE, timeout=3000)


def test_keyboard_moves_through_the_list_and_opens_each_story(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(desk.newsroom)
    view = window.list_panel.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    wait_idle(qtbot, window)
    first = window.open_article_id
    qtbot.keyClick(view, Qt.Key.Key_Down)
    wait_idle(qtbot, window)
    assert window.open_article_id not in (None, first)
    assert window.editor.current_article().id == window.open_article_id


def test_ctrl_del_in_the_body_deletes_a_word_and_never_spikes_the_story(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(desk.newsroom)
    water_id = desk.water.id or 0
    assert open_story(qtbot, window, water_id)
    body = window.editor.body
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    body.moveCursor(body.textCursor().MoveOperation.Start)
    qtbot.keyClick(body, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText().startswith("will get water")  # "Farmers " went, nothing else
    assert desk.newsroom.articles.get(water_id).status is Status.DRAFT
    # In the story list, Delete spikes; the list keeps focus so Ctrl+Z brings the story back.
    panel = window.list_panel
    assert panel.select_article(water_id)
    wait_idle(qtbot, window)
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    wait_idle(qtbot, window)
    assert desk.newsroom.articles.get(water_id).status is Status.ARCHIVED
    assert "Ctrl+Z brings it back" in window.statusBar().currentMessage()
    assert panel.view.hasFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    assert desk.newsroom.articles.get(water_id).status is Status.DRAFT


def test_the_list_catches_up_with_stories_saved_elsewhere(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(desk.newsroom)
    desk.newsroom.importer.import_text(
        "---\nheadline: Filed from the command line\n---\nText.\n", filename="cli.md"
    )  # as `newsdesk import` in a terminal on the same database would
    assert "Filed from the command line" not in _headlines(window)
    window.refresh_action.trigger()  # read on the task runner, then shown
    qtbot.waitUntil(lambda: "Filed from the command line" in _headlines(window))
    assert window.refresh_action.shortcut().toString() == "Ctrl+R"


def test_more_articles_by_brings_the_filtered_list_to_the_front(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(desk.newsroom)
    window.profiles_action.trigger()
    profiles = window.findChild(QWidget, "profilesDialog")
    assert profiles is not None and profiles.isVisible()
    window.on_show_author_articles(desk.aigerim.id or 0)
    assert not profiles.isVisible()
    qtbot.waitUntil(lambda: sorted(_headlines(window)) == [
        "Solar plant on Issyk-Kul opens", "Рынок в Оше снова открыт"])


def test_keyboard_from_search_to_results_and_clipboard_commands(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(desk.newsroom)
    panel = window.list_panel
    panel.search_edit.setFocus()
    qtbot.keyClicks(panel.search_edit, "solar")
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)
    assert panel.view.hasFocus()
    # The results are read on the task runner; the first of them is chosen when they come.
    qtbot.waitUntil(lambda: _headlines(window) == ["Solar plant on Issyk-Kul opens"])
    qtbot.waitUntil(lambda: window.open_article_id == desk.solar.id)
    panel.search_edit.setFocus()
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Down)
    assert panel.view.hasFocus()
    # Edit menu clipboard commands act on the field with focus.
    headline = window.editor.headline_edit
    headline.setFocus()
    qtbot.waitUntil(headline.hasFocus)
    window.select_all_action.trigger()
    window.copy_action.trigger()
    from PySide6.QtWidgets import QApplication

    assert QApplication.clipboard().text() == headline.text()
    assert {a.text() for a in window.menuBar().actions()[1].menu().actions()} >= {
        "Cu&t", "&Copy", "&Paste", "Select &All"
    }


def test_dictionaries_and_gazetteer_load_only_after_the_list_has_painted(
    qtbot: QtBot, desk: Desk
) -> None:
    """Their loading holds the GIL for a few hundred ms; the window must appear first."""
    window = MainWindow(read_opened(desk.newsroom))
    qtbot.addWidget(window)
    painted: list[bool] = []
    window.first_rows_painted.connect(lambda: painted.append(True))
    TaskRunner.of().drain(2000)
    qtbot.wait(50)
    dateline = window.editor.dateline_widget
    assert not dateline.gazetteer_ready and window.editor.spelling.busy

    window.show()
    qtbot.waitUntil(lambda: bool(painted))
    qtbot.waitUntil(lambda: dateline.gazetteer_ready and not window.editor.spelling.busy,
                    timeout=10000)
    assert window.editor.checker is not None  # en_US: the dictionary is installed here
    window.autosaver.discard()
    window.close()


@pytest.mark.parametrize("field", ["headline", "body"])
def test_typing_before_the_last_story_is_back_keeps_the_new_story(
    qtbot: QtBot, desk: Desk, make_window: WindowFactory, field: str
) -> None:
    """A reporter who starts typing the moment the window appears is writing a new story:
    the last session's story must neither swallow the keystrokes nor wipe them."""
    first = make_window(desk.newsroom)
    assert open_story(qtbot, first, desk.water.id or 0)
    first.close()  # remembers the water story as the one to reopen

    window = MainWindow(read_opened(desk.newsroom))
    qtbot.addWidget(window)
    window.show()
    target = window.editor.headline_edit if field == "headline" else window.editor.body
    target.setFocus()
    qtbot.keyClicks(target, "Floods close the Osh road")  # before the first paint
    qtbot.wait(800)  # past the first paint and the 300 ms fallback that reopen the last story

    assert not window.initial_story_pending
    assert window.open_article_id != desk.water.id
    typed = window.editor.current_article()
    assert (typed.headline if field == "headline" else typed.body) == "Floods close the Osh road"
    stored = desk.newsroom.articles.get(desk.water.id or 0)
    assert (stored.headline, stored.body) == (desk.water.headline, desk.water.body)
    window.autosaver.discard()
    window.close()


def test_the_preview_follows_a_move_along_the_workflow(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(desk.newsroom)
    assert open_story(qtbot, window, desk.solar.id or 0)  # in editing
    qtbot.waitUntil(lambda: "In editing — not published" in window.preview.html, timeout=5000)
    run(qtbot, window, lambda: window.move_to_status(Status.DRAFT))
    qtbot.waitUntil(lambda: "Draft — not published" in window.preview.html, timeout=5000)
    assert "In editing" not in window.preview.html


def test_the_sources_dock_sees_a_citation_once_the_story_is_saved(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot
) -> None:
    source = desk.newsroom.sources.create(Source(key="osh-mayor", name="Osh city hall"))
    window = make_window(desk.newsroom)
    window.sources_dock.show()
    window.sources_dock.select_source(source.key)
    dock = window.sources_dock
    qtbot.waitUntil(lambda: dock.uses_label.text() == "Cited in: no story yet")  # read on the runner

    assert open_story(qtbot, window, desk.water.id or 0)
    window.editor.body.moveCursor(QTextCursor.MoveOperation.End)
    window.editor.body.insertPlainText(" [The mayor said](source:osh-mayor) so.")
    _wait_saved(qtbot, window)
    qtbot.waitUntil(lambda: dock.uses_label.text() == "Cited 1 time in 1 story")
    with pytest.raises(InUseError, match="cited in 1 story;"):
        desk.newsroom.sources.delete(source.key)


def test_more_articles_from_the_author_box_in_the_preview_filters_the_list(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(desk.newsroom)
    assert open_story(qtbot, window, desk.solar.id or 0)  # by Aigerim
    preview = window.preview
    wanted = f"newsdesk-author:{desk.aigerim.id}"
    # The story opened before (also by Aigerim, in Russian) may still be on screen: wait for this one.
    qtbot.waitUntil(lambda: wanted in preview.html and desk.solar.headline in preview.html,
                    timeout=5000)
    cursor = preview.document().find("More articles")
    assert not cursor.isNull()
    assert cursor.charFormat().anchorHref() == wanted
    cursor.setPosition(cursor.selectionStart() + 2)
    preview.setTextCursor(cursor)
    preview.ensureCursorVisible()
    point = preview.cursorRect(cursor).center()
    qtbot.mouseClick(preview.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: sorted(_headlines(window)) == [
        "Solar plant on Issyk-Kul opens", "Рынок в Оше снова открыт"])


def test_a_conflict_can_end_with_both_texts_kept(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot
) -> None:
    """'Save Mine as a Copy': the colleague's version stays, mine becomes a new draft."""
    window = _conflicting_edit(desk, make_window, qtbot, "The desk chief rewrote this.")
    water_id = desk.water.id or 0
    articles = desk.newsroom.articles
    assert window.notice.second_button.isVisible()

    qtbot.mouseClick(window.notice.second_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    copy_id = window.open_article_id
    assert copy_id not in (None, water_id)
    copy = articles.get(copy_id or 0)
    assert copy.headline == f"{desk.water.headline} (my version)"
    assert copy.body.endswith("My new sentence.") and copy.status is Status.DRAFT
    assert articles.get(water_id).body == "The desk chief rewrote this."
    assert not window.notice.isVisible()
    assert window.autosaver.state is not SaveState.CONFLICT
    assert "(my version)" in " ".join(_headlines(window))


def test_undo_never_throws_away_what_a_colleague_did_since(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(desk.newsroom)
    articles = desk.newsroom.articles
    panel = window.list_panel
    # Duplicate here, a colleague writes in the copy, undo here: the copy and the text stay.
    assert panel.select_article(desk.solar.id or 0)
    wait_idle(qtbot, window)
    panel.view.setFocus()
    run(qtbot, window, window.duplicate_action.trigger)
    copy_id = window.open_article_id or 0
    assert copy_id not in (0, desk.solar.id)
    articles.save(replace(articles.get(copy_id), body="A colleague's paragraph."))
    panel.view.setFocus()
    run(qtbot, window, window.undo_action.trigger)
    assert articles.get(copy_id).body == "A colleague's paragraph."
    assert "Cannot undo" in window.statusBar().currentMessage()

    # Spike here, a colleague moves the story on, undo here: their move stands.
    assert panel.select_article(desk.water.id or 0)
    wait_idle(qtbot, window)
    panel.view.setFocus()
    run(qtbot, window, window.spike_action.trigger)
    spiked = articles.get(desk.water.id or 0)
    articles.save(replace(spiked, status=Status.EDITING))
    panel.view.setFocus()
    run(qtbot, window, window.undo_action.trigger)
    assert articles.get(desk.water.id or 0).status is Status.EDITING
    assert "Cannot undo" in window.statusBar().currentMessage()


def test_typing_after_the_spelling_dialog_closed_raises_nothing(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot
) -> None:
    typo = desk.newsroom.articles.create(Article(headline="Water", body="The goverment said."))
    window = make_window(desk.newsroom)
    assert open_story(qtbot, window, typo.id or 0)
    qtbot.waitUntil(lambda: window.editor.checker is not None, timeout=10_000)
    window.spelling_action.trigger()
    dialog = window.findChild(QWidget, "spellCheckDialog")
    assert dialog is not None and dialog.current_word == "goverment"  # mid-walk
    dialog.close()
    qtbot.waitUntil(lambda: window.findChild(QWidget, "spellCheckDialog") is None)
    window.editor.body.setFocus()
    qtbot.keyClicks(window.editor.body, "More words.")  # an exception here fails the test
    assert "More words." in window.editor.body.toPlainText()


def test_refresh_brings_in_sources_and_profiles_a_colleague_added(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(desk.newsroom)
    assert open_story(qtbot, window, desk.water.id or 0)
    with ui_newsroom(desk.url) as colleague:  # another journalist on the same database
        colleague.sources.create(Source(key="qa-agency", name="QA Agency"))
        colleague.authors.create(Author(name="Zarina Testova"))
    window.refresh_action.trigger()
    qtbot.waitUntil(lambda: window.sources_dock.registry.get("qa-agency") is not None)
    qtbot.waitUntil(lambda: not window.catch_up.reading)  # the profiles came with it
    picker = window.editor.byline_picker
    qtbot.keyClicks(picker.name_edit, "Zarina Testova")
    qtbot.keyClick(picker.name_edit, Qt.Key.Key_Return)
    assert "Zarina Testova" in [entry.name for entry in picker.entries()]


def test_refresh_keeps_the_stories_chosen_for_an_export(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot
) -> None:
    """Coming back to the window after an export (or Ctrl+R) must not drop the selection."""
    window = make_window(desk.newsroom)
    panel = window.list_panel
    assert open_story(qtbot, window, desk.water.id or 0)
    assert panel.select_article(desk.water.id or 0, emit=False)
    model = panel.view.selectionModel()
    for story in (desk.solar, desk.market):
        row = panel.model.row_of(story.id or 0)
        assert row is not None
        model.select(panel.model.index(row, 0), model.SelectionFlag.Select
                     | model.SelectionFlag.Rows)
    chosen = set(panel.selected_article_ids())
    assert len(chosen) == 3
    with ui_newsroom(desk.url) as colleague:
        colleague.articles.create(Article(headline="Colleague's new story"))
    window.refresh_action.trigger()
    qtbot.waitUntil(lambda: "Colleague's new story" in _headlines(window))
    assert set(panel.selected_article_ids()) == chosen
    assert panel.current_article_id() == desk.water.id == window.open_article_id


def test_spiking_the_open_story_says_what_the_editor_shows_now(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(desk.newsroom)
    assert open_story(qtbot, window, desk.water.id or 0)
    panel = window.list_panel
    assert panel.select_article(desk.water.id or 0)
    wait_idle(qtbot, window)
    panel.view.setFocus()
    run(qtbot, window, window.spike_action.trigger)
    message = window.statusBar().currentMessage()
    assert message.startswith("Spiked 1 story (Ctrl+Z brings it back).")
    assert window.open_article_id not in (None, desk.water.id)  # the list moved on
    shown = window.editor.current_article().headline
    assert f"The editor now shows “{shown}”." in message
