"""A key pressed while a desk command is on its way says why it did nothing, at once.

The editor is read-only while a story opens (or a save before closing is on its way), and
"Opening…" appears only if the command lasts (a command that lands at once never flashes
it). A writer who starts typing in that short moment saw nothing happen and nothing said why:
the keys were dropped silently. A key pressed then shows the line at once.
"""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from newsdesk.ui.editor.article_editor import ArticleEditor


@pytest.mark.parametrize("field", ["headline_edit", "deck_edit", "body"])
def test_a_key_pressed_while_busy_shows_why_at_once(
    editor: ArticleEditor, qtbot: QtBot, field: str
) -> None:
    editor.set_busy("Opening…")
    assert not editor.busy_label.isVisible()  # a quick command would never flash it

    edit = getattr(editor, field)
    QTest.keyClicks(edit, "x")  # no event loop turn: the delayed show has not fired

    assert editor.busy_label.isVisible()
    assert editor.busy_label.text() == "Opening…"
    assert "x" not in edit.toPlainText()  # read-only: the key lands nowhere


def test_keys_when_not_busy_show_nothing(editor: ArticleEditor, qtbot: QtBot) -> None:
    QTest.keyClicks(editor.body, "x")
    assert not editor.busy_label.isVisible()
    editor.set_busy("Opening…")
    editor.set_busy("")
    QTest.keyClicks(editor.body, "y")
    assert not editor.busy_label.isVisible()
