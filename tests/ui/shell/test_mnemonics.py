"""Alt+letter reaches what its underline promises: no two visible labels share a letter with
each other or with the menu bar (Alt+T once moved to "Sta&tus" instead of the Tools menu)."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtWidgets import QAbstractButton, QLabel
from pytestqt.qtbot import QtBot

from newsdesk.ui.main_window import MainWindow
from tests.ui.shell.conftest import Desk

_MNEMONIC = re.compile(r"&([^&\s])")


def _letter(text: str) -> str | None:
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def test_menus_and_the_editor_do_not_share_alt_letters(qtbot: QtBot, desk: Desk) -> None:
    window = MainWindow(desk.newsroom)
    qtbot.addWidget(window)
    window.resize(1680, 1000)
    window.show()
    qtbot.waitExposed(window)
    letters: list[tuple[str, str]] = []
    for action in window.menuBar().actions():
        if (letter := _letter(action.text())) is not None:
            letters.append((letter, f"menu {action.text()}"))
    for widget in window.editor.findChildren(QLabel) + window.editor.findChildren(QAbstractButton):
        if widget.isVisible() and (letter := _letter(widget.text())) is not None:
            letters.append((letter, widget.text()))
    counts = Counter(letter for letter, _ in letters)
    clashes = sorted((letter, owner) for letter, owner in letters if counts[letter] > 1)
    assert clashes == []
