"""The sources dock's table keeps the names readable: at the dock's width in the window and
narrower, a source's name is shown whole while the id, then the kind, elide first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.desk_start import read_opened
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.people.priority_columns import share
from newsdesk.ui.people.source_table_model import (
    KEY_COLUMN,
    KIND_COLUMN,
    NAME_COLUMN,
    RECORD_COLUMN,
)
from newsdesk.ui.people.sources_dock import SourcesDock

_TYPICAL = ("Kubanych Toktogulov", "Gulnara Seitkali", "Kazinform", "Asia-Plus",
            "Central Asia Freight Monitor")
"""Demo sources a reporter looks for by name: people, agencies, a website."""


def _name_shown_whole(dock: SourcesDock, name: str) -> bool:
    row = dock.model.row_of(next(s.key for s in dock.registry.by_key().values()
                                 if s.name == name))
    index = dock.proxy.mapFromSource(dock.model.index(row, NAME_COLUMN))
    needs = dock.table.sizeHintForIndex(index).width()
    return dock.table.columnWidth(NAME_COLUMN) >= needs


def _shown_dock(qtbot: QtBot, demo_room: Newsroom) -> tuple[MainWindow, SourcesDock]:
    window = MainWindow(read_opened(demo_room))
    qtbot.addWidget(window)
    window.show()
    dock = window.sources_dock
    dock.show()
    qtbot.waitUntil(lambda: dock.model.rowCount() > 20)
    qtbot.waitUntil(lambda: dock.table.columnWidth(NAME_COLUMN) > 0)
    return window, dock


def test_typical_names_are_whole_at_the_docks_width(qtbot: QtBot, demo_room: Newsroom) -> None:
    _window, dock = _shown_dock(qtbot, demo_room)
    for name in _TYPICAL:
        assert _name_shown_whole(dock, name), (name, dock.table.columnWidth(NAME_COLUMN))
    # The rest of the row is still there, narrowed, never hidden.
    for column in (KEY_COLUMN, KIND_COLUMN, RECORD_COLUMN):
        assert dock.table.columnWidth(column) > 0
    table_width = dock.table.viewport().width()
    assert sum(dock.table.columnWidth(c) for c in range(dock.model.columnCount())) \
        <= table_width + 1  # no horizontal scrolling to reach the record


def test_a_narrowed_dock_cuts_the_id_before_the_name(qtbot: QtBot, demo_room: Newsroom) -> None:
    window, dock = _shown_dock(qtbot, demo_room)
    window.resizeDocks([dock], [290], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: dock.width() <= 300)
    assert _name_shown_whole(dock, "Kubanych Toktogulov")
    assert dock.table.columnWidth(NAME_COLUMN) >= dock.table.viewport().width() // 2
    assert dock.table.columnWidth(KEY_COLUMN) < dock.columns.natural_width(KEY_COLUMN)
    # Wide: every column gets what it needs.
    window.resize(2000, window.height())
    window.resizeDocks([dock], [900], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: dock.width() >= 700)
    for column in (KEY_COLUMN, KIND_COLUMN, RECORD_COLUMN):
        assert dock.table.columnWidth(column) == dock.columns.natural_width(column)


def test_share_cuts_the_least_important_first_then_evenly() -> None:
    assert share(300, [80, 100, 90]) == [80, 100, 90]  # room for all
    assert share(200, [80, 100, 90]) == [80, 84, 36]  # the id first
    assert share(120, [80, 100, 90]) == [42, 42, 36]  # then the others evenly
    assert share(150, [40, 100, 90]) == [40, 74, 36]  # a short one leaves room to the next
