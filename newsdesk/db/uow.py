"""The unit of work: one session per user action, committed or rolled back as a whole."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import Self

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import sessionmaker
from sqlalchemy.orm.exc import StaleDataError

import newsdesk.db.change_notify
import newsdesk.db.search_sync  # noqa: F401  (listens on NewsroomSession)
from newsdesk.db.failures import Where, database_label, translate
from newsdesk.db.glossary_repository import GlossaryRepository
from newsdesk.db.memory_repository import MemoryRepository
from newsdesk.db.repositories import (
    ArticleRepository,
    AuthorRepository,
    HouseRepository,
    IgnoredWordRepository,
    RevisionRepository,
    SourceRepository,
)
from newsdesk.db.search import SearchIndex
from newsdesk.db.segment_repository import SegmentRepository
from newsdesk.db.session import NewsroomSession
from newsdesk.domain.errors import wording


class UnitOfWork:
    """Opens a session on enter; anything not committed is rolled back on exit.

    Services do ``with self._uow() as uow: ...; uow.commit()`` so an import of one file, or
    a save of one story, is written whole or not at all.

    A database failure leaving the ``with`` block (from a query, a flush or the commit) leaves
    it as one of our own errors (``newsdesk.db.failures``): every service gets plain words for
    a locked, read-only, damaged or unreachable database without remembering to ask.
    ``where`` names the database in those words.
    """

    def __init__(self, session_factory: sessionmaker[NewsroomSession], where: Where = "") -> None:
        # Sessions are NewsroomSessions (unit_of_work_factory): every flush keeps the search
        # index true and every commit tells colleagues' windows what it changed
        # (newsdesk.db.search_sync, newsdesk.db.change_notify listen on that class).
        self._session_factory = session_factory
        self._where = where or _label_of(session_factory)

    def __enter__(self) -> Self:
        self.session = self._session_factory()
        self.search = SearchIndex(self.session)
        self.articles = ArticleRepository(self.session, self.search)
        self.authors = AuthorRepository(self.session)
        self.sources = SourceRepository(self.session)
        self.revisions = RevisionRepository(self.session)
        self.house = HouseRepository(self.session)
        self.ignored_words = IgnoredWordRepository(self.session)
        self.memory = MemoryRepository(self.session)
        self.glossary = GlossaryRepository(self.session)
        self.segments = SegmentRepository(self.session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            try:
                self.session.rollback()
            finally:
                self.session.close()
        except (DBAPIError, StaleDataError) as failure:
            # The connection died with the work (a server gone, a file gone). The exception
            # that ended the block, if any, says more and goes on; otherwise this one does.
            if exc is None:
                raise translate(failure, self._where) from failure
        if isinstance(exc, DBAPIError | StaleDataError):
            raise translate(exc, self._where) from exc

    def commit(self) -> None:
        self.session.commit()

    def flush(self) -> None:
        self.session.flush()


UnitOfWorkFactory = Callable[[], UnitOfWork]


def _label_of(sessions: sessionmaker[NewsroomSession]) -> Where:
    bind = sessions.kw.get("bind")
    return (database_label(bind.url) if isinstance(bind, Engine)
            else wording("the newsroom database"))


def unit_of_work_factory(engine: Engine) -> UnitOfWorkFactory:
    sessions = sessionmaker(bind=engine, class_=NewsroomSession, expire_on_commit=False)
    where = database_label(engine.url)
    return lambda: UnitOfWork(sessions, where)
