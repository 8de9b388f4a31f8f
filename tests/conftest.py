"""Suite-wide fixtures: offscreen Qt, and the databases every database test runs on.

Every test that takes ``database_url`` (or anything built on it) runs twice: on SQLite and on a
real PostgreSQL server that this file starts for the session. In CI (``CI=true``) a server that
cannot start fails the run instead of skipping.
"""

from __future__ import annotations

import gc
import os
import shutil
import sqlite3
import time
import traceback
import uuid
import weakref
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.helpers.postgres import PostgresServer, PostgresUnavailableError, start_postgres

IN_CI = os.environ.get("CI", "").lower() == "true"
_state: dict[str, object] = {}


def _distributing(config: pytest.Config) -> bool:
    """This process hands the tests to pytest-xdist workers and runs none of them itself.

    Each worker starts its own PostgreSQL cluster (free port, own folder) and has its own
    tmp_path, recovery folder and settings, so workers share nothing but the machine.
    """
    return not hasattr(config, "workerinput") and getattr(config.option, "dist", "no") != "no"


def pytest_configure(config: pytest.Config) -> None:
    if _distributing(config):
        _state["postgres_error"] = "each xdist worker starts its own server"
        return
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
    if _distributing(config):
        return ["databases: sqlite, postgresql (a server in each xdist worker)"]
    return [f"databases: sqlite (postgresql unavailable: {_state.get('postgres_error')})"]


def _postgres() -> PostgresServer:
    server = _state.get("postgres")
    if not isinstance(server, PostgresServer):
        if IN_CI:
            pytest.fail(f"PostgreSQL unavailable in CI: {_state.get('postgres_error')}")
        pytest.skip(f"PostgreSQL unavailable: {_state.get('postgres_error')}")
    return server


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread() -> Iterator[None]:
    """Collect garbage between tests when the application switched automatic collection off.

    The task runner does that (newsdesk/ui/main_thread_gc.py: collection on worker threads
    could deadlock with Qt); without an event loop between tests nothing else would collect.
    """
    yield
    if not gc.isenabled():
        from newsdesk.ui.main_thread_gc import collect_due

        collect_due()


class _PsycopgConnections:
    """Every psycopg connection opened during the current test, with where it was opened.

    A connection still open once a test and its fixtures are done belongs to nobody: a
    newsroom closed while a task still held it, an engine never disposed. It used to be found
    by the garbage collector in some later test, whose run then failed on psycopg's
    ResourceWarning ("was deleted while still open"), far from the test that left it.
    Watching ``psycopg.connect`` (which SQLAlchemy's dialect and the change feed call) names
    the test and the line that opened it instead; a dict check per test, nothing more.
    """

    def __init__(self) -> None:
        self.opened: weakref.WeakKeyDictionary[Any, traceback.StackSummary] = (
            weakref.WeakKeyDictionary())
        """Each connection with the stack that opened it, read only when one is left open."""

    def install(self) -> None:
        try:
            import psycopg
        except ImportError:  # no PostgreSQL driver: nothing to watch
            return
        connect = psycopg.Connection.connect
        opened = self.opened

        def watched_connect(*args: Any, **kwargs: Any) -> Any:
            connection = connect(*args, **kwargs)
            opened[connection] = traceback.extract_stack()
            return connection

        psycopg.connect = watched_connect  # type: ignore[assignment]

    def left_open(self) -> list[str]:
        """Where each connection still open was opened (our frames, not pytest's nor a
        library's); they are closed here, so they are reported once."""
        found = []
        for connection, stack in list(self.opened.items()):
            if not connection.closed:
                ours = [frame for frame in stack[:-1]
                        if "site-packages" not in frame.filename
                        and not frame.filename.startswith("<")]
                found.append("".join(traceback.format_list(ours)))
                connection.close()
        self.opened.clear()
        return found


_psycopg_connections = _PsycopgConnections()
_psycopg_connections.install()


@pytest.fixture(autouse=True)
def _no_psycopg_connection_left_open() -> Iterator[None]:
    """Fail the test that leaves a PostgreSQL connection open (see _PsycopgConnections)."""
    _psycopg_connections.opened.clear()
    yield
    left = _psycopg_connections.left_open()
    if left:
        pytest.fail(f"{len(left)} psycopg connection(s) left open after the test (an engine "
                    "not disposed, or a newsroom closed while its work still held one); "
                    "opened at:\n" + "\n---\n".join(left), pytrace=False)


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


def _create_from_template(server: PostgresServer, name: str, template: str) -> None:
    """CREATE DATABASE … TEMPLATE, retried while the template's last session is still ending
    (PostgreSQL refuses to copy a database someone is connected to)."""
    import sqlalchemy as sa
    from sqlalchemy.exc import OperationalError

    admin = sa.create_engine(server.url(), isolation_level="AUTOCOMMIT")
    try:
        for attempt in range(50):
            try:
                with admin.connect() as connection:
                    connection.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
                return
            except OperationalError as exc:
                if "being accessed by other users" not in str(exc) or attempt == 49:
                    raise
                time.sleep(0.1)
    finally:
        admin.dispose()


@pytest.fixture(scope="session")
def _demo_templates(
    tmp_path_factory: pytest.TempPathFactory, _migrated_templates: dict[str, str]
) -> dict[str, str]:
    """The demo newsroom (``fill_demo_newsroom`` with its defaults) filled once per backend.

    Filling it took 2-8 s per test; a copy of a filled template takes a fraction of that.
    Built on first use only.
    """
    from newsdesk.services.demo import fill_demo_newsroom
    from tests.helpers.newsroom import opened

    templates: dict[str, str] = {}
    sqlite_file = tmp_path_factory.mktemp("demo-template") / "demo.sqlite3"
    shutil.copyfile(_migrated_templates["sqlite"], sqlite_file)
    with opened(f"sqlite:///{sqlite_file}") as room:
        fill_demo_newsroom(room.uow)
    with closing(sqlite3.connect(sqlite_file)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    templates["sqlite"] = str(sqlite_file)
    server = _state.get("postgres")
    if isinstance(server, PostgresServer) and "postgresql" in _migrated_templates:
        _create_from_template(server, "newsdesk_demo_template", _migrated_templates["postgresql"])
        with opened(server.url("newsdesk_demo_template")) as room:
            fill_demo_newsroom(room.uow)
        templates["postgresql"] = "newsdesk_demo_template"
    return templates


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, _migrated_templates: dict[str, str]
) -> Iterator[str]:
    """A fresh, migrated, empty newsroom database on each backend.

    A test that also asks for ``demo_database_url`` gets the demo newsroom here instead (the
    same database under both names), copied from its template rather than filled again.
    """
    templates = _migrated_templates
    if "demo_database_url" in request.fixturenames:
        templates = request.getfixturevalue("_demo_templates")
    if request.param == "sqlite":
        target = tmp_path / "newsroom.sqlite3"
        shutil.copyfile(templates["sqlite"], target)
        yield f"sqlite:///{target}"
        return
    server = _postgres()
    import sqlalchemy as sa

    name = f"t_{uuid.uuid4().hex[:12]}"
    _create_from_template(server, name, templates["postgresql"])
    admin = sa.create_engine(server.url(), isolation_level="AUTOCOMMIT")
    yield server.url(name)
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


@pytest.fixture
def demo_database_url(database_url: str) -> str:
    """A fresh database on each backend holding the demo newsroom, as ``fill_demo_newsroom``
    with its defaults leaves it (see ``database_url``).

    It is a newsroom filled and closed: the first open of it rebuilds the translation
    memory from the demo's pairs, as any reopened demo does. A test that fills the room it
    then uses (memory still empty) keeps filling its own.
    """
    return database_url


@pytest.fixture
def postgres_server() -> PostgresServer:
    return _postgres()
