"""Alembic environment: runs on the engine the application hands over (never from an ini)."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Engine

from newsdesk.db import models  # noqa: F401  (registers every table on Base.metadata)
from newsdesk.db.base import Base
from newsdesk.db.search_schema import is_search_object

target_metadata = Base.metadata


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave out the full-text search objects that only one backend has (FTS5, tsvector)."""
    return not is_search_object(name, type_)


def run_migrations() -> None:
    engine: Engine = context.config.attributes["engine"]
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
            include_object=include_object,
            compare_type=True,
        )
        context.run_migrations()


run_migrations()
