"""Fixtures for the desk session's tests: a real newsroom, and an editor without widgets.

The stand-in editor is the part of ``ArticleEditor`` the session relies on, kept as plain
data: the session is tested against the real services (SQLite and PostgreSQL) with no
window at all, as the issue asks.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from newsdesk.domain.article import Article, Status
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.recovery_journal import RecoveryJournal
from newsdesk.ui.desk_session import DeskSession
from tests.helpers.desk import wait_idle
from tests.ui.conftest import ui_newsroom


class PlainEditor(QObject):
    """An editor that holds a story as data: ``type()`` is the user typing."""

    edited = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.article = Article(headline="")
        self.loads: list[Article | None] = []

    def load(self, article: Article | None) -> None:
        self.article = article or Article(headline="")
        self.loads.append(article)

    def current_article(self) -> Article:
        return self.article

    def mark_saved(self, article: Article) -> None:
        self.article = replace(self.article, id=article.id, version=article.version,
                               created_at=article.created_at, updated_at=article.updated_at,
                               published_at=article.published_at, status=article.status)

    def set_status(self, status: Status) -> None:
        self.article = replace(self.article, status=status)

    def type(self, *, headline: str | None = None, more: str = "") -> None:
        """The user changes the headline and/or adds ``more`` to the body."""
        if headline is not None:
            self.article = replace(self.article, headline=headline)
        self.article = replace(self.article, body=self.article.body + more)
        self.edited.emit()


@contextmanager
def row_locked(newsroom: Newsroom, article_id: int) -> Iterator[None]:
    """A colleague's transaction holds the story's row (a write lock on SQLite) until exit:
    a slow newsroom, as far as the session can tell."""
    with newsroom.uow() as uow:
        uow.session.execute(text("UPDATE articles SET headline = headline WHERE id = :id"),
                            {"id": article_id})
        yield
        # Left without commit: the unit of work rolls back and the lock goes.


@pytest.fixture
def newsroom(database_url: str) -> Iterator[Newsroom]:
    with ui_newsroom(database_url) as room:
        yield room


@pytest.fixture
def editor() -> PlainEditor:
    return PlainEditor()


@pytest.fixture
def journal(newsroom: Newsroom, recovery_dir: Path) -> RecoveryJournal:
    return RecoveryJournal(recovery_dir, newsroom.house.newsroom_id())


@pytest.fixture
def session(qtbot: QtBot, newsroom: Newsroom, editor: PlainEditor,
            journal: RecoveryJournal) -> Iterator[DeskSession]:
    desk = DeskSession(newsroom.articles, editor, journal=journal)
    yield desk
    wait_idle(qtbot, desk)  # the last command's outcome lands before the newsroom closes
    desk.finish()
