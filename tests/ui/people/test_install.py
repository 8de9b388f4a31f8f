"""The people tools installed into the real main window: docks, shared registry, open story."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from newsdesk.ui.people.install import install_people_tools
from tests.ui.people.conftest import Desk


def test_install_into_the_main_window_follows_the_open_story(qtbot, desk: Desk) -> None:
    main_window = pytest.importorskip("newsdesk.ui.main_window")
    window = main_window.MainWindow(desk.newsroom)
    qtbot.addWidget(window)
    tools = install_people_tools(window, desk.newsroom, window.editor)
    assert tools.registry is window.sources_dock.registry
    assert window.dockWidgetArea(tools.attribution_dock) == Qt.DockWidgetArea.RightDockWidgetArea

    window.open_article(desk.water_story.id)
    assert tools.sources_panel.cited() == {"minenergy-kz": 1, "kazinform": 2}
    assert tools.sources_panel.uncited() == ["world-bank-2024"]
    tools.attribution_panel.check_now()
    assert tools.attribution_panel.findings == []
