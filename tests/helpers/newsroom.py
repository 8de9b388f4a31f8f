"""Open a real newsroom (engine + services) on a test database URL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from newsdesk.services.newsroom import Newsroom, open_newsroom


@contextmanager
def opened(database_url: str) -> Iterator[Newsroom]:
    newsroom = open_newsroom(database_url)
    try:
        yield newsroom
    finally:
        newsroom.close()
