"""Waiting for the profiles dialog, whose reads and writes land from the task runner."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.people.profiles_dialog import ProfilesDialog


def opened_profiles(qtbot: QtBot, newsroom: Newsroom) -> ProfilesDialog:
    """The profiles dialog shown, once its list and first profile have been read."""
    dialog = ProfilesDialog(newsroom)
    qtbot.addWidget(dialog)
    dialog.show()
    return settle(qtbot, dialog)


def settle(qtbot: QtBot, dialog: ProfilesDialog) -> ProfilesDialog:
    """Wait until the dialog's reads and writes on the task runner have landed."""
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    return dialog
