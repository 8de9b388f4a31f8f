"""What reads the open story right after saving it (a PDF, a revision restored over it, the
translators' desk) goes on only once the save covering the typing has landed: typing made
while that save travels is in what follows, and a save refused by a colleague's newer version
stops it, with the user told and nothing written over the colleague's text (SQLite and
PostgreSQL)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article
from newsdesk.ui.autosave import SaveState
from newsdesk.ui.dialogs.revisions_dialog import RevisionsDialog
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.window_menus import ActionId
from tests.helpers.desk import open_story, wait_idle
from tests.helpers.locks import articles_locked
from tests.helpers.pdf_text import pdf_text
from tests.ui.shell.conftest import Desk

SOON = 20_000  # ms: a bound for a loaded machine, not a timing assertion


def _window(qtbot: QtBot, desk: Desk) -> MainWindow:
    window = MainWindow(desk.newsroom)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.initial_story_pending, timeout=SOON)
    assert open_story(qtbot, window, desk.water.id or 0)
    return window


def _type(window: MainWindow, words: str) -> None:
    body: QPlainTextEdit = window.editor.body
    body.moveCursor(body.textCursor().MoveOperation.End)
    body.insertPlainText(words)


def _colleague_saves(desk: Desk) -> Article:
    """A colleague's newer version of the open story (the editor's is now stale)."""
    stored = desk.newsroom.articles.get(desk.water.id or 0)
    return desk.newsroom.articles.save(replace(stored, body="The colleague's rewrite."))


def _type_while_the_save_travels(qtbot: QtBot, desk: Desk, window: MainWindow,
                                 start: Callable[[], object], words: str) -> None:
    """``start()`` sends the save; another connection holds the stories until ``words`` are
    typed behind it, so they are typed while it is on its way."""
    with articles_locked(desk.url):
        start()
        assert window.autosaver.saving  # on its way, held by the lock
        _type(window, words)


# -- PDF ------------------------------------------------------------------------------------
def test_the_pdf_holds_typing_made_while_its_save_travelled(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    window = _window(qtbot, desk)
    target = tmp_path / "water.pdf"
    _type(window, " First words.")
    with qtbot.wait_signal(window.transfer.pdf_finished, timeout=SOON) as finished:
        _type_while_the_save_travels(qtbot, desk, window,
                                     lambda: window.transfer.export_pdf_to(target),
                                     " Second words.")
    assert finished.args[0] is True
    printed = " ".join(pdf_text(target).split())
    assert "First words. Second words." in printed
    stored = desk.newsroom.articles.get(desk.water.id or 0)
    assert stored.body.endswith("First words. Second words.")
    assert not window.autosaver.is_dirty


def test_no_pdf_of_a_story_whose_save_a_colleague_s_version_refused(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    window = _window(qtbot, desk)
    theirs = _colleague_saves(desk)
    _type(window, " My sentence.")
    target = tmp_path / "water.pdf"
    with qtbot.wait_signal(window.transfer.pdf_finished, timeout=SOON) as finished:
        window.transfer.export_pdf_to(target)
    assert finished.args[0] is False
    assert not target.exists()  # neither theirs nor the version before mine
    assert "PDF not written: the open story could not be saved first." in finished.args[1]
    assert window.notice.isVisible()
    assert window.autosaver.state is SaveState.CONFLICT
    assert window.editor.body_edit.toPlainText().endswith("My sentence.")  # still here
    assert desk.newsroom.articles.get(desk.water.id or 0) == theirs


# -- revisions ------------------------------------------------------------------------------
def _revisions(qtbot: QtBot, desk: Desk) -> tuple[MainWindow, RevisionsDialog]:
    """The window on the story with one revision, and its revisions dialog (history read)."""
    desk.newsroom.articles.record_revision(desk.water.id or 0, note="first take")
    window = _window(qtbot, desk)
    window.show_revisions()
    dialog = window.findChild(RevisionsDialog, "revisionsDialog")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 2, timeout=SOON)
    return window, dialog


def test_a_restore_keeps_typing_made_while_its_save_travelled(
    qtbot: QtBot, desk: Desk
) -> None:
    window, dialog = _revisions(qtbot, desk)
    _type(window, " First words.")
    with qtbot.wait_signal(dialog.story_restored, timeout=SOON):
        _type_while_the_save_travels(qtbot, desk, window, lambda: dialog.restore(1),
                                     " Second words.")
    qtbot.waitUntil(lambda: "First words" not in window.editor.body_edit.toPlainText(),
                    timeout=SOON)  # the restored text, shown
    wait_idle(qtbot, window)
    revisions = desk.newsroom.revisions
    history = revisions.history(desk.water.id or 0)
    assert [r.note for r in history[:2]] == ["Restored revision 1", "Before restoring revision 1"]
    kept = revisions.text(desk.water.id or 0, history[1].number)
    assert kept.body.endswith("First words. Second words.")  # both saved before the restore


def test_a_restore_over_a_colleague_s_newer_version_is_refused_and_said(
    qtbot: QtBot, desk: Desk
) -> None:
    window, dialog = _revisions(qtbot, desk)
    theirs = _colleague_saves(desk)
    _type(window, " My sentence.")
    with qtbot.assert_not_emitted(dialog.story_restored), \
            qtbot.wait_signal(dialog.restore_refused, timeout=SOON) as refused:
        dialog.restore(1)
    assert "could not be saved first" in refused.args[0]
    assert dialog.message_label.text() == refused.args[0]
    assert window.autosaver.state is SaveState.CONFLICT  # the notice offers the ways out
    assert window.editor.body_edit.toPlainText().endswith("My sentence.")
    assert desk.newsroom.articles.get(desk.water.id or 0) == theirs
    assert len(desk.newsroom.revisions.history(desk.water.id or 0)) == 1  # no restore


# -- a tool's save-first: the translators' desk -----------------------------------------------
def test_the_desk_opens_on_typing_made_while_its_save_travelled(
    qtbot: QtBot, desk: Desk
) -> None:
    window = _window(qtbot, desk)
    tools = window.translation_tools
    _type(window, " First words.")
    _type_while_the_save_travels(
        qtbot, desk, window, window.menus.action(ActionId.TRANSLATION_DESK).trigger,
        " Second words.")
    assert tools.dialog is None  # not before the save has landed
    qtbot.waitUntil(lambda: tools.dialog is not None and tools.dialog.isVisible(),
                    timeout=SOON)
    stored = desk.newsroom.articles.get(desk.water.id or 0)
    assert stored.body.endswith("First words. Second words.")
    assert not window.autosaver.is_dirty
    assert tools.dialog is not None
    tools.dialog.close()


def test_the_desk_stays_closed_when_a_colleague_s_version_refused_the_save(
    qtbot: QtBot, desk: Desk
) -> None:
    window = _window(qtbot, desk)
    tools = window.translation_tools
    theirs = _colleague_saves(desk)
    _type(window, " My sentence.")
    window.menus.action(ActionId.TRANSLATION_DESK).trigger()
    qtbot.waitUntil(lambda: "the desk stays closed" in window.statusBar().currentMessage(),
                    timeout=SOON)
    assert tools.dialog is None
    assert window.autosaver.state is SaveState.CONFLICT
    assert window.editor.body_edit.toPlainText().endswith("My sentence.")
    assert desk.newsroom.articles.get(desk.water.id or 0) == theirs
