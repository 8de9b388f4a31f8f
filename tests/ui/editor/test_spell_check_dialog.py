"""F7 over the real editor: the dialog takes the keyboard, so Enter replaces, never deletes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.editor.article_editor import ArticleEditor
from newsdesk.ui.spelling.spell_check_dialog import SpellCheckDialog
from tests.helpers.spelling import require_spelling

pytestmark = pytest.mark.spelling

BODY = ("The city opened two new metro stations on Friday. “It is a great day for Almaty,” "
        "said the mayor Yerzhan Babakumarov. Residents welcomed the news.")


@pytest.fixture
def window(qtbot: QtBot, newsroom: Newsroom) -> tuple[QWidget, ArticleEditor]:
    require_spelling("en")
    host = QWidget()
    qtbot.addWidget(host)
    editor = ArticleEditor(newsroom, host, house=newsroom.house.settings())
    QVBoxLayout(host).addWidget(editor)
    host.resize(1400, 900)
    host.show()
    qtbot.waitExposed(host)
    editor.load(Article(headline="Metro", body=BODY))
    qtbot.waitUntil(lambda: editor.checker is not None, timeout=10_000)
    # The QA session: the writer was typing in the body when they pressed F7.
    host.activateWindow()
    editor.body.setFocus()
    return host, editor


def open_dialog(qtbot: QtBot, host: QWidget, editor: ArticleEditor) -> SpellCheckDialog:
    """What the window's F7 does: show (not exec) the dialog, then start the walk."""
    dialog = SpellCheckDialog(editor.spelling_menu, host)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.start()
    return dialog


def test_enter_replaces_the_word_instead_of_breaking_the_line(
    qtbot: QtBot, window: tuple[QWidget, ArticleEditor]
) -> None:
    host, editor = window
    dialog = open_dialog(qtbot, host, editor)
    assert dialog.current_word == "Yerzhan"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.replacement_edit)
    assert dialog.replace_button.isDefault()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal

    dialog.replacement_edit.setText("Yerzhan-Ata")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    text = editor.body.toPlainText()
    assert "\n" not in text and "\u2029" not in text
    assert "mayor Yerzhan-Ata Babakumarov" in text
    assert dialog.current_word == "Babakumarov"


def test_keys_for_the_window_do_not_reach_the_editor_while_the_dialog_is_open(
    qtbot: QtBot, window: tuple[QWidget, ArticleEditor]
) -> None:
    host, editor = window
    dialog = open_dialog(qtbot, host, editor)
    assert editor.body.textCursor().selectedText() == "Yerzhan"
    handle = host.windowHandle()
    assert handle is not None
    qtbot.keyClick(handle, Qt.Key.Key_Return)  # as the window system delivers it
    qtbot.keyClick(handle, Qt.Key.Key_X)
    assert editor.body.toPlainText() == BODY
    dialog.close()
    qtbot.keyClick(handle, Qt.Key.Key_X)  # closed: the editor has the keyboard again
    assert editor.body.toPlainText() != BODY


def test_the_word_is_painted_in_the_editor_and_the_context_follows_edits(
    qtbot: QtBot, window: tuple[QWidget, ArticleEditor]
) -> None:
    host, editor = window
    dialog = open_dialog(qtbot, host, editor)
    assert dialog.marked_text() == "Yerzhan"
    assert "<b" in dialog.context_label.text()  # the word stands out in the context
    assert dialog.context_text() == BODY

    # Text changes before the word (an undo from the menu, a citation, a colleague's reload).
    cursor = editor.body.textCursor()
    cursor.setPosition(0)
    cursor.insertText("ALMATY — ")
    qtbot.waitUntil(lambda: dialog.context_text() == "ALMATY — " + BODY)
    assert dialog.current_word == "Yerzhan"
    assert dialog.marked_text() == "Yerzhan"

    # The word itself is fixed elsewhere: the dialog moves on to the next misspelling.
    start = editor.body.toPlainText().index("Yerzhan")
    cursor.setPosition(start)
    cursor.setPosition(start + len("Yerzhan"), cursor.MoveMode.KeepAnchor)
    cursor.insertText("Mayor")
    qtbot.waitUntil(lambda: dialog.current_word == "Babakumarov")
    assert dialog.marked_text() == "Babakumarov"

    dialog.close()
    assert dialog.marked_text() == ""  # no paint left behind


def test_f7_walks_headline_deck_and_body_and_replace_all_fixes_every_field(
    qtbot: QtBot, window: tuple[QWidget, ArticleEditor]
) -> None:
    host, editor = window
    editor.load(Article(headline="Speling bee in Almaty", deck="The goverment will pay",
                        body="Officials said the goverment agreed."))
    qtbot.waitUntil(lambda: not editor.spelling_busy, timeout=5000)
    dialog = SpellCheckDialog(editor.spelling_menus, host)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.start()
    assert (dialog.current_word, dialog.current_editor) == ("Speling", editor.headline_edit)

    dialog.replacement_edit.setText("Spelling")
    dialog.replace_button.click()
    assert editor.headline_edit.toPlainText() == "Spelling bee in Almaty"
    assert (dialog.current_word, dialog.current_editor) == ("goverment", editor.deck_edit)

    dialog.replacement_edit.setText("government")
    dialog.replace_all_button.click()
    assert editor.deck_edit.toPlainText() == "The government will pay"
    assert editor.body.toPlainText() == "Officials said the government agreed."
    assert dialog.current_word is None
    assert dialog.status_label.text() == "The spelling check is complete."
