"""The start-up recovery, read and stored on the task runner: what the user sees while it
travels, and a choice that fails half-way (nothing half-written, the text still offered)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article
from newsdesk.domain.errors import DatabaseBusyError
from newsdesk.services.recovery_journal import RecoveryJournal, story_key
from newsdesk.ui.recovery_flow import RecoveryFlow
from tests.ui.shell.conftest import Desk


@dataclass
class Recovering:
    """A recovery flow on its own, with the journal it reads and what it told and stored."""

    journal: RecoveryJournal
    flow: RecoveryFlow
    told: list[str] = field(default_factory=list)
    changed: list[Article] = field(default_factory=list)


def _recovering(qtbot: QtBot, desk: Desk, recovery_dir: Path) -> Recovering:
    """Unsaved text of the solar story in the journal, and a flow (not started) to offer it."""
    journal = RecoveryJournal(recovery_dir, desk.newsroom.house.newsroom_id())
    journal.write(story_key(desk.solar.id), replace(desk.solar, body="Recovered lede."))
    parent = QWidget()
    qtbot.addWidget(parent)
    told: list[str] = []
    changed: list[Article] = []
    flow = RecoveryFlow(parent, desk.newsroom.articles, journal, tell=told.append,
                        story_changed=changed.append)
    return Recovering(journal, flow, told, changed)


def _offered(qtbot: QtBot, flow: RecoveryFlow) -> QPushButton:
    """Keep Mine on the offer once it is on screen."""
    qtbot.waitUntil(lambda: flow.dialog is not None)
    assert flow.dialog is not None
    button = flow.dialog.findChild(QPushButton, "keepMineButton")
    assert button is not None
    return button


def test_the_offer_opens_once_the_journal_is_compared_and_keep_mine_is_stored(
    qtbot: QtBot, desk: Desk, recovery_dir: Path
) -> None:
    recovering = _recovering(qtbot, desk, recovery_dir)
    recovery = recovering.flow

    recovery.start()
    assert recovery.reviewing and recovery.pending and recovery.dialog is None  # on its way
    button = _offered(qtbot, recovery)
    assert not recovery.reviewing and recovery.pending == 1
    with qtbot.waitSignal(recovery.finished):
        button.click()
        assert recovery.storing and recovery.pending == 1
    assert recovery.pending == 0
    assert desk.newsroom.articles.get(desk.solar.id or 0).body == "Recovered lede."
    assert [story.body for story in recovering.changed] == ["Recovered lede."]
    assert recovering.told and "stored in" in recovering.told[-1]
    assert recovering.journal.read(story_key(desk.solar.id)) is None


def test_keep_mine_failing_after_the_revision_keeps_the_text_for_the_next_start(
    qtbot: QtBot, desk: Desk, recovery_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed between its two writes (the stored text kept as a revision, then the save):
    the story is as it was, the journal still holds the text, and the user is told."""
    recovering = _recovering(qtbot, desk, recovery_dir)
    recovery, told, changed = recovering.flow, recovering.told, recovering.changed
    recovery.start()
    button = _offered(qtbot, recovery)

    def busy(_article: Article) -> Article:
        raise DatabaseBusyError("another program is writing to the newsroom")

    with monkeypatch.context() as patch, qtbot.waitSignal(recovery.finished):
        patch.setattr(desk.newsroom.articles, "save", busy)
        button.click()

    assert recovery.pending == 0 and changed == []
    assert desk.newsroom.articles.get(desk.solar.id or 0) == desk.solar
    assert told and told[-1].startswith("Not stored") and "next start" in told[-1]
    entry = recovering.journal.read(story_key(desk.solar.id))
    assert entry is not None and entry.article.body == "Recovered lede."

    window = QWidget()
    qtbot.addWidget(window)
    again = RecoveryFlow(window, desk.newsroom.articles, recovering.journal,
                         tell=told.append, story_changed=changed.append)
    again.start()  # the next start offers it again
    _offered(qtbot, again)
    assert again.dialog is not None and again.dialog.offer.mine.body == "Recovered lede."
    again.dialog.reject()
