"""A schema upgrade killed at any step leaves a newsroom that opens, with one backup.

Each test runs the real start-up (``open_newsroom``) in a subprocess on a newsroom made by an
older release (schema 0001, one story) and SIGKILLs it at a chosen step
(``newsdesk.db.kill_points``): while the backup is copied, before the upgrade, after each
migration inside the transaction, after the commit. Then it opens the file for real.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command

from newsdesk.__main__ import main
from newsdesk.db.engine import make_engine
from newsdesk.db.kill_points import ENV_KILL_AT
from newsdesk.db.migrate import alembic_config, current_revision, upgrade_to_head
from newsdesk.db.schema_version import SCHEMA_HEAD
from newsdesk.domain.query import ArticleQuery
from tests.helpers.newsroom import opened
from tests.helpers.postgres import PostgresServer

ROOT = Path(__file__).resolve().parents[3]
OLD = "0001"
MIGRATIONS = ["0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010"]
assert MIGRATIONS[-1] == SCHEMA_HEAD, "add the new migration to the kill points"
START = (
    "import sys\n"
    "from newsdesk.services.newsroom import open_newsroom\n"
    "room = open_newsroom(sys.argv[1])\n"
    "print('UPGRADE', room.upgrade, flush=True)\n"
    "room.close()\n"
)


def _old_newsroom(url: str) -> None:
    """A newsroom as release 0001 left it, with one story in it."""
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), OLD)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO articles (id, headline, deck, slug, body, language, status, "
            "dateline_city, dateline_country, dateline_state, dateline_agency, "
            "dateline_timezone, created_at, updated_at, version) VALUES (1, 'Old story', '', "
            "'old-story', 'Written before the upgrade.', 'en', 'draft', '', '', '', '', '', "
            "'2025-12-01 10:00:00', '2025-12-01 10:00:00', 1)")
        connection.exec_driver_sql(
            "INSERT INTO article_search (article_id, document) "
            "VALUES (1, 'Old story\nWritten before the upgrade.')")
    engine.dispose()


def _start(url: str, kill_at: str | None) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != ENV_KILL_AT}
    if kill_at is not None:
        env[ENV_KILL_AT] = kill_at
    return subprocess.run([sys.executable, "-c", START, url], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)


def _killed(url: str, step: str) -> None:
    done = _start(url, step)
    assert done.returncode == -signal.SIGKILL, done.stdout + done.stderr


def _assert_opens_with_the_story(url: str) -> None:
    with opened(url) as room:
        assert current_revision(room.engine) == SCHEMA_HEAD
        stories = room.articles.page(ArticleQuery(text="before"), 0, 10)
        assert [story.headline for story in stories] == ["Old story"]


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "newsroom.sqlite3"
    _old_newsroom(f"sqlite:///{path}")
    return path


def _revision(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


@pytest.mark.parametrize("step", ["backup", "marked", *MIGRATIONS])
def test_a_sqlite_upgrade_killed_before_its_commit_changes_nothing(
    old_file: Path, step: str
) -> None:
    url = f"sqlite:///{old_file}"
    _killed(url, step)
    assert _revision(old_file) == OLD  # the killed transaction left no trace ...
    connection = sqlite3.connect(old_file)
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    assert "article_ignored_words" not in tables  # ... not even the first migration's table
    _assert_opens_with_the_story(url)
    backups = list(old_file.parent.glob("newsroom.backup-*"))
    assert len(backups) == 1 and backups[0].suffix == ".sqlite3", backups
    assert _revision(backups[0]) == OLD
    assert list(old_file.parent.glob("*.partial")) == []
    assert list(old_file.parent.glob("*.upgrading")) == []


def test_several_killed_attempts_make_one_backup_and_the_next_start_reports_it(
    old_file: Path,
) -> None:
    url = f"sqlite:///{old_file}"
    for step in ["marked", *MIGRATIONS]:
        _killed(url, step)
    backups = list(old_file.parent.glob("newsroom.backup-*"))
    assert len(backups) == 1, backups
    done = _start(url, None)
    assert done.returncode == 0, done.stderr
    assert f"from_revision='{OLD}', to_revision='{SCHEMA_HEAD}'" in done.stdout
    assert str(backups[0]) in done.stdout
    assert list(old_file.parent.glob("newsroom.backup-*")) == backups
    _assert_opens_with_the_story(url)
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT headline FROM articles").fetchall() == [("Old story",)]
    copy.close()


def test_a_start_killed_after_the_commit_is_reported_by_the_next(old_file: Path) -> None:
    url = f"sqlite:///{old_file}"
    _killed(url, "committed")
    assert _revision(old_file) == SCHEMA_HEAD
    with opened(url) as room:
        upgrade = room.upgrade
        assert upgrade is not None
        assert (upgrade.from_revision, upgrade.to_revision) == (OLD, SCHEMA_HEAD)
        assert upgrade.backup is not None and upgrade.backup.is_file()
    with opened(url) as room:
        assert room.upgrade is None  # said once
    _assert_opens_with_the_story(url)


def test_a_new_upgrade_after_a_finished_one_makes_its_own_backup(old_file: Path) -> None:
    """The marker belongs to one from-revision: an upgrade from 0002 gets a new copy."""
    url = f"sqlite:///{old_file}"
    _killed(url, "marked")
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), "0002")  # an older release finished it its way
    first = upgrade_to_head(engine)
    engine.dispose()
    assert first is not None and first.from_revision == "0002"
    assert len(list(old_file.parent.glob("newsroom.backup-*"))) == 2
    assert first.backup is not None and _revision(first.backup) == "0002"


@pytest.fixture
def old_postgres(postgres_server: PostgresServer) -> Iterator[str]:
    name = f"old_{uuid.uuid4().hex[:12]}"
    url = postgres_server.create_database(name)
    _old_newsroom(url)
    yield url
    admin = sa.create_engine(postgres_server.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


@pytest.mark.postgresql
@pytest.mark.parametrize("step", MIGRATIONS)
def test_a_postgresql_upgrade_killed_at_any_migration_changes_nothing(
    old_postgres: str, step: str
) -> None:
    _killed(old_postgres, step)
    engine = make_engine(old_postgres)
    assert current_revision(engine) == OLD
    assert not sa.inspect(engine).has_table("article_ignored_words")
    engine.dispose()
    _assert_opens_with_the_story(old_postgres)


@pytest.mark.postgresql
def test_a_postgresql_upgrade_says_what_it_did(old_postgres: str) -> None:
    with opened(old_postgres) as room:
        upgrade = room.upgrade
        assert upgrade is not None
        assert (upgrade.from_revision, upgrade.to_revision, upgrade.backup) == (
            OLD, SCHEMA_HEAD, None)
        assert upgrade.message().startswith(
            f"the newsroom 127.0.0.1/{old_postgres.rsplit('/', 1)[1]} was upgraded from "
            f"schema {OLD} to {SCHEMA_HEAD} in one transaction")


def test_the_command_line_says_what_it_upgraded_and_where_the_copy_is(
    capsys: pytest.CaptureFixture[str], old_file: Path
) -> None:
    assert main(["--database", str(old_file), "list"]) == 0
    out, err = capsys.readouterr()
    (backup,) = old_file.parent.glob("newsroom.backup-*")
    assert err == (f"note: the newsroom newsroom.sqlite3 was upgraded from schema {OLD} to "
                   f"{SCHEMA_HEAD}; a copy of it as it was is at {backup}\n")
    assert "Old story" in out
