"""Spelling in a real editor: underlines as you type, the right-click menu and the F7 walk."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from newsdesk.services.spelling import SpellChecker
from newsdesk.ui.spelling.context_menu import SpellingMenu
from newsdesk.ui.spelling.highlighter import SpellingHighlighter, SpellingUnderliner
from newsdesk.ui.spelling.spell_check_dialog import SpellCheckDialog
from tests.helpers.spelling import real_checker

pytestmark = pytest.mark.spelling


def underlined(document: QTextDocument) -> list[str]:
    """The text under every spell-check underline, in document order."""
    words: list[str] = []
    block = document.firstBlock()
    while block.isValid():
        # Qt positions count UTF-16 units: an emoji flag is four of them, two Python chars.
        units = block.text().encode("utf-16-le")
        for fmt_range in block.layout().formats():
            style = fmt_range.format.underlineStyle()
            if style == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                start, end = 2 * fmt_range.start, 2 * (fmt_range.start + fmt_range.length)
                words.append(units[start:end].decode("utf-16-le"))
        block = block.next()
    return words


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key. QTest.keyClicks asserts on non-ASCII keys, so each character
    goes in as the key event a keyboard layout would deliver: no key code, just its text."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def settle(qtbot: QtBot, underliner: SpellingUnderliner) -> None:
    """Let the background slices check every queued word."""
    qtbot.waitUntil(lambda: not underliner.is_busy, timeout=5000)


@pytest.fixture
def body(qtbot: QtBot) -> QPlainTextEdit:
    editor = QPlainTextEdit()
    editor.setObjectName("bodyEdit")
    qtbot.addWidget(editor)
    editor.show()
    return editor


def attach(body: QPlainTextEdit, checker: SpellChecker) -> SpellingHighlighter:
    return SpellingHighlighter(body.document(), checker)


def test_typed_english_and_russian_misspellings_are_underlined(
    qtbot: QtBot, body: QPlainTextEdit
) -> None:
    highlighter = attach(body, real_checker("en"))
    type_text(body, "The goverment said «призидент» agreed")
    settle(qtbot, highlighter.underliner)
    assert underlined(body.document()) == ["goverment", "призидент"]


def test_the_word_being_typed_is_checked_in_the_same_keystroke(body: QPlainTextEdit) -> None:
    """No second pass (timer, re-highlight, repaint) for the one word the user is typing."""
    highlighter = attach(body, real_checker("en"))
    type_text(body, "Farmers recieve")  # no event loop turn between the keys and the check
    assert underlined(body.document()) == ["recieve"]
    assert not highlighter.underliner.is_busy


def test_a_pasted_paragraph_of_unseen_words_is_checked_in_the_background(
    qtbot: QtBot, body: QPlainTextEdit
) -> None:
    highlighter = attach(body, real_checker("en"))
    body.insertPlainText("Tashkent officals promissed farmers watter")
    assert highlighter.underliner.is_busy  # queued: typing never waits for a whole paragraph
    settle(qtbot, highlighter.underliner)
    assert underlined(body.document()) == ["officals", "promissed", "watter"]


def test_russian_story_underlines_russian_typos(qtbot: QtBot, body: QPlainTextEdit) -> None:
    highlighter = attach(body, real_checker("ru"))
    type_text(body, "Президент встретился с калегами из Reuters")
    settle(qtbot, highlighter.underliner)
    assert underlined(body.document()) == ["калегами"]


def test_fixing_a_word_removes_its_underline(qtbot: QtBot, body: QPlainTextEdit) -> None:
    highlighter = attach(body, real_checker("en"))
    qtbot.keyClicks(body, "recieve")
    settle(qtbot, highlighter.underliner)
    assert underlined(body.document()) == ["recieve"]
    body.selectAll()
    qtbot.keyClicks(body, "receive")
    settle(qtbot, highlighter.underliner)
    assert underlined(body.document()) == []


def test_urls_code_citations_and_abbreviations_are_never_underlined(
    qtbot: QtBot, body: QPlainTextEdit
) -> None:
    highlighter = attach(body, real_checker("en"))
    body.setPlainText(
        "The SCO and TCA met, [report](https://akorda.kz/qwrtz) and [envoy](source:mfa-qq).\n"
        "Mail press@akordaa.kz, run `fooo --barr`, G7\u00a0summit\u00a0in\u00a0Astana.\n"
        "```\n"
        "qwrty zxcvb\n"
        "```\n"
        "A tyop at the end."
    )
    settle(qtbot, highlighter.underliner)
    assert underlined(body.document()) == ["tyop"]


def test_underlines_after_an_emoji_land_on_the_word(qtbot: QtBot, body: QPlainTextEdit) -> None:
    highlighter = attach(body, real_checker("en"))
    body.setPlainText("Flag 🇰🇿 and goverment")
    settle(qtbot, highlighter.underliner)
    assert underlined(body.document()) == ["goverment"]


def test_a_one_line_headline_editor_is_checked_too(qtbot: QtBot) -> None:
    headline = QTextEdit()
    headline.setObjectName("headlineEdit")
    qtbot.addWidget(headline)
    highlighter = SpellingHighlighter(headline.document(), real_checker("en-GB"))
    qtbot.keyClicks(headline, "Colour revolution fears in the goverment")
    settle(qtbot, highlighter.underliner)
    assert underlined(headline.document()) == ["goverment"]


class BoldMarkdownHighlighter(QSyntaxHighlighter):
    """A minimal Markdown highlighter that composes spelling the way the real one will."""

    def __init__(self, document: QTextDocument, checker: SpellChecker) -> None:
        super().__init__(document)
        self.spelling = SpellingUnderliner(self, checker)

    def highlightBlock(self, text: str) -> None:
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        for match in re.finditer(r"\*\*(.+?)\*\*", text):
            self.setFormat(match.start(), match.end() - match.start(), bold)
        in_code = self.previousBlockState() == 1
        self.setCurrentBlockState(1 if self.spelling.highlight_block(text, in_code) else 0)


def test_underlines_compose_with_a_markdown_highlighter(qtbot: QtBot, body: QPlainTextEdit) -> None:
    highlighter = BoldMarkdownHighlighter(body.document(), real_checker("en"))
    body.setPlainText("Plain **bold goverment** text")
    settle(qtbot, highlighter.spelling)
    ranges = body.document().firstBlock().layout().formats()
    misspelled = [
        r.format
        for r in ranges
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    ]
    assert underlined(body.document()) == ["goverment"]
    assert misspelled[0].fontWeight() == QFont.Weight.Bold


def cursor_on(editor: QPlainTextEdit, word: str) -> QTextCursor:
    cursor = editor.document().find(word)
    cursor.setPosition(cursor.selectionStart() + 1)
    return cursor


def test_picking_a_suggestion_replaces_the_word_as_one_undoable_edit(
    qtbot: QtBot, body: QPlainTextEdit
) -> None:
    highlighter = attach(body, real_checker("en"))
    body.setPlainText("They will recieve the envoy.")
    settle(qtbot, highlighter.underliner)
    spelling = SpellingMenu(body, highlighter.underliner)
    position = body.cursorRect(cursor_on(body, "recieve")).center()
    menu = spelling.menu_at(position)
    suggestions = [a for a in menu.actions() if a.objectName().startswith("spellSuggestion")]
    assert 1 <= len(suggestions) <= 7
    assert suggestions[0].text() == "receive"
    with qtbot.waitSignal(spelling.word_replaced) as blocker:
        suggestions[0].trigger()
    assert blocker.args == ["recieve", "receive"]
    assert body.toPlainText() == "They will receive the envoy."
    settle(qtbot, highlighter.underliner)
    assert underlined(body.document()) == []
    body.undo()
    assert body.toPlainText() == "They will recieve the envoy."


def test_the_menu_has_no_spelling_actions_on_a_correct_word(
    qtbot: QtBot, body: QPlainTextEdit
) -> None:
    highlighter = attach(body, real_checker("en"))
    body.setPlainText("They will receive the envoy.")
    spelling = SpellingMenu(body, highlighter.underliner)
    menu = spelling.menu_at(body.cursorRect(cursor_on(body, "receive")).center())
    names = {action.objectName() for action in menu.actions()}
    assert "spellAddToHouseAction" not in names
    assert menu.actions()  # the editor's own Undo/Copy/Paste are still there


def test_add_to_house_dictionary_tells_the_window_and_clears_the_underline(
    qtbot: QtBot, body: QPlainTextEdit
) -> None:
    highlighter = attach(body, real_checker("en"))
    body.setPlainText("Japarov met Japarov’s envoy.")
    settle(qtbot, highlighter.underliner)
    assert underlined(body.document()) == ["Japarov", "Japarov’s"]
    spelling = SpellingMenu(body, highlighter.underliner)
    menu = spelling.menu_at(body.cursorRect(cursor_on(body, "Japarov")).center())
    add = next(a for a in menu.actions() if a.objectName() == "spellAddToHouseAction")
    with qtbot.waitSignal(spelling.house_word_added) as blocker:
        add.trigger()
    assert blocker.args == ["Japarov", "en_US"]
    settle(qtbot, highlighter.underliner)
    assert underlined(body.document()) == []


def test_ignore_in_this_article_clears_only_this_editor(qtbot: QtBot, body: QPlainTextEdit) -> None:
    highlighter = attach(body, real_checker("en"))
    other = QPlainTextEdit()
    qtbot.addWidget(other)
    other_highlighter = attach(other, real_checker("en"))
    body.setPlainText("Zhibek Zholy avenue")
    other.setPlainText("Zhibek Zholy avenue")
    spelling = SpellingMenu(body, highlighter.underliner)
    menu = spelling.menu_at(body.cursorRect(cursor_on(body, "Zhibek")).center())
    ignore = next(a for a in menu.actions() if a.objectName() == "spellIgnoreAction")
    with qtbot.waitSignal(spelling.word_ignored) as blocker:
        ignore.trigger()
    assert blocker.args == ["Zhibek"]
    settle(qtbot, highlighter.underliner)
    settle(qtbot, other_highlighter.underliner)
    assert underlined(body.document()) == ["Zholy"]
    assert underlined(other.document()) == ["Zhibek", "Zholy"]


def test_f7_walks_the_story_with_replace_replace_all_add_ignore_and_skip(
    qtbot: QtBot, body: QPlainTextEdit
) -> None:
    highlighter = attach(body, real_checker("en"))
    body.setPlainText(
        "The goverment met Japarov.\n"
        "```\nqwrty\n```\n"
        "Teh talks and teh envoy; Zhibek sent a tyop and a tyop."
    )
    spelling = SpellingMenu(body, highlighter.underliner)
    added: list[tuple[str, str]] = []
    spelling.house_word_added.connect(lambda word, tag: added.append((word, tag)))
    dialog = SpellCheckDialog(spelling)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "spellCheckDialog"

    assert dialog.start()
    assert dialog.current_word == "goverment"
    assert body.textCursor().selectedText() == "goverment"
    assert dialog.replacement_edit.text() == "government"
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)

    assert dialog.current_word == "Japarov"
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert added == [("Japarov", "en_US")]

    assert dialog.current_word == "Teh"
    dialog.replacement_edit.setText("The")
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert dialog.current_word == "teh"
    dialog.replacement_edit.setText("the")
    qtbot.mouseClick(dialog.replace_all_button, Qt.MouseButton.LeftButton)

    assert dialog.current_word == "Zhibek"
    qtbot.mouseClick(dialog.ignore_button, Qt.MouseButton.LeftButton)
    assert dialog.current_word == "tyop"
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert dialog.current_word == "tyop"
    with qtbot.waitSignal(dialog.check_completed):
        qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)

    assert dialog.current_word is None
    assert not dialog.replace_button.isEnabled()
    assert body.toPlainText() == (
        "The government met Japarov.\n"
        "```\nqwrty\n```\n"
        "Teh talks and the envoy; Zhibek sent a tyop and a tyop."
    )
    body.undo()  # Replace all is one undoable edit
    assert "Teh talks and teh envoy" in body.toPlainText()
    assert "government" in body.toPlainText()


def test_every_dialog_control_has_a_stable_object_name(qtbot: QtBot, body: QPlainTextEdit) -> None:
    highlighter = attach(body, real_checker("en"))
    dialog = SpellCheckDialog(SpellingMenu(body, highlighter.underliner))
    qtbot.addWidget(dialog)
    names = {child.objectName() for child in dialog.findChildren(QWidget)}
    assert {
        "spellWordLabel",
        "spellContextLabel",
        "spellReplacementEdit",
        "spellSuggestionList",
        "spellReplaceButton",
        "spellReplaceAllButton",
        "spellAddButton",
        "spellIgnoreButton",
        "spellSkipButton",
        "spellCloseButton",
        "spellStatusLabel",
    } <= names
