"""An existing newsroom file that is empty or damaged is never written to; a backup is offered.

The files are damaged for real: an index's root page overwritten with garbage (found through
``sqlite_master``), a file cut to 0 bytes. "Never written" is checked on the bytes.
"""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from newsdesk.__main__ import main
from newsdesk.db.backups import make_backup
from newsdesk.db.kill_points import ENV_KILL_AT
from newsdesk.domain.article import Article
from newsdesk.domain.errors import DatabaseDamagedError, NewsdeskError
from newsdesk.domain.query import DESK_QUERY
from newsdesk.services.newsroom import (
    newest_backup_for,
    open_backup_instead,
    open_newsroom,
)
from tests.helpers.damage import checkpoint, corrupt_index, truncate
from tests.helpers.newsroom import opened

ROOT = Path(__file__).resolve().parents[3]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def newsroom_file(tmp_path: Path) -> Path:
    """A real newsroom with enough stories that its desk index spans pages."""
    path = tmp_path / "newsroom.sqlite3"
    with opened(f"sqlite:///{path}") as room:
        for number in range(60):
            room.articles.create(Article(headline=f"Story {number}", body="Text. " * 200))
    checkpoint(path)
    return path


@pytest.fixture
def backups(newsroom_file: Path) -> list[Path]:
    """Two backups beside the file, as two upgrades left them (newest last)."""
    return [make_backup(newsroom_file), make_backup(newsroom_file)]


def test_an_empty_file_is_refused_naming_the_newest_backup(
    newsroom_file: Path, backups: list[Path]
) -> None:
    truncate(newsroom_file)
    with pytest.raises(DatabaseDamagedError) as refused:
        open_newsroom(f"sqlite:///{newsroom_file}")
    message = str(refused.value)
    assert f"the newsroom file {newsroom_file} is empty (0 bytes)" in message
    assert f"Open the newest backup, {backups[-1]}, instead." in message
    assert newsroom_file.stat().st_size == 0  # not turned into a new, empty newsroom
    assert not newsroom_file.with_name("newsroom.sqlite3-wal").exists()
    assert newest_backup_for(f"sqlite:///{newsroom_file}") == backups[-1]


def test_an_empty_file_without_backups_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    path.write_bytes(b"")
    with pytest.raises(DatabaseDamagedError, match="delete the empty file first"):
        open_newsroom(str(path))
    assert path.stat().st_size == 0


def test_a_damaged_index_is_found_and_every_write_is_refused(
    newsroom_file: Path, backups: list[Path]
) -> None:
    corrupt_index(newsroom_file)
    before = _digest(newsroom_file)
    room = open_newsroom(f"sqlite:///{newsroom_file}")
    try:
        stored = room.articles.get(1)  # by primary key: the table itself is whole
        report = room.check_integrity()
        assert report is not None and not report.ok
        assert report.newest_backup == backups[-1]
        assert any("Page" in problem for problem in report.problems), report.problems
        assert "\n" not in report.message()
        assert room.writes_refused
        with pytest.raises(DatabaseDamagedError, match="Nothing more is written to it"):
            room.articles.create(Article(headline="Written after the damage"))
        with pytest.raises(NewsdeskError) as refused:  # what the autosave shows, text kept
            room.articles.save(replace(stored, headline="Changed"))
        assert isinstance(refused.value, DatabaseDamagedError)
        assert str(backups[-1]) in str(refused.value)
    finally:
        room.close()
    assert _digest(newsroom_file) == before  # not one byte written


def test_a_whole_file_passes_and_stays_writable(newsroom_file: Path) -> None:
    with opened(f"sqlite:///{newsroom_file}") as room:
        report = room.check_integrity()
        assert report is not None and report.ok and report.problems == ()
        assert not room.writes_refused
        room.articles.create(Article(headline="Still writable"))


def test_a_database_server_has_nothing_to_check(database_url: str) -> None:
    with opened(database_url) as room:
        report = room.check_integrity()
        if database_url.startswith("sqlite"):
            assert report is not None and report.ok
        else:
            assert report is None and not room.writes_refused


def test_opening_the_backup_keeps_the_damaged_file_aside(
    newsroom_file: Path, backups: list[Path]
) -> None:
    corrupt_index(newsroom_file)
    damaged = _digest(newsroom_file)
    url = f"sqlite:///{newsroom_file}"
    aside = open_backup_instead(url, backups[-1])
    assert aside.name.startswith("newsroom.damaged-") and aside.suffix == ".sqlite3"
    assert _digest(aside) == damaged
    assert _digest(newsroom_file) == _digest(backups[-1])
    assert backups[-1].is_file()  # the backup itself stays, for another try
    with opened(url) as room:
        report = room.check_integrity()
        assert report is not None and report.ok
        assert len(room.articles.page(DESK_QUERY, 0, 100)) == 60


RESTORE = (
    "import sys\n"
    "from pathlib import Path\n"
    "from newsdesk.services.newsroom import open_backup_instead\n"
    "open_backup_instead(sys.argv[1], Path(sys.argv[2]))\n"
)


@pytest.mark.parametrize("step", ["restore-copied", "restore-aside"])
def test_a_restore_killed_half_way_leaves_a_newsroom_in_place(
    newsroom_file: Path, backups: list[Path], step: str
) -> None:
    """Never no file at all: SQLite would make a new, empty newsroom of the missing name."""
    corrupt_index(newsroom_file)
    damaged = _digest(newsroom_file)
    url = f"sqlite:///{newsroom_file}"
    env = {**os.environ, ENV_KILL_AT: step}
    done = subprocess.run([sys.executable, "-c", RESTORE, url, str(backups[-1])], env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert _digest(newsroom_file) == damaged  # still the damaged file, as it was
    open_backup_instead(url, backups[-1])  # the user's next try finishes the job
    assert _digest(newsroom_file) == _digest(backups[-1])
    with opened(url) as room:
        assert len(room.articles.page(DESK_QUERY, 0, 100)) == 60


@pytest.mark.parametrize("command", [["list"], ["search", "Story"], ["export", "--all"]])
def test_the_command_line_refuses_a_damaged_file_in_one_line(
    capsys: pytest.CaptureFixture[str], newsroom_file: Path, backups: list[Path],
    tmp_path: Path, command: list[str],
) -> None:
    corrupt_index(newsroom_file)
    before = _digest(newsroom_file)
    extra = ["--out", str(tmp_path / "out")] if command[0] == "export" else []
    code = main(["--database", str(newsroom_file), *command, *extra])
    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"error: the newsroom {newsroom_file} is damaged (")
    assert str(backups[-1]) in err
    assert not (tmp_path / "out").exists()
    assert _digest(newsroom_file) == before


def test_the_command_line_refuses_an_empty_file_in_one_line(
    capsys: pytest.CaptureFixture[str], newsroom_file: Path, backups: list[Path]
) -> None:
    truncate(newsroom_file)
    code = main(["--database", str(newsroom_file), "list"])
    _, err = capsys.readouterr()
    assert code == 1 and err.count("\n") == 1
    assert "is empty (0 bytes)" in err and str(backups[-1]) in err
    assert newsroom_file.stat().st_size == 0


def test_the_backup_api_copy_is_a_whole_newsroom(newsroom_file: Path) -> None:
    backup = make_backup(newsroom_file)
    connection = sqlite3.connect(backup)
    try:
        assert connection.execute("PRAGMA quick_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM articles").fetchone() == (60,)
    finally:
        connection.close()
