"""Bring any database to the current schema with Alembic, backing up SQLite files first."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from newsdesk.db.errors import DatabaseUnavailableError
from newsdesk.db.schema_version import SCHEMA_HEAD

if TYPE_CHECKING:
    from alembic.config import Config


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


def backup_sqlite_file(engine: Engine) -> Path | None:
    """Copy a SQLite file beside itself with a dated name before its schema changes."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    path = Path(database)
    if not path.exists() or path.stat().st_size == 0:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.stem}.backup-{stamp}{path.suffix}")
    # Fold the WAL into the main file first so the copy is complete on its own.
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy2(path, backup)
    return backup


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


def upgrade_to_head(engine: Engine) -> Path | None:
    """Upgrade when needed; returns the backup made (if any) so the caller can say so."""
    if stored_revision(engine) == SCHEMA_HEAD:
        return None  # the common start-up: nothing to migrate, Alembic never imported
    if not needs_upgrade(engine):
        return None
    stored = current_revision(engine)
    if stored is not None and not _known_revision(engine, stored):
        # Migrating "up" from a revision this release never had would fail half-way, after
        # a backup: refuse at once, and say what to do.
        raise DatabaseUnavailableError(
            f"this database was last opened by a newer Newsdesk (schema {stored}); this "
            f"release knows schemas up to {SCHEMA_HEAD}. Update Newsdesk to open it."
        )
    backup = backup_sqlite_file(engine) if stored is not None else None
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
    return backup
