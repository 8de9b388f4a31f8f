"""The README's first Quick start command, run for real: set up, fill the demo newsroom, open.

(The second command is the one running this suite.) The window runs offscreen and quits once
its story list has painted, so the test sees everything a new user's first start does.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _start(tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",
        "NEWSDESK_EXIT_WHEN_READY": "1",
    }
    env.pop("NEWSDESK_DATABASE_URL", None)
    return subprocess.run(
        ["./scripts/start"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900,
        check=False,
    )


def test_start_sets_up_fills_the_demo_newsroom_and_opens_the_window(tmp_path: Path) -> None:
    first = _start(tmp_path)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "NEWSDESK_READY" in first.stdout
    assert "demo newsroom ready" in first.stdout
    database = tmp_path / "data" / "newsdesk" / "newsroom.sqlite3"
    with sqlite3.connect(database) as connection:
        stories = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert stories >= 12

    # Running it again is quick and changes nothing: the same stories, no second demo.
    second = _start(tmp_path)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "NEWSDESK_READY" in second.stdout and "demo newsroom ready" not in second.stdout
    assert "installing" not in second.stdout
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT count(*) FROM articles").fetchone()[0] == stories
