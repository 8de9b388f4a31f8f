"""Closing on a slow disk: the text goes to the journal on this computer and the window waits for
it without the GUI thread waiting. The verdict that lets the window go comes only once the
text is on disk (nothing lost), and the desk keeps running meanwhile."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.recovery_journal import JournalWriter, RecoveryJournal
from newsdesk.ui.desk_session import CloseChoice, CloseVerdict, DeskSession
from tests.helpers.desk import close_session, open_story, wait_idle
from tests.ui.session.conftest import PlainEditor

SOON = 10_000  # ms: a generous bound for a loaded machine, not a timing assertion


class SlowDisk(RecoveryJournal):
    """A journal whose writes wait for the disk (a lock the test holds while it is "slow")."""

    def __init__(self, folder: Path, newsroom: str) -> None:
        super().__init__(folder, newsroom)
        self.disk = threading.Lock()
        self.writing = threading.Event()

    def write(self, key: str, article: Article) -> Path:
        self.writing.set()
        with self.disk:
            return super().write(key, article)


@pytest.fixture
def slow_journal(newsroom: Newsroom, recovery_dir: Path) -> SlowDisk:
    return SlowDisk(recovery_dir, newsroom.house.newsroom_id())


def test_kept_here_on_a_slow_disk_the_window_goes_once_the_text_is_on_disk(
    qtbot: QtBot, newsroom: Newsroom, editor: PlainEditor, slow_journal: SlowDisk
) -> None:
    session = DeskSession(newsroom.articles, editor, journal=slow_journal)
    story = newsroom.articles.create(Article(headline="Ferry timetable", body="Ferries run."))
    assert open_story(qtbot, session, story.id or 0)
    newsroom.articles.save(replace(story, deck="A colleague's deck"))
    editor.type(more=" Keep me.")
    assert close_session(qtbot, session) is CloseVerdict.STAY  # a conflict: the user chooses
    writer = session.journal_writer
    assert writer is not None and writer.flush(SOON / 1000)
    editor.type(more=" And me.")

    verdicts: list[CloseVerdict] = []
    session.close_decided.connect(verdicts.append)
    slow_journal.writing.clear()
    slow_journal.disk.acquire()  # the disk is slow from now on
    try:
        session.close(CloseChoice.KEEP_HERE)  # returns without waiting for the disk
        assert slow_journal.writing.wait(SOON / 1000)  # the text is on its way to the disk
        assert slow_journal.disk.locked()  # ... and not there yet: this thread did not wait
        assert verdicts == []  # so the window may not go yet
    finally:
        slow_journal.disk.release()
    qtbot.waitUntil(lambda: bool(verdicts), timeout=SOON)
    assert verdicts == [CloseVerdict.CLOSE]
    entry = slow_journal.read(f"story-{story.id}")
    assert entry is not None and entry.article.body.endswith(" Keep me. And me.")
    wait_idle(qtbot, session)
    session.finish()


def test_a_writer_answers_when_flushed_without_anyone_waiting(
    qtbot: QtBot, newsroom: Newsroom, slow_journal: SlowDisk
) -> None:
    """JournalWriter.when_flushed: at once with nothing pending, on the writer's thread once
    every write asked for before is on disk (a later one is not waited for)."""
    writer = JournalWriter(slow_journal)
    try:
        answered: list[str] = []
        writer.when_flushed(lambda: answered.append("nothing pending"))
        assert answered == ["nothing pending"]
        slow_journal.disk.acquire()
        try:
            writer.submit("story-1", Article(headline="One"))
            writer.when_flushed(lambda: answered.append(threading.current_thread().name))
            assert slow_journal.writing.wait(SOON / 1000)
            assert answered == ["nothing pending"]
        finally:
            slow_journal.disk.release()
        qtbot.waitUntil(lambda: len(answered) == 2, timeout=SOON)
        assert answered[1] == "newsdesk-journal"
        assert slow_journal.read("story-1") is not None
    finally:
        writer.close()
