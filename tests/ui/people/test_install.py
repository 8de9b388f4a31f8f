"""The people tools installed from a tool context: into a bare window (they need nothing of
the main window) and into the real one (docks, shared registry, the open story)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from newsdesk.ui.desk_start import read_opened
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.messages import Level
from newsdesk.ui.people.install import install_people_tools
from newsdesk.ui.window_menus import ActionId, MenuId
from tests.helpers.desk import open_story
from tests.ui.bare_tools import bare_desk
from tests.ui.conftest import ui_newsroom
from tests.ui.people.conftest import Desk


def test_install_into_a_bare_window_follows_the_open_story(qtbot: QtBot, desk: Desk) -> None:
    bare = bare_desk(desk.newsroom)
    qtbot.addWidget(bare.window)
    tools = install_people_tools(bare.context)
    # The registry is read on the task runner: the helpers know the sources once it lands.
    qtbot.waitUntil(lambda: tools.registry.get("kazinform") is not None)
    window, menus = bare.window, bare.context.menus
    assert tools.sources_dock.registry is tools.registry  # one registry for every helper
    for dock in (tools.sources_dock, tools.sources_panel_dock, tools.attribution_dock):
        assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
        assert dock.isHidden()  # closed until the user opens it
    docks = menus.menu(MenuId.DOCKS).actions()
    assert [menus.action(action_id) for action_id in (
        ActionId.TOGGLE_SOURCES, ActionId.TOGGLE_STORY_SOURCES, ActionId.TOGGLE_ATTRIBUTION)
    ] == docks
    tools_menu = menus.menu(MenuId.TOOLS).actions()
    assert menus.action(ActionId.TOGGLE_SOURCES) in tools_menu
    assert menus.action(ActionId.CITE_SOURCE) is tools.picker.action
    assert tools.picker.action in tools_menu

    bare.story.show(desk.water_story.id or 0)
    assert tools.sources_panel.cited() == {"minenergy-kz": 1, "kazinform": 2}
    assert tools.sources_panel.uncited() == ["world-bank-2024"]
    tools.attribution_panel.check_now()
    assert tools.attribution_panel.findings == []


def test_the_main_window_installs_them_through_its_context(qtbot: QtBot, desk: Desk) -> None:
    window = MainWindow(read_opened(desk.newsroom))
    qtbot.addWidget(window)
    tools = window.people_tools
    assert tools.registry is window.sources_dock.registry
    assert window.menus.action(ActionId.CITE_SOURCE) is tools.picker.action
    assert open_story(qtbot, window, desk.water_story.id or 0)
    assert tools.sources_panel.cited() == {"minenergy-kz": 1, "kazinform": 2}


def test_a_registry_that_cannot_be_read_is_said_and_the_tools_still_install(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The registry is read on the task runner; its failure is a warning naming what to do,
    and the desk works on without it (a refresh reads it again)."""
    file = tmp_path / "newsroom.sqlite3"
    with ui_newsroom(f"sqlite:///{file}") as room:
        bare = bare_desk(room)
        qtbot.addWidget(bare.window)
        with sqlite3.connect(file) as raw:
            raw.execute("PRAGMA foreign_keys = OFF")
            raw.execute("DROP TABLE sources")
        tools = install_people_tools(bare.context)
        qtbot.waitUntil(lambda: bool(bare.messages))
        warning = bare.messages[0]
        assert warning.level is Level.WARNING
        assert "source registry could not be read" in warning.text
        assert "there is no table sources" in warning.text and "Ctrl+R" in warning.text
        assert tools.registry.sources() == []
