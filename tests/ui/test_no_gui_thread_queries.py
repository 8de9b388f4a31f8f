"""No database statement runs on the GUI thread while the window is used (issue 13).

Each flow below is a step a user takes in the real window (on SQLite and PostgreSQL); the
guard (:mod:`tests.helpers.gui_thread_queries`) records every statement the GUI thread runs
while the flow is going on, and a failure names each statement with the code path that ran
it. To cover a new flow, write ``def _my_flow(ctx: FlowContext) -> None`` and add it to
``FLOWS``: the window is built (itself checked, as the "attach" flow), shown and idle when the
flow starts, and the flow ends when it returns and the window is idle again.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QFocusEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article, BylineEntry, Role, Status
from newsdesk.domain.people import Author
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.tasks import TaskRunner
from tests.helpers.desk import close_window, open_story, run
from tests.helpers.gui_thread_queries import GuiThreadQueries
from tests.ui.conftest import ui_newsroom

if TYPE_CHECKING:
    from newsdesk.ui.dialogs.export_dialog import ExportDialog

SOON = 5000  # ms: a generous bound for a loaded machine, not a timing assertion


@dataclass
class FlowContext:
    """What a flow drives: the window, its newsroom, a colleague on the same database."""

    qtbot: QtBot
    window: MainWindow
    newsroom: Newsroom
    colleague: Newsroom
    guard: GuiThreadQueries
    story: Article

    def idle(self) -> None:
        """Wait until the window has nothing in flight (its reads landed and were shown)."""
        runner = TaskRunner.of()
        self.qtbot.waitUntil(
            lambda: not self.window.initial_story_pending and runner.pending == 0
            and not self.window.catch_up.reading, timeout=SOON)


def _house_settings_on_refresh(ctx: FlowContext) -> None:
    """Ctrl+R and coming back to the window read the house settings (and the rest)."""
    with ctx.guard.paused():
        ctx.colleague.house.set_text("outlet_name", "Steppe Courier")
    ctx.window.refresh_from_database()
    ctx.qtbot.waitUntil(lambda: ctx.window.house.outlet_name == "Steppe Courier", timeout=SOON)


def _house_words_on_focus(ctx: FlowContext) -> None:
    """A field of the editor gets focus: words colleagues added to the house dictionary."""
    editor = ctx.window.editor
    ctx.qtbot.waitUntil(lambda: editor.checker is not None or not editor.spelling_loading,
                        timeout=SOON)
    with ctx.guard.paused():
        ctx.colleague.house.add_word("en", "Zarafshan")
    QApplication.sendEvent(editor.body_edit, QFocusEvent(QEvent.Type.FocusIn))
    ctx.idle()


def _spelling_menu_keeps_words(ctx: FlowContext) -> None:
    """The spelling menu: Add to House Dictionary, then Ignore in This Story, each stored."""
    editor = ctx.window.editor
    ctx.qtbot.waitUntil(lambda: editor.checker is not None, timeout=SOON)
    body = editor.body
    body.moveCursor(body.textCursor().MoveOperation.End)
    body.insertPlainText(" Qarshiyev met Sharqiyev.")
    for word, action_name in (("Qarshiyev", "spellAddToHouseAction"),
                              ("Sharqiyev", "spellIgnoreAction")):
        cursor = body.document().find(word)
        cursor.setPosition(cursor.selectionStart() + 2)
        menu = editor.spelling_menu.menu_at(body.cursorRect(cursor).center())
        action = menu.findChild(QAction, action_name)
        assert action is not None, action_name
        action.trigger()
        menu.deleteLater()
    ctx.idle()
    with ctx.guard.paused():
        assert "Qarshiyev" in ctx.newsroom.house.words("en")
        assert "Sharqiyev" in ctx.newsroom.ignored_words.words(ctx.story.id or 0)


def _compare_with_stored(ctx: FlowContext) -> None:
    """A colleague saved the open story: Compare shows theirs beside mine."""
    from newsdesk.ui.dialogs.colleague_compare_dialog import ColleagueCompareDialog

    with ctx.guard.paused():
        stored = ctx.colleague.articles.get(ctx.story.id or 0)
        ctx.colleague.articles.save(replace(stored, body="The colleague's rewrite."))
    ctx.window.compare_with_stored()
    ctx.qtbot.waitUntil(lambda: ctx.window.findChild(
        ColleagueCompareDialog, "colleagueCompareDialog") is not None, timeout=SOON)
    dialog = ctx.window.findChild(ColleagueCompareDialog, "colleagueCompareDialog")
    assert dialog is not None
    assert "colleague's rewrite" in dialog.stored_view.toPlainText()
    dialog.close()


def _byline_creates_a_profile(ctx: FlowContext) -> None:
    """The byline's New…: a profile stored, the picker shows it in the byline."""
    picker = ctx.window.editor.byline_picker
    dialog = picker.open_new_profile_dialog()
    dialog.name_edit.setText("Dilnoza Yusupova")
    dialog.buttons.accepted.emit()
    ctx.qtbot.waitUntil(lambda: any(entry.name == "Dilnoza Yusupova"
                                    for entry in picker.entries()), timeout=SOON)
    ctx.idle()


def _first_start_offer(ctx: FlowContext) -> None:
    """The application asks whether the newsroom is new (a newsroom with stories is not)."""
    ctx.window.offer_first_start()
    ctx.idle()


def _opening_and_switching_stories(ctx: FlowContext) -> None:
    """Open another story, type, switch back: the save and both reads on the runner."""
    with ctx.guard.paused():
        other = ctx.newsroom.articles.create(Article(headline="Solar plant opens", body="Text."))
    assert open_story(ctx.qtbot, ctx.window, other.id or 0)
    ctx.window.editor.body.insertPlainText("Typed before switching. ")
    assert open_story(ctx.qtbot, ctx.window, ctx.story.id or 0)


def _desk_commands(ctx: FlowContext) -> None:
    """Move, duplicate, spike, undo and redo: each command's calls on the runner."""
    window, qtbot = ctx.window, ctx.qtbot
    run(qtbot, window, lambda: window.move_to_status(Status.EDITING))
    run(qtbot, window, window.duplicate_story)
    assert window.open_article_id not in (None, ctx.story.id)
    window.list_panel.view.setFocus()
    run(qtbot, window, window.spike_selected)
    run(qtbot, window, window.session.undo)
    run(qtbot, window, window.session.redo)


def _closing_with_typing(ctx: FlowContext) -> None:
    """Closing saves what was typed, on the runner, and closes once it has landed."""
    ctx.window.editor.body.insertPlainText("Closing words. ")
    close_window(ctx.qtbot, ctx.window)


def _pdf_of_the_open_story_with_typing(ctx: FlowContext) -> None:
    """Export ▸ PDF: the typing saved first, the story read on the runner, then printed."""
    ctx.window.editor.body.insertPlainText("Printed words. ")
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "story.pdf"
        with ctx.qtbot.wait_signal(ctx.window.transfer.pdf_finished, timeout=SOON) as done:
            ctx.window.transfer.export_pdf_to(target)
        assert done.args[0] is True and target.read_bytes().startswith(b"%PDF")
    with ctx.guard.paused():
        assert "Printed words." in ctx.newsroom.articles.get(ctx.story.id or 0).body


def _revision_restored_over_typing(ctx: FlowContext) -> None:
    """Story ▸ Revisions…: the history and comparison read, the typing saved, the restore
    written and the restored story shown, each on the runner."""
    from newsdesk.ui.dialogs.revisions_dialog import RevisionsDialog

    with ctx.guard.paused():
        ctx.newsroom.articles.record_revision(ctx.story.id or 0, note="first take")
    ctx.window.editor.body.insertPlainText("Kept before the restore. ")
    ctx.window.show_revisions()
    dialog = ctx.window.findChild(RevisionsDialog, "revisionsDialog")
    assert dialog is not None
    ctx.qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=SOON)
    with ctx.qtbot.wait_signal(dialog.story_restored, timeout=SOON):
        dialog.restore(1)
    ctx.qtbot.waitUntil(lambda: "Kept before" not in ctx.window.editor.body_edit.toPlainText(),
                        timeout=SOON)
    dialog.close()


def _translators_desk_saves_first(ctx: FlowContext) -> None:
    """Story ▸ Translators' Desk… with unsaved typing: saved on the runner, then the desk."""
    from newsdesk.ui.window_menus import ActionId

    ctx.window.editor.body.insertPlainText("Saved for the desk. ")
    ctx.window.menus.action(ActionId.TRANSLATION_DESK).trigger()
    tools = ctx.window.translation_tools
    ctx.qtbot.waitUntil(lambda: tools.dialog is not None and tools.dialog.isVisible(),
                        timeout=SOON)  # the story has no translation: the desk says so
    assert tools.dialog is not None
    with ctx.guard.paused():
        assert "Saved for the desk." in ctx.newsroom.articles.get(ctx.story.id or 0).body
    ctx.idle()
    tools.dialog.close()


def _translated_story_on_the_desk(ctx: FlowContext) -> object:
    """The story given a Russian translation (set-up, not recorded), the desk opened on it and
    shown: the open desk widget, once its rows have landed."""
    from newsdesk.services.translation import translation_service_for
    from newsdesk.ui.window_menus import ActionId

    with ctx.guard.paused():
        service = translation_service_for(ctx.newsroom)
        draft = service.start_translation(ctx.story.id or 0, "ru")
        ctx.newsroom.articles.save(replace(draft, headline="График воды согласован",
                                           body="Фермеры получат воду."))
    ctx.window.menus.action(ActionId.TRANSLATION_DESK).trigger()
    tools = ctx.window.translation_tools
    ctx.qtbot.waitUntil(lambda: tools.dialog is not None and tools.dialog.desk.desk is not None
                        and not tools.dialog.desk.busy, timeout=SOON)
    assert tools.dialog is not None
    ctx.idle()
    return tools.dialog


def _desk_cell_typed_and_committed(ctx: FlowContext) -> None:
    """A translation cell typed in and committed with Return: the translation saved."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.ui.translation.desk_helpers import open_cell, row_with

    dialog = _translated_story_on_the_desk(ctx)
    desk = dialog.desk  # type: ignore[attr-defined]
    editor = open_cell(ctx.qtbot, desk, row_with(desk, "Farmers"))
    editor.selectAll()
    editor.insertPlainText("Фермеры получат воду по графику.")
    with ctx.qtbot.wait_signal(desk.translation_saved, timeout=SOON):
        QTest.keyClick(editor, Qt.Key.Key_Return)
    ctx.idle()
    with ctx.guard.paused():
        stored = ctx.newsroom.articles.get(desk.desk.translation.id or 0)
    assert "по графику" in stored.body
    dialog.close()


def _desk_row_confirmed(ctx: FlowContext) -> None:
    """Ctrl+Enter on a row: its state stored, its pair sent to the memory."""
    from tests.ui.translation.desk_helpers import row_with
    from tests.ui.translation.desk_keys import press

    dialog = _translated_story_on_the_desk(ctx)
    desk = dialog.desk  # type: ignore[attr-defined]
    desk.table.setCurrentIndex(desk.model.index(row_with(desk, "Farmers"), 1))
    press(desk, "Ctrl+Return")
    ctx.qtbot.waitUntil(lambda: "confirmed" in desk.status_label.text(), timeout=SOON)
    ctx.idle()
    dialog.close()


def _concordance_from_the_story_menu(ctx: FlowContext) -> None:
    """Ctrl+K with words selected in the editor: the desk opens on their concordance."""
    from PySide6.QtGui import QTextCursor

    from newsdesk.ui.window_menus import ActionId

    with ctx.guard.paused():
        from newsdesk.domain.memory import SegmentPair

        ctx.newsroom.memory.add_pairs([SegmentPair("Farmers will get water", "Фермеры")],
                                      source_language="en", target_language="ru")
    dialog = _translated_story_on_the_desk(ctx)
    dialog.close()  # type: ignore[attr-defined]
    body = ctx.window.editor.body_edit
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.NextWord, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    ctx.window.menus.action(ActionId.CONCORDANCE).trigger()
    tools = ctx.window.translation_tools
    assert tools.dialog is not None
    panel = tools.dialog.desk.tools.concordance
    ctx.qtbot.waitUntil(lambda: tools.dialog is not None and tools.dialog.isVisible()
                        and not tools.dialog.desk.busy, timeout=SOON)
    ctx.idle()
    assert panel.search_edit.text().strip() == "Farmers"
    tools.dialog.close()


def _desk_glossary_tab(ctx: FlowContext) -> None:
    """The desk's Glossary tab: the row's terms read, the glossary dialog opened."""
    with ctx.guard.paused():
        from newsdesk.domain.glossary import Rendering

        ctx.newsroom.glossary.add([Rendering("en", "Farmers"), Rendering("ru", "Фермеры")])
    dialog = _translated_story_on_the_desk(ctx)
    desk = dialog.desk  # type: ignore[attr-defined]
    from tests.ui.translation.desk_helpers import row_with

    desk.tools.tabs.setCurrentWidget(desk.tools.glossary)
    desk.table.setCurrentIndex(desk.model.index(row_with(desk, "Farmers"), 1))
    ctx.qtbot.waitUntil(lambda: bool(desk.tools.glossary.hits), timeout=SOON)
    ctx.idle()
    dialog.close()


def _desk_glossary_dialog(ctx: FlowContext) -> None:
    """The Glossary tab's Glossary… button: the dialog lists the terms; one added, one
    removed and a CSV imported, each stored and the list read again on the runner."""
    dialog = _translated_story_on_the_desk(ctx)
    desk = dialog.desk  # type: ignore[attr-defined]
    glossary = desk.tools.open_glossary()
    ctx.idle()
    glossary.term_edit.setText("Farmers")
    glossary.rendering_edit.setText("Фермеры")
    with ctx.qtbot.wait_signal(glossary.change_answered, timeout=SOON) as added:
        assert glossary.add_term()
    assert added.args == [True] and glossary.table.rowCount() == 1
    glossary.table.selectRow(0)
    with ctx.qtbot.wait_signal(glossary.change_answered, timeout=SOON) as removed:
        assert glossary.remove_selected()
    assert removed.args == [True] and glossary.table.rowCount() == 0
    with tempfile.TemporaryDirectory() as folder:
        terms = Path(folder) / "terms.csv"
        terms.write_text("en,ru\nWater,Вода\n", encoding="utf-8")
        with ctx.qtbot.wait_signal(glossary.change_answered, timeout=SOON) as imported:
            assert glossary.import_file(terms)
    assert imported.args == [True] and glossary.table.rowCount() == 1
    ctx.idle()
    glossary.close()
    dialog.close()


def _desk_marked_up_to_date(ctx: FlowContext) -> None:
    """The original corrected after the translation: "Mark as up to date" stored and the
    desk aligned again, both on the runner."""
    dialog = _translated_story_on_the_desk(ctx)
    desk = dialog.desk  # type: ignore[attr-defined]
    dialog.close()  # type: ignore[attr-defined]
    with ctx.guard.paused():
        original = ctx.colleague.articles.get(ctx.story.id or 0)
        ctx.colleague.articles.save(replace(original, body=original.body + " Corrected."))
        ctx.colleague.articles.record_revision(ctx.story.id or 0, note="corrected")
    dialog = _translated_story_on_the_desk_again(ctx)
    assert desk.mark_synced_button.isEnabled()
    with ctx.qtbot.wait_signal(desk.sync_answered, timeout=SOON) as answered, \
            ctx.qtbot.wait_signal(desk.desk_loaded, timeout=SOON):
        desk.mark_synced_button.click()
        assert desk.busy and not desk.mark_synced_button.isEnabled()
    assert answered.args == [True] and desk.desk.up_to_date
    ctx.idle()
    dialog.close()  # type: ignore[attr-defined]


def _translated_story_on_the_desk_again(ctx: FlowContext) -> object:
    """The desk opened once more on the story (its translation exists): the dialog, idle."""
    from newsdesk.ui.window_menus import ActionId

    ctx.window.menus.action(ActionId.TRANSLATION_DESK).trigger()
    tools = ctx.window.translation_tools
    ctx.qtbot.waitUntil(lambda: tools.dialog is not None and tools.dialog.isVisible()
                        and tools.dialog.desk.desk is not None
                        and not tools.dialog.desk.busy, timeout=SOON)
    ctx.idle()
    return tools.dialog


def _desk_starts_a_translation(ctx: FlowContext) -> None:
    """Story ▸ Translate… into Kazakh: the draft created on the runner, then shown."""
    from newsdesk.ui.window_menus import ActionId

    ctx.window.menus.action(ActionId.TRANSLATION_DESK).trigger()
    tools = ctx.window.translation_tools
    ctx.qtbot.waitUntil(lambda: tools.dialog is not None and tools.dialog.isVisible()
                        and not tools.dialog.desk.busy, timeout=SOON)
    assert tools.dialog is not None
    desk = tools.dialog.desk
    ctx.idle()
    with ctx.qtbot.wait_signal(desk.translation_started, timeout=SOON) as started, \
            ctx.qtbot.wait_signal(desk.desk_loaded, timeout=SOON):
        assert desk.start_translation("kk")
        assert desk.busy and not desk.translate_button.isEnabled()
    assert started.args[0].language == "kk"
    ctx.idle()
    tools.dialog.close()


def _desk_qa_problem_ignored(ctx: FlowContext) -> None:
    """A QA error (a figure missing from the translation) ignored with a reason: stored with
    the story on the runner."""
    with ctx.guard.paused():
        original = ctx.colleague.articles.get(ctx.story.id or 0)
        ctx.colleague.articles.save(replace(
            original, body="Farmers will get 1.3 billion cubic metres of water from May."))
    dialog = _translated_story_on_the_desk(ctx)  # its body leaves the figure out
    desk = dialog.desk  # type: ignore[attr-defined]
    ctx.qtbot.waitUntil(lambda: bool(desk.model.qa_rows()), timeout=SOON)
    ctx.idle()
    problem = desk.model.qa_at(desk.model.qa_rows()[0])[0]
    with ctx.qtbot.wait_signal(desk.qa.ignore_answered, timeout=SOON) as answered:
        assert desk.qa.ignore(problem, "The figure is in the chart")
        assert desk.busy
    assert answered.args == [True]
    ctx.idle()
    with ctx.guard.paused():
        [stored] = ctx.newsroom.segments.ignores(desk.desk.translation.id or 0)
    assert stored.reason == "The figure is in the chart"
    dialog.close()  # type: ignore[attr-defined]


def _profiles_dialog_bio_saved(ctx: FlowContext) -> None:
    """People ▸ Profiles…: the list read, a bio edited and saved."""
    from newsdesk.ui.people.profiles_dialog import ProfilesDialog

    ctx.window.show_profiles()
    dialog = ctx.window.findChild(ProfilesDialog)
    assert dialog is not None
    ctx.qtbot.waitUntil(lambda: dialog.model.rowCount() >= 1, timeout=SOON)
    author_id = ctx.story.byline[0].author_id or 0
    dialog.select_author(author_id)
    ctx.qtbot.waitUntil(lambda: dialog.current_author is not None, timeout=SOON)
    ctx.idle()
    dialog.form.bio_edit.setPlainText("Covers water and farming.")
    dialog.save_button.click()
    ctx.qtbot.waitUntil(lambda: not dialog.has_unsaved_edits, timeout=SOON)
    ctx.idle()
    with ctx.guard.paused():
        assert ctx.newsroom.authors.get(author_id).bio == "Covers water and farming."
    dialog.hide()


def _sources_dock_add_and_edit(ctx: FlowContext) -> None:
    """The sources dock: a source added, then edited and saved again."""
    dock = ctx.window.sources_dock
    dock.show()
    ctx.idle()
    dock.new_source()
    dock.form.name_edit.setText("AKIpress News")
    dock.form.key_edit.setText("akipress-news")
    dock.save_button.click()
    ctx.qtbot.waitUntil(lambda: dock.registry.get("akipress-news") is not None, timeout=SOON)
    ctx.idle()
    dock.select_source("akipress-news")
    ctx.idle()
    dock.form.url_edit.setText("https://akipress.com/")
    dock.save_button.click()
    ctx.qtbot.waitUntil(lambda: (dock.registry.get("akipress-news") or dock.current_source)
                        is not None and dock.registry.get("akipress-news").url  # type: ignore[union-attr]
                        == "https://akipress.com/", timeout=SOON)
    ctx.idle()
    dock.hide()


def _sources_dock_reload_after_a_conflict_and_delete(ctx: FlowContext) -> None:
    """The sources dock: a save refused (a colleague saved first), Reload shows theirs, then
    the source is deleted; each read and write on the runner."""
    from newsdesk.domain.people import Source

    dock = ctx.window.sources_dock
    with ctx.guard.paused():
        ctx.colleague.sources.create(Source(key="akipress-news", name="AKIpress News"))
    dock.show()
    ctx.window.refresh_from_database()  # the registry with the colleague's source
    ctx.qtbot.waitUntil(lambda: dock.registry.get("akipress-news") is not None, timeout=SOON)
    ctx.idle()
    dock.select_source("akipress-news")
    ctx.idle()
    with ctx.guard.paused():
        theirs = ctx.colleague.sources.get("akipress-news")
        ctx.colleague.sources.update(replace(theirs, url="https://akipress.org/"))
    dock.form.url_edit.setText("https://akipress.com/")
    with ctx.qtbot.wait_signal(dock.save_answered, timeout=SOON):
        dock.save_button.click()
    assert dock.conflict_bar.isVisible()
    with ctx.qtbot.wait_signal(dock.stored_shown, timeout=SOON):
        dock.conflict_bar.reload_button.click()
    assert dock.form.url_edit.text() == "https://akipress.org/"
    ctx.idle()
    with ctx.qtbot.wait_signal(dock.delete_answered, timeout=SOON) as deleted:
        assert dock.delete_current()
    assert deleted.args == [True] and dock.registry.get("akipress-news") is None
    ctx.idle()
    dock.hide()


def _export_dialog_on_a_long_list(ctx: FlowContext) -> ExportDialog:
    """300 stories more (set-up, not recorded), the list searched for them so it holds one
    batch of rows and no count, then File ▸ Export…: the open dialog, its list count landed."""
    from newsdesk.ui.dialogs.export_dialog import ExportDialog
    from newsdesk.ui.models.article_list_model import BATCH_SIZE
    from newsdesk.ui.window_menus import ActionId
    from tests.ui.shell.conftest import add_generated

    # The colleague's stories reach the window's list (with their count) first; the search
    # after that reads a fresh query: one batch shown, its count unknown.
    with ctx.qtbot.wait_signal(ctx.window.live_updates.changes_arrived, timeout=SOON), \
            ctx.guard.paused():
        add_generated(ctx.colleague, 300, prefix="Harvest bulletin")
    ctx.idle()
    panel = ctx.window.list_panel
    panel.search_edit.setText("Harvest")
    model = panel.model
    ctx.qtbot.waitUntil(lambda: model.query.text == "Harvest" and not model.reading(model.query)
                        and model.rowCount() == BATCH_SIZE, timeout=SOON)  # after the debounce
    ctx.idle()
    assert model.known_total is None  # partly loaded: the window does not know
    ctx.window.menus.action(ActionId.EXPORT).trigger()
    ctx.qtbot.waitUntil(lambda: ctx.window.findChild(ExportDialog, "exportDialog")
                        is not None, timeout=SOON)
    dialog = ctx.window.findChild(ExportDialog, "exportDialog")
    assert dialog is not None
    ctx.qtbot.waitUntil(dialog.list_radio.isEnabled, timeout=SOON)
    assert "(300)" in dialog.list_radio.text()
    return dialog


def _export_dialog_counts_a_partly_loaded_list(ctx: FlowContext) -> None:
    """File ▸ Export… on a list of 300 with 100 loaded: counted on the runner."""
    dialog = _export_dialog_on_a_long_list(ctx)
    ctx.idle()
    dialog.close()


def _export_of_the_stories_the_list_shows(ctx: FlowContext) -> None:
    """Exporting "the stories the list shows" (300, 100 loaded): counted and read on the
    runner, every file written."""
    dialog = _export_dialog_on_a_long_list(ctx)
    with tempfile.TemporaryDirectory() as folder:
        dialog.list_radio.setChecked(True)
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("md"))
        dialog.folder_edit.setText(folder)
        with ctx.qtbot.wait_signal(dialog.export_finished, timeout=60000) as done:
            dialog.export_button.click()
        assert done.args[0].stories_written == 300
        assert len(list(Path(folder).glob("harvest-bulletin-*.md"))) == 300
    ctx.idle()
    dialog.close()


def _house_dictionary_dialog(ctx: FlowContext) -> None:
    """Tools ▸ House Dictionary…: the words listed, one added, one removed, a small file
    imported and the list exported, each on the runner."""
    from newsdesk.ui.dialogs.house_dictionary_dialog import HouseDictionaryDialog

    with ctx.guard.paused():
        ctx.colleague.house.import_words("en", ["Tokayev", "Mirziyoyev"])
    action = ctx.window.findChild(QAction, "houseDictionaryAction")
    assert action is not None
    action.trigger()
    dialog = ctx.window.findChild(HouseDictionaryDialog, "houseDictionaryDialog")
    assert dialog is not None

    def listed() -> list[str | None]:
        return [dialog.model.word_at(row) for row in range(dialog.model.rowCount())]

    ctx.qtbot.waitUntil(lambda: listed() == ["Mirziyoyev", "Tokayev"], timeout=SOON)
    dialog.word_edit.setText("Japarov")
    dialog.add_button.click()
    ctx.qtbot.waitUntil(lambda: "Japarov" in listed() and dialog.add_button.isEnabled(),
                        timeout=SOON)
    dialog.view.setCurrentIndex(dialog.model.index(listed().index("Mirziyoyev")))
    dialog.remove_button.click()
    ctx.qtbot.waitUntil(lambda: listed() == ["Japarov", "Tokayev"]
                        and dialog.import_button.isEnabled(), timeout=SOON)
    with tempfile.TemporaryDirectory() as folder:
        names = Path(folder) / "names.txt"
        names.write_text("# names\nRahmon\n", encoding="utf-8")
        dialog.import_file(names)
        ctx.qtbot.waitUntil(lambda: "Rahmon" in listed() and dialog.export_button.isEnabled(),
                            timeout=SOON)
        out = Path(folder) / "out.txt"
        dialog.export_file(out)
        ctx.qtbot.waitUntil(lambda: out.exists() and dialog.export_button.isEnabled(),
                            timeout=SOON)
        ctx.idle()
        assert out.read_text(encoding="utf-8") == "Japarov\nRahmon\nTokayev\n"
    dialog.close()


def _house_settings_dialog_saved(ctx: FlowContext) -> None:
    """Tools ▸ House Settings…: the settings read, the credit changed and saved, each on the
    runner; the window takes the stored settings."""
    from newsdesk.ui.dialogs.house_settings_dialog import HouseSettingsDialog

    ctx.window.house_settings_action.trigger()
    dialog = ctx.window.findChild(HouseSettingsDialog, "houseSettingsDialog")
    assert dialog is not None
    ctx.qtbot.waitUntil(lambda: dialog.ready, timeout=SOON)
    dialog.credit_edit.setText("KD")
    with ctx.qtbot.wait_signal(dialog.settings_saved, timeout=SOON) as saved:
        dialog.save_button.click()
    assert saved.args[0].agency_credit == "KD" and ctx.window.house.agency_credit == "KD"


def _first_start_dialog_saved(ctx: FlowContext) -> None:
    """The first-start dialog (asked as for a new newsroom) filled in and saved on the runner."""
    with ctx.qtbot.wait_signal(ctx.window.first_start.answered, timeout=SOON) as answered:
        ctx.window.offer_first_start(True)
    dialog = answered.args[0]
    dialog.outlet_edit.setText("Kabar Today")
    dialog.credit_edit.setText("KT")
    with ctx.qtbot.wait_signal(dialog.settings_saved, timeout=SOON):
        dialog.save_button.click()
    assert ctx.window.house.outlet_name == "Kabar Today"


def _byline_profiles_read_again(ctx: FlowContext) -> None:
    """The byline picker reads the active profiles again (a colleague made one meanwhile):
    on the runner, the completion offering the old ones until the new land."""
    picker = ctx.window.editor.byline_picker
    with ctx.guard.paused():
        ctx.colleague.authors.create(Author(name="Zarina Testova"))
    picker.reload_authors()
    ctx.qtbot.waitUntil(lambda: "Zarina Testova" in picker.completer.model().stringList(),  # type: ignore[attr-defined]
                        timeout=SOON)


def _source_registry_read_again(ctx: FlowContext) -> None:
    """The shared source registry reads every source again (a colleague added one): on the
    runner; the dock lists it once it lands."""
    from newsdesk.domain.people import Source

    dock = ctx.window.sources_dock
    with ctx.guard.paused():
        ctx.colleague.sources.create(Source(key="akipress-news", name="AKIpress News"))
    dock.registry.reload()
    ctx.qtbot.waitUntil(lambda: dock.model.row_of("akipress-news") >= 0, timeout=SOON)


def _recovered_text_kept(ctx: FlowContext) -> None:
    """Text the journal kept (a window killed while typing) offered back and kept: the journal
    compared with the newsroom, and the recovered text stored, on the runner."""
    from PySide6.QtWidgets import QPushButton

    from newsdesk.services.recovery_journal import story_key
    from newsdesk.ui.recovery_flow import RecoveryFlow

    with ctx.guard.paused():
        stored = ctx.newsroom.articles.get(ctx.story.id or 0)
        ctx.window.journal.write(story_key(ctx.story.id), replace(stored, body="Recovered."))
    recovery = RecoveryFlow(ctx.window, ctx.newsroom.articles, ctx.window.journal,
                            tell=lambda _said: None, story_changed=lambda _story: None)
    recovery.start()
    ctx.qtbot.waitUntil(lambda: recovery.dialog is not None, timeout=SOON)
    assert recovery.dialog is not None
    keep_mine = recovery.dialog.findChild(QPushButton, "keepMineButton")
    assert keep_mine is not None
    keep_mine.click()
    ctx.qtbot.waitUntil(lambda: not recovery.pending, timeout=SOON)
    with ctx.guard.paused():
        assert ctx.newsroom.articles.get(ctx.story.id or 0).body == "Recovered."


def _story_list_read_again(ctx: FlowContext) -> None:
    """The story list re-reads its rows (a colleague filed a story): on the runner, the
    open story staying the current row."""
    panel = ctx.window.list_panel
    with ctx.guard.paused():
        filed = ctx.colleague.articles.create(Article(headline="Colleague's brief"))
    panel.reload(ctx.window.open_article_id)
    ctx.qtbot.waitUntil(lambda: panel.model.row_of(filed.id or 0) is not None, timeout=SOON)
    assert panel.chosen_article_id() == ctx.story.id


def _closing_in_a_conflict_keeps_mine_as_a_copy(ctx: FlowContext) -> None:
    """A colleague's newer version refuses closing's save: Save Mine as a Copy and Close
    stores my text as a new draft on the runner, then the window goes."""
    from newsdesk.ui.window_closing import COPY_AND_CLOSE

    window, notice = ctx.window, ctx.window.notice
    with ctx.guard.paused():
        stored = ctx.colleague.articles.get(ctx.story.id or 0)
        ctx.colleague.articles.save(replace(stored, body="The colleague's rewrite."))
    window.editor.body.insertPlainText("Mine. ")
    window.close()
    ctx.qtbot.waitUntil(lambda: notice.isVisible() and notice.button.text() == COPY_AND_CLOSE,
                        timeout=SOON)
    notice.button.click()
    ctx.qtbot.waitUntil(lambda: window.session.finished, timeout=SOON)


def _desk_follows_a_colleague(ctx: FlowContext) -> None:
    """The open desk follows a colleague's change of its original and a glossary term added
    elsewhere: both read again on the runner (the live updates' feed, the desk's reload and
    QA), the changed row flagged and the term's warning shown without reopening."""
    from newsdesk.domain.glossary import Rendering

    dialog = _translated_story_on_the_desk(ctx)
    desk = dialog.desk  # type: ignore[attr-defined]
    feed = ctx.window.live_updates.feed
    assert feed is not None and feed.connected.wait(10)
    with ctx.qtbot.wait_signal(desk.follow.caught_up, timeout=SOON), ctx.guard.paused():
        stored = ctx.colleague.articles.get(ctx.story.id or 0)
        ctx.colleague.articles.save(replace(stored, body=stored.body.replace(
            "from May", "from April")))
    assert desk.model.flagged_rows()
    with ctx.guard.paused():
        ctx.colleague.glossary.add([Rendering("en", "Farmers"), Rendering("ru", "Земледельцы"),
                                    Rendering("ru", "Фермеры", forbidden=True)])
    ctx.qtbot.waitUntil(lambda: any(desk.model.qa_at(row)
                                    for row in range(desk.model.rowCount())), timeout=SOON)
    ctx.idle()
    dialog.close()


def _reading_on_the_gui_thread_still(
    flow: Callable[[FlowContext], None], why: str
) -> object:
    """A flow known to read on the GUI thread still: strict, so the fix must drop the mark."""
    return pytest.param(flow, marks=pytest.mark.xfail(reason=why, strict=True))


FLOWS: list[object] = [
    _house_settings_on_refresh,
    _opening_and_switching_stories,
    _desk_commands,
    _closing_with_typing,
    _house_words_on_focus,
    _spelling_menu_keeps_words,
    _compare_with_stored,
    _byline_creates_a_profile,
    _first_start_offer,
    _pdf_of_the_open_story_with_typing,
    _revision_restored_over_typing,
    _translators_desk_saves_first,
    _desk_cell_typed_and_committed,
    _desk_row_confirmed,
    _concordance_from_the_story_menu,
    _desk_glossary_tab,
    _desk_glossary_dialog,
    _profiles_dialog_bio_saved,
    _sources_dock_add_and_edit,
    _sources_dock_reload_after_a_conflict_and_delete,
    _desk_marked_up_to_date,
    _desk_starts_a_translation,
    _desk_qa_problem_ignored,
    _export_dialog_counts_a_partly_loaded_list,
    _export_of_the_stories_the_list_shows,
    _house_settings_dialog_saved,
    _first_start_dialog_saved,
    _house_dictionary_dialog,
    _byline_profiles_read_again,
    _source_registry_read_again,
    _recovered_text_kept,
    _story_list_read_again,
    _closing_in_a_conflict_keeps_mine_as_a_copy,
    _desk_follows_a_colleague,
]


@pytest.fixture
def newsroom(database_url: str) -> Iterator[Newsroom]:
    with ui_newsroom(database_url) as room:
        yield room


@pytest.fixture
def colleague(newsroom: Newsroom, database_url: str) -> Iterator[Newsroom]:
    room = open_newsroom(database_url)
    yield room
    room.close()


@pytest.fixture
def story(newsroom: Newsroom) -> Article:
    """A story with a byline, written before the window opens (and before the guard)."""
    author = newsroom.authors.create(Author(name="Aigerim Sarsenbayeva", roles=(Role.REPORTER,)))
    return newsroom.articles.create(Article(
        headline="Water schedule agreed for Tashkent region",
        body="Farmers will get water on a fixed rota from May.",
        byline=(BylineEntry(author.name, Role.REPORTER, author.id),)))


@pytest.fixture
def guard() -> Iterator[GuiThreadQueries]:
    with GuiThreadQueries() as listening:
        yield listening


@pytest.fixture
def ctx(
    qtbot: QtBot, newsroom: Newsroom, colleague: Newsroom, story: Article,
    guard: GuiThreadQueries,
) -> Iterator[FlowContext]:
    """The window on the newsroom, shown and idle; what building it ran is the "attach" flow."""
    with guard.recording("attach"):
        window = MainWindow(newsroom)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        context = FlowContext(qtbot, window, newsroom, colleague, guard, story)
        context.idle()
    yield context
    with guard.paused():
        window.autosaver.discard()
        window.close()


def test_attaching_the_newsroom_and_opening_the_last_story_runs_nothing_on_the_gui_thread(
    ctx: FlowContext,
) -> None:
    assert ctx.window.open_article_id == ctx.story.id
    ctx.guard.assert_none("attach")


def _flow_id(flow: object) -> str:
    return getattr(flow, "__name__", "flow").strip("_")


@pytest.mark.parametrize("flow", FLOWS, ids=_flow_id)
def test_the_flow_runs_no_statement_on_the_gui_thread(
    ctx: FlowContext, flow: Callable[[FlowContext], None]
) -> None:
    name = flow.__name__.strip("_")
    with ctx.guard.recording(name):
        flow(ctx)
        ctx.idle()
    ctx.guard.assert_none(name)
