"""F1 opens help that explains the desk and lists every command with its real shortcut."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from newsdesk.ui.desk_start import read_opened
from newsdesk.ui.dialogs.help_dialog import HelpDialog
from newsdesk.ui.main_window import MainWindow
from tests.ui.shell.conftest import Desk


def test_help_lists_the_menus_commands_and_shortcuts(qtbot: QtBot, desk: Desk) -> None:
    window = MainWindow(read_opened(desk.newsroom))
    qtbot.addWidget(window)
    window.help_action.trigger()
    dialog = window.findChild(HelpDialog, "helpDialog")
    assert dialog is not None and dialog.isVisible()
    rows = dialog.command_rows()
    assert ("Tools", "Spelling…", "F7") in rows
    assert ("File", "New Story", "Ctrl+N") in [(m, c.replace("&", ""), k) for m, c, k in rows]
    assert any(command == "Spike Story" for _, command, _ in rows)
    assert "Ctrl+Shift+K" in dialog.guide.toPlainText()
    assert window.help_action.shortcut().toString() == "F1"
    assert ("File", "Quit", "Ctrl+Q") in rows
