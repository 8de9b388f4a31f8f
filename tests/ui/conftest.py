"""What every UI test shares: offscreen-only Qt warnings ignored, settings isolated, workers
drained before the test's database goes away."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.ui.tasks import TaskRunner

# The offscreen platform warns when a window, dialog or completion popup is shown; real
# screens do not. Every other Qt warning still fails the test (qt_log_level_fail).
OFFSCREEN_ONLY = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints",
    r"does not support raise\(\)",
    "does not support grabbing the keyboard",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Every test, not only those under tests/ui: a dialog a UI test asked for may show once
    # its task lands, while the next test of that worker (an integration test) runs.
    for item in items:
        item.add_marker(OFFSCREEN_ONLY)


def drain_tasks() -> None:
    """Wait for the application runner's work; a test that never made a QApplication has none.

    Outcomes are handed over too, as their handlers may start more work (a desk shown after
    its alignment looks the selected row up in the memory): started once the newsroom is
    closed, that work would open a new connection nobody closes.
    """
    if QCoreApplication.instance() is None:
        return
    runner = TaskRunner.of()
    for _ in range(10):
        runner.drain(10000)
        QCoreApplication.processEvents()
        if not runner.pending:
            return


@pytest.fixture(autouse=True)
def drained_workers() -> Iterator[None]:
    """Background work (preview, spelling, alignment, export) ends before the database closes."""
    yield
    drain_tasks()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[Path]:
    """Window state goes to an INI file under tmp_path, never to the user's real settings."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QCoreApplication.setOrganizationName("NewsdeskTests")
    QCoreApplication.setApplicationName("NewsdeskUiTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@contextmanager
def ui_newsroom(url: str) -> Iterator[Newsroom]:
    """A newsroom for a window under test, closed only after its background work has ended.

    Closing first would strand a worker's database connection (preview, import, export),
    which the garbage collector then closes later, in some other test.
    """
    room = open_newsroom(url)
    try:
        yield room
    finally:
        drain_tasks()
        room.close()


@pytest.fixture
def demo_room(demo_database_url: str) -> Iterator[Newsroom]:
    """The demo newsroom on each backend (a fresh copy per test), for a window under test."""
    with ui_newsroom(demo_database_url) as room:
        yield room
