"""Suite-wide fixtures: offscreen Qt, and the databases every database test runs on.

Every test that takes ``database_url`` (or anything built on it) runs twice: on SQLite and on a
real PostgreSQL server that this file starts for the session. In CI (``CI=true``) a server that
cannot start fails the run instead of skipping.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.helpers.postgres import PostgresServer, PostgresUnavailableError, start_postgres

IN_CI = os.environ.get("CI", "").lower() == "true"
_state: dict[str, object] = {}


def pytest_configure(config: pytest.Config) -> None:
    if config.option.collectonly or (
        os.environ.get("NEWSDESK_TEST_NO_POSTGRES") == "1" and not IN_CI
    ):
        _state["postgres_error"] = "disabled by NEWSDESK_TEST_NO_POSTGRES=1"
        return
    try:
        _state["postgres"] = start_postgres()
    except PostgresUnavailableError as exc:
        if IN_CI:
            raise pytest.UsageError(f"CI needs PostgreSQL and it did not start: {exc}") from exc
        _state["postgres_error"] = str(exc)


def pytest_unconfigure(config: pytest.Config) -> None:
    server = _state.pop("postgres", None)
    if isinstance(server, PostgresServer):
        server.stop()


def pytest_report_header(config: pytest.Config) -> list[str]:
    if "postgres" in _state:
        return ["databases: sqlite, postgresql"]
    return [f"databases: sqlite (postgresql unavailable: {_state.get('postgres_error')})"]


def _postgres() -> PostgresServer:
    server = _state.get("postgres")
    if not isinstance(server, PostgresServer):
        if IN_CI:
            pytest.fail(f"PostgreSQL unavailable in CI: {_state.get('postgres_error')}")
        pytest.skip(f"PostgreSQL unavailable: {_state.get('postgres_error')}")
    return server


@pytest.fixture(autouse=True)
def recovery_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The recovery journal of every test lives in its tmp_path, never in the user's folder."""
    folder = tmp_path / "recovery"
    monkeypatch.setenv("NEWSDESK_RECOVERY_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def _migrated_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Migrate once per backend; each test then gets a cheap copy of the migrated database."""
    from newsdesk.db.engine import make_engine
    from newsdesk.db.migrate import upgrade_to_head

    templates: dict[str, str] = {}
    sqlite_file = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = make_engine(f"sqlite:///{sqlite_file}")
    upgrade_to_head(engine)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    templates["sqlite"] = str(sqlite_file)
    server = _state.get("postgres")
    if isinstance(server, PostgresServer):
        url = server.create_database("newsdesk_template")
        engine = make_engine(url)
        upgrade_to_head(engine)
        engine.dispose()
        templates["postgresql"] = "newsdesk_template"
    return templates


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, _migrated_templates: dict[str, str]
) -> Iterator[str]:
    """A fresh, migrated, empty newsroom database on each backend."""
    if request.param == "sqlite":
        target = tmp_path / "newsroom.sqlite3"
        shutil.copyfile(_migrated_templates["sqlite"], target)
        yield f"sqlite:///{target}"
        return
    server = _postgres()
    import sqlalchemy as sa

    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(server.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE newsdesk_template')
    yield server.url(name)
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


@pytest.fixture
def postgres_server() -> PostgresServer:
    return _postgres()
