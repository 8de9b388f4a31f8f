"""Real storage faults for tests: a SQLite file locked, made read-only or damaged, a newsroom per test.

Each does to the file what the world does (another program's write transaction, an
immutable file, garbage over pages), so the code under test meets the driver's real errors.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from tests.helpers.busy_timeout import short_busy_timeout
from tests.helpers.postgres import PostgresServer


@contextmanager
def write_locked(path: Path) -> Iterator[sqlite3.Connection]:
    """Another program holds a write transaction on ``path`` (``BEGIN IMMEDIATE``) meanwhile.

    Readers still read (WAL); a writer waits out SQLite's busy timeout, then gets SQLITE_BUSY.
    Newsrooms opened meanwhile wait a short timeout (tests/helpers/busy_timeout.py), not 5 s.
    """
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        with short_busy_timeout():
            yield holder
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@contextmanager
def table_gone(path: Path, table: str) -> Iterator[None]:
    """``table`` renamed away under the SQLite file at ``path`` meanwhile, so every read of it
    fails as in a damaged or half-upgraded newsroom; renamed back afterwards."""
    with closing(sqlite3.connect(path)) as raw, raw:
        raw.execute(f"ALTER TABLE {table} RENAME TO {table}_gone")
    try:
        yield
    finally:
        with closing(sqlite3.connect(path)) as raw, raw:
            raw.execute(f"ALTER TABLE {table}_gone RENAME TO {table}")


@contextmanager
def immutable(path: Path) -> Iterator[Path]:
    """``chattr +i`` on ``path``: even root cannot write it (chmod does not stop root).

    Skips the test where the filesystem or the user cannot set the flag (tmpfs, overlayfs
    without CAP_LINUX_IMMUTABLE).
    """
    flag = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True, check=False)
    if flag.returncode != 0:
        if os.environ.get("CI", "").lower() == "true":  # CI skips nothing: the test fails
            pytest.fail(f"chattr +i must work in CI: {flag.stderr.strip()}")
        pytest.skip(f"chattr +i is not available here: {flag.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def read_only_url(path: Path) -> str:
    """The URL that opens ``path`` read-only in SQLite itself (``mode=ro``)."""
    return f"sqlite:///file:{path}?mode=ro&uri=true"


def checkpoint(path: Path) -> None:
    """Fold the WAL into the file so damage to the file's pages is damage to the newsroom."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


_SPARED = frozenset({"sqlite_schema", "sqlite_master", "alembic_version",
                     "sqlite_autoindex_alembic_version_1"})


def damage(path: Path, *, seed: int = 11) -> list[int]:
    """Overwrite every page of the newsroom's tables with garbage; returns their numbers.

    The schema (page 1 and its overflow) and ``alembic_version`` are spared, so the file
    still opens and says which schema it has: the damage is met only when stories, authors
    or words are read, as with a bad sector in the middle of a real file.
    """
    checkpoint(path)
    with sqlite3.connect(path) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        rows = connection.execute("SELECT name, pageno FROM dbstat").fetchall()
    connection.close()
    pages = sorted({page for name, page in rows if name not in _SPARED})
    garbage = random.Random(seed)
    with path.open("r+b") as file:
        for page in pages:
            file.seek((page - 1) * page_size)
            file.write(garbage.randbytes(page_size))
    return pages


def postgres_database(server: PostgresServer, template: str = "newsdesk_template") -> str:
    """A fresh migrated database on ``server`` (a copy of the session's template); its URL."""
    import sqlalchemy as sa

    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(server.url(), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE {template}')
    finally:
        admin.dispose()
    return server.url(name)


def drop_postgres_database(server: PostgresServer, url: str) -> None:
    import sqlalchemy as sa

    name = sa.engine.make_url(url).database
    admin = sa.create_engine(server.url(), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


def sqlite_copy(template: str, target: Path) -> str:
    """A fresh migrated SQLite newsroom at ``target`` (a copy of the session's template)."""
    shutil.copyfile(template, target)
    return f"sqlite:///{target}"
