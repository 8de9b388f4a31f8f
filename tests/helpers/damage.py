"""Damage a real newsroom file the way disks and interrupted copies do."""

from __future__ import annotations

import sqlite3
from pathlib import Path

DESK_INDEX = "ix_articles_updated_at"
"""The index the story list walks: damage here is met by the desk, the CLI list and saves."""


def checkpoint(path: Path) -> None:
    """Fold the ``-wal`` into the file, so what is damaged next is what SQLite reads."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def corrupt_index(path: Path, index: str = DESK_INDEX) -> None:
    """Overwrite the root page of ``index`` with garbage (the table's rows stay readable)."""
    checkpoint(path)
    connection = sqlite3.connect(path)
    try:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        found = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND name = ?", (index,)
        ).fetchone()
    finally:
        connection.close()
    assert found is not None, f"no index {index} in {path}"
    with path.open("r+b") as handle:
        handle.seek((found[0] - 1) * page_size)
        handle.write(b"\xde\xad\xbe\xef" * (page_size // 4))


def truncate(path: Path) -> None:
    """Cut the file to 0 bytes, as a full disk or an interrupted copy leaves it."""
    checkpoint(path)
    for companion in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        companion.unlink(missing_ok=True)
    path.write_bytes(b"")
