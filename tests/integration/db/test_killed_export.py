"""An export SIGKILLed half-way leaves the newsroom sound and only whole pages in its folder.

The real command line exports a newsroom of a hundred-odd stories to HTML in a subprocess and
is killed once some pages are written; then the newsroom passes its integrity check (SQLite)
or opens (PostgreSQL), every page in the folder is a whole page, and the next export into the
same folder finishes with every story.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy.engine import make_url

from newsdesk.db.engine import make_engine
from newsdesk.db.uow import unit_of_work_factory
from newsdesk.domain.query import ArticleQuery
from newsdesk.services.demo import fill_demo_newsroom
from tests.helpers.newsroom import opened

ROOT = Path(__file__).resolve().parents[3]
GENERATED = 120


def _export(url: str, out: Path) -> subprocess.Popen[bytes]:
    # One process: render workers that outlive a killed export are another matter (the
    # soak in benchmarks/soak_crash.py counts them); here the files are the point.
    env = {**os.environ, "NEWSDESK_EXPORT_WORKERS": "0"}
    return subprocess.Popen(
        [sys.executable, "-m", "newsdesk", "--database", url, "export", "--all",
         "--format", "html", "--authors", "--out", str(out)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _pages(out: Path) -> list[Path]:
    return [path for path in out.rglob("*.html") if not path.name.startswith(".")]


def _whole(page: Path) -> bool:
    text = page.read_text(encoding="utf-8").rstrip()
    return text.startswith("<!DOCTYPE html>") and text.endswith("</html>")


def test_an_export_killed_half_way_leaves_only_whole_pages(
    database_url: str, tmp_path: Path
) -> None:
    engine = make_engine(database_url)
    fill_demo_newsroom(unit_of_work_factory(engine), articles=GENERATED)
    engine.dispose()
    with opened(database_url) as room:
        stories = room.articles.count(ArticleQuery())
    out = tmp_path / "site"

    process = _export(database_url, out)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if out.is_dir() and len(_pages(out)) >= 10:
            break
        time.sleep(0.005)
    assert process.poll() is None, "the export finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    assert process.wait(30) == -signal.SIGKILL
    assert process.stderr is not None
    process.stderr.close()

    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        connection = sqlite3.connect(url.database or "")
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        connection.close()
    with opened(database_url) as room:
        assert room.articles.count(ArticleQuery()) == stories
    written = _pages(out)
    assert 10 <= len(written) < stories  # killed half-way: no index page yet
    assert not (out / "index.html").exists()
    assert [page for page in written if not _whole(page)] == []

    again = _export(database_url, out)
    _, errors = again.communicate(timeout=120)
    assert again.returncode == 0, errors
    pages = [page for page in _pages(out) if page.parent == out]
    assert len(pages) == stories + 1  # every story and the index
    assert [page for page in _pages(out) if not _whole(page)] == []
