"""Fixtures for the database tests: a migrated newsroom on each backend, closed after the test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsdesk.services.newsroom import Newsroom
from tests.helpers.newsroom import opened


@pytest.fixture
def newsroom(database_url: str) -> Iterator[Newsroom]:
    """An empty newsroom on SQLite and on PostgreSQL (the ``database_url`` parameters)."""
    with opened(database_url) as room:
        yield room


@pytest.fixture
def room(newsroom: Newsroom) -> Newsroom:
    """The same newsroom, for the tests that call it ``room``."""
    return newsroom
