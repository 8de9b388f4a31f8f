"""Fixtures for the translators' desk: the demo newsroom in a real SQLite file, settings isolated."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk.services.demo import fill_demo_newsroom
from newsdesk.services.newsroom import Newsroom
from tests.ui.conftest import ui_newsroom


@pytest.fixture
def newsroom(tmp_path: Path) -> Iterator[Newsroom]:
    with ui_newsroom(f"sqlite:///{tmp_path}/n.db") as room:
        fill_demo_newsroom(room.uow)
        yield room
