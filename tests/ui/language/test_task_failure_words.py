"""A background task failing with a database driver's own error (one no service turned into
ours) is said in the interface language: a reason the driver table knows in its words, one it
does not know left to the log, in Russian; the English window keeps the driver's first line.
The driver's words and the SQL are always in the log, never in the message."""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text

from newsdesk.ui.messages import Level, Message, MessageBus
from newsdesk.ui.tasks import TaskRunner, describe_failure
from newsdesk.ui.translator import install_ui_language
from tests.ui.language.test_russian_leftovers import text_leftovers

_PATH = re.compile(r"(?:/[\w.+-]+)+/?")


@pytest.fixture
def held_file(tmp_path: Path) -> Iterator[Path]:
    """A SQLite file another program holds a write lock on."""
    path = tmp_path / "held.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    yield path
    holder.execute("ROLLBACK")
    holder.close()


def _write(path: Path, sql: str) -> None:
    """A write straight through SQLAlchemy: its error reaches the window as the driver's."""
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0})
    try:
        with engine.begin() as connection:
            connection.execute(text(sql))
    finally:
        engine.dispose()


def _failed_in_background(qtbot: QtBot, path: Path, sql: str) -> tuple[str, BaseException]:
    """What the runner shows for ``sql`` failing on a worker, and the error itself."""
    bus = MessageBus()
    posted: list[Message] = []
    bus.message_posted.connect(posted.append)
    runner = TaskRunner(bus)
    seen: list[BaseException] = []

    def not_handled(exc: BaseException) -> bool:
        seen.append(exc)
        return False  # the runner says it, as for any caller with nothing of its own to say

    handle = runner.run(_write, path, sql, on_error=not_handled)
    qtbot.waitUntil(lambda: handle.done)
    runner.drain()
    assert [m.level for m in posted] == [Level.ERROR]
    return posted[0].text, seen[0]


@pytest.fixture(params=["en", "ru"])
def language(request: pytest.FixtureRequest, russian_catalogue: Path) -> str:
    """The interface in English, then in Russian (taken out again after the test)."""
    assert install_ui_language(request.param, russian_catalogue) == request.param
    return str(request.param)


def test_a_locked_file_is_said_in_the_interface_language(
    qtbot: QtBot, held_file: Path, language: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="newsdesk.ui.tasks"):
        shown, exc = _failed_in_background(qtbot, held_file, "INSERT INTO t VALUES (1)")
    assert "database is locked" in str(exc)  # the driver's own words ...
    assert "database is locked" in caplog.text  # ... are what the log keeps
    assert "INSERT" not in shown and "sqlite3" not in shown
    if language == "en":
        assert shown == ("Something Newsdesk was doing in the background failed: the database "
                         "is locked. The log has the details.")
        assert describe_failure(exc) == "the database is locked"
    else:
        assert "база данных заблокирована" in shown, shown
        assert describe_failure(exc) == "база данных заблокирована"
        assert text_leftovers(qtbot, shown) == [], shown


def test_a_reason_the_table_does_not_know_is_left_to_the_log_in_russian(
    qtbot: QtBot, tmp_path: Path, language: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="newsdesk.ui.tasks"):
        shown, exc = _failed_in_background(qtbot, tmp_path / "n.sqlite3",
                                           "SELECT frobnicate(1)")
    assert "no such function" in str(exc) and "no such function" in caplog.text
    assert "SELECT" not in shown  # the SQL is for the log
    if language == "en":
        # The English window quotes the driver's first line, where a technician looks.
        assert shown == ("Something Newsdesk was doing in the background failed: "
                         "no such function: frobnicate. The log has the details.")
    else:
        assert "frobnicate" not in shown
        assert shown.lower().count("журнал") == 1, shown  # the log, named once
        assert text_leftovers(qtbot, _PATH.sub(" ", shown)) == [], shown
