"""How long a SQLite write waits for another program's lock: 5 s, or the environment's word.

The suite shortens the wait where it holds a lock on purpose (tests/helpers/busy_timeout.py);
these tests prove the product's default stays 5 s and that the setting really reaches the
connection and the refused write.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from newsdesk.db.engine import (
    DEFAULT_SQLITE_BUSY_TIMEOUT_MS,
    ENV_SQLITE_BUSY_TIMEOUT,
    make_engine,
)
from newsdesk.domain.errors import DatabaseBusyError
from newsdesk.domain.people import Author
from tests.helpers.busy_timeout import short_busy_timeout
from tests.helpers.newsroom import opened
from tests.helpers.storage_faults import sqlite_copy, write_locked


def _connection_timeout(path: Path) -> int:
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            return int(connection.exec_driver_sql("PRAGMA busy_timeout").scalar_one())
    finally:
        engine.dispose()


def test_the_default_wait_is_five_seconds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_SQLITE_BUSY_TIMEOUT, raising=False)
    assert DEFAULT_SQLITE_BUSY_TIMEOUT_MS == 5000
    assert _connection_timeout(tmp_path / "newsroom.sqlite3") == 5000


def test_the_environment_sets_the_wait_of_new_connections(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_SQLITE_BUSY_TIMEOUT, "12000")
    assert _connection_timeout(tmp_path / "newsroom.sqlite3") == 12000
    with short_busy_timeout(250):
        assert _connection_timeout(tmp_path / "newsroom.sqlite3") == 250
    assert _connection_timeout(tmp_path / "newsroom.sqlite3") == 12000  # restored


@pytest.mark.parametrize("raw", ["soon", "-1", "2.5"])
def test_a_bad_value_keeps_the_default_and_says_so_in_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, raw: str
) -> None:
    monkeypatch.setenv(ENV_SQLITE_BUSY_TIMEOUT, raw)
    with caplog.at_level(logging.WARNING, logger="newsdesk.db.engine"):
        assert _connection_timeout(tmp_path / "newsroom.sqlite3") == 5000
    assert ENV_SQLITE_BUSY_TIMEOUT in caplog.text and repr(raw) in caplog.text


def test_a_write_under_a_lock_is_refused_after_the_short_wait(
    tmp_path: Path, _migrated_templates: dict[str, str]
) -> None:
    """The shortened wait changes only how long: the write is still refused as busy and
    leaves nothing behind."""
    path = tmp_path / "newsroom.sqlite3"
    url = sqlite_copy(_migrated_templates["sqlite"], path)
    with write_locked(path), opened(url) as room:
        assert _connection_timeout(path) < DEFAULT_SQLITE_BUSY_TIMEOUT_MS
        with pytest.raises(DatabaseBusyError):
            room.authors.create(Author(name="Aigul Sadykova"))
    with opened(url) as room:
        assert room.authors.all() == []
