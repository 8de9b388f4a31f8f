"""Citing sources in the body: picker, key completion, unknown-key underline and hover card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip
from pytestqt.qtbot import QtBot

from newsdesk.domain.people import Source, SourceKind
from newsdesk.ui.people.body_text import qt_position
from newsdesk.ui.people.citation_completer import CitationCompleter, key_prefix_before
from newsdesk.ui.people.citation_marks import CitationMarks, is_citation_selection
from newsdesk.ui.people.citation_picker import CitationPicker, citation_markdown
from newsdesk.ui.people.source_registry import SourceRegistry
from tests.ui.people.conftest import Desk

LEDE = "The central bank kept its base rate at 15.25 percent, Kazinform reported."


@pytest.fixture
def registry(qtbot: QtBot, desk: Desk) -> SourceRegistry:
    """The desk's registry, read on the task runner (waited for)."""
    registry = SourceRegistry(desk.newsroom)
    qtbot.waitUntil(lambda: not registry.reading)
    return registry


@pytest.fixture
def body(qtbot) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName("bodyEdit")
    qtbot.addWidget(edit)
    edit.resize(600, 300)
    edit.show()
    qtbot.waitExposed(edit)
    edit.activateWindow()
    edit.setFocus()
    return edit


def _select(edit: QPlainTextEdit, word: str) -> None:
    text = edit.toPlainText()
    start = text.index(word)
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(word), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)


def test_picker_cites_the_selected_words_as_one_undoable_edit(
    qtbot, body: QPlainTextEdit, registry: SourceRegistry
) -> None:
    picker = CitationPicker(registry)
    picker.attach_to(body)
    body.setPlainText(LEDE)
    _select(body, "Kazinform")
    qtbot.keyClick(body, Qt.Key.Key_K,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    popup = picker.popup
    assert popup is not None and popup.isVisible()
    assert popup.proxy.rowCount() == 4
    qtbot.keyClicks(popup.search_edit, "inform")
    assert popup.proxy.rowCount() == 1
    assert "Kazinform" in popup.card.text()
    with qtbot.waitSignal(picker.citation_inserted) as blocker:
        qtbot.keyClick(popup.search_edit, Qt.Key.Key_Return)
    assert blocker.args == ["kazinform"]
    assert not popup.isVisible()
    assert body.toPlainText() == LEDE.replace("Kazinform", "[Kazinform](source:kazinform)")

    body.undo()
    assert body.toPlainText() == LEDE


def test_picker_without_selection_uses_the_source_name(
    qtbot, body: QPlainTextEdit, registry: SourceRegistry
) -> None:
    picker = CitationPicker(registry)
    picker.attach_to(body)
    body.setPlainText("Figures come from ")
    body.moveCursor(QTextCursor.MoveOperation.End)
    picker.open()
    assert picker.popup is not None
    qtbot.keyClicks(picker.popup.search_edit, "world")
    qtbot.keyClick(picker.popup.search_edit, Qt.Key.Key_Return)
    assert body.toPlainText() == (
        "Figures come from [World Bank Central Asia report](source:world-bank-2024)"
    )


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # QA shot-30: the cursor right after the last word glued the link to it.
        ("Residents welcomed the news. LASTWORDS", " [Kazinform](source:kazinform)"),
        ("as reported.", " [Kazinform](source:kazinform)"),
        ("Figures come from ", "[Kazinform](source:kazinform)"),
        ("(see ", "[Kazinform](source:kazinform)"),
        ("(", "[Kazinform](source:kazinform)"),
        ("«", "[Kazinform](source:kazinform)"),
        ("First paragraph.\n", "[Kazinform](source:kazinform)"),
        ("", "[Kazinform](source:kazinform)"),
    ],
)
def test_picker_puts_a_space_before_a_citation_only_after_a_word_or_punctuation(
    qtbot, body: QPlainTextEdit, registry: SourceRegistry, before: str, after: str
) -> None:
    picker = CitationPicker(registry)
    picker.attach_to(body)
    body.setPlainText(before)
    body.moveCursor(QTextCursor.MoveOperation.End)
    picker.open()
    assert picker.popup is not None
    qtbot.keyClicks(picker.popup.search_edit, "inform")
    qtbot.keyClick(picker.popup.search_edit, Qt.Key.Key_Return)
    assert body.toPlainText() == before + after
    body.undo()  # the space and the citation are one edit
    assert body.toPlainText() == before


def test_citation_text_escapes_brackets() -> None:
    assert citation_markdown("the [draft] law", "doc") == r"[the \[draft\] law](source:doc)"


def test_key_prefix_is_recognised_only_inside_a_citation_target() -> None:
    assert key_prefix_before("said [the ministry](source:min") == "min"
    assert key_prefix_before("said [the ministry](source:") == ""
    assert key_prefix_before("said [the ministry](https://x") is None
    assert key_prefix_before("source:min") is None


def test_typing_a_citation_target_completes_the_key(
    qtbot, body: QPlainTextEdit, registry: SourceRegistry
) -> None:
    completer = CitationCompleter(registry)
    completer.attach_to(body)
    qtbot.keyClicks(body, "Quotas stay, [the ministry said](source:energy")
    popup = completer.popup
    qtbot.waitUntil(popup.isVisible)
    assert popup.currentIndex().data() == "minenergy-kz"
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert body.toPlainText() == "Quotas stay, [the ministry said](source:minenergy-kz)"
    assert not popup.isVisible()


def test_unknown_keys_are_underlined_beside_other_selections(
    qtbot, desk: Desk, body: QPlainTextEdit, registry: SourceRegistry
) -> None:
    found = QTextEdit.ExtraSelection()  # e.g. the find bar's highlight, owned by someone else
    found.cursor = body.textCursor()
    found.format = QTextCharFormat()
    body.setPlainText("[TASS](source:tass) says so, [Kazinform](source:kazinform) agrees.")
    body.setExtraSelections([found])
    marks = CitationMarks(registry)
    marks.attach_to(body)

    ours = [s for s in body.extraSelections() if is_citation_selection(s)]
    assert [s.cursor.selectedText() for s in ours] == ["[TASS](source:tass)"]
    assert len(body.extraSelections()) == 2  # the other feature's selection survives

    desk.newsroom.sources.create(Source("tass", "TASS", SourceKind.NEWS_AGENCY))
    with qtbot.waitSignal(registry.changed):
        registry.reload()
    assert not [s for s in body.extraSelections() if is_citation_selection(s)]
    assert len(body.extraSelections()) == 1


def test_underline_follows_typing(qtbot, body: QPlainTextEdit, registry: SourceRegistry) -> None:
    marks = CitationMarks(registry)
    marks.attach_to(body)
    qtbot.keyClicks(body, "As [Kazinfrom](source:kazinfrom) reported")
    qtbot.waitUntil(lambda: [r.key for r in marks.unknown_citations] == ["kazinfrom"])
    assert any(is_citation_selection(s) for s in body.extraSelections())


def test_hovering_a_citation_shows_the_source_card(
    qtbot, body: QPlainTextEdit, registry: SourceRegistry
) -> None:
    marks = CitationMarks(registry)
    marks.attach_to(body)
    text = "Rates held 🇰🇿, [the agency](source:kazinform) said; [x](source:nope) too."
    body.setPlainText(text)
    index = text.index("the agency")
    assert "Kazinform" in (marks.tooltip_at(index) or "")
    assert "inform.kz" in (marks.tooltip_at(index) or "")
    assert "Unknown source" in (marks.tooltip_at(text.index("[x]") + 1) or "")
    assert marks.tooltip_at(0) is None

    cursor = body.textCursor()
    cursor.setPosition(qt_position(text, index + 3))  # past an emoji: UTF-16 positions differ
    point = body.cursorRect(cursor).center() + QPoint(1, 0)
    event = QHelpEvent(QEvent.Type.ToolTip, point, body.viewport().mapToGlobal(point))
    assert marks.eventFilter(body.viewport(), event)
    assert "Kazinform" in QToolTip.text()
    QToolTip.hideText()


def test_markdown_highlighting_is_kept_under_the_underline(
    qtbot, registry: SourceRegistry
) -> None:
    editor_module = pytest.importorskip("newsdesk.ui.editor.markdown_editor")
    body = editor_module.MarkdownEditor()
    qtbot.addWidget(body)
    marks = CitationMarks(registry)
    marks.attach_to(body)
    body.setPlainText("**Bold claim**, [Agency](source:unknown-agency) said.")
    marks.refresh()
    assert any(is_citation_selection(s) for s in body.extraSelections())
    qtbot.waitUntil(lambda: bool(body.document().firstBlock().layout().formats()))
