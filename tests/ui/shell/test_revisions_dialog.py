"""Story ▸ Revisions…: browse a story's history, compare two texts, restore one (both backends)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.dialogs.revisions_dialog import RevisionsDialog
from newsdesk.ui.main_window import MainWindow
from tests.helpers.desk import open_story, wait_idle
from tests.ui.shell.conftest import Desk


def _history(newsroom: Newsroom, story: Article) -> Article:
    """Three revisions: the first take, a new figure, a new headline."""
    articles = newsroom.articles
    articles.record_revision(story.id or 0, note="first take", who="Farrukh")
    story = articles.save(replace(story, body="Farmers will get water on a fixed rota from June."))
    articles.record_revision(story.id or 0, note="new month", who="Aigerim")
    story = articles.save(replace(story, headline="Water rota agreed for Tashkent region"))
    articles.record_revision(story.id or 0, note="shorter headline", who="Aigerim")
    return story


def _dialog(qtbot: QtBot, newsroom: Newsroom, story: Article,
            version: int | None = None) -> RevisionsDialog:
    def save_first(then: Callable[[int | None], None]) -> None:
        then(version if version is not None else newsroom.articles.get(story.id or 0).version)

    dialog = RevisionsDialog(newsroom.revisions, story.id or 0, save_first=save_first)
    qtbot.addWidget(dialog)
    with qtbot.wait_signal(dialog.compared):  # the history and its first comparison, read
        dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _compare(qtbot: QtBot, dialog: RevisionsDialog, *rows: int) -> None:
    """Pick rows and wait for their comparison (read on the task runner)."""
    with qtbot.wait_signal(dialog.compared):
        dialog.select_rows(*rows)


def test_list_and_side_by_side_word_diff(qtbot: QtBot, desk: Desk,
                                         qtmodeltester: ModelTester) -> None:
    story = _history(desk.newsroom, desk.water)
    dialog = _dialog(qtbot, desk.newsroom, story)
    qtmodeltester.check(dialog.model)
    assert dialog.objectName() == "revisionsDialog"
    assert dialog.model.rowCount() == 4  # the current text and three revisions
    assert "Revision 3" in dialog.model.index(1).data() and "shorter headline" in \
        dialog.model.index(1).data()
    # Opening compares the newest revision with the stored text: nothing differs.
    assert dialog.summary_label.text() == "No difference in headline, deck or body."
    _compare(qtbot, dialog, 3, 2)  # revision 1 against revision 2
    assert (dialog.old_label.text(), dialog.new_label.text()) == ("Revision 1", "Revision 2")
    assert dialog.summary_label.text().startswith("1 part")
    old_html, new_html = dialog.old_view.toHtml(), dialog.new_view.toHtml()
    assert "line-through" in old_html and ">May<" in old_html
    assert ">June<" in new_html and "line-through" not in new_html
    _compare(qtbot, dialog, 3)  # one revision: compared with the current text
    assert (dialog.old_label.text(), dialog.new_label.text()) == ("Revision 1", "Current text")
    assert dialog.new_view.toPlainText().startswith("Water rota agreed")
    assert dialog.restore_button.isEnabled()
    dialog.select_rows(0)
    assert not dialog.restore_button.isEnabled()  # the current text is not a revision


def test_restore_asks_then_records_a_new_revision(qtbot: QtBot, desk: Desk) -> None:
    story = _history(desk.newsroom, desk.water)
    dialog = _dialog(qtbot, desk.newsroom, story)
    dialog.select_rows(3)
    dialog.restore_button.click()
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()  # opened, not exec'd
    with qtbot.wait_signal(dialog.story_restored) as restored:
        button = box.findChild(QPushButton, "confirmRestoreButton")
        assert button is not None
        button.click()
    assert restored.args == [story.id]
    stored = desk.newsroom.articles.get(story.id or 0)
    assert stored.headline == "Water schedule agreed for Tashkent region"
    assert stored.body == "Farmers will get water on a fixed rota from May."
    assert dialog.message_label.text() == "Restored revision 1 as revision 4."
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 5)  # the history, read again


def test_restore_refused_when_someone_saved_meanwhile(qtbot: QtBot, desk: Desk) -> None:
    story = _history(desk.newsroom, desk.water)
    dialog = _dialog(qtbot, desk.newsroom, story, version=story.version)
    desk.newsroom.articles.save(replace(story, deck="A colleague's deck"))
    dialog.select_rows(3)
    with qtbot.assert_not_emitted(dialog.story_restored), \
            qtbot.wait_signal(dialog.restore_refused):
        dialog.restore(1)
    assert dialog.message_label.text().startswith("Not restored: 'Water rota agreed")
    assert "changed elsewhere" in dialog.message_label.text()
    assert desk.newsroom.articles.get(story.id or 0).deck == "A colleague's deck"


def test_restore_without_saving_first_is_refused(qtbot: QtBot, desk: Desk) -> None:
    story = _history(desk.newsroom, desk.water)
    dialog = RevisionsDialog(desk.newsroom.revisions, story.id or 0,
                             save_first=lambda then: then(None))
    qtbot.addWidget(dialog)
    with qtbot.wait_signal(dialog.restore_refused):
        dialog.restore(1)
    assert "could not be saved first" in dialog.message_label.text()
    assert desk.newsroom.articles.get(story.id or 0).headline == story.headline


def test_window_menu_saves_typing_then_shows_the_restored_text(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    story = _history(desk.newsroom, desk.water)
    window = MainWindow(desk.newsroom)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.initial_story_pending)
    assert open_story(qtbot, window, story.id or 0)
    assert window.revisions_action.objectName() == "revisionsAction"
    assert window.revisions_action.shortcut().toString() == "Ctrl+Alt+H"
    assert window.revisions_action in window.menuBar().actions()[3].menu().actions()
    qtbot.keyClicks(window.editor.body_edit, " Unsaved words.")
    window.revisions_action.trigger()
    dialog = window.findChild(RevisionsDialog, "revisionsDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.grab().save(str(tmp_path / "revisions.png"))
    _compare(qtbot, dialog, 3)
    dialog.restore(1)  # the typing saved first, then the restore, each on the task runner
    # The window reloads the restored story on the task runner.
    qtbot.waitUntil(lambda: window.editor.headline_edit.toPlainText()
                    == "Water schedule agreed for Tashkent region")
    wait_idle(qtbot, window)
    assert not window.autosaver.is_dirty
    history = desk.newsroom.revisions.history(story.id or 0)
    assert [r.note for r in history[:2]] == ["Restored revision 1", "Before restoring revision 1"]
    kept = desk.newsroom.revisions.text(story.id or 0, history[1].number)
    assert "Unsaved words." in kept.body  # the typing was saved before the restore
