"""Copies kept beside a SQLite newsroom file: dated backups, the upgrade marker, damaged files.

Everything here lives in the newsroom's own folder, named after it, so a user who looks there
finds ``newsroom.backup-20260301-091500.sqlite3`` next to ``newsroom.sqlite3`` and knows what
it is without reading a manual:

- ``newsroom.backup-YYYYMMDD-HHMMSS.sqlite3``: the file as it was before a schema upgrade.
- ``newsroom.damaged-YYYYMMDD-HHMMSS.sqlite3``: a damaged file moved aside when the user chose
  to open the newest backup instead (kept, never deleted: it may still hold the last words).
  A ``….sqlite3.partial`` beside the newsroom is a copy that a killed restore left unused.
- ``newsroom.sqlite3.upgrading``: present only while an upgrade runs. It names the backup made
  for it, so a start after a killed upgrade reuses that backup instead of making another.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from newsdesk.db.kill_points import kill_point

BACKUP = "backup"
DAMAGED = "damaged"
_PARTIAL = ".partial"
_MARKER = ".upgrading"
_STAMP = re.compile(r"^\d{8}-\d{6}(?:-\d+)?$")


def sqlite_path(engine: Engine) -> Path | None:
    """The file a SQLite engine works on; ``None`` for PostgreSQL or an in-memory database."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    if database.startswith("file:"):  # a URI filename (``?mode=ro&uri=true``)
        database = database.removeprefix("file:").split("?", 1)[0]
    return Path(database)


def dated_name(path: Path, kind: str, now: datetime | None = None) -> Path:
    """``newsroom.<kind>-YYYYMMDD-HHMMSS.sqlite3`` beside ``path``, never an existing file."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.{kind}-{stamp}{path.suffix}")
    number = 2
    while candidate.exists() or _partial(candidate).exists():
        # Two in one second (a test, a quick retry): a suffix keeps both, in order.
        candidate = path.with_name(f"{path.stem}.{kind}-{stamp}-{number}{path.suffix}")
        number += 1
    return candidate


def backups_of(path: Path) -> list[Path]:
    """The finished backups of ``path``, newest first (the name's stamp orders them)."""
    prefix = f"{path.stem}.{BACKUP}-"
    found = []
    for candidate in path.parent.glob(f"{glob_escape(prefix)}*{glob_escape(path.suffix)}"):
        stamp = candidate.name[len(prefix):len(candidate.name) - len(path.suffix)]
        if _STAMP.match(stamp) and candidate.is_file():
            found.append((_stamp_key(stamp), candidate))
    return [candidate for _key, candidate in sorted(found, reverse=True)]


def newest_backup(path: Path) -> Path | None:
    backups = backups_of(path)
    return backups[0] if backups else None


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def _stamp_key(stamp: str) -> tuple[str, int]:
    base, _, number = stamp[:15], stamp[15:16], stamp[16:]
    return base, int(number) if number else 1


def _partial(path: Path) -> Path:
    return path.with_name(path.name + _PARTIAL)


def make_backup(path: Path) -> Path:
    """Copy ``path`` to a new dated backup beside it, whole or not at all.

    SQLite's online backup copies a consistent snapshot even while the window or another
    program has the file open (a plain file copy could catch half a write, or miss what is
    still in the ``-wal`` file). It writes to ``….partial`` first and renames when complete,
    so a kill mid-copy never leaves something that looks like a finished backup.
    """
    backup = dated_name(path, BACKUP)
    partial = _partial(backup)
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    kill_point("backup")
    _sync(partial)
    os.replace(partial, backup)
    return backup


def remove_partial_backups(path: Path) -> None:
    """Delete half-made backups that a killed start left behind."""
    prefix = f"{path.stem}.{BACKUP}-"
    for leftover in path.parent.glob(f"{glob_escape(prefix)}*{_PARTIAL}"):
        leftover.unlink(missing_ok=True)


def _sync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


@dataclass(frozen=True)
class UpgradeMarker:
    """An upgrade that began and has not been seen to finish: from where, and its backup."""

    from_revision: str
    to_revision: str
    backup: Path | None


def marker_path(path: Path) -> Path:
    return path.with_name(path.name + _MARKER)


def write_marker(path: Path, marker: UpgradeMarker) -> None:
    """Record (atomically) that an upgrade of ``path`` starts, and which backup belongs to it."""
    target = marker_path(path)
    partial = _partial(target)
    partial.write_text(json.dumps({
        "from": marker.from_revision,
        "to": marker.to_revision,
        "backup": marker.backup.name if marker.backup else None,
    }), encoding="utf-8")
    _sync(partial)
    os.replace(partial, target)


def read_marker(path: Path) -> UpgradeMarker | None:
    """The marker an unfinished (or unreported) upgrade left, or ``None`` if there is none."""
    try:
        data = json.loads(marker_path(path).read_text(encoding="utf-8"))
        backup = data.get("backup")
        return UpgradeMarker(str(data["from"]), str(data["to"]),
                             path.with_name(backup) if backup else None)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # absent, or half-written by a killed start: as if there were none


def clear_marker(path: Path) -> None:
    marker_path(path).unlink(missing_ok=True)
    _partial(marker_path(path)).unlink(missing_ok=True)


def restore_backup(backup: Path, path: Path) -> Path:
    """Put the damaged ``path`` aside as ``….damaged-YYYYMMDD-HHMMSS.sqlite3`` and copy
    ``backup`` into its place; returns where the damaged file went (the backup stays).

    Killed at any step, ``path`` holds either the damaged file or the whole copy, never
    nothing (SQLite would take a missing file for a new, empty newsroom): the copy is made
    beside it first, the damaged file gets its second name by a hard link, and one rename
    puts the copy in place. Its ``-wal`` and ``-shm`` go along with it before that rename:
    left in place, SQLite would replay the damaged file's log into the restored copy.
    """
    if not backup.is_file():
        raise FileNotFoundError(backup)
    partial = _partial(path)
    shutil.copyfile(backup, partial)
    _sync(partial)
    kill_point("restore-copied")
    aside = dated_name(path, DAMAGED)
    if path.exists():
        try:
            os.link(path, aside)
        except OSError:  # a file system without hard links (FAT, some shares)
            shutil.copy2(path, aside)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, aside.with_name(aside.name + suffix))
    kill_point("restore-aside")
    os.replace(partial, path)
    return aside
