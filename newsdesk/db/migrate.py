"""Bring any database to the current schema with Alembic, whole or not at all.

An upgrade runs in ONE transaction (``migrations/env.py``): a kill or a failure at any point
leaves the database exactly as it was, and the next start simply tries again. A SQLite file is
first copied to a dated backup beside it; the ``.upgrading`` marker (``newsdesk.db.backups``)
names that backup, so a retry after a killed attempt reuses it instead of adding one copy of
the newsroom per attempt.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from newsdesk.db.backups import (
    UpgradeMarker,
    clear_marker,
    make_backup,
    read_marker,
    remove_partial_backups,
    sqlite_path,
    write_marker,
)
from newsdesk.db.engine import describe
from newsdesk.db.errors import DatabaseUnavailableError
from newsdesk.db.kill_points import kill_point
from newsdesk.db.schema_version import SCHEMA_HEAD
from newsdesk.domain.errors import wording

if TYPE_CHECKING:
    from alembic.config import Config


@dataclass(frozen=True)
class SchemaUpgrade:
    """What an upgrade did, so the window and the command line can tell the user."""

    database: str
    """The database's short name (a file name, or ``host/dbname``)."""
    from_revision: str
    to_revision: str
    backup: Path | None
    """The copy made before the upgrade (SQLite); ``None`` for PostgreSQL."""

    def message(self) -> str:
        done = (f"the newsroom {self.database} was upgraded from schema {self.from_revision} "
                f"to {self.to_revision}")
        if self.backup is not None:
            return f"{done}; a copy of it as it was is at {self.backup}"
        return (f"{done} in one transaction; Newsdesk keeps no copy of a database on a "
                "server, so keep your own backups (pg_dump)")


def alembic_config(engine: Engine) -> Config:
    """An Alembic config that points at the migrations shipped inside the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(files("newsdesk.db") / "migrations"))
    config.attributes["engine"] = engine
    return config


def head_revision(engine: Engine) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision(engine)


def _known_revision(engine: Engine, revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    script = ScriptDirectory.from_config(alembic_config(engine))
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def stored_revision(engine: Engine) -> str | None:
    """The revision recorded in the database, read with plain SQL (no Alembic import)."""
    if not inspect(engine).has_table("alembic_version"):
        return None
    with engine.connect() as connection:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_to_head(engine: Engine) -> SchemaUpgrade | None:
    """Upgrade when needed; returns what was done (``None``: nothing, or a new database)."""
    path = sqlite_path(engine)
    if stored_revision(engine) == SCHEMA_HEAD:
        # The common start-up: nothing to migrate, Alembic never imported. A marker here
        # means the last start was killed after its upgrade committed: say so now.
        return _finished_before(engine, path) if path is not None else None
    if not needs_upgrade(engine):
        return None
    stored = current_revision(engine)
    if stored is not None and not _known_revision(engine, stored):
        # Migrating "up" from a revision this release never had would fail half-way, after
        # a backup: refuse at once, and say what to do.
        raise DatabaseUnavailableError(wording(
            "this database was last opened by a newer Newsdesk (schema {stored}); this "
            "release knows schemas up to {head}. Update Newsdesk to open it.",
            stored=stored, head=SCHEMA_HEAD))
    head = head_revision(engine) or SCHEMA_HEAD
    backup = _backup_for(path, stored, head) if path is not None and stored else None
    from alembic import command

    command.upgrade(alembic_config(engine), "head")  # one transaction: see migrations/env.py
    kill_point("committed")
    if path is not None:
        clear_marker(path)
    if stored is None:
        return None  # a new database was made: nothing was "upgraded"
    return SchemaUpgrade(describe(engine), stored, head, backup)


def _backup_for(path: Path, stored: str, head: str) -> Path | None:
    """The backup for upgrading ``path`` from ``stored``: the one a killed attempt made for
    the same revision, or a new one. The marker is written only once the copy is whole."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    remove_partial_backups(path)
    marker = read_marker(path)
    if (marker is not None and marker.from_revision == stored and marker.backup is not None
            and marker.backup.is_file()):
        return marker.backup
    backup = make_backup(path)
    write_marker(path, UpgradeMarker(stored, head, backup))
    kill_point("marked")
    return backup


def _finished_before(engine: Engine, path: Path) -> SchemaUpgrade | None:
    marker = read_marker(path)
    if marker is None:
        return None
    clear_marker(path)
    return SchemaUpgrade(describe(engine), marker.from_revision, SCHEMA_HEAD, marker.backup)

