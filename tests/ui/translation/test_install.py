"""The desk installed into the real main window (Story menu, saved first, editor reloaded) and
into a bare one through its tool context."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QInputDialog

from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.desk_start import read_opened
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.translation.install import install_translation_desk
from newsdesk.ui.window_menus import ActionId, MenuId
from tests.helpers.desk import new_story, open_story, saved, wait_idle
from tests.ui.bare_tools import bare_desk


def test_story_menu_opens_the_desk_and_the_editor_follows_its_changes(
    qtbot, newsroom: Newsroom  # type: ignore[no-untyped-def]
) -> None:
    window = MainWindow(read_opened(newsroom))
    qtbot.addWidget(window)
    tools = window.translation_tools  # installed by the window itself
    menu = window.menus.menu(MenuId.STORY)
    assert window.menus.action(ActionId.TRANSLATION_DESK) is tools.desk_action
    assert {tools.desk_action, tools.translate_action} <= set(menu.actions())

    # Nothing open: the desk explains instead of opening.
    new_story(qtbot, window)
    tools.desk_action.trigger()
    assert tools.dialog is None
    assert "Open a saved story first" in window.statusBar().currentMessage()

    # The original is corrected after the (demo) translation was brought up to date.
    original = newsroom.articles.get_by_slug("water-schedule-tashkent")
    newsroom.articles.save(replace(original, body=original.body.replace(
        "at least 1.1 billion", "at least 1.3 billion")))
    ru = newsroom.articles.get_by_slug("water-schedule-tashkent-ru")
    assert ru.id is not None and open_story(qtbot, window, ru.id)
    before = window.editor.current_article().version
    tools.desk_action.trigger()
    assert tools.dialog is not None and tools.dialog.isVisible()
    dialog_desk = tools.dialog.desk
    qtbot.wait_until(lambda: dialog_desk.desk is not None, timeout=10000)
    assert dialog_desk.desk is not None and dialog_desk.desk.translation.id == ru.id

    with qtbot.wait_signal(dialog_desk.desk_loaded, timeout=10000):
        dialog_desk.mark_synced_button.click()
    tools.dialog.close()
    wait_idle(qtbot, window)  # the editor reloads the story the desk changed
    # The editor took the desk's version: its next autosave is not a conflict.
    reopened = window.editor.current_article()
    assert reopened.version > before and reopened.translation_of_revision == 2
    assert saved(qtbot, window.autosaver)
    assert newsroom.articles.get(ru.id).translation_of_revision == 2


def test_translate_from_the_menu_adds_the_draft_to_the_story_list(
    qtbot, newsroom: Newsroom  # type: ignore[no-untyped-def]
) -> None:
    window = MainWindow(read_opened(newsroom))
    qtbot.addWidget(window)
    tools = window.translation_tools
    story = newsroom.articles.get_by_slug("osh-border-market")
    assert story.id is not None and open_story(qtbot, window, story.id)
    counts = window.list_panel.status_counts_label
    before = counts.text()
    tools.translate_action.trigger()
    assert tools.dialog is not None
    desk = tools.dialog.desk
    qtbot.wait_until(lambda: desk.findChild(QInputDialog, "translateDialog") is not None,
                     timeout=10000)  # asked once the story is read on the runner
    question = desk.findChild(QInputDialog, "translateDialog")
    assert question is not None and question.isVisible()
    question.setTextValue("ru — Russian")
    with qtbot.wait_signal(desk.translation_started) as started, \
            qtbot.wait_signal(desk.desk_loaded, timeout=10000):
        question.accept()
    draft = started.args[0]
    assert draft.translation_of == "osh-border-market" and draft.id is not None
    assert window.list_panel.model.row_of(draft.id) is not None
    qtbot.waitUntil(lambda: counts.text() != before)  # re-counted on the task runner
    tools.dialog.close()
    wait_idle(qtbot, window)  # the editor reloads the story the desk changed


def test_the_desk_installs_into_a_bare_window_through_its_context(
    qtbot, newsroom: Newsroom  # type: ignore[no-untyped-def]
) -> None:
    bare = bare_desk(newsroom)
    qtbot.addWidget(bare.window)
    tools = install_translation_desk(bare.context)
    menus = bare.context.menus
    ours = [tools.desk_action, tools.translate_action, tools.concordance_action,
            tools.then_now_action]
    assert [action for action in menus.menu(MenuId.STORY).actions() if action in ours] == ours

    tools.desk_action.trigger()  # nothing open: said through the message bus
    assert tools.dialog is None
    assert "Open a saved story first" in bare.messages[-1].text
    story = newsroom.articles.get_by_slug("osh-border-market")
    bare.story.show(story.id or 0)
    bare.story.refusal = "the headline is empty"  # the open story cannot be saved
    tools.desk_action.trigger()
    assert tools.dialog is None
    assert bare.messages[-1].text.endswith("stays closed: the headline is empty")

    bare.story.refusal = None
    tools.translate_action.trigger()
    assert tools.dialog is not None and tools.dialog.parent() is bare.window
    desk = tools.dialog.desk
    qtbot.wait_until(lambda: desk.findChild(QInputDialog, "translateDialog") is not None,
                     timeout=10000)  # asked once the story is read on the runner
    question = desk.findChild(QInputDialog, "translateDialog")
    assert question is not None
    question.setTextValue("ru — Russian")
    with qtbot.wait_signal(desk.translation_started) as started, \
            qtbot.wait_signal(desk.desk_loaded, timeout=10000):
        question.accept()
    assert bare.story.added == [started.args[0]]  # the list gets the new draft
    tools.dialog.close()
