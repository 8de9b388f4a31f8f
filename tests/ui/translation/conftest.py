"""Fixtures for the translators' desk: the demo newsroom in a real SQLite file, settings isolated."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsdesk.services.demo import fill_demo_newsroom
from newsdesk.services.newsroom import Newsroom
from tests.ui.conftest import ui_newsroom


@pytest.fixture
def newsroom(database_url: str) -> Iterator[Newsroom]:
    """These tests run on SQLite and on the shared-newsroom PostgreSQL server alike."""
    with ui_newsroom(database_url) as room:
        fill_demo_newsroom(room.uow)
        yield room
