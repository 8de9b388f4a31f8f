"""Database failures reach services' callers as our own errors, with words that say what to do.

Real faults only: a SQLite file locked by another connection, opened read-only or made
immutable, damaged on disk; a PostgreSQL server cut off behind a proxy, in read-only mode, or
holding a lock. Each write that fails is checked to have left nothing half-written.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from newsdesk.db.failures import translate
from newsdesk.domain.article import Article
from newsdesk.domain.errors import (
    ConflictError,
    DatabaseBusyError,
    DatabaseDamagedError,
    DatabaseOfflineError,
    DatabaseReadOnlyError,
    StorageError,
)
from newsdesk.domain.people import Author
from newsdesk.domain.query import ArticleQuery
from newsdesk.services.newsroom import Newsroom, open_newsroom
from tests.helpers.busy_timeout import short_busy_timeout
from tests.helpers.newsroom import opened
from tests.helpers.postgres import PostgresServer
from tests.helpers.storage_faults import (
    checkpoint,
    damage,
    drop_postgres_database,
    immutable,
    postgres_database,
    read_only_url,
    sqlite_copy,
    write_locked,
)
from tests.helpers.tcp_proxy import TcpProxy

STORY = Article(headline="Bishkek raises electricity tariffs", body="Prices rise in May.")


@pytest.fixture
def sqlite_file(tmp_path: Path, _migrated_templates: dict[str, str]) -> Path:
    """A newsroom file with one story in it, its WAL folded in."""
    path = tmp_path / "newsroom.sqlite3"
    with opened(sqlite_copy(_migrated_templates["sqlite"], path)) as room:
        room.articles.create(STORY)
    checkpoint(path)
    return path


@pytest.fixture
def pg_url(postgres_server: PostgresServer, _migrated_templates: dict[str, str]) -> Iterator[str]:
    url = postgres_database(postgres_server)
    yield url
    drop_postgres_database(postgres_server, url)


def _only_story(room: Newsroom) -> Article:
    [summary] = room.articles.page(ArticleQuery(), 0, 10)
    return room.articles.get(summary.id)


# -- SQLite -------------------------------------------------------------------------------
def test_a_write_to_a_locked_file_is_busy_and_writes_nothing(sqlite_file: Path) -> None:
    with short_busy_timeout(), opened(f"sqlite:///{sqlite_file}") as room:
        story = _only_story(room)
        with write_locked(sqlite_file):
            assert room.articles.get(story.id or 0).body == "Prices rise in May."  # reads go on
            with pytest.raises(DatabaseBusyError) as caught:  # after SQLite's busy timeout
                room.articles.save(replace(story, body="Prices rise in June."))
        assert caught.value.retryable
        assert str(caught.value).startswith(f"the newsroom {sqlite_file} is busy: another program")
        assert "database is locked" in str(caught.value)
        assert isinstance(caught.value.__cause__, DBAPIError)  # the log keeps the driver's
        after = room.articles.get(story.id or 0)
        assert (after.body, after.version) == ("Prices rise in May.", story.version)
        saved = room.articles.save(replace(story, body="Prices rise in June."))  # lock gone
        assert saved.version == story.version + 1


def test_a_read_only_url_reads_and_refuses_writes(sqlite_file: Path) -> None:
    with opened(read_only_url(sqlite_file)) as room:
        story = _only_story(room)
        with pytest.raises(DatabaseReadOnlyError) as caught:
            room.authors.create(Author(name="Aigul Sadykova"))
        with pytest.raises(DatabaseReadOnlyError):
            room.articles.save(replace(story, body="Prices rise in June."))
    assert str(caught.value) == (
        f"the newsroom {sqlite_file} can be read but not written (attempt to write a readonly "
        "database); ask whoever manages it, or pick another file"
    )
    assert not (Path.cwd() / "file:").exists()  # the URI's "file:" is not a folder
    with opened(f"sqlite:///{sqlite_file}") as room:
        assert room.authors.all() == []
        assert _only_story(room).body == "Prices rise in May."


def test_an_immutable_file_reads_and_refuses_writes(sqlite_file: Path) -> None:
    with immutable(sqlite_file), opened(f"sqlite:///{sqlite_file}") as room:
        story = _only_story(room)
        with pytest.raises(DatabaseReadOnlyError):
            room.articles.save(replace(story, body="Prices rise in June."))
        assert room.articles.get(story.id or 0).body == "Prices rise in May."


def test_a_damaged_file_says_so_and_offers_the_backup(sqlite_file: Path) -> None:
    damage(sqlite_file)
    with opened(f"sqlite:///{sqlite_file}") as room:
        for read in (
            lambda: room.articles.page(ArticleQuery(), 0, 10),
            lambda: room.authors.all(),
            lambda: room.house.export_words("en"),
            lambda: list(room.articles.iter_bundles()),
        ):
            with pytest.raises(DatabaseDamagedError) as caught:
                read()
            message = str(caught.value)
            assert message.startswith(f"the newsroom {sqlite_file} is damaged (")
            assert "restore the newest backup (a newsroom.backup-… file beside it)" in message
            assert not caught.value.retryable


# -- a colleague's save between our version check and our write ---------------------------
def test_a_save_landing_between_check_and_write_is_a_conflict(database_url: str) -> None:
    """The race of issue 11: StaleDataError from the flush, not only from the commit."""
    with opened(database_url) as room, opened(database_url) as colleague:
        story = room.articles.create(STORY)
        fired: list[bool] = []

        def colleague_saves_first(session: Session, *_: Any) -> None:
            if fired:
                return
            fired.append(True)  # before the colleague's own flush comes through here
            colleague.articles.save(replace(story, body="The colleague's text."))

        event.listen(Session, "before_flush", colleague_saves_first)
        try:
            with pytest.raises(ConflictError) as caught:
                room.articles.save(replace(story, body="My text."))
        finally:
            event.remove(Session, "before_flush", colleague_saves_first)
        assert fired
        assert "was saved elsewhere at the same time" in str(caught.value)
        assert isinstance(caught.value.__cause__, StaleDataError)
        stored = room.articles.get(story.id or 0)
        assert (stored.body, stored.version) == ("The colleague's text.", story.version + 1)


def test_stale_data_anywhere_in_a_unit_of_work_is_a_conflict(database_url: str) -> None:
    """A service without its own handling still refuses instead of raising StaleDataError."""
    with opened(database_url) as room:
        story = room.articles.create(STORY)
        with pytest.raises(ConflictError) as caught, room.uow() as uow:
            row = uow.articles.get(story.id or 0)
            assert row is not None
            uow.session.execute(
                sa.text("UPDATE articles SET version = version + 1 WHERE id = :id"),
                {"id": row.id},
            )
            row.body = "Changed under a stale version"
            uow.flush()
        assert "someone else saved the same record" in str(caught.value)


def test_unique_clash_is_a_conflict_and_other_driver_errors_are_storage_errors(
    database_url: str,
) -> None:
    with opened(database_url) as room:
        room.authors.create(Author(name="Aigul Sadykova"))
        with pytest.raises(ConflictError), room.uow() as uow:
            columns = ("name, slug, roles, bio, email, phone, photo, photo_mime, languages, links, "
                       "active, created_at, updated_at")
            uow.session.execute(sa.text(  # a second author with the first one's slug
                f"INSERT INTO authors ({columns}) SELECT {columns} FROM authors"
            ))
        with pytest.raises(StorageError) as caught, room.uow() as uow:
            uow.session.execute(sa.text("SELECT no_such_column FROM authors"))
        assert type(caught.value) is StorageError
        assert "could not do what was asked" in str(caught.value)


# -- PostgreSQL ---------------------------------------------------------------------------
@pytest.mark.postgresql
def test_postgres_gone_is_offline_and_back_again(
    postgres_server: PostgresServer, pg_url: str
) -> None:
    with TcpProxy(postgres_server.port) as proxy:
        room = open_newsroom(proxy.url_for(pg_url))
        try:
            story = room.articles.create(STORY)
            proxy.pause()
            with pytest.raises(DatabaseOfflineError) as caught:
                room.articles.page(ArticleQuery(), 0, 10)
            assert caught.value.retryable
            assert str(caught.value).startswith(
                f"the database server of {pg_url.rsplit('/', 1)[1]} on 127.0.0.1:{proxy.port} "
                "cannot be reached ("
            )
            with pytest.raises(DatabaseOfflineError):
                room.articles.save(replace(story, body="Written while the server was gone."))
            proxy.resume()
            assert _only_story(room).body == "Prices rise in May."  # the pool reconnects
        finally:
            room.close()


@pytest.mark.postgresql
@pytest.mark.parametrize("cut_at", [b"INTO article_tags", b"UPDATE articles", b"UPDATE article_search", b"COMMIT"])
def test_postgres_cut_mid_save_leaves_the_story_whole(
    postgres_server: PostgresServer, pg_url: str, cut_at: bytes
) -> None:
    with TcpProxy(postgres_server.port) as proxy:
        room = open_newsroom(proxy.url_for(pg_url))
        try:
            story = room.articles.create(replace(STORY, tags=("energy",)))
            proxy.cut_on(cut_at)
            with pytest.raises(DatabaseOfflineError):
                room.articles.save(replace(story, body="Half of a save.", tags=("tariffs",)))
            assert proxy.paused
            proxy.resume()
            stored = _only_story(room)
        finally:
            room.close()
    assert (stored.body, stored.tags, stored.version) == (
        "Prices rise in May.", ("energy",), story.version
    )


@pytest.mark.postgresql
def test_postgres_read_only_refuses_writes(postgres_server: PostgresServer, pg_url: str) -> None:
    name = sa.engine.make_url(pg_url).database
    admin = sa.create_engine(postgres_server.url(), isolation_level="AUTOCOMMIT")
    with opened(pg_url) as room:
        room.articles.create(STORY)
    with admin.connect() as connection:
        connection.exec_driver_sql(
            f'ALTER DATABASE "{name}" SET default_transaction_read_only = on'
        )
    admin.dispose()
    with opened(pg_url) as room:
        story = _only_story(room)
        with pytest.raises(DatabaseReadOnlyError) as caught:
            room.articles.save(replace(story, body="Prices rise in June."))
    assert "can be read but not written (cannot execute UPDATE in a read-only transaction)" in (
        str(caught.value)
    )


@pytest.mark.postgresql
def test_postgres_lock_wait_is_busy(postgres_server: PostgresServer, pg_url: str) -> None:
    name = sa.engine.make_url(pg_url).database
    admin = sa.create_engine(postgres_server.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"ALTER DATABASE \"{name}\" SET lock_timeout = '200ms'")
    admin.dispose()
    holder = sa.create_engine(pg_url)
    with opened(pg_url) as room:
        story = room.articles.create(STORY)
        with holder.connect() as connection:
            connection.exec_driver_sql("LOCK TABLE articles IN ACCESS EXCLUSIVE MODE")
            with pytest.raises(DatabaseBusyError) as caught:
                room.articles.save(replace(story, body="Prices rise in June."))
            connection.rollback()
        assert "lock timeout" in str(caught.value)
        assert room.articles.save(replace(story, body="Prices rise in June.")).version == 2
    holder.dispose()


def test_translate_needs_no_live_database_for_its_words() -> None:
    conflict = translate(StaleDataError("UPDATE matched 0 rows"), "newsroom.sqlite3")
    assert isinstance(conflict, ConflictError)
    assert "in newsroom.sqlite3" in str(conflict)


def test_a_ping_on_a_connection_the_server_dropped_is_offline_and_retried() -> None:
    """SQLAlchemy's pool pings a pooled connection before use; when the server has just
    dropped it, psycopg refuses to put the broken connection back to autocommit and that
    ProgrammingError is what arrives, raised while handling the socket's error. It must read
    as the server gone (retried by the desk), not as a failure nobody can retry: seen in
    the presence test under load, where the desk then never saved again."""
    import psycopg

    try:
        try:
            raise psycopg.OperationalError("connection socket closed")
        except psycopg.OperationalError:
            raise psycopg.ProgrammingError(  # noqa: B904 (raised so by the driver)
                "can't change 'autocommit' now: connection in transaction status ACTIVE")
    except psycopg.ProgrammingError as driver_error:
        failure = DBAPIError.instance("SELECT 1", {}, driver_error, psycopg.Error)
    gone = translate(failure, "newsroom on 127.0.0.1")
    assert isinstance(gone, DatabaseOfflineError) and gone.retryable
    # A refused statement with no connection trouble behind it stays a plain storage error.
    try:
        raise psycopg.ProgrammingError("the query has 2 placeholders but 1 parameters")
    except psycopg.ProgrammingError as driver_error:
        refused = DBAPIError.instance("SELECT %s, %s", {}, driver_error, psycopg.Error)
    assert type(translate(refused, "newsroom")) is StorageError
