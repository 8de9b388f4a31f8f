"""Alt+letter reaches what its underline promises: no two visible labels share a letter with
each other or with the menu bar (Alt+T once moved to "Sta&tus" instead of the Tools menu)."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtWidgets import QAbstractButton, QLabel
from pytestqt.qtbot import QtBot

from newsdesk.ui.desk_start import read_opened
from newsdesk.ui.main_window import MainWindow
from tests.ui.shell.conftest import Desk

_MNEMONIC = re.compile(r"&([^&\s])")


def _letter(text: str) -> str | None:
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def test_menus_and_the_editor_do_not_share_alt_letters(qtbot: QtBot, desk: Desk) -> None:
    window = MainWindow(read_opened(desk.newsroom))
    qtbot.addWidget(window)
    window.resize(1680, 1000)
    window.show()
    window.sources_dock.show()  # docked beside the editor, its labels share the window's keys
    qtbot.waitExposed(window)
    letters: list[tuple[str, str]] = []
    for action in window.menuBar().actions():
        if (letter := _letter(action.text())) is not None:
            letters.append((letter, f"menu {action.text()}"))
    panels = (window.editor, window.sources_dock)
    widgets = [w for panel in panels for w in panel.findChildren(QLabel)
               + panel.findChildren(QAbstractButton)]
    for widget in widgets:
        if widget.isVisible() and (letter := _letter(widget.text())) is not None:
            letters.append((letter, widget.text()))
    counts = Counter(letter for letter, _ in letters)
    clashes = sorted((letter, owner) for letter, owner in letters if counts[letter] > 1)
    assert clashes == []
