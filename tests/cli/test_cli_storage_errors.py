"""Every command family on a locked, read-only, damaged or unreachable database: one line, exit 1.

Reading commands go on where the database still reads (a locked or read-only file); a write
that cannot happen says why and what to do in one line, never with a traceback, and leaves
nothing half-written behind.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk.__main__ import main
from newsdesk.domain.article import Article, BylineEntry
from newsdesk.domain.people import Author
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

STORY = """---
headline: Osh opens a new bus station
slug: osh-bus-station
language: en
authors: [Nurbek Toktogulov]
---
The station serves routes to Bishkek and Jalal-Abad.
"""

READS: dict[str, tuple[str, ...]] = {
    "list": ("list",),
    "search": ("search", "tariffs"),
    "export": ("export", "--all", "--out", "{out}"),
    "authors": ("authors", "list"),
    "dictionary": ("dictionary", "list"),
}
WRITES: dict[str, tuple[str, ...]] = {
    "import": ("import", "{story}"),
    "authors": ("authors", "add", "Aigul Sadykova"),
    "dictionary": ("dictionary", "add", "Aigul"),
}
EVERY = [*(("read", name) for name in READS), *(("write", name) for name in WRITES)]


def _args(kind: str, name: str, tmp_path: Path) -> list[str]:
    story = tmp_path / "osh.md"
    story.write_text(STORY, encoding="utf-8")
    template = (READS if kind == "read" else WRITES)[name]
    return [part.format(out=tmp_path / "out", story=story) for part in template]


def _run(capsys: pytest.CaptureFixture[str], url: str, args: list[str]) -> tuple[int, str, str]:
    code = main(["--database", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def _one_line_error(err: str, *words: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("error: "), err
    assert "Traceback" not in err and "sqlalchemy" not in err.lower(), err
    for word in words:
        assert word in lines[0], err
    return lines[0]


def _seed(url: str) -> None:
    """One story by one author, one house word: something for every reading command."""
    with opened(url) as room:
        author = room.authors.create(Author(name="Dana Ermekova"))
        room.articles.create(Article(
            headline="Bishkek raises electricity tariffs",
            body="The tariffs rise in May.",
            byline=(BylineEntry(author.name, author_id=author.id),),
        ))
        room.house.add_word("en", "Ermekova")


def _nothing_written(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The refused writes left no trace: no story, author or word of theirs."""
    code, out, _ = _run(capsys, url, ["list"])
    assert code == 0 and "osh-bus-station" not in out and "tariffs" in out
    code, out, _ = _run(capsys, url, ["authors", "list"])
    assert code == 0 and "Aigul" not in out and "Nurbek" not in out and "Dana" in out
    code, out, _ = _run(capsys, url, ["dictionary", "list"])
    assert code == 0 and out.split() == ["Ermekova"]


@pytest.fixture
def newsroom_file(tmp_path: Path, _migrated_templates: dict[str, str]) -> Path:
    path = tmp_path / "newsroom.sqlite3"
    _seed(sqlite_copy(_migrated_templates["sqlite"], path))
    checkpoint(path)
    return path


# -- SQLite -------------------------------------------------------------------------------
def test_locked_file_reads_and_refuses_writes_in_one_line(
    capsys: pytest.CaptureFixture[str], newsroom_file: Path, tmp_path: Path
) -> None:
    url = f"sqlite:///{newsroom_file}"
    with write_locked(newsroom_file):
        for name in READS:
            code, out, err = _run(capsys, url, _args("read", name, tmp_path))
            assert (code, err) == (0, ""), (name, err)
            assert out.strip(), name  # the story, the author, the word, the export line
        for name in WRITES:  # each waits out SQLite's busy timeout first (short here)
            code, _, err = _run(capsys, url, _args("write", name, tmp_path))
            assert code == 1, name
            _one_line_error(err, f"the newsroom {newsroom_file} is busy", "database is locked")
    _nothing_written(url, capsys)


@pytest.mark.parametrize("how", ["mode=ro URL", "immutable file"])
def test_read_only_newsroom_reads_and_refuses_writes_in_one_line(
    capsys: pytest.CaptureFixture[str], newsroom_file: Path, tmp_path: Path, how: str
) -> None:
    if how == "mode=ro URL":
        url, guard = read_only_url(newsroom_file), None
    else:
        url, guard = f"sqlite:///{newsroom_file}", immutable(newsroom_file)
    if guard is not None:
        guard.__enter__()
    try:
        for name in READS:
            code, _, err = _run(capsys, url, _args("read", name, tmp_path))
            assert (code, err) == (0, ""), (name, err)
        for name in WRITES:
            code, _, err = _run(capsys, url, _args("write", name, tmp_path))
            assert code == 1, name
            _one_line_error(err, "can be read but not written",
                            "ask whoever manages it, or pick another file")
    finally:
        if guard is not None:
            guard.__exit__(None, None, None)
    _nothing_written(f"sqlite:///{newsroom_file}", capsys)


@pytest.mark.parametrize(("kind", "name"), EVERY)
def test_damaged_file_is_one_line_for_every_command(
    capsys: pytest.CaptureFixture[str], newsroom_file: Path, tmp_path: Path, kind: str, name: str
) -> None:
    damage(newsroom_file)
    code, _, err = _run(capsys, f"sqlite:///{newsroom_file}", _args(kind, name, tmp_path))
    assert code == 1
    _one_line_error(err, "damaged", "backup")


# -- PostgreSQL ---------------------------------------------------------------------------
@pytest.fixture
def pg_url(postgres_server: PostgresServer, _migrated_templates: dict[str, str]) -> Iterator[str]:
    url = postgres_database(postgres_server)
    _seed(url)
    yield url
    drop_postgres_database(postgres_server, url)


@pytest.fixture
def proxy(postgres_server: PostgresServer) -> Iterator[TcpProxy]:
    with TcpProxy(postgres_server.port) as running:
        yield running


@pytest.mark.postgresql
def test_postgres_stopped_is_one_line_for_every_command(
    capsys: pytest.CaptureFixture[str], pg_url: str, proxy: TcpProxy, tmp_path: Path
) -> None:
    proxy.pause()
    for kind, name in EVERY:
        code, _, err = _run(capsys, proxy.url_for(pg_url), _args(kind, name, tmp_path))
        assert code == 1, name
        _one_line_error(err, "cannot", "Connection refused")
    proxy.resume()
    _nothing_written(proxy.url_for(pg_url), capsys)


# The statement at which the server goes away, for each command: in the middle of its work.
CUTS: dict[tuple[str, str], bytes] = {
    ("read", "list"): b"FROM articles",
    ("read", "search"): b"to_tsquery",
    ("read", "export"): b"FROM articles",
    ("read", "authors"): b"FROM authors",
    ("read", "dictionary"): b"FROM house_words",
    ("write", "import"): b"INSERT INTO articles",
    ("write", "authors"): b"INSERT INTO authors",
    ("write", "dictionary"): b"INSERT INTO house_words",
}


@pytest.mark.postgresql
@pytest.mark.parametrize(("kind", "name"), list(CUTS))
def test_postgres_gone_mid_command_is_one_line_and_writes_nothing(
    capsys: pytest.CaptureFixture[str],
    pg_url: str,
    proxy: TcpProxy,
    tmp_path: Path,
    kind: str,
    name: str,
) -> None:
    proxy.cut_on(CUTS[kind, name])
    code, _, err = _run(capsys, proxy.url_for(pg_url), _args(kind, name, tmp_path))
    assert proxy.paused, "the command never sent the statement it was to be cut at"
    assert code == 1
    _one_line_error(err, "the database server of", "cannot be reached", "check the network")
    proxy.resume()
    _nothing_written(pg_url, capsys)
