"""Opening a newsroom: engine, migrations and every service, in one place for GUI and CLI."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from newsdesk.db.engine import describe, make_engine, missing_sqlite_file
from newsdesk.db.errors import DatabaseUnavailableError
from newsdesk.db.migrate import upgrade_to_head
from newsdesk.db.uow import UnitOfWorkFactory, unit_of_work_factory
from newsdesk.services.articles import ArticleService
from newsdesk.services.authors import AuthorService
from newsdesk.services.house import HouseService
from newsdesk.services.ignored_words import IgnoredWordsService
from newsdesk.services.sources import SourceService

if TYPE_CHECKING:
    from newsdesk.services.importer import ImportService


@dataclass
class Newsroom:
    """The services of one database; the UI and the CLI hold this, never a session."""

    engine: Engine
    uow: UnitOfWorkFactory
    articles: ArticleService
    authors: AuthorService
    sources: SourceService
    house: HouseService
    ignored_words: IgnoredWordsService
    backup: Path | None = None

    @cached_property
    def importer(self) -> ImportService:
        """Built on first use: its YAML parser is not needed to open the window."""
        from newsdesk.services.importer import ImportService

        return ImportService(self.uow)

    @property
    def name(self) -> str:
        return describe(self.engine)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def open_newsroom(
    database_url: str, *, migrate: bool = True, must_exist: bool = False
) -> Newsroom:
    """Connect, upgrade the schema to head (backing up a SQLite file first) and wire services.

    ``must_exist``: refuse a SQLite file that is not there instead of starting a new, empty
    newsroom (a mistyped path must not look like a newsroom without stories).

    Raises ``DatabaseUnavailableError`` with a message for the user when the database cannot
    be opened.
    """
    missing = missing_sqlite_file(database_url) if must_exist else None
    if missing is not None:
        raise DatabaseUnavailableError(
            f"there is no newsroom at {missing}; check the path, or start one with "
            "'newsdesk demo' or 'newsdesk import'"
        )
    engine = make_engine(database_url)
    backup = upgrade_to_head(engine) if migrate else None
    uow = unit_of_work_factory(engine)
    return Newsroom(
        engine=engine,
        uow=uow,
        articles=ArticleService(uow),
        authors=AuthorService(uow),
        sources=SourceService(uow),
        house=HouseService(uow),
        ignored_words=IgnoredWordsService(uow),
        backup=backup,
    )
