"""The refused-save paths the profile dialog and the source dock share (SaveConflict) that a
plain colleague's save does not reach: the entry gone meanwhile, and nothing stored to compare
with. Each ends with the user's text still in the form and a message saying why."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from newsdesk.domain.errors import ConflictError
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.people.sources_dock import SourcesDock
from tests.helpers.profiles import opened_profiles
from tests.ui.people.conftest import Desk


def test_a_source_deleted_meanwhile_says_so_and_keeps_the_edit(
    qtbot: QtBot, dock: SourcesDock, colleague: Newsroom
) -> None:
    """The save goes to the runner as usual; the refusal names the missing source."""
    dock.select_source("official-1")
    dock.form.notes_edit.setPlainText("Met at the ministry on Monday.")
    colleague.sources.delete("official-1")  # between reading it and saving over it

    with qtbot.waitSignal(dock.save_answered):
        dock.save_button.click()

    assert dock.banner.is_error and "does not exist" in dock.banner.text()
    assert not dock.conflict_bar.isVisible() and dock.conflict.theirs is None
    assert dock.form.notes_edit.toPlainText() == "Met at the ministry on Monday."
    assert dock.save_button.isEnabled()  # Save (or New source) can be tried again
    dock.conflict_bar.keep_editing_requested.emit()  # a stale click does nothing
    assert dock.banner.is_error


def test_a_new_profile_refused_shows_the_reason_instead_of_a_comparison(
    qtbot: QtBot, desk: Desk
) -> None:
    """A conflict with nothing stored to compare with (a new profile; the save task finds no
    stored version): before the shared code, this path returned without a word."""
    dialog = opened_profiles(qtbot, desk.newsroom)
    dialog.new_profile()
    dialog.form.name_edit.setText("Dilnoza Yusupova")
    reason = ("someone else changed the same records in the newsroom at the same time; "
              "reload, then try again")

    dialog.conflict.show_refusal(dialog.form.author(), ConflictError(reason), None)

    label = dialog.findChild(QLabel, "profileMessageLabel")
    assert label is not None and label.isVisible() and label.text() == reason
    assert not dialog.conflict_bar.isVisible()
    assert dialog.form.name_edit.text() == "Dilnoza Yusupova"
