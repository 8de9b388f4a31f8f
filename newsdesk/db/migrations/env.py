"""Alembic environment: runs on the engine the application hands over (never from an ini).

Every pending migration and the version stamp run in ONE transaction, on SQLite too: a kill
or an error half-way leaves the database as it was, never a table without its version (which
made every later start fail with "table … already exists"). On SQLite that takes an explicit
``BEGIN``: Python's ``sqlite3`` module, left to itself, opens transactions only before
INSERT/UPDATE/DELETE, so each CREATE TABLE used to be committed on its own.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from alembic import context
from alembic.runtime.migration import MigrationContext, MigrationInfo
from sqlalchemy import Connection, Engine

from newsdesk.db import models  # noqa: F401  (registers every table on Base.metadata)
from newsdesk.db.base import Base
from newsdesk.db.kill_points import kill_point
from newsdesk.db.search_schema import is_search_object

target_metadata = Base.metadata


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave out the full-text search objects that only one backend has (FTS5, tsvector)."""
    return not is_search_object(name, type_)


@contextmanager
def one_transaction(connection: Connection) -> Iterator[None]:
    """Commit everything done inside at the end, or nothing (PostgreSQL and SQLite alike)."""
    driver = connection.connection.driver_connection
    if not isinstance(driver, sqlite3.Connection):
        with connection.begin():  # PostgreSQL: DDL is transactional as it is
            yield
        return
    legacy = driver.isolation_level
    # None: the module stops opening (and committing) transactions by itself; the BEGIN
    # below is then the only one, and SQLAlchemy's commit/rollback end it.
    driver.isolation_level = None
    try:
        with connection.begin():
            # IMMEDIATE takes the write lock now: a colleague's window writing meanwhile
            # waits (busy_timeout) instead of failing the upgrade half-way.
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            yield
    finally:
        driver.isolation_level = legacy


def _after_each_migration(
    ctx: MigrationContext, step: MigrationInfo, heads: Collection[Any],
    run_args: Mapping[str, Any],
) -> None:
    kill_point(step.up_revision_id or "")  # tests only: see newsdesk/db/kill_points.py


def run_migrations() -> None:
    engine: Engine = context.config.attributes["engine"]
    with engine.connect() as connection, one_transaction(connection):
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
            include_object=include_object,
            compare_type=True,
            transactional_ddl=True,  # true of SQLite too, inside the BEGIN above
            transaction_per_migration=False,
            on_version_apply=_after_each_migration,
        )
        with context.begin_transaction():  # inside ours: Alembic adds none of its own
            context.run_migrations()


run_migrations()
