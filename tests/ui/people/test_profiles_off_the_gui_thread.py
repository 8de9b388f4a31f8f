"""The profiles dialog reads and writes on the task runner (issue 13), on SQLite and PostgreSQL:
the last profile clicked is the one shown, a save held by another connection's lock leaves the
form read-only saying "Saving…" and then stores what was typed, and a save killed between its
writes stores nothing and keeps the text in the form with the reason."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

import newsdesk.services.authors as authors_module
from newsdesk.domain.article import Status
from newsdesk.domain.errors import DatabaseOfflineError
from newsdesk.ui.people.profiles_dialog import ProfilesDialog, status_counts_text
from newsdesk.ui.tasks import TaskRunner
from tests.helpers.locks import table_locked
from tests.helpers.profiles import settle
from tests.ui.people.conftest import Desk


def test_the_last_profile_clicked_is_the_one_shown(
    qtbot: QtBot, dialog: ProfilesDialog, desk: Desk
) -> None:
    shown: list[int] = []
    dialog.profile_shown.connect(shown.append)
    for author in (desk.aigerim, desk.farrukh, desk.unused, desk.farrukh):
        dialog.select_author(author.id or 0)  # quicker than each read: only the last lands
    assert dialog.busy and dialog.form.name_edit.isReadOnly()
    assert dialog.title_label.text() == "Farrukh Nazarov"  # from the list, at once
    settle(qtbot, dialog)
    assert shown[-1] == desk.farrukh.id and desk.unused.id not in shown
    assert dialog.current_author is not None and dialog.current_author.id == desk.farrukh.id
    assert dialog.form.name_edit.text() == "Farrukh Nazarov"
    assert not dialog.form.name_edit.isReadOnly()
    assert dialog.counts_label.text() == status_counts_text({Status.EDITING: 1})


def test_a_save_held_by_a_lock_says_saving_takes_no_keys_and_then_stores(
    qtbot: QtBot, dialog: ProfilesDialog, desk: Desk, database_url: str
) -> None:
    dialog.select_author(desk.farrukh.id or 0)
    settle(qtbot, dialog)
    dialog.form.bio_edit.setPlainText("Covers cotton and the Aral Sea.")
    with table_locked(database_url, "authors"):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.busy
        assert dialog.banner.text() == "Saving…" and not dialog.banner.is_error
        assert dialog.form.bio_edit.isReadOnly() and dialog.form.name_edit.isReadOnly()
        assert not dialog.list_view.isEnabled() and not dialog.save_button.isEnabled()
        qtbot.keyClicks(dialog.form.name_edit, "x")  # read-only: nothing lands
        dialog.reject()  # closing waits for the save's answer
        qtbot.wait(200)
        assert dialog.isVisible() and dialog.busy
    settle(qtbot, dialog)
    stored = desk.newsroom.authors.get(desk.farrukh.id or 0)
    assert (stored.bio, stored.name) == ("Covers cotton and the Aral Sea.", "Farrukh Nazarov")
    assert "Saved the profile of Farrukh Nazarov" in dialog.banner.text()
    assert not dialog.form.bio_edit.isReadOnly() and dialog.list_view.isEnabled()
    assert not dialog.has_unsaved_edits


def test_a_save_killed_between_its_writes_stores_nothing_and_keeps_the_text(
    qtbot: QtBot, dialog: ProfilesDialog, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog.select_author(desk.aigerim.id or 0)
    settle(qtbot, dialog)
    real_apply = authors_module.apply_author

    def apply_then_die(row: object, author: object) -> None:
        real_apply(row, author)  # the row and its names are changed in the session…
        raise OSError("the disk went away")  # …and the commit never comes

    monkeypatch.setattr(authors_module, "apply_author", apply_then_die)
    dialog.form.name_edit.setText("Aigerim Sarsenbayeva-Nur")
    dialog.form.name_edit.textEdited.emit(dialog.form.name_edit.text())
    dialog.form.bio_edit.setPlainText("Now in Astana.")
    with qtbot.waitSignal(dialog.save_answered, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    TaskRunner.of().drain()

    stored = desk.newsroom.authors.get(desk.aigerim.id or 0)
    assert (stored.name, stored.bio, stored.version) == (
        desk.aigerim.name, desk.aigerim.bio, desk.aigerim.version)
    assert dialog.banner.is_error and "the disk went away" in dialog.banner.text()
    assert dialog.form.name_edit.text() == "Aigerim Sarsenbayeva-Nur"
    assert dialog.form.bio_edit.toPlainText() == "Now in Astana."
    assert dialog.has_unsaved_edits and not dialog.form.bio_edit.isReadOnly()

    monkeypatch.setattr(authors_module, "apply_author", real_apply)
    with qtbot.waitSignal(dialog.save_answered, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = desk.newsroom.authors.get(desk.aigerim.id or 0)
    assert (stored.name, stored.bio) == ("Aigerim Sarsenbayeva-Nur", "Now in Astana.")


def test_a_save_whose_list_cannot_be_read_after_it_is_still_saved(
    qtbot: QtBot, dialog: ProfilesDialog, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The write landed: the dialog must not offer to save it again (over its own version)."""
    dialog.select_author(desk.unused.id or 0)
    settle(qtbot, dialog)
    authors = desk.newsroom.authors

    def offline(*_args: object, **_kwargs: object) -> list[object]:
        raise DatabaseOfflineError("the newsroom server is unavailable")

    monkeypatch.setattr(authors, "all", offline)
    dialog.form.bio_edit.setPlainText("Edits the economy pages.")
    with qtbot.waitSignal(dialog.save_answered, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert authors.get(desk.unused.id or 0).bio == "Edits the economy pages."
    assert not dialog.has_unsaved_edits
    assert dialog.current_author is not None and dialog.current_author.version == 2
    assert dialog.banner.is_error and "could not be read" in dialog.banner.text()

    monkeypatch.undo()
    dialog.form.bio_edit.setPlainText("Edits the economy and business pages.")
    with qtbot.waitSignal(dialog.save_answered, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = authors.get(desk.unused.id or 0)
    assert (stored.bio, stored.version) == ("Edits the economy and business pages.", 3)


def test_new_profile_clicked_while_the_list_loads_stays_new(qtbot: QtBot, desk: Desk) -> None:
    dialog = ProfilesDialog(desk.newsroom)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.title_label.text() == "Loading profiles…" and dialog.busy
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert dialog.model.rowCount() == 3  # the list still came
    assert dialog.current_author is None and dialog.title_label.text() == "New profile"
    assert not dialog.form.name_edit.isReadOnly()
