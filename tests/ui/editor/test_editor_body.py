"""The body as a journalist writes in it: quotes, find and replace, counts, hostile input."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article
from newsdesk.domain.validation import validate_article
from newsdesk.services.render import render_body_html
from newsdesk.ui.editor.article_editor import ArticleEditor
from newsdesk.ui.editor.markdown_editor import LARGE_PASTE_CHARACTERS

Typer = Callable[[QWidget, str], None]


def paste(widget: QWidget, text: str) -> None:
    data = QMimeData()
    data.setText(text)
    widget.insertFromMimeData(data)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("language", "typed", "expected"),
    [
        ("en", '"It\'s done," he said. \'Fine\'', "“It’s done,” he said. ‘Fine’"),
        ("en-GB", '("Quoted")', "(“Quoted”)"),
        ("ru", '"Мы пойдём", - сказал он.', "«Мы пойдём», - сказал он."),
        ("ru", '"Он сказал "да" вчера"', "«Он сказал „да“ вчера»"),
    ],
)
def test_smart_quotes_follow_the_article_language(
    editor: ArticleEditor, type_text: Typer, language: str, typed: str, expected: str
) -> None:
    editor.load(Article(headline="Quotes", language=language))
    type_text(editor.body, typed)
    assert editor.body.toPlainText() == expected


def test_smart_quotes_switched_off_and_in_code(editor: ArticleEditor, type_text: Typer) -> None:
    type_text(editor.body, 'Run `x = "a"` now')
    assert editor.body.toPlainText() == 'Run `x = "a"` now'
    editor.body.clear()
    editor.smart_quotes_check.setChecked(False)
    assert not editor.smart_quotes_enabled
    type_text(editor.body, '"plain"')
    assert editor.body.toPlainText() == '"plain"'


def test_tab_nests_list_items_and_never_indents_prose_into_code(
    editor: ArticleEditor, qtbot: QtBot
) -> None:
    """An indented paragraph is a code block in Markdown: Tab in prose moves on instead."""
    body = editor.body
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    body.setPlainText("Officials listed three steps:\n\n- close the canal\n- repair it")
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.movePosition(cursor.MoveOperation.Left, cursor.MoveMode.MoveAnchor, 3)
    body.setTextCursor(cursor)  # inside "repair it"
    qtbot.keyClick(body, Qt.Key.Key_Tab)
    assert body.toPlainText().endswith("- close the canal\n    - repair it")
    assert body.textCursor().block().text()[body.textCursor().positionInBlock():] == " it"
    qtbot.keyClick(body, Qt.Key.Key_Backtab)
    assert body.toPlainText().endswith("- close the canal\n- repair it")
    body.undo()
    assert body.toPlainText().endswith("    - repair it")  # each Tab is one undo step

    cursor.movePosition(cursor.MoveOperation.Start)
    body.setTextCursor(cursor)  # in the prose paragraph
    before = body.toPlainText()
    qtbot.keyClick(body, Qt.Key.Key_Tab)
    assert body.toPlainText() == before  # nothing typed into the story
    assert not body.hasFocus()  # the keyboard moved on, as from a web text box


def test_tab_never_turns_a_list_into_code(editor: ArticleEditor, qtbot: QtBot) -> None:
    """The first item has nothing to nest under; selecting whole lines touches only them."""
    body = editor.body
    body.setPlainText("- one\n- two\n- three\nAfter the list.")
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(0)
    body.setTextCursor(cursor)
    qtbot.keyClick(body, Qt.Key.Key_Tab)
    assert body.toPlainText().startswith("- one\n")  # stays: indented it would be code
    # Lines two and three selected the way Shift+Down selects them: up to the next line.
    document = body.document()
    cursor.setPosition(document.findBlockByNumber(1).position())
    cursor.setPosition(document.findBlockByNumber(3).position(), cursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    qtbot.keyClick(body, Qt.Key.Key_Tab)
    assert body.toPlainText() == "- one\n    - two\n    - three\nAfter the list."
    qtbot.keyClick(body, Qt.Key.Key_Tab)  # not deeper than the item above allows
    assert body.toPlainText() == "- one\n    - two\n    - three\nAfter the list."
    assert body.hasFocus()
    html = render_body_html(body.toPlainText(), {})
    assert "<pre>" not in html and html.count("<ul>") == 2  # a nested list, not code


def test_tab_in_a_fenced_code_block_indents_the_code(editor: ArticleEditor, qtbot: QtBot) -> None:
    body = editor.body
    body.setPlainText("Data:\n\n```\nrow\n```")
    qtbot.waitUntil(lambda: body.document().findBlockByNumber(3).previous().userState() != -1)
    cursor = body.textCursor()
    cursor.setPosition(body.document().findBlockByNumber(3).position())
    body.setTextCursor(cursor)
    qtbot.keyClick(body, Qt.Key.Key_Tab)
    assert body.document().findBlockByNumber(3).text() == "    row"
    cursor.setPosition(body.document().findBlockByNumber(4).position())  # the closing fence
    body.setTextCursor(cursor)
    qtbot.keyClick(body, Qt.Key.Key_Tab)
    assert body.document().findBlockByNumber(4).text() == "```"  # moved, it breaks the block


def _find(editor: ArticleEditor, qtbot: QtBot, needle: str, replacement: str = "") -> None:
    editor.replace_action.trigger()
    bar = editor.find_bar
    assert bar.isVisible() and bar.replace_row.isVisible()
    bar.find_edit.setText(needle)
    bar.replace_edit.setText(replacement)


def test_find_with_match_case_and_whole_word(editor: ArticleEditor, qtbot: QtBot) -> None:
    editor.body.setPlainText("Osh market. The osh pilaf. Oshkosh.")
    _find(editor, qtbot, "Osh")
    bar = editor.find_bar
    found = []
    for _ in range(3):
        assert bar.find_next()
        found.append(editor.body.textCursor().selectionStart())
    assert found == [0, 16, 27]
    bar.match_case.setChecked(True)
    bar.whole_word.setChecked(True)
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.Start)
    assert bar.find_next()
    assert editor.body.textCursor().selectionStart() == 0
    assert bar.find_next()  # wraps round to the only whole-word, same-case match
    assert editor.body.textCursor().selectionStart() == 0
    bar.find_edit.setText("Tashkent")
    assert not bar.find_next()
    assert bar.result_label.text() == "Not found"


def test_replace_all_is_one_undo_step(editor: ArticleEditor, qtbot: QtBot) -> None:
    original = "Osh market. The osh pilaf. Oshkosh. Osh again."
    editor.body.setPlainText(original)
    _find(editor, qtbot, "Osh", "Och")
    editor.find_bar.whole_word.setChecked(True)
    editor.find_bar.match_case.setChecked(True)
    assert editor.find_bar.replace_all() == 2
    assert editor.body.toPlainText() == "Och market. The osh pilaf. Oshkosh. Och again."
    assert "2 replaced" in editor.notice_label.text()
    editor.body.undo()
    assert editor.body.toPlainText() == original


def test_ctrl_f_opens_the_bar_and_escape_closes_it(editor: ArticleEditor, qtbot: QtBot) -> None:
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert editor.find_bar.isVisible()
    assert not editor.find_bar.replace_row.isVisible()
    qtbot.keyClick(editor.find_bar.find_edit, Qt.Key.Key_Escape)
    assert not editor.find_bar.isVisible()


def test_status_line_counts_words_characters_reading_time_and_target(
    editor: ArticleEditor, qtbot: QtBot
) -> None:
    editor.target_spin.setValue(300)
    words = " ".join(["word"] * 250) + " Russia’s U.S.-led 🇰🇿"
    editor.body.insertPlainText(words)
    qtbot.waitUntil(lambda: editor.stats().words == 252)
    assert editor.stats().characters == len(words)
    assert editor.stats_label.text() == (
        f"252 words · {len(words):,} characters · 2 min read · 48 to go (target 300)")


def test_nul_characters_are_stripped_and_reported(
    editor: ArticleEditor, qtbot: QtBot, type_text: Typer
) -> None:
    type_text(editor.body, "ab\x00c")
    assert editor.body.toPlainText() == "abc"
    assert "NUL" in editor.notice_label.text()
    editor.notice_label.clear()
    paste(editor.body, "x\x00y\x00z")
    assert editor.notice_label.text() == "Removed 2 NUL characters from the pasted text."
    paste(editor.headline_edit, "Head\x00line")
    assert editor.body.toPlainText() == "abcxyz"
    assert editor.headline_edit.text() == "Headline"
    assert editor.notice_label.text() == "Removed 1 NUL character from the pasted text."
    validate_article(editor.current_article())  # nothing left that the database refuses


def test_right_to_left_text_and_emoji_survive(editor: ArticleEditor, type_text: Typer) -> None:
    text = "Flag 🇰🇿 and שלום עולם and مرحبا 👍🏽 end"
    type_text(editor.headline_edit, "🇺🇿 Uzbek")
    paste(editor.body, text)
    article = editor.current_article()
    assert article.body == text
    assert article.headline == "🇺🇿 Uzbek"


# A paste never reaches the database: one backend is enough for the suite's slowest UI test.
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_5_mb_paste_is_kept_whole_and_coloured_later(
    editor: ArticleEditor, qtbot: QtBot
) -> None:
    paragraph = "Paragraph with **bold** and [a citation](source:kazinform) text. " * 8
    huge = "\n\n".join(f"{n} {paragraph}" for n in range(10_000))
    assert len(huge) > 5_000_000 > LARGE_PASTE_CHARACTERS
    editor.body.insertPlainText("Lead.\n\n")
    paste(editor.body, huge)
    # The paste returned before colouring it: highlighting continues in slices.
    assert editor.body.highlighting_pending
    assert editor.current_article().body == "Lead.\n\n" + huge
    qtbot.waitUntil(lambda: not editor.body.highlighting_pending, timeout=60_000)
    last = editor.body.document().lastBlock()
    assert any(r.format.fontWeight() > 400 for r in last.layout().formats())
    assert editor.current_article().body == "Lead.\n\n" + huge


def test_spelling_off_says_what_to_install(editor: ArticleEditor, qtbot: QtBot) -> None:
    editor.load(Article(headline="Geschichte", language="de"))
    qtbot.waitUntil(lambda: not editor.spelling_busy)  # dictionaries open off the GUI thread
    assert not editor.spelling_label.isHidden()
    assert editor.spelling_label.text().startswith("Spelling is off")
    assert "apt-get install" in editor.spelling_label.text()
    assert editor.checker is None


def test_citations_headings_and_code_get_their_own_formats(editor: ArticleEditor) -> None:
    editor.body.setPlainText("## Heading\n\nSaid [the bank](source:nbk) and `code`.")
    highlighter = editor.body.highlighter
    block = editor.body.document().lastBlock()
    colours = {r.format.foreground().color().name() for r in block.layout().formats()}
    assert highlighter.citation.foreground().color().name() in colours
    assert highlighter.code.foreground().color().name() in colours
    heading = editor.body.document().firstBlock().layout().formats()
    assert any(r.format.fontWeight() == highlighter.heading.fontWeight() for r in heading)
    assert all(r.format.underlineStyle() != QTextCharFormat.UnderlineStyle.SpellCheckUnderline
               for r in block.layout().formats())
