"""The journal is never behind a stored text: a kill the moment a save commits loses no word.

Found by the crash soak: the journal was written 100 ms after a change, the save took the
editor as it was, so a save could store words the journal had not seen yet. Killed between
the commit and the journal's next write, the next start offered the journal's older text as
"mine", and Keep Mine dropped the words the save had stored.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from newsdesk.services.recovery_journal import RecoveryJournal, story_key
from tests.ui.shell.conftest import Desk, WindowFactory

REPO = Path(__file__).resolve().parents[3]


def _kill_right_after_a_save(url: str) -> tuple[int, list[str], list[str]]:
    """A real window types steadily and SIGKILLs itself the moment its first database save
    has committed: (story id, words typed before that save began, every word typed)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NEWSDESK_TEST_TRACE": "1",
           "NEWSDESK_TEST_STEADY": "1", "NEWSDESK_TEST_KILL_AFTER_SAVE": "1"}
    # The journal's clock (300 ms) lags the typing (a word every 40 ms), so the save always
    # takes words the journal's own clock has not written yet.
    process = subprocess.run(
        [sys.executable, "-m", "tests.helpers.typing_window", url, "--quiet-ms", "60000",
         "--max-wait-ms", "1200", "--journal-ms", "300"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert process.returncode == -signal.SIGKILL, process.stderr[-2000:]
    lines = process.stdout.splitlines()
    assert "saved" in lines, "killed after the commit, not before"
    [story_id] = [int(line.split()[1]) for line in lines if line.startswith("ready ")]
    before_save = lines[:lines.index("save-sent")]  # the save's snapshot took these
    typed_before = [line.split()[1] for line in before_save if line.startswith("typed ")]
    typed = [line.split()[1] for line in lines if line.startswith("typed ")]
    return story_id, typed_before, typed


def test_a_window_killed_the_moment_its_save_committed_offers_nothing_older(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot
) -> None:
    story_id, typed_before, typed = _kill_right_after_a_save(desk.url)
    stored = desk.newsroom.articles.get(story_id)
    assert len(typed_before) > 10
    assert all(word in stored.body for word in typed_before)  # the save landed in the database

    window = make_window(desk.newsroom)
    qtbot.waitUntil(lambda: window.recovery is not None and not window.recovery.reviewing)
    assert window.recovery is not None
    if window.recovery.dialog is not None:
        # Whatever the journal holds beyond the stored text (typed while the save travelled)
        # may be offered, but taking it must not cost a stored word.
        dialog = window.recovery.dialog
        assert not dialog.offer.stored_holds_all, "the journal fell behind the stored text"
        dialog.findChild(QPushButton, "keepMineButton").click()
        qtbot.waitUntil(lambda: window.recovery is not None and not window.recovery.pending)
    final = desk.newsroom.articles.get(story_id)
    assert [word for word in stored.body.split() if word not in final.body.split()] == []
    assert [word for word in typed_before if word not in final.body] == []
    assert window.journal.entries()[0] == []
    assert typed  # the helper typed after the save began too (a word every 40 ms)


def test_an_older_journal_offers_the_stored_story_as_the_choice_that_loses_nothing(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot, recovery_dir: Path
) -> None:
    """A journal one step behind a landed save (as releases before the write-ahead left it):
    the dialog says the newsroom holds it all and more, and Return keeps the stored story."""
    older = replace(desk.water, body=desk.water.body + " Typed")
    stored = desk.newsroom.articles.save(replace(desk.water, body=older.body + " and stored."))
    journal = RecoveryJournal(recovery_dir, desk.newsroom.house.newsroom_id())
    journal.write(story_key(desk.water.id), older)

    window = make_window(desk.newsroom)
    qtbot.waitUntil(lambda: window.recovery is not None and window.recovery.dialog is not None)
    assert window.recovery is not None and window.recovery.dialog is not None
    dialog = window.recovery.dialog
    assert dialog.offer.stored_holds_all
    assert dialog.keep_stored_button.isDefault() and not dialog.keep_mine_button.isDefault()
    intro = dialog.findChild(QLabel, "recoveryIntro").text()
    assert "already holds all of it and more" in intro and f"version {stored.version}" in intro
    dialog.grab().save(str(recovery_dir.parent / "older-journal.png"))

    dialog.keep_stored_button.click()
    qtbot.waitUntil(lambda: window.recovery is not None and not window.recovery.pending)
    assert desk.newsroom.articles.get(desk.water.id or 0) == stored
    assert journal.read(story_key(desk.water.id)) is None  # set aside, not offered again
