"""The desk's keys as a test presses them, and a recovery journal for a demo newsroom."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsdesk.services.newsroom import open_newsroom
from newsdesk.services.recovery_journal import JournalWriter, RecoveryJournal
from newsdesk.ui.translation.desk_widget import TranslationDeskWidget


def press(desk: TranslationDeskWidget, key: str) -> None:
    """Trigger the desk's action bound to ``key`` ("Ctrl+Return", "Ctrl+4") as the key would."""
    for action in desk.actions():
        if any(sequence.toString() == key for sequence in action.shortcuts()):
            action.trigger()
            return
    raise AssertionError(f"no action on {key}")


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
