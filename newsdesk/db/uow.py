"""The unit of work: one session per user action, committed or rolled back as a whole."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import Self

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from newsdesk.db.repositories import (
    ArticleRepository,
    AuthorRepository,
    HouseRepository,
    IgnoredWordRepository,
    RevisionRepository,
    SourceRepository,
)
from newsdesk.db.search import SearchIndex


class UnitOfWork:
    """Opens a session on enter; anything not committed is rolled back on exit.

    Services do ``with self._uow() as uow: ...; uow.commit()`` so an import of one file, or
    a save of one story, is written whole or not at all.
    """

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def __enter__(self) -> Self:
        self.session = self._session_factory()
        self.search = SearchIndex(self.session)
        self.articles = ArticleRepository(self.session, self.search)
        self.authors = AuthorRepository(self.session)
        self.sources = SourceRepository(self.session)
        self.revisions = RevisionRepository(self.session)
        self.house = HouseRepository(self.session)
        self.ignored_words = IgnoredWordRepository(self.session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()

    def commit(self) -> None:
        self.session.commit()

    def flush(self) -> None:
        self.session.flush()


UnitOfWorkFactory = Callable[[], UnitOfWork]


def unit_of_work_factory(engine: Engine) -> UnitOfWorkFactory:
    sessions = sessionmaker(bind=engine, expire_on_commit=False)
    return lambda: UnitOfWork(sessions)
