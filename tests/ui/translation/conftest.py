"""Fixtures for the translators' desk: the demo newsroom in a real SQLite file, settings isolated."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from newsdesk.services.demo import fill_demo_newsroom
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.ui.workers import background_pool


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform warns when a dialog is shown; real screens do not.
    marker = pytest.mark.qt_log_ignore(
        "does not support propagateSizeHints", "does not support raise",
        "does not support grabbing the keyboard",
    )
    for item in items:
        if "tests/ui/translation/" in item.nodeid:
            item.add_marker(marker)


@pytest.fixture(autouse=True)
def drained_workers() -> Iterator[None]:
    """Alignments in flight finish before the database goes away."""
    yield
    background_pool().waitForDone(10000)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[None]:
    """The main window keeps state in QSettings: an INI file under tmp_path, not the user's."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QCoreApplication.setOrganizationName("NewsdeskTests")
    QCoreApplication.setApplicationName("NewsdeskTranslationTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield


@pytest.fixture
def newsroom(tmp_path: Path) -> Iterator[Newsroom]:
    room = open_newsroom(f"sqlite:///{tmp_path}/n.db")
    fill_demo_newsroom(room.uow)
    try:
        yield room
    finally:
        room.close()
