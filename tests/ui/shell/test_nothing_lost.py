"""Nothing typed is lost: steady typing is saved, every change reaches the journal, a killed
window offers its text back, and a newsroom that cannot be written keeps the text waiting."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article
from newsdesk.domain.article_json import same_text
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.recovery_journal import RecoveryJournal
from newsdesk.ui.autosave import SaveState
from newsdesk.ui.dialogs.recovery_dialog import RecoveryDialog
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.window_closing import COPY_AND_CLOSE, DISCARD_AND_CLOSE, KEEP_AND_CLOSE
from tests.helpers.desk import SOON, open_story, run, saved
from tests.helpers.locks import articles_locked
from tests.helpers.unavailable import unavailable
from tests.ui.conftest import ui_newsroom
from tests.ui.shell.conftest import Desk, WindowFactory

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Modal message boxes are driven here: each records what it told the user and closes
    (a window closed while offline says so in one; a hidden modal box would hang the test)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: shown.append(f"{box.objectName()}: {box.text()}") or 0)
    return shown


def _journal(newsroom: Newsroom, recovery_dir: Path) -> RecoveryJournal:
    return RecoveryJournal(recovery_dir, newsroom.house.newsroom_id())


def _end_of_body(window: MainWindow) -> QPlainTextEdit:
    body = window.editor.body
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    return body


def test_steady_typing_is_saved_although_it_never_pauses(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(desk.newsroom)
    open_story(qtbot, window, desk.water.id or 0)
    window.autosaver.timer.setInterval(800)  # the quiet time is never reached below
    window.autosaver.deadline.setInterval(1500)
    saved_after_key: list[int] = []
    typed = [0]
    window.autosaver.article_saved.connect(lambda _a: saved_after_key.append(typed[0]))
    body = _end_of_body(window)

    for n in range(16):  # a key every 200 ms for 3.2 s: never a pause of 800 ms
        qtbot.keyClicks(body, f" k{n}")
        typed[0] = n
        qtbot.wait(200)

    assert saved_after_key, "steady typing must be saved before it pauses"
    assert saved_after_key[0] < 12  # while the keys were still coming
    stored = desk.newsroom.articles.get(desk.water.id or 0)
    assert " k0" in stored.body


def test_every_change_reaches_the_journal_and_leaves_it_once_stored(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot, recovery_dir: Path
) -> None:
    window = make_window(desk.newsroom)
    window.autosaver.timer.setInterval(60_000)
    window.autosaver.deadline.setInterval(60_000)
    run(qtbot, window, window.new_action.trigger)
    qtbot.keyClicks(window.editor.headline_edit, "Dushanbe opens a new bridge")
    journal = _journal(desk.newsroom, recovery_dir)
    key = window.autosaver.journal_key

    def journalled() -> bool:
        entry = journal.read(key)
        return entry is not None and entry.article.headline == "Dushanbe opens a new bridge"

    qtbot.waitUntil(journalled, timeout=2000)
    assert window.autosaver.is_dirty  # only the journal has it so far

    assert saved(qtbot, window.autosaver)
    qtbot.waitUntil(lambda: journal.read(key) is None, timeout=2000)
    assert window.autosaver.journal_key == f"story-{window.open_article_id}"


def _answer_recovery(qtbot: QtBot, window: MainWindow, button: str) -> RecoveryDialog:
    qtbot.waitUntil(lambda: window.recovery is not None and window.recovery.dialog is not None,
                    timeout=5000)
    assert window.recovery is not None and window.recovery.dialog is not None
    dialog = window.recovery.dialog
    dialog.findChild(QPushButton, button).click()
    return dialog


@pytest.mark.parametrize("quiet_ms", [60_000, 300], ids=["journal-only", "autosaving"])
def test_a_window_killed_while_typing_gives_back_everything_typed_before(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot, recovery_dir: Path, quiet_ms: int
) -> None:
    """SIGKILL while typing: what was typed 0.5 s before the kill is stored or offered back."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.typing_window", desk.url,
         "--quiet-ms", str(quiet_ms), "--max-wait-ms", str(max(quiet_ms, 1000))],
        cwd=REPO, env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    typed: list[tuple[float, str]] = []
    ready = process.stdout.readline().split()
    assert ready[0] == "ready", ready
    story_id = int(ready[1])
    deadline = time.monotonic() + 2.5
    while time.monotonic() < deadline:
        line = process.stdout.readline().split()
        typed.append((time.monotonic(), line[1]))
    os.kill(process.pid, signal.SIGKILL)
    killed_at = time.monotonic()
    process.wait(timeout=30)
    process.stdout.close()
    must_survive = [word for at, word in typed if at < killed_at - 0.5]
    assert len(must_survive) > 10

    stored = _stored_after_recovery(qtbot, make_window(desk.newsroom), desk, story_id,
                                    must_survive)
    assert [word for word in must_survive if word not in stored.body] == []


def _stored_after_recovery(qtbot: QtBot, window: MainWindow, desk: Desk, story_id: int,
                           words: list[str]) -> Article:
    """The story as stored once the text the journal offers back (holding ``words``) is kept."""
    stored = desk.newsroom.articles.get(story_id)
    # The journal is compared with the newsroom on the task runner: wait for its answer.
    qtbot.waitUntil(lambda: window.recovery is not None and not window.recovery.reviewing)
    if window.recovery is not None and window.recovery.pending:
        dialog = _answer_recovery(qtbot, window, "keepMineButton")
        recovered = dialog.findChild(QPlainTextEdit, "recoveredText").toPlainText()
        assert all(word in recovered for word in words)
        qtbot.waitUntil(lambda: window.recovery is not None and not window.recovery.pending)
        stored = desk.newsroom.articles.get(story_id)
    return stored


def test_a_window_killed_while_its_closing_save_waits_gives_back_the_text(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot
) -> None:
    """Quit while a colleague holds the stories: the window does not wait for the save (it
    stays up until the verdict), and a SIGKILL while that save waits loses nothing."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NEWSDESK_TEST_COMMANDS": "1",
           "NEWSDESK_TEST_TRACE": "1", "NEWSDESK_TEST_WORDS": "30"}
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.typing_window", desk.url,
         "--quiet-ms", "60000", "--max-wait-ms", "60000"],
        cwd=REPO, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdin is not None

    def next_line(*wanted: str) -> list[str]:
        while True:
            line = process.stdout.readline().split()  # type: ignore[union-attr]
            assert line, "the window process ended"
            if line[0] in wanted:
                return line

    story_id = int(next_line("ready")[1])
    typed = [next_line("typed")[1] for _ in range(30)]
    with articles_locked(desk.url):
        process.stdin.write("quit\n")
        process.stdin.flush()
        next_line("quitting")
        next_line("saving")  # the closing save is on its way and waits for the lock
        time.sleep(0.5)  # the journal has had every word since (a change reaches it < 250 ms)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    process.stdout.close()
    process.stdin.close()

    stored = _stored_after_recovery(qtbot, make_window(desk.newsroom), desk, story_id, typed)
    assert [word for word in typed if word not in stored.body] == []


def test_closing_while_a_save_waits_closes_once_it_has_landed(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(desk.newsroom)
    open_story(qtbot, window, desk.water.id or 0)
    qtbot.keyClicks(_end_of_body(window), " Words on their way.")
    with articles_locked(desk.url):
        window.close()  # returns at once: the save waits for the colleague's lock
        qtbot.wait(300)
        assert window.isVisible() and window.session.closing
        assert "Saving before closing" in window.statusBar().currentMessage()
        assert window.editor.body.isReadOnly()  # nothing typed now comes after the save
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=SOON)
    stored = desk.newsroom.articles.get(desk.water.id or 0)
    assert stored.body.endswith(" Words on their way.")


def test_a_new_story_killed_before_its_first_save_comes_back_as_a_story(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.typing_window", desk.url, "--new",
         "--quiet-ms", "60000", "--max-wait-ms", "60000"],
        cwd=REPO, env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().startswith("ready")
    for _ in range(20):
        last = process.stdout.readline().split()[1]
    time.sleep(0.6)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    process.stdout.close()

    window = make_window(desk.newsroom)
    _answer_recovery(qtbot, window, "keepMineButton")
    qtbot.waitUntil(lambda: window.open_article_id is not None
                    and window.editor.current_article().headline == "Crash test story")
    stored = desk.newsroom.articles.get(window.open_article_id or 0)
    assert last in stored.body


def test_decide_later_keeps_the_text_for_the_next_start(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot, recovery_dir: Path
) -> None:
    journal = _journal(desk.newsroom, recovery_dir)
    mine = Article(**{**desk.solar.__dict__, "body": "My unsaved lede about the plant."})
    journal.write(f"story-{desk.solar.id}", mine)

    window = make_window(desk.newsroom)
    _answer_recovery(qtbot, window, "decideLaterButton")
    qtbot.waitUntil(lambda: window.recovery is not None and not window.recovery.pending)

    assert journal.read(f"story-{desk.solar.id}") is not None
    assert desk.newsroom.articles.get(desk.solar.id or 0) == desk.solar
    assert "offered again" in window.statusBar().currentMessage()


def test_keep_both_leaves_the_stored_story_and_opens_the_recovered_draft(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot, recovery_dir: Path
) -> None:
    journal = _journal(desk.newsroom, recovery_dir)
    journal.write(f"story-{desk.solar.id}",
                  Article(**{**desk.solar.__dict__, "body": "Recovered paragraph."}))

    window = make_window(desk.newsroom)
    _answer_recovery(qtbot, window, "keepBothButton")
    qtbot.waitUntil(lambda: window.editor.current_article().body == "Recovered paragraph.")

    assert window.open_article_id not in (None, desk.solar.id)
    assert window.editor.current_article().headline.endswith("(recovered)")
    assert desk.newsroom.articles.get(desk.solar.id or 0) == desk.solar
    assert journal.read(f"story-{desk.solar.id}") is None


def test_a_conflict_at_close_keeps_the_window_until_the_user_chooses(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot, recovery_dir: Path
) -> None:
    window = make_window(desk.newsroom)
    open_story(qtbot, window, desk.water.id or 0)
    desk.newsroom.articles.save(Article(**{**desk.water.__dict__, "deck": "Colleague"}))
    qtbot.keyClicks(_end_of_body(window), " My last sentence.")

    window.close()  # the last save goes out; the window waits for its verdict, not here

    qtbot.waitUntil(lambda: window.notice.isVisible()
                    and window.notice.second_button.text() == KEEP_AND_CLOSE, timeout=SOON)
    assert window.isVisible()
    assert window.autosaver.state is SaveState.CONFLICT
    assert window.notice.button.text() == COPY_AND_CLOSE  # (test_close_in_conflict.py)
    window.notice.second_button.click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=SOON)
    entry = _journal(desk.newsroom, recovery_dir).read(f"story-{desk.water.id}")
    assert entry is not None and entry.article.body.endswith(" My last sentence.")


def test_discard_and_close_throws_the_text_away_on_purpose(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot, recovery_dir: Path
) -> None:
    # A refused field (no headline): a conflict's notice keeps everything, offers no discard.
    window = make_window(desk.newsroom)
    run(qtbot, window, window.new_action.trigger)
    qtbot.keyClicks(window.editor.body, "Unwanted, typed before any headline.")
    window.close()
    qtbot.waitUntil(lambda: window.notice.second_button.text() == DISCARD_AND_CLOSE,
                    timeout=SOON)
    assert window.autosaver.state is SaveState.INVALID
    assert window.notice.button.text() == KEEP_AND_CLOSE
    key = window.autosaver.journal_key
    window.notice.second_button.click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=SOON)
    journal = _journal(desk.newsroom, recovery_dir)
    qtbot.waitUntil(lambda: journal.read(key) is None)


def test_a_journal_that_cannot_be_written_is_shown(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot, recovery_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    recovery_dir.parent.mkdir(parents=True, exist_ok=True)
    recovery_dir.write_text("a file where the journal folder goes", encoding="utf-8")
    with ui_newsroom(desk.url) as room:
        window = make_window(room)
        open_story(qtbot, window, desk.water.id or 0)
        qtbot.keyClicks(_end_of_body(window), " Typed.")
        qtbot.waitUntil(lambda: window.notice.isVisible()
                        and "cannot be kept on this computer" in window.notice.label.text(),
                        timeout=3000)
        assert saved(qtbot, window.autosaver)  # the database still takes it


def test_typing_goes_on_while_the_newsroom_is_unavailable_and_is_saved_when_it_is_back(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot, recovery_dir: Path
) -> None:
    with unavailable(desk.url) as (url, go_away, come_back), ui_newsroom(url) as room:
        window = make_window(room)
        open_story(qtbot, window, desk.water.id or 0)
        go_away()
        qtbot.keyClicks(_end_of_body(window), " Filed while the newsroom was away.")
        assert not saved(qtbot, window.autosaver)

        assert window.autosaver.state is SaveState.OFFLINE
        assert window.notice.isVisible()
        assert "kept on this computer" in window.notice.label.text()
        assert "saved by itself" in window.notice.label.text()
        journal = window.journal
        qtbot.keyClicks(window.editor.body, " And typing went on.")
        assert not window.autosaver.timer.isActive()  # no attempt per pause while away
        qtbot.waitUntil(lambda: (entry := journal.read(f"story-{desk.water.id}")) is not None
                        and entry.article.body.endswith(" And typing went on."), timeout=3000)

        come_back()
        qtbot.waitUntil(lambda: window.autosaver.state is SaveState.SAVED, timeout=15000)
        stored = desk.newsroom.articles.get(desk.water.id or 0)
        assert stored.body.endswith(" Filed while the newsroom was away. And typing went on.")
        assert stored.version == desk.water.version + 1
        qtbot.waitUntil(lambda: journal.read(f"story-{desk.water.id}") is None)
        assert not window.notice.isVisible()


def test_quitting_while_the_newsroom_is_unavailable_keeps_the_text_for_the_next_start(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot, boxes: list[str]
) -> None:
    shown = boxes
    with unavailable(desk.url) as (url, go_away, come_back):
        with ui_newsroom(url) as room:
            window = make_window(room)
            open_story(qtbot, window, desk.water.id or 0)
            go_away()
            qtbot.keyClicks(_end_of_body(window), " Filed from the airport.")
            window.quit_action.trigger()
            # The save waits out the lock (on a worker), fails, and the text stays here.
            qtbot.waitUntil(lambda: not window.isVisible(), timeout=SOON)
            assert shown and shown[0].startswith("keptOnThisComputerBox")
            assert "kept on this computer" in shown[0]
        come_back()

    window = make_window(desk.newsroom)
    dialog = _answer_recovery(qtbot, window, "keepMineButton")
    assert dialog.findChild(QPlainTextEdit, "recoveredText").toPlainText().endswith(
        " Filed from the airport.")
    qtbot.waitUntil(lambda: window.recovery is not None and not window.recovery.pending)
    stored = desk.newsroom.articles.get(desk.water.id or 0)
    assert stored.body.endswith(" Filed from the airport.")
    assert window.editor.current_article().body == stored.body


def test_the_recovery_dialog_marks_the_lines_that_differ(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot, recovery_dir: Path
) -> None:
    stored = desk.newsroom.articles.save(Article(**{
        **desk.solar.__dict__, "body": "First paragraph.\n\nSecond paragraph.\n\nThird."}))
    _journal(desk.newsroom, recovery_dir).write(f"story-{stored.id}", Article(**{
        **stored.__dict__, "body": "First paragraph.\n\nSecond paragraph, corrected.\n\nThird."}))

    window = make_window(desk.newsroom)
    qtbot.waitUntil(lambda: window.recovery is not None and window.recovery.dialog is not None)
    assert window.recovery is not None and window.recovery.dialog is not None
    dialog = window.recovery.dialog
    mine = dialog.findChild(QPlainTextEdit, "recoveredText")
    theirs = dialog.findChild(QPlainTextEdit, "storedText")
    # The paragraph is tinted on both sides (a whole-line mark); within it, the words.
    [marked_mine, words_mine] = [m.cursor.selectedText() for m in mine.extraSelections()]
    [marked_theirs] = [m.cursor.selectedText() for m in theirs.extraSelections()]
    assert marked_mine == "Second paragraph, corrected."
    assert words_mine == ", corrected"
    assert marked_theirs == "Second paragraph."
    assert dialog.differences == 2
    dialog.reject()


def test_a_save_leaves_no_older_text_in_the_journal_to_be_offered_later(
    desk: Desk, make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by the crash soak: killed right after an autosave, the journal still held the
    text from before the last words, and the next start offered it as "mine". The journal
    is looked at on disk at the instant the save commits (on the save's worker): it already
    holds every word the save stores (write-ahead), even words its own clock had not written.
    A real kill at that instant: tests/ui/shell/test_journal_write_ahead.py."""
    window = make_window(desk.newsroom)
    open_story(qtbot, window, desk.water.id or 0)
    saver = window.autosaver
    saver.timer.setInterval(60_000)
    saver.deadline.setInterval(60_000)
    key = saver.journal_key
    body = _end_of_body(window)
    qtbot.keyClicks(body, " first")
    qtbot.waitUntil(lambda: (entry := window.journal.read(key)) is not None
                    and entry.article.body.endswith(" first"), timeout=3000)
    saver.journal_timer.setInterval(60_000)  # the next words are not journalled yet
    qtbot.keyClicks(body, " second")
    at_commit: list[tuple[Article, Article | None]] = []
    real_save = desk.newsroom.articles.save

    def save_and_look(article: Article) -> Article:
        stored = real_save(article)
        entry = window.journal.read(key)  # what a SIGKILL right now would leave
        at_commit.append((stored, entry.article if entry is not None else None))
        return stored

    monkeypatch.setattr(desk.newsroom.articles, "save", save_and_look)

    assert saved(qtbot, saver)

    [(stored, journalled)] = at_commit
    assert journalled is not None and same_text(journalled, stored)

    assert window.journal_writer.flush()
    assert window.journal.read(key) is None
    assert desk.newsroom.articles.get(desk.water.id or 0).body.endswith(" first second")


def test_a_read_only_newsroom_never_opened_before_still_opens_and_keeps_what_is_typed(
    qtbot: QtBot, tmp_path: Path, recovery_dir: Path
) -> None:
    """Found by the fault soak: the window stored the newsroom's id before anything else and
    refused to open a read-only file it had never seen."""
    from newsdesk.services.newsroom import open_newsroom
    from tests.helpers.storage_faults import read_only_url

    path = tmp_path / "archive.sqlite3"
    with ui_newsroom(f"sqlite:///{path}") as room:
        story = room.articles.create(Article(headline="Archived budget story", body="Text."))
    room = open_newsroom(read_only_url(path))
    try:
        window = MainWindow(room)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: not window.initial_story_pending)
        open_story(qtbot, window, story.id or 0)
        qtbot.keyClicks(_end_of_body(window), " Notes.")
        assert not saved(qtbot, window.autosaver)
        assert window.autosaver.state is SaveState.OFFLINE
        assert window.journal_writer.flush()
        entry = window.journal.read(window.autosaver.journal_key)
        assert entry is not None and entry.article.body == "Text. Notes."
        window.autosaver.discard()
        window.close()
    finally:
        room.close()
