"""A real Newsdesk window that types into a story until it is killed (for crash tests).

    python -m tests.helpers.typing_window DATABASE_URL [--new] [--quiet-ms N] [--every-ms N]

Opens the window on the database (offscreen unless a display is set), opens the first story
of the list (or a new one with ``--new``), then types one word into the body every
``--every-ms`` milliseconds through real key events, in bursts with pauses between them, for
ever. After each word it prints ``typed <word>`` and flushes, so the test knows, to the
millisecond, what was typed before it sends SIGKILL. ``--quiet-ms`` sets the autosave's quiet
time (a large value leaves the database behind and the recovery journal alone in charge).
"""

from __future__ import annotations

import argparse
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("--new", action="store_true")
    parser.add_argument("--quiet-ms", type=int, default=2000)
    parser.add_argument("--max-wait-ms", type=int, default=10000)
    parser.add_argument("--every-ms", type=int, default=40)
    args = parser.parse_args(argv)

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from newsdesk.services.newsroom import open_newsroom
    from newsdesk.ui.main_window import MainWindow

    app = QApplication([])
    newsroom = open_newsroom(args.database)
    window = MainWindow(newsroom)
    window.autosaver.timer.setInterval(args.quiet_ms)
    window.autosaver.deadline.setInterval(args.max_wait_ms)
    window.show()
    state = {"n": 0}

    def start() -> None:
        if args.new:
            window.new_story()
            QTest.keyClicks(window.editor.headline_edit, "Crash test story")
        editor = window.editor.body
        editor.setFocus()
        cursor = editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        editor.setTextCursor(cursor)
        print(f"ready {window.open_article_id or 0}", flush=True)
        QTimer.singleShot(args.every_ms, type_word)

    def type_word() -> None:
        n = state["n"]
        word = f"w{n:05d}"
        QTest.keyClicks(window.editor.body, f" {word}")
        if n % 25 == 24:
            QTest.keyClick(window.editor.body, Qt.Key.Key_Return)
        state["n"] = n + 1
        print(f"typed {word}", flush=True)
        # Bursts: a pause of a second now and then, so both autosave clocks get their turn.
        QTimer.singleShot(1000 if n % 40 == 39 else args.every_ms, type_word)

    window.recovery_reviewed.connect(lambda: QTimer.singleShot(0, start))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
