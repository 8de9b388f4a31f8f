"""Concordance on the desk: select words in either column, Ctrl+K, the memory's pairs that hold
them (this desk's languages only, the hit marked, story and date), on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from newsdesk.domain.memory import MemoryEntry, SegmentPair, StoryRef
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.desk_start import read_opened
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.translation.concordance_panel import hit_spans, marked_html
from newsdesk.ui.translation.desk_model import ORIGINAL_COLUMN, TRANSLATION_COLUMN
from newsdesk.ui.translation.desk_widget import TranslationDeskWidget
from newsdesk.ui.translation.paragraph_editor import ParagraphEdit
from tests.helpers.desk import open_story
from tests.ui.translation.desk_helpers import open_russian, row_with, shown_desk


def _protocol_row(desk: TranslationDeskWidget) -> int:
    """The row of "Under the protocol, Uzbekistan will let at least 1.1 billion …"."""
    return row_with(desk, "Under the protocol")


@pytest.fixture
def desk(qtbot: QtBot, newsroom: Newsroom) -> TranslationDeskWidget:
    newsroom.memory.add_pairs(
        [SegmentPair("The signed protocol sets the summer releases.",
                     "Подписанный протокол определяет летние попуски.")],
        source_language="en", target_language="ru", translator="Oleg Kim",
        story=StoryRef(None, "older-water", "Older water story"))
    newsroom.memory.add_pairs(  # another language pair: never on an English-Russian desk
        [SegmentPair("The protocol was signed in Bishkek.", "Das Protokoll wurde unterzeichnet.")],
        source_language="en", target_language="de")
    widget = shown_desk(qtbot, newsroom)
    open_russian(qtbot, widget, newsroom)
    return widget


def _select(editor: ParagraphEdit, word: str) -> None:
    start = editor.toPlainText().index(word)
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(word), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.setFocus()


def _ctrl_k(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.wait_until(widget.hasFocus)
    QTest.keySequence(widget, QKeySequence("Ctrl+K"))


def test_a_word_selected_in_the_original_is_found_in_the_memory(
    qtbot: QtBot, desk: TranslationDeskWidget
) -> None:
    index = desk.model.index(_protocol_row(desk), ORIGINAL_COLUMN)
    desk.table.resizeRowToContents(index.row())
    height = desk.table.rowHeight(index.row())
    desk.table.setCurrentIndex(index)
    viewer = desk.table.indexWidget(index)  # the original opens read-only, selectable
    assert isinstance(viewer, ParagraphEdit) and viewer.isReadOnly()
    desk.table.resizeRowToContents(index.row())
    assert desk.table.rowHeight(index.row()) == height  # the open cell does not swell its row
    _select(viewer, "protocol")
    panel = desk.tools.concordance
    with qtbot.wait_signal(panel.results_shown, timeout=10000) as blocker:
        _ctrl_k(qtbot, viewer)
    entries = blocker.args[0]
    assert [e.target for e in entries] == ["Подписанный протокол определяет летние попуски."]
    assert desk.tools.tabs.currentWidget() is panel and panel.objectName() == "concordancePanel"
    assert panel.search_edit.text() == "protocol" and panel.side_combo.currentData() == "source"
    shown = panel.results.toPlainText()
    assert "Older water story" in shown and "Oleg Kim" in shown and "Das Protokoll" not in shown
    assert "#ffe08a" in panel.results.toHtml()  # the hit is marked
    # The original stays as it was: a read-only cell writes nothing back.
    QTest.keyClicks(viewer, "xyz")
    assert "xyz" not in index.data()


def test_a_word_selected_in_the_translation_searches_the_translations(
    qtbot: QtBot, desk: TranslationDeskWidget
) -> None:
    index = desk.model.index(_protocol_row(desk), TRANSLATION_COLUMN)
    desk.table.setCurrentIndex(index)
    desk.table.edit(index)
    editor = desk.table.indexWidget(index)
    assert isinstance(editor, ParagraphEdit) and not editor.isReadOnly()
    _select(editor, "протоколу")
    panel = desk.tools.concordance
    with qtbot.wait_signal(panel.results_shown, timeout=10000) as blocker:
        _ctrl_k(qtbot, editor)
    assert panel.side_combo.currentData() == "target"
    assert blocker.args[0] == ()  # "протоколу" is not in the memory's pairs word for word
    assert "No pair in the memory contains" in panel.status_label.text()

    # Typed in the panel's field instead: the hit (ё/е and case aside) is found.
    panel.search_edit.setText("ПРОТОКОЛ")
    with qtbot.wait_signal(panel.results_shown, timeout=10000) as blocker:
        QTest.keyClick(panel.search_edit, Qt.Key.Key_Return)
    entries: tuple[MemoryEntry, ...] = blocker.args[0]
    assert [e.source for e in entries] == ["The signed protocol sets the summer releases."]


def test_ctrl_k_with_nothing_selected_puts_the_focus_in_the_search_field(
    qtbot: QtBot, desk: TranslationDeskWidget
) -> None:
    desk.table.setCurrentIndex(desk.model.index(0, TRANSLATION_COLUMN))
    desk.table.setFocus()
    panel = desk.tools.concordance
    with qtbot.assert_not_emitted(panel.results_shown, wait=200):
        _ctrl_k(qtbot, desk.table)
    qtbot.wait_until(panel.search_edit.hasFocus)
    assert panel.side_combo.currentData() == "target"


def test_the_hit_is_marked_as_the_memory_compares() -> None:
    assert hit_spans("Ещё  один Протокол", "еще один") == [(0, 9)]
    assert hit_spans("protocol, Protocols", "PROTOCOL") == [(0, 8), (10, 18)]
    assert marked_html("a <b> protocol", "protocol").startswith("a &lt;b&gt; <span")


def test_ctrl_k_in_the_main_window_opens_the_desk_on_the_editors_selection(
    qtbot: QtBot, newsroom: Newsroom
) -> None:
    newsroom.memory.add_pairs(
        [SegmentPair("Water commission talks", "Переговоры водной комиссии")],
        source_language="en", target_language="ru")
    window = MainWindow(read_opened(newsroom))
    qtbot.addWidget(window)
    tools = window.translation_tools
    assert tools.concordance_action is not None
    assert tools.concordance_action.objectName() == "concordanceAction"
    assert tools.concordance_action.shortcut() == QKeySequence("Ctrl+K")
    original = newsroom.articles.get_by_slug("water-schedule-tashkent")
    assert original.id is not None and open_story(qtbot, window, original.id)
    body = window.editor.body
    cursor = body.textCursor()
    start = body.toPlainText().index("water commission")
    cursor.setPosition(start)
    cursor.setPosition(start + len("water commission"), QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    tools.concordance_action.trigger()
    assert tools.dialog is not None
    panel = tools.dialog.desk.tools.concordance
    qtbot.wait_until(lambda: bool(panel.entries), timeout=10000)
    assert [e.target for e in panel.entries] == ["Переговоры водной комиссии"]
    assert panel.side_combo.currentData() == "source"
    tools.dialog.close()
