"""The recovery dialog marks the words that differ within a changed paragraph, not all of it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette, QTextCharFormat, QTextFormat
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article
from newsdesk.services.recovery import RecoveryOffer
from newsdesk.services.recovery_journal import JournalEntry
from newsdesk.ui.dialogs.recovery_dialog import RecoveryDialog


def _dialog(qtbot: QtBot, tmp_path: Path, stored_body: str, mine_body: str,
            language: str = "en") -> RecoveryDialog:
    stored = Article(headline="Council budget", body=stored_body, language=language, id=7,
                     version=3, updated_at=datetime(2026, 12, 1, 9, 30, tzinfo=UTC))
    mine = Article(headline="Council budget", body=mine_body, language=language, id=7,
                   version=3)
    dialog = RecoveryDialog(RecoveryOffer(
        JournalEntry("story-7", mine, datetime(2026, 12, 1, 9, 45, tzinfo=UTC),
                     tmp_path / "story-7.json"), stored))
    qtbot.addWidget(dialog)
    return dialog


def _marked_words(view: QPlainTextEdit) -> list[tuple[str, QTextCharFormat]]:
    """The word marks the view paints: its selections that are not a whole paragraph's tint."""
    return [(m.cursor.selectedText(), QTextCharFormat(m.format)) for m in view.extraSelections()
            if not m.format.property(QTextFormat.Property.FullWidthSelection)]


def _tinted_lines(view: QPlainTextEdit) -> list[str]:
    return [m.cursor.selectedText() for m in view.extraSelections()
            if m.format.property(QTextFormat.Property.FullWidthSelection)]


def test_only_the_last_two_words_of_a_changed_paragraph_are_marked(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, tmp_path,
                     "The council met on Monday.\n\nIt voted for the whole budget today.",
                     "The council met on Monday.\n\nIt voted for the whole plan yesterday.")
    mine = dialog.findChild(QPlainTextEdit, "recoveredText")
    stored = dialog.findChild(QPlainTextEdit, "storedText")
    [(added, added_format)] = _marked_words(mine)
    [(missing, missing_format)] = _marked_words(stored)
    assert added == "plan yesterday"
    assert missing == "budget today"
    # Not by colour alone: underlined in mine, struck through in the stored text.
    assert added_format.fontUnderline() and not added_format.fontStrikeOut()
    assert missing_format.fontStrikeOut() and not missing_format.fontUnderline()
    # The paragraph pairing stays: the changed paragraph is still tinted on both sides.
    assert _tinted_lines(mine) == ["It voted for the whole plan yesterday."]
    assert _tinted_lines(stored) == ["It voted for the whole budget today."]
    assert dialog.differences == 2
    # The text shown is the text, untouched by the marking.
    assert mine.toPlainText().endswith("It voted for the whole plan yesterday.")
    assert "underlined" in dialog._intro.text()


def test_russian_words_are_marked_even_after_an_emoji(qtbot: QtBot, tmp_path: Path) -> None:
    """Qt counts an emoji as two positions: the marks must not slide off the words."""
    dialog = _dialog(qtbot, tmp_path, "Рынок 😀 открыт в понедельник утром.",
                     "Рынок 😀 открыт во вторник вечером.", language="ru")
    mine = dialog.findChild(QPlainTextEdit, "recoveredText")
    stored = dialog.findChild(QPlainTextEdit, "storedText")
    assert [text for text, _ in _marked_words(mine)] == ["во вторник вечером"]
    assert [text for text, _ in _marked_words(stored)] == ["в понедельник утром"]


def test_a_paragraph_only_mine_has_is_marked_whole(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path, "First.", "First.\n\nTraders said the stalls open.")
    mine = dialog.findChild(QPlainTextEdit, "recoveredText")
    stored = dialog.findChild(QPlainTextEdit, "storedText")
    assert [text for text, _ in _marked_words(mine)] == ["Traders said the stalls open."]
    assert _marked_words(stored) == []
    assert dialog.differences == 1


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_marked_words_keep_the_palette_text_colour(
    qtbot: QtBot, tmp_path: Path, dark: bool
) -> None:
    """The marks tint the background only, half transparent, so the words keep the
    palette's own text colour and stay readable on a light or a dark base."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    palette = QPalette(before)
    if dark:
        palette.setColor(QPalette.ColorRole.Base, "#202124")
        palette.setColor(QPalette.ColorRole.Text, "#e8eaed")
    app.setPalette(palette)
    try:
        dialog = _dialog(qtbot, tmp_path, "Vote for the budget.", "Vote for the plan.")
        for view in (dialog.findChild(QPlainTextEdit, "recoveredText"),
                     dialog.findChild(QPlainTextEdit, "storedText")):
            [(_, word_format)] = _marked_words(view)
            assert not word_format.hasProperty(QTextFormat.Property.ForegroundBrush)
            assert 0 < word_format.background().color().alpha() < 255
    finally:
        app.setPalette(before)
