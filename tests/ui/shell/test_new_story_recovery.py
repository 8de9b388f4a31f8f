"""A new story killed between its first commit and the window hearing its id comes back as that
story, never as a second copy of it.

Before the fix its journal (key ``new-<uuid>``) named no story, so the next start offered it as
a story never stored, and Keep Mine created it again: two copies in the newsroom. The create
now stores the journal's key with the story, and the review finds the story by it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from newsdesk.domain.query import ArticleQuery
from newsdesk.services.recovery import RECOVERED_SUFFIX
from newsdesk.services.recovery_journal import RecoveryJournal
from tests.ui.shell.conftest import Desk, WindowFactory

REPO = Path(__file__).resolve().parents[3]
HEADLINE = "Crash test story"  # typed by typing_window --new
LATER = " Typed while the save travelled."


def _kill_right_after_the_first_commit(url: str) -> list[str]:
    """A real window types a new story and SIGKILLs itself the moment the story's first
    save has committed (the window never hears the new id); the words it typed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NEWSDESK_TEST_TRACE": "1",
           "NEWSDESK_TEST_KILL_AFTER_SAVE": "1", "NEWSDESK_TEST_WORDS": "6"}
    process = subprocess.run(
        [sys.executable, "-m", "tests.helpers.typing_window", url, "--new",
         "--quiet-ms", "400"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert process.returncode == -signal.SIGKILL, process.stderr[-2000:]
    lines = process.stdout.splitlines()
    assert lines[-1] == "saved", lines  # killed after the commit, before the window heard
    return [line.split()[1] for line in lines if line.startswith("typed ")]


def _stories(desk: Desk, headline: str) -> list[str]:
    """The bodies of the stories whose headline is ``headline`` exactly."""
    found = desk.newsroom.articles.page(ArticleQuery(), 0, 100)
    return [desk.newsroom.articles.get(story.id).body for story in found
            if story.headline == headline]


@pytest.mark.parametrize("choice", ["", "keepMineButton", "keepStoredButton",
                                    "keepBothButton"])
def test_a_new_story_killed_after_its_first_commit_is_never_created_twice(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot, recovery_dir: Path, choice: str
) -> None:
    """``choice`` "": the journal holds what the commit stored (write-ahead), nothing is
    offered. Otherwise more text reached the journal after the save's snapshot, and it is
    offered against the stored story whatever the user then picks."""
    typed = _kill_right_after_the_first_commit(desk.url)
    [stored] = _stories(desk, HEADLINE)
    assert typed and all(word in stored for word in typed)
    journal = RecoveryJournal(recovery_dir, desk.newsroom.house.newsroom_id())
    [entry] = journal.entries()[0]
    assert entry.key.startswith("new-") and entry.article.id is None
    if choice:
        journal.write(entry.key, replace(entry.article, body=entry.article.body + LATER))

    window = make_window(desk.newsroom)
    qtbot.waitUntil(lambda: window.recovery is not None and not window.recovery.reviewing)
    assert window.recovery is not None
    dialog = window.recovery.dialog
    if not choice:
        assert dialog is None, "the stored story was offered back as one never stored"
    else:
        assert dialog is not None
        assert dialog.offer.stored is not None, "offered as a story never stored"
        assert not dialog.offer.colleague_saved_since
        dialog.findChild(QPushButton, choice).click()
        qtbot.waitUntil(lambda: window.recovery is not None and not window.recovery.pending)

    [final] = _stories(desk, HEADLINE)  # one story of that headline, whatever was picked
    if choice == "keepMineButton":
        assert final == stored + LATER
    else:
        assert final == stored
    copies = _stories(desk, HEADLINE + RECOVERED_SUFFIX)
    assert copies == ([stored + LATER] if choice == "keepBothButton" else [])
    assert journal.entries()[0] == []
