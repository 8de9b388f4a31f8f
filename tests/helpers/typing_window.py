"""A real Newsdesk window that types into a story until it is killed (for crash tests).

    python -m tests.helpers.typing_window DATABASE_URL [--new] [--quiet-ms N] [--every-ms N]

Opens the window on the database (offscreen unless a display is set), opens the first story
of the list (or a new one with ``--new``), then types one word into the body every
``--every-ms`` milliseconds through real key events, in bursts with pauses between them, for
ever. After each word it prints ``typed <word>`` and flushes, so the test knows, to the
millisecond, what was typed before it sends SIGKILL. ``--quiet-ms`` sets the autosave's quiet
time (a large value leaves the database behind and the recovery journal alone in charge);
``--journal-ms`` the journal clock's. With ``NEWSDESK_TEST_KILL_AFTER_SAVE=N`` (and
``NEWSDESK_TEST_TRACE=1``) the process SIGKILLs itself on the save's worker the moment its
N-th database save has committed, before the window hears of it.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsdesk.domain.article import Article
    from newsdesk.services.newsroom import Newsroom
    from newsdesk.ui.main_window import MainWindow

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _say(line: str) -> None:
    """One line on stdout in one write: the save's worker and the GUI thread both speak, and
    print()'s separate write of the newline let their lines run together."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("--new", action="store_true")
    parser.add_argument("--quiet-ms", type=int, default=2000)
    parser.add_argument("--max-wait-ms", type=int, default=10000)
    parser.add_argument("--every-ms", type=int, default=40)
    parser.add_argument("--journal-ms", type=int, default=0)
    args = parser.parse_args(argv)

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from newsdesk.services.newsroom import open_newsroom
    from newsdesk.ui.desk_start import read_opened
    from newsdesk.ui.main_window import MainWindow

    app = QApplication([])
    newsroom = open_newsroom(args.database)
    if os.environ.get("NEWSDESK_TEST_TRACE") == "1":
        _trace_saves(newsroom)
    if os.environ.get("NEWSDESK_TEST_BOXES") == "close":
        _close_boxes()
    window = MainWindow(read_opened(newsroom))
    window.autosaver.timer.setInterval(args.quiet_ms)
    window.autosaver.deadline.setInterval(args.max_wait_ms)
    if args.journal_ms:
        window.autosaver.journal_timer.setInterval(args.journal_ms)
    window.show()
    state = {"n": 0}
    prefix = os.environ.get("NEWSDESK_TEST_WORD_PREFIX", "w")
    steady = os.environ.get("NEWSDESK_TEST_STEADY") == "1"
    words = int(os.environ.get("NEWSDESK_TEST_WORDS", "-1"))
    _extras(window, state)

    def start() -> None:
        if args.new:
            window.new_story()  # nothing to save first: the new story is shown at once
            QTest.keyClicks(window.editor.headline_edit, "Crash test story")
        editor = window.editor.body
        editor.setFocus()
        cursor = editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        editor.setTextCursor(cursor)
        _say(f"ready {window.open_article_id or 0}")
        if words != 0:
            QTimer.singleShot(args.every_ms, type_word)

    def type_word() -> None:
        n = state["n"]
        if state.get("stopped") or n == words:
            return
        word = f"{prefix}{n:05d}"
        QTest.keyClicks(window.editor.body, f" {word}")
        if n % 25 == 24:
            QTest.keyClick(window.editor.body, Qt.Key.Key_Return)
        state["n"] = n + 1
        _say(f"typed {word}")
        # Bursts: a pause of a second now and then, so both autosave clocks get their turn.
        QTimer.singleShot(1000 if n % 40 == 39 and not steady else args.every_ms, type_word)

    window.recovery_reviewed.connect(lambda: QTimer.singleShot(0, start))
    return app.exec()


def _trace_saves(newsroom: Newsroom) -> None:
    """Print around every database save of the story (the window's autosave calls it)."""
    import signal

    articles = newsroom.articles
    save = articles.save
    kill_after = int(os.environ.get("NEWSDESK_TEST_KILL_AFTER_SAVE", "0"))
    saves = [0]

    def traced(article: Article, **options: object) -> Article:
        _say("saving")
        try:
            result = save(article, **options)  # type: ignore[arg-type]
        except BaseException:
            _say("save-failed")
            raise
        _say("saved")
        saves[0] += 1
        if saves[0] == kill_after:
            os.kill(os.getpid(), signal.SIGKILL)  # committed; the window never hears of it
        return result

    articles.save = traced  # type: ignore[method-assign]


def _close_boxes() -> None:
    """A modal box says its piece on stdout and closes: nobody is there to click it."""
    from PySide6.QtWidgets import QMessageBox

    def shown(box: QMessageBox) -> int:
        text = " ".join(box.text().split())
        _say(f"box {box.objectName()} {text}")
        return 0

    QMessageBox.exec = shown  # type: ignore[method-assign, assignment]


def _extras(window: MainWindow, state: dict[str, int]) -> None:
    """The env-guarded probes of the soak and fault benchmarks (see the module docstring)."""
    import time

    from PySide6.QtCore import QSocketNotifier, Qt, QTimer
    from PySide6.QtWidgets import QPushButton

    if os.environ.get("NEWSDESK_TEST_TRACE") == "1":
        window.autosaver.state_changed.connect(
            lambda value, _message: _say(f"state {value}"))
        # The snapshot is taken on this thread just before: every word typed before this
        # line is in the save (the worker's "saving" comes after the journal has it).
        window.autosaver.saving_changed.connect(lambda sent: _say("save-sent") if sent else None)
    beat = int(os.environ.get("NEWSDESK_TEST_HEARTBEAT_MS", "0"))
    if beat > 0:
        heartbeat = QTimer(window)
        heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        last = [time.monotonic()]

        def tick() -> None:
            now = time.monotonic()
            late = (now - last[0]) * 1000 - beat
            if late > 50:
                _say(f"stall {late:.0f}")
            last[0] = now

        heartbeat.timeout.connect(tick)
        heartbeat.start(beat)
    button = os.environ.get("NEWSDESK_TEST_RECOVERY")
    if button:
        def answer() -> None:
            flow = window.recovery
            if flow is not None and flow.dialog is not None and flow.dialog.isVisible():
                choice = flow.dialog.findChild(QPushButton, button)
                if choice is not None:
                    choice.click()
                    _say(f"recovered {button}")

        poll = QTimer(window)
        poll.timeout.connect(answer)
        poll.start(100)
    if os.environ.get("NEWSDESK_TEST_COMMANDS") == "1":
        notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, window)

        def command() -> None:
            line = sys.stdin.readline().strip()
            if line == "stop":
                state["stopped"] = 1
                _say("stopped")
            elif line == "quit":
                _say("quitting")
                window.quit_action.trigger()
            elif line == "":
                notifier.setEnabled(False)  # stdin closed

        notifier.activated.connect(command)
        window._test_notifier = notifier  # type: ignore[attr-defined]  # kept alive


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
