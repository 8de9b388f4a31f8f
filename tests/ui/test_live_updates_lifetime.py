"""The live-updates feed ends with its window even when the window is deleted without closing:
its thread stops and its own database connection is closed (none left to the garbage
collector, which would find it open in some later test or moment)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.live_updates import LiveUpdates
from tests.ui.conftest import ui_newsroom


@pytest.fixture
def newsroom(database_url: str) -> Iterator[Newsroom]:
    with ui_newsroom(database_url) as room:
        yield room


def test_a_window_deleted_without_a_close_event_stops_its_feed(
    qtbot: QtBot, newsroom: Newsroom
) -> None:
    window = QWidget()
    live = LiveUpdates(newsroom, window)
    feed = live.feed
    assert feed is not None
    live.start()
    assert feed.connected.wait(10)

    shiboken6.delete(window)  # no closeEvent: destroyed as a parent deletes its children

    assert feed.stopping  # told at once; its thread ends on its own, never waited for here
    qtbot.waitUntil(lambda: not feed.running)
    assert not feed.connected.is_set()  # the watch's connection closed with it
