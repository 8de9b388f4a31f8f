"""Where the newsroom lives: the database URL from the command line, the environment or default."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

ENV_DATABASE_URL = "NEWSDESK_DATABASE_URL"


def default_database_path() -> Path:
    return user_data_path("newsdesk", appauthor=False) / "newsroom.sqlite3"


@dataclass(frozen=True)
class Settings:
    """Start-up settings; everything newsroom-wide lives in the database instead."""

    database_url: str

    @classmethod
    def resolve(cls, database: str | None = None) -> Settings:
        """``--database`` beats ``NEWSDESK_DATABASE_URL``, which beats the per-user file."""
        url = database or os.environ.get(ENV_DATABASE_URL) or f"sqlite:///{default_database_path()}"
        return cls(database_url=url)


ENV_RECOVERY_DIR = "NEWSDESK_RECOVERY_DIR"


def recovery_folder() -> Path:
    """Where the recovery journal lives: the user's data folder, never the database's server."""
    override = os.environ.get(ENV_RECOVERY_DIR)
    if override:
        return Path(override)
    return user_data_path("newsdesk", appauthor=False) / "recovery"
