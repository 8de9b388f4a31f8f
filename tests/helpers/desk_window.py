"""A real translators' desk killed the moment a paragraph's save commits (for crash tests).

    python -m tests.helpers.desk_window DATABASE_URL JOURNAL_FOLDER

Opens the desk (offscreen) on the demo's Russian translation with a recovery journal in
JOURNAL_FOLDER on a slow disk (each journal write takes ``--slow-ms`` more, as a busy laptop
disk does), types a draft into a paragraph and waits until the journal holds it, types more
and commits the cell with Return. The desk saves the cell on the task runner; the process
SIGKILLs itself on that worker the moment the database save has committed, before the desk
hears of it. Lines on stdout: ``ready <translation id>``, ``drafted``, ``committed``,
``saving``, ``saved`` (the last word before the kill).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from tests.helpers.typing_window import _say

if TYPE_CHECKING:
    from newsdesk.domain.article import Article
    from newsdesk.services.newsroom import Newsroom
    from newsdesk.services.recovery_journal import JournalWriter, RecoveryJournal
    from newsdesk.ui.translation.desk_widget import TranslationDeskWidget
    from newsdesk.ui.translation.paragraph_editor import ParagraphEdit

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RU_SLUG = "water-schedule-tashkent-ru"
ROW = 3  # the protocol paragraph (after the headline and deck rows)
DRAFT = " Черновик абзаца."
MORE = " Дописано перед сохранением."


def russian_desk(room: Newsroom, writer: JournalWriter) -> tuple[TranslationDeskWidget, Article]:
    """A desk on screen journalling to ``writer``, and the demo's Russian translation (to open
    with ``desk.open_for``)."""
    from newsdesk.ui.translation.desk_widget import TranslationDeskWidget

    desk = TranslationDeskWidget(room, journal=writer)
    desk.resize(1200, 800)
    desk.show()
    return desk, room.articles.get_by_slug(RU_SLUG)


def open_row(desk: TranslationDeskWidget, row: int) -> ParagraphEdit:
    """``row``'s translation cell opened for typing, as a double click would, with the focus."""
    from newsdesk.ui.translation.desk_model import TRANSLATION_COLUMN
    from newsdesk.ui.translation.paragraph_editor import ParagraphEdit

    index = desk.model.index(row, TRANSLATION_COLUMN)
    desk.table.setCurrentIndex(index)
    desk.table.edit(index)
    editor = desk.table.indexWidget(index)
    assert isinstance(editor, ParagraphEdit)
    editor.setFocus()
    return editor


def when_journal_holds(journal: RecoveryJournal, key: str, words: str,
                       then: Callable[[], object]) -> None:
    """``then()`` once the journal's entry under ``key`` holds ``words`` (polled every 50 ms
    on the GUI thread, as the journal's writer writes on its own)."""
    from PySide6.QtCore import QTimer

    entry = journal.read(key)
    if entry is None or words not in entry.article.body:
        QTimer.singleShot(50, lambda: when_journal_holds(journal, key, words, then))
        return
    then()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("journal")
    parser.add_argument("--slow-ms", type=int, default=700)
    args = parser.parse_args(argv)

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from newsdesk.services.newsroom import open_newsroom
    from newsdesk.services.recovery_journal import JournalWriter, RecoveryJournal
    app = QApplication([])
    room = open_newsroom(args.database)
    journal = RecoveryJournal(Path(args.journal), room.house.newsroom_id())
    write = journal.write

    def slow_write(key: str, article: Article) -> Path:
        time.sleep(args.slow_ms / 1000)
        return write(key, article)

    journal.write = slow_write  # type: ignore[method-assign]
    writer = JournalWriter(journal)
    save = room.articles.save

    def traced(article: Article, **options: object) -> Article:
        _say("saving")
        saved = save(article, **options)  # type: ignore[arg-type]
        _say("saved")
        os.kill(os.getpid(), signal.SIGKILL)  # committed; the desk never hears of it
        return saved

    room.articles.save = traced  # type: ignore[method-assign]
    desk, translation = russian_desk(room, writer)
    key = f"desk-{translation.id}"
    started: list[ParagraphEdit] = []

    def loaded() -> None:
        if started:
            return
        editor = open_row(desk, ROW)
        started.append(editor)
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        editor.insertPlainText(DRAFT)  # QTest types ASCII only
        _say(f"ready {translation.id}")
        when_journal_holds(journal, key, DRAFT.strip(), drafted)

    def drafted() -> None:
        _say("drafted")
        editor = started[0]
        editor.insertPlainText(MORE)
        QTest.keyClick(editor, Qt.Key.Key_Return)  # committed: saved on the runner
        _say("committed")

    desk.desk_loaded.connect(loaded)
    desk.open_for(translation.id or 0)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
