"""Two newsrooms on one database edit the same profile or source (SQLite and PostgreSQL): the
second save is refused with what changed, the form keeps the user's text, Reload shows the
colleague's version and Keep Editing saves the user's over it knowingly."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.people.profiles_dialog import ProfilesDialog
from newsdesk.ui.people.sources_dock import SourcesDock
from tests.helpers.profiles import settle
from tests.ui.people.conftest import Desk


def _click(qtbot, widget: QPushButton) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _refused_profile_save(qtbot, dialog: ProfilesDialog, desk: Desk,
                          colleague: Newsroom) -> None:
    dialog.select_author(desk.farrukh.id or 0)
    settle(qtbot, dialog)
    dialog.form.bio_edit.setPlainText("Covers Uzbek cotton and the Aral Sea.")
    theirs = colleague.authors.get(desk.farrukh.id or 0)
    colleague.authors.update(replace(theirs, bio="Moved to Samarkand in May."))
    _click(qtbot, dialog.save_button)
    settle(qtbot, dialog)


def test_stale_profile_save_is_refused_and_keeps_the_edit(
    qtbot, dialog: ProfilesDialog, desk: Desk, colleague: Newsroom
) -> None:
    _refused_profile_save(qtbot, dialog, desk, colleague)
    bar = dialog.findChild(QLabel, "profileConflictLabel")
    assert bar is not None and bar.isVisible()
    text = bar.text()
    assert "“Farrukh Nazarov” was changed elsewhere" in text
    assert "(version 2, yours 1)" in text
    assert "Bio: theirs “Moved to Samarkand in May.”, yours “Covers Uzbek cotton" in text
    assert "Name:" not in text  # only what differs
    assert dialog.form.bio_edit.toPlainText() == "Covers Uzbek cotton and the Aral Sea."
    assert dialog.has_unsaved_edits
    assert desk.newsroom.authors.get(desk.farrukh.id or 0).bio == "Moved to Samarkand in May."


def test_reload_drops_the_edit_and_shows_the_colleagues_profile(
    qtbot, dialog: ProfilesDialog, desk: Desk, colleague: Newsroom
) -> None:
    _refused_profile_save(qtbot, dialog, desk, colleague)
    reload_button = dialog.findChild(QPushButton, "profileReloadButton")
    assert reload_button is not None and reload_button.text() == "Reload (drop my edits)"
    _click(qtbot, reload_button)
    settle(qtbot, dialog)
    assert dialog.form.bio_edit.toPlainText() == "Moved to Samarkand in May."
    assert not dialog.conflict_bar.isVisible()
    assert not dialog.has_unsaved_edits
    assert dialog.current_author is not None and dialog.current_author.version == 2
    # An edit made after the reload is saved on the colleague's version.
    dialog.form.bio_edit.setPlainText("Moved to Samarkand in May. Covers cotton.")
    _click(qtbot, dialog.save_button)
    settle(qtbot, dialog)
    stored = desk.newsroom.authors.get(desk.farrukh.id or 0)
    assert (stored.bio, stored.version) == ("Moved to Samarkand in May. Covers cotton.", 3)


def test_keep_editing_saves_mine_over_theirs_once_seen(
    qtbot, dialog: ProfilesDialog, desk: Desk, colleague: Newsroom
) -> None:
    _refused_profile_save(qtbot, dialog, desk, colleague)
    keep = dialog.findChild(QPushButton, "profileKeepEditingButton")
    assert keep is not None
    _click(qtbot, keep)
    assert not dialog.conflict_bar.isVisible()
    assert dialog.form.bio_edit.toPlainText() == "Covers Uzbek cotton and the Aral Sea."
    _click(qtbot, dialog.save_button)
    settle(qtbot, dialog)
    stored = desk.newsroom.authors.get(desk.farrukh.id or 0)
    assert (stored.bio, stored.version) == ("Covers Uzbek cotton and the Aral Sea.", 3)


def test_closing_with_a_refused_edit_stays_open(
    qtbot, dialog: ProfilesDialog, desk: Desk, colleague: Newsroom
) -> None:
    _refused_profile_save(qtbot, dialog, desk, colleague)
    dialog.reject()  # Close tries to save: refused again, so the dialog stays with the text
    assert dialog.isVisible()
    assert dialog.form.bio_edit.toPlainText() == "Covers Uzbek cotton and the Aral Sea."
    assert dialog.conflict_bar.isVisible()


def test_stale_source_save_is_refused_and_reload_shows_theirs(
    qtbot, dock: SourcesDock, desk: Desk, colleague: Newsroom
) -> None:
    dock.select_source("kazinform")
    dock.form.title_edit.setText("National news agency")
    colleague.sources.update(replace(colleague.sources.get("kazinform"),
                                     contact="desk@inform.test"))
    with qtbot.waitSignal(dock.save_answered):
        _click(qtbot, dock.save_button)
    label = dock.findChild(QLabel, "sourceConflictLabel")
    assert label is not None and label.isVisible()
    assert "“Kazinform” was changed elsewhere" in label.text()
    assert "Contact: theirs “desk@inform.test”, yours “(empty)”" in label.text()
    assert "Title: theirs “(empty)”, yours “National news agency”" in label.text()
    assert dock.form.title_edit.text() == "National news agency"
    assert desk.newsroom.sources.get("kazinform").title == ""
    reload_button = dock.findChild(QPushButton, "sourceReloadButton")
    assert reload_button is not None
    with qtbot.waitSignal(dock.stored_shown) as shown:
        _click(qtbot, reload_button)
        assert not reload_button.isEnabled()  # the stored source is on its way
    assert shown.args == ["kazinform"]
    assert dock.form.contact_edit.text() == "desk@inform.test"
    assert dock.form.title_edit.text() == ""
    assert not dock.conflict_bar.isVisible()


def test_source_keep_editing_saves_mine(
    qtbot, dock: SourcesDock, desk: Desk, colleague: Newsroom
) -> None:
    dock.select_source("kazinform")
    dock.form.notes_edit.setPlainText("Call before 18:00.")
    colleague.sources.update(replace(colleague.sources.get("kazinform"), notes="Paywalled."))
    with qtbot.waitSignal(dock.save_answered):
        _click(qtbot, dock.save_button)
    assert dock.conflict_bar.isVisible()
    keep = dock.findChild(QPushButton, "sourceKeepEditingButton")
    assert keep is not None
    _click(qtbot, keep)
    with qtbot.waitSignal(dock.save_answered):
        _click(qtbot, dock.save_button)
    stored = desk.newsroom.sources.get("kazinform")
    assert (stored.notes, stored.version) == ("Call before 18:00.", 3)
