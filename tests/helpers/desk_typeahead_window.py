"""A real translators' desk with letters typed while its save is held, for a kill test.

    python -m tests.helpers.desk_typeahead_window DATABASE_URL JOURNAL_FOLDER

Opens the desk (offscreen) on the demo's Russian translation with a recovery journal in
JOURNAL_FOLDER, types a paragraph into row ROW and presses Ctrl+Enter in it; the save is held
on the task runner (it never returns), so the desk stays busy and its cells cannot open. Then
it types LETTERS on the row below and waits until the journal holds them. Lines on stdout:
``ready <translation id>``, ``saving``, ``typed``, ``kept`` (then it idles until killed).
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from tests.helpers.desk_window import RU_SLUG, open_row, russian_desk, when_journal_holds
from tests.helpers.typing_window import _say

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

__all__ = ["CONFIRMED", "LETTERS", "ROW", "RU_SLUG", "main"]

ROW = 3  # the protocol paragraph (after the headline and deck rows)
CONFIRMED = "Абзац переведён и подтверждён."
LETTERS = "abc"


def main(argv: list[str]) -> int:
    database, journal_folder = argv

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from newsdesk.domain.article import Article
    from newsdesk.services.newsroom import open_newsroom
    from newsdesk.services.recovery_journal import JournalWriter, RecoveryJournal

    app = QApplication([])
    room = open_newsroom(database)
    journal = RecoveryJournal(Path(journal_folder), room.house.newsroom_id())
    writer = JournalWriter(journal)
    never = threading.Event()

    def held(article: Article, **options: object) -> Article:
        _say("saving")
        never.wait()  # the save never lands: the desk stays busy until the kill
        raise AssertionError("unreachable")

    room.articles.save = held  # type: ignore[method-assign]
    desk, translation = russian_desk(room, writer)
    key = f"desk-{translation.id}"

    def loaded() -> None:  # once: the first desk shown
        editor = open_row(desk, ROW)
        editor.selectAll()
        editor.insertPlainText(CONFIRMED)  # QTest types ASCII only
        _say(f"ready {translation.id}")
        QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(desk.table, Qt.Key.Key_Down)
        QTest.keyClicks(desk.table, LETTERS)
        assert desk.busy and desk.typeahead.kept == LETTERS
        _say("typed")
        when_journal_holds(journal, key, LETTERS, lambda: _say("kept"))

    desk.desk_loaded.connect(loaded, Qt.ConnectionType.SingleShotConnection)
    desk.open_for(translation.id or 0)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
