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
from pathlib import Path

from tests.helpers.typing_window import _say

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RU_SLUG = "water-schedule-tashkent-ru"
ROW = 3  # the protocol paragraph (after the headline and deck rows)
DRAFT = " Черновик абзаца."
MORE = " Дописано перед сохранением."


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("journal")
    parser.add_argument("--slow-ms", type=int, default=700)
    args = parser.parse_args(argv)

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from newsdesk.domain.article import Article
    from newsdesk.services.newsroom import open_newsroom
    from newsdesk.services.recovery_journal import JournalWriter, RecoveryJournal
    from newsdesk.ui.translation.desk_model import TRANSLATION_COLUMN
    from newsdesk.ui.translation.desk_widget import TranslationDeskWidget
    from newsdesk.ui.translation.paragraph_editor import ParagraphEdit

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
    desk = TranslationDeskWidget(room, journal=writer)
    desk.resize(1200, 800)
    desk.show()
    translation = room.articles.get_by_slug(RU_SLUG)
    key = f"desk-{translation.id}"
    started: list[ParagraphEdit] = []

    def loaded() -> None:
        if started:
            return
        index = desk.model.index(ROW, TRANSLATION_COLUMN)
        desk.table.setCurrentIndex(index)
        desk.table.edit(index)
        editor = desk.table.indexWidget(index)
        assert isinstance(editor, ParagraphEdit)
        started.append(editor)
        editor.setFocus()
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        editor.insertPlainText(DRAFT)  # QTest types ASCII only
        _say(f"ready {translation.id}")
        QTimer.singleShot(50, drafted)

    def drafted() -> None:
        entry = journal.read(key)
        if entry is None or DRAFT.strip() not in entry.article.body:
            QTimer.singleShot(50, drafted)
            return
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
