"""Letters typed on the desk while its save travels are on disk before the cell even opens: a
desk SIGKILLed then has them in its recovery journal, offered back at the next start, with the
paragraph whose save was on its way (SQLite and PostgreSQL)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

from newsdesk.services.newsroom import open_newsroom
from newsdesk.services.recovery import recovery_offers
from newsdesk.services.recovery_journal import RecoveryJournal
from tests.helpers.desk_typeahead_window import CONFIRMED, LETTERS, ROW, RU_SLUG

REPO = Path(__file__).resolve().parents[3]


def test_a_desk_killed_with_letters_kept_while_it_saved_has_them_in_its_journal(
    demo_database_url: str, tmp_path: Path
) -> None:
    room = open_newsroom(demo_database_url)
    try:
        before = room.articles.get_by_slug(RU_SLUG)
    finally:
        room.close()
    folder = tmp_path / "journal"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.desk_typeahead_window", demo_database_url,
         str(folder)], cwd=REPO, env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    lines: list[str] = []
    # Bounds a hang only (a desk that never journals the letters): killed, its stdout ends.
    watchdog = threading.Timer(60, process.kill)
    watchdog.start()
    try:
        while not {"kept", "saving"} <= set(lines):  # journalled, the save on its way
            line = process.stdout.readline()
            assert line, f"the desk ended before the letters were journalled: {lines}"
            lines.append(line.strip())
    finally:
        watchdog.cancel()
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        process.stdout.close()
    assert "typed" in lines, lines
    [translation_id] = [int(line.split()[1]) for line in lines if line.startswith("ready ")]

    room = open_newsroom(demo_database_url)
    try:
        assert room.articles.get_by_slug(RU_SLUG) == before  # the save never landed
        journal = RecoveryJournal(folder, room.house.newsroom_id())
        entry = journal.read(f"desk-{translation_id}")
        assert entry is not None
        paragraphs = entry.article.body.split("\n\n")
        body_row = ROW - 2  # after the headline and deck rows
        assert paragraphs[body_row] == CONFIRMED
        below = before.body.split("\n\n")[body_row + 1]
        assert paragraphs[body_row + 1] == f"{below}{LETTERS}"
        review = recovery_offers(journal, room.articles)
        assert [offer.mine.id for offer in review.offers] == [translation_id]
    finally:
        room.close()
