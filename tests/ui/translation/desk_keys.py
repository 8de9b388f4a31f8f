"""The desk's keys as a test presses them, and a recovery journal for a demo newsroom."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtTest import QTest

from newsdesk.services.newsroom import open_newsroom
from newsdesk.services.recovery_journal import JournalWriter, RecoveryJournal
from newsdesk.ui.translation.desk_widget import TranslationDeskWidget


def press(desk: TranslationDeskWidget, key: str) -> None:
    """Trigger the desk's action bound to ``key`` ("Ctrl+Return", "Ctrl+4") as the key would,
    then wait until what it started on the task runner has landed (:func:`settle`)."""
    for action in desk.actions():
        if any(sequence.toString() == key for sequence in action.shortcuts()):
            action.trigger()
            settle(desk)
            return
    raise AssertionError(f"no action on {key}")


def settle(desk: TranslationDeskWidget, timeout_ms: int = 10000) -> None:
    """Wait until nothing the desk started is on its way (saves, row states, alignments);
    ``timeout_ms`` only bounds a hang on a loaded machine, it asserts no speed."""
    waited = 0
    while desk.busy:
        assert waited < timeout_ms, "the desk's work did not land"
        QTest.qWait(10)
        waited += 10
    QTest.qWait(0)  # what waited for the desk to settle (when_idle) runs on the next turn


@contextmanager
def demo_journal(url: str, recovery_dir: Path) -> Iterator[tuple[RecoveryJournal, JournalWriter]]:
    """The recovery journal of the newsroom at ``url`` and a writer for it, closed after."""
    room = open_newsroom(url)
    try:
        store = RecoveryJournal(recovery_dir, room.house.newsroom_id())
    finally:
        room.close()
    writer = JournalWriter(store)
    try:
        yield store, writer
    finally:
        writer.close()
