"""The start-up recovery, read and stored on the task runner: what the user sees while it
travels, and a choice that fails half-way (nothing half-written, the text still offered)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article
from newsdesk.domain.errors import DatabaseBusyError
from newsdesk.services.recovery_journal import RecoveryJournal, story_key
from newsdesk.ui.recovery_flow import RecoveryFlow
from tests.ui.shell.conftest import Desk


def _flow(qtbot: QtBot, desk: Desk, journal: RecoveryJournal,
          told: list[str], changed: list[Article]) -> RecoveryFlow:
    parent = QWidget()
    qtbot.addWidget(parent)
    return RecoveryFlow(parent, desk.newsroom.articles, journal, tell=told.append,
                        story_changed=changed.append)


def _journal(desk: Desk, recovery_dir: Path) -> RecoveryJournal:
    return RecoveryJournal(recovery_dir, desk.newsroom.house.newsroom_id())


def test_the_offer_opens_once_the_journal_is_compared_and_keep_mine_is_stored(
    qtbot: QtBot, desk: Desk, recovery_dir: Path
) -> None:
    journal = _journal(desk, recovery_dir)
    journal.write(story_key(desk.solar.id), replace(desk.solar, body="Recovered lede."))
    told: list[str] = []
    changed: list[Article] = []
    recovery = _flow(qtbot, desk, journal, told, changed)

    recovery.start()
    assert recovery.reviewing and recovery.pending and recovery.dialog is None  # on its way
    qtbot.waitUntil(lambda: recovery.dialog is not None)
    assert not recovery.reviewing and recovery.pending == 1
    dialog = recovery.dialog
    assert dialog is not None
    button = dialog.findChild(QPushButton, "keepMineButton")
    assert button is not None
    with qtbot.waitSignal(recovery.finished):
        button.click()
        assert recovery.storing and recovery.pending == 1
    assert recovery.pending == 0
    assert desk.newsroom.articles.get(desk.solar.id or 0).body == "Recovered lede."
    assert [story.body for story in changed] == ["Recovered lede."]
    assert told and "stored in" in told[-1]
    assert journal.read(story_key(desk.solar.id)) is None


def test_keep_mine_failing_after_the_revision_keeps_the_text_for_the_next_start(
    qtbot: QtBot, desk: Desk, recovery_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed between its two writes (the stored text kept as a revision, then the save):
    the story is as it was, the journal still holds the text, and the user is told."""
    journal = _journal(desk, recovery_dir)
    journal.write(story_key(desk.solar.id), replace(desk.solar, body="Recovered lede."))
    told: list[str] = []
    changed: list[Article] = []
    recovery = _flow(qtbot, desk, journal, told, changed)
    recovery.start()
    qtbot.waitUntil(lambda: recovery.dialog is not None)
    dialog = recovery.dialog
    assert dialog is not None

    def busy(_article: Article) -> Article:
        raise DatabaseBusyError("another program is writing to the newsroom")

    button = dialog.findChild(QPushButton, "keepMineButton")
    assert button is not None
    with monkeypatch.context() as patch, qtbot.waitSignal(recovery.finished):
        patch.setattr(desk.newsroom.articles, "save", busy)
        button.click()

    assert recovery.pending == 0 and changed == []
    assert desk.newsroom.articles.get(desk.solar.id or 0) == desk.solar
    assert told and told[-1].startswith("Not stored") and "next start" in told[-1]
    entry = journal.read(story_key(desk.solar.id))
    assert entry is not None and entry.article.body == "Recovered lede."

    again = _flow(qtbot, desk, journal, told, changed)  # the next start offers it again
    again.start()
    qtbot.waitUntil(lambda: again.dialog is not None)
    assert again.dialog is not None and again.dialog.offer.mine.body == "Recovered lede."
    again.dialog.reject()
