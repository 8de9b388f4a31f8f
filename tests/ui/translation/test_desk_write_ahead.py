"""The translators' desk writes the journal ahead of a cell's save: killed the moment the save
commits, the journal holds the stored cell (never an older draft offered back over it).

Before the fix the desk handed the cell to the journal's writer and saved at once: on a slow
disk the database commit came first, and a kill right after it left the paragraph's older
draft in the journal, offered at the next start as the translator's text over the newer
stored one.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from newsdesk.services.newsroom import open_newsroom
from newsdesk.services.recovery import recovery_offers
from newsdesk.services.recovery_journal import RecoveryJournal
from tests.helpers.desk_window import DRAFT, MORE, RU_SLUG

REPO = Path(__file__).resolve().parents[3]


def test_a_desk_killed_the_moment_its_cell_save_committed_has_the_cell_in_its_journal(
    demo_database_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "journal"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.run(
        [sys.executable, "-m", "tests.helpers.desk_window", demo_database_url, str(folder)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert process.returncode == -signal.SIGKILL, process.stderr[-2000:]
    lines = process.stdout.splitlines()
    assert lines[-1] == "saved", lines  # killed after the commit, before the desk heard
    [translation_id] = [int(line.split()[1]) for line in lines if line.startswith("ready ")]

    room = open_newsroom(demo_database_url)
    try:
        stored = room.articles.get_by_slug(RU_SLUG)
        assert stored.id == translation_id
        assert (DRAFT + MORE).strip() in stored.body  # the cell's save landed
        journal = RecoveryJournal(folder, room.house.newsroom_id())
        entry = journal.read(f"desk-{translation_id}")
        assert entry is not None, "the journal let go of text before the desk heard it stored"
        assert entry.article.body == stored.body, "the journal fell behind the stored cell"
        review = recovery_offers(journal, room.articles)
        assert review.offers == [] and review.already_saved == 1  # nothing older offered
        assert room.articles.get_by_slug(RU_SLUG) == stored
    finally:
        room.close()
