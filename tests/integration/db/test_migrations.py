"""Migrations: models and Alembic agree, upgrades are idempotent, SQLite files are backed up."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from newsdesk.db.base import Base
from newsdesk.db.engine import make_engine
from newsdesk.db.errors import DatabaseUnavailableError
from newsdesk.db.migrate import alembic_config, current_revision, head_revision, upgrade_to_head
from newsdesk.db.schema_version import SCHEMA_HEAD
from newsdesk.db.search_schema import is_search_object
from newsdesk.domain.query import ArticleQuery
from tests.helpers.newsroom import opened


def test_models_and_migrations_do_not_drift(database_url: str) -> None:
    """Fails when someone changes a model without writing the migration for it."""
    engine = make_engine(database_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "include_object": lambda obj, name, type_, reflected, other: (
                    not is_search_object(name, type_)
                ),
            },
        )
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_fresh_database_is_at_head_with_search_objects(database_url: str) -> None:
    engine = make_engine(database_url)
    assert current_revision(engine) == head_revision(engine)
    inspector = inspect(engine)
    tables = set(inspector.get_table_names())
    assert {"articles", "authors", "sources", "citations", "revisions", "house_words"} <= tables
    if engine.dialect.name == "sqlite":
        assert "article_fts" in tables
    else:
        columns = {c["name"] for c in inspector.get_columns("article_search")}
        assert "tsv" in columns
    engine.dispose()


def test_schema_head_constant_matches_the_newest_migration(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'h.sqlite3'}")
    assert head_revision(engine) == SCHEMA_HEAD
    engine.dispose()


def test_upgrade_twice_changes_nothing_and_makes_no_backup(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'n.sqlite3'}")
    assert upgrade_to_head(engine) is None  # a new file: nothing to back up
    assert upgrade_to_head(engine) is None
    assert list(tmp_path.glob("*.backup-*")) == []
    engine.dispose()


def test_existing_sqlite_file_is_backed_up_before_an_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "n.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO house_settings (key, value) VALUES ('outlet_name', '\"Kept\"')"
        )
    command.downgrade(alembic_config(engine), "0002")  # as an older release left it
    engine.dispose()
    engine = make_engine(f"sqlite:///{path}")
    upgrade = upgrade_to_head(engine)
    assert upgrade is not None
    assert (upgrade.from_revision, upgrade.to_revision) == ("0002", SCHEMA_HEAD)
    backup = upgrade.backup
    assert backup is not None and backup.name.startswith("n.backup-")
    assert current_revision(engine) == SCHEMA_HEAD
    assert upgrade.message() == (
        f"the newsroom n.sqlite3 was upgraded from schema 0002 to {SCHEMA_HEAD}; a copy of it "
        f"as it was is at {backup}")
    assert list(tmp_path.glob("*.upgrading")) == []  # the marker goes once the upgrade is in
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)
    assert copy.execute("SELECT value FROM house_settings").fetchone() == ('"Kept"',)
    copy.close()
    engine.dispose()


def test_a_database_from_a_newer_release_is_refused_before_any_backup(tmp_path: Path) -> None:
    path = tmp_path / "n.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    engine.dispose()
    engine = make_engine(f"sqlite:///{path}")
    with pytest.raises(DatabaseUnavailableError, match=r"newer Newsdesk \(schema 9999\)"):
        upgrade_to_head(engine)
    assert list(tmp_path.glob("*.backup-*")) == []  # nothing written for a start that failed
    engine.dispose()


def test_sqlite_pragmas_are_on(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    engine.dispose()


def test_a_file_that_is_not_a_database_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("# not a database\n" * 100)
    with pytest.raises(DatabaseUnavailableError, match=r"story\.md is not a SQLite database"):
        make_engine(f"sqlite:///{path}")


def test_an_unreachable_server_gets_a_clear_message() -> None:
    with pytest.raises(DatabaseUnavailableError, match="cannot open the database"):
        make_engine("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")


def test_a_malformed_url_gets_a_clear_message() -> None:
    with pytest.raises(DatabaseUnavailableError, match="not a database URL"):
        make_engine("postgresql://user@host:notaport/db")


def test_upgrading_folds_yo_in_the_stored_search_documents(tmp_path: Path) -> None:
    """A newsroom made before 0003 finds its old "Ёлки" story when someone types "елки"."""
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), "0002")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO articles (id, headline, deck, slug, body, language, status, "
            "dateline_city, dateline_country, dateline_state, dateline_agency, "
            "dateline_timezone, created_at, updated_at, version) VALUES (1, 'Ёлки', '', "
            "'yolki', 'Ёлки подорожали.', 'ru', 'draft', '', '', '', '', '', "
            "'2025-12-01 10:00:00', '2025-12-01 10:00:00', 1)")
        connection.exec_driver_sql(
            "INSERT INTO article_search (article_id, document) "
            "VALUES (1, 'Ёлки\nЁлки подорожали.')")
    engine.dispose()
    with opened(url) as room:
        found = room.articles.page(ArticleQuery(text="елки"), 0, 10)
        assert [story.headline for story in found] == ["Ёлки"]


def test_upgrading_drops_link_targets_from_the_stored_search_documents(tmp_path: Path) -> None:
    """Made before 0004, a story citing ``source:kazinform`` no longer matches "source"."""
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), "0003")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO articles (id, headline, deck, slug, body, language, status, "
            "dateline_city, dateline_country, dateline_state, dateline_agency, "
            "dateline_timezone, created_at, updated_at, version) VALUES (1, 'Water deal', '', "
            "'water', 'Signed, [Kazinform reported](source:kazinform).', 'en', 'draft', '', "
            "'', '', '', '', '2025-12-01 10:00:00', '2025-12-01 10:00:00', 1)")
        connection.exec_driver_sql(
            "INSERT INTO article_search (article_id, document) VALUES "
            "(1, 'Water deal\nSigned, [Kazinform reported](source:kazinform).')")
    engine.dispose()
    with opened(url) as room:
        assert room.articles.page(ArticleQuery(text="source"), 0, 10) == []
        found = room.articles.page(ArticleQuery(text="Kazinform reported"), 0, 10)
        assert [story.headline for story in found] == ["Water deal"]
