"""A closed newsroom opens no new connection: a late background task fails instead of leaking one."""

from __future__ import annotations

import gc

import pytest

from newsdesk.db.engine import NewsroomClosedError
from newsdesk.services.newsroom import open_newsroom


def test_a_read_after_close_is_refused_and_leaves_no_connection(database_url: str) -> None:
    room = open_newsroom(database_url)
    assert room.house.settings() is not None
    room.close()
    with pytest.raises(NewsroomClosedError):
        room.house.settings()
    assert room.engine.pool.checkedout() == 0
    gc.collect()  # filterwarnings=error: a psycopg connection collected open would fail here
