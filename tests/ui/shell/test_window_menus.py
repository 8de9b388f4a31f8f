"""Menus and actions by id: found whatever their caption says, one action per id."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu
from pytestqt.qtbot import QtBot

from newsdesk.ui.desk_start import read_opened
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.window_menus import ActionId, MenuId, bare_menus
from tests.ui.shell.conftest import Desk


def test_the_window_s_menus_and_actions_are_found_by_id(qtbot: QtBot, desk: Desk) -> None:
    window = MainWindow(read_opened(desk.newsroom))
    qtbot.addWidget(window)
    menus = window.menus
    story = menus.menu(MenuId.STORY)
    # A caption in another language (or a moved mnemonic) changes nothing.
    story.setTitle("&Материал")
    assert window.menuBar().findChild(QMenu, "storyMenu") is story
    assert menus.action(ActionId.SPIKE) is window.spike_action
    assert menus.action(ActionId.SPIKE) in story.actions()
    assert menus.action(ActionId.REVISIONS) in story.actions()
    # The tools installed themselves through the registry.
    assert menus.action(ActionId.TRANSLATION_DESK) in story.actions()
    assert menus.action(ActionId.CITE_SOURCE) in menus.menu(MenuId.TOOLS).actions()
    docks = menus.menu(MenuId.DOCKS)
    assert [menus.action(action_id) for action_id in (
        ActionId.TOGGLE_TOOLBAR, ActionId.TOGGLE_SOURCES, ActionId.TOGGLE_STORY_SOURCES,
        ActionId.TOGGLE_ATTRIBUTION)] == docks.actions()
    assert docks.menuAction() in menus.menu(MenuId.VIEW).actions()
    # Every id registered so far names its action: tests and the help table see the id.
    for action_id in ActionId:
        if menus.has_action(action_id):
            assert menus.action(action_id).objectName() == action_id.value


def test_a_bare_window_gets_every_menu_empty_and_ids_are_unique(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    menus = bare_menus(window)
    assert [action.menu().objectName() for action in window.menuBar().actions()] == [
        "fileMenu", "editMenu", "viewMenu", "storyMenu", "toolsMenu", "helpMenu"]
    assert menus.menu(MenuId.VIEW).actions() == [menus.menu(MenuId.DOCKS).menuAction()]
    first = QAction("One", window)
    menus.add_action(ActionId.TRANSLATE, first, menu=MenuId.STORY)
    menus.add_action(ActionId.TRANSLATE, first)  # the same action again is harmless
    with pytest.raises(ValueError, match="TRANSLATE"):
        menus.add_action(ActionId.TRANSLATE, QAction("Two", window))
    with pytest.raises(KeyError, match="SPIKE"):
        menus.action(ActionId.SPIKE)
    assert menus.menu(MenuId.STORY).actions() == [first]
