"""Editing a translation paragraph on the desk as a translator types it: the cell editor's
keys and size, and every saved edit visible to other connections at the moment it is said
saved, on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator

import psycopg
import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea

from newsdesk.domain.article import Article
from newsdesk.services.demo import fill_demo_newsroom
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.ui.translation.desk_model import TRANSLATION_COLUMN
from newsdesk.ui.translation.desk_widget import TranslationDeskWidget
from newsdesk.ui.translation.paragraph_editor import (
    EDITOR_NAME,
    ParagraphEdit,
    may_hold_line_break,
)
from tests.helpers.desk import saved, wait_idle
from tests.ui.conftest import ui_newsroom
from tests.ui.translation.desk_helpers import desk_in_window

RU_SLUG = "water-schedule-tashkent-ru"
HEADING_ROW, LONG_ROW = 5, 3  # "## Почему это важно", and the protocol paragraph
# (rows 0 and 1 are the headline and the deck)


def _independent_body(url: str, slug: str) -> tuple[str, str]:
    """The stored body read twice, neither through the app's engine: a second newsroom on
    the same database, and the driver itself (sqlite3 or psycopg)."""
    other = open_newsroom(url)
    try:
        through_newsroom = other.articles.get_by_slug(slug).body
    finally:
        other.close()
    if url.startswith("sqlite"):
        connection = sqlite3.connect(url.removeprefix("sqlite:///"))
        try:
            row = connection.execute("SELECT body FROM articles WHERE slug = ?", (slug,)).fetchone()
        finally:
            connection.close()
    else:
        with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
            row = conn.execute("SELECT body FROM articles WHERE slug = %s", (slug,)).fetchone()
    assert row is not None
    return through_newsroom, str(row[0])


@pytest.fixture
def room(database_url: str) -> Iterator[Newsroom]:
    # Closed only once the desk's lookups have ended (a lookup still running would strand
    # its connection, which the garbage collector then finds open in a later test).
    with ui_newsroom(database_url) as newsroom:
        fill_demo_newsroom(newsroom.uow)
        yield newsroom


def _open_desk(qtbot, desk: TranslationDeskWidget, article_id: int) -> None:  # type: ignore[no-untyped-def]
    with qtbot.wait_signal(desk.desk_loaded, timeout=10000):
        desk.open_for(article_id)


def _start_editing(qtbot, desk: TranslationDeskWidget, row: int) -> ParagraphEdit:  # type: ignore[no-untyped-def]
    index = desk.model.index(row, TRANSLATION_COLUMN)
    desk.table.setCurrentIndex(index)
    desk.table.edit(index)
    editor = desk.table.indexWidget(index)  # the open editor (closed ones linger, hidden)
    assert isinstance(editor, ParagraphEdit) and editor.isVisible()
    assert editor.objectName() == EDITOR_NAME
    qtbot.wait_until(editor.hasFocus)
    return editor


def _seen_at_save(desk: TranslationDeskWidget, url: str) -> list[tuple[str, str]]:
    """What other connections read at the very moment the desk says the edit is saved."""
    seen: list[tuple[str, str]] = []

    def on_saved(article: Article) -> None:
        seen.append(_independent_body(url, article.slug))

    desk.translation_saved.connect(on_saved)
    return seen


def test_enter_in_the_main_windows_desk_commits_for_every_other_connection(
    qtbot, room: Newsroom, database_url: str  # type: ignore[no-untyped-def]
) -> None:
    window, dialog = desk_in_window(qtbot, room)
    desk = dialog.desk
    seen = _seen_at_save(desk, database_url)

    editor = _start_editing(qtbot, desk, HEADING_ROW)
    qtbot.keyClicks(editor, " TRX")
    with qtbot.wait_signal(desk.translation_saved, timeout=10000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)

    assert seen, "the desk said saved without emitting translation_saved"
    for body in seen[0]:
        assert "## Почему это важно TRX\n" in body
    assert "Saved the translation" in desk.status_label.text()
    assert not shiboken6.isValid(editor) or not editor.isVisible()  # Enter ended the edit

    # A second edit, then the desk closed with its cell editor still open: saved before
    # the main editor reloads, and committed too.
    editor = _start_editing(qtbot, desk, LONG_ROW)
    qtbot.keyClicks(editor, " QRZ")
    dialog.close()
    # Saved on the runner; the editor reloads the story the desk changed once it landed.
    qtbot.wait_until(lambda: "QRZ" in window.editor.current_article().body, timeout=10000)
    wait_idle(qtbot, window)
    assert len(seen) == 2 and all("QRZ" in body for body in seen[1])
    assert "TRX" in window.editor.current_article().body
    assert "QRZ" in window.editor.current_article().body
    # The editor holds the stored version: its own save is no conflict.
    window.editor.body_edit.moveCursor(window.editor.body_edit.textCursor().MoveOperation.End)
    assert saved(qtbot, window.autosaver)
    assert all("QRZ" in body for body in _independent_body(database_url, RU_SLUG))


@pytest.fixture
def desk(qtbot, newsroom: Newsroom) -> TranslationDeskWidget:  # type: ignore[no-untyped-def]
    widget = TranslationDeskWidget(newsroom)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    ru = newsroom.articles.get_by_slug(RU_SLUG)
    assert ru.id is not None
    _open_desk(qtbot, widget, ru.id)
    return widget


def _stored(newsroom: Newsroom) -> Callable[[], str]:
    return lambda: newsroom.articles.get_by_slug(RU_SLUG).body


def test_the_editor_shows_the_whole_paragraph_word_wrapped(
    qtbot, desk: TranslationDeskWidget  # type: ignore[no-untyped-def]
) -> None:
    editor = _start_editing(qtbot, desk, LONG_ROW)
    cell = desk.table.visualRect(desk.model.index(LONG_ROW, TRANSLATION_COLUMN))
    assert editor.toPlainText().startswith("Согласно протоколу")
    # Several lines tall, as tall as its text, and as wide as the cell: nothing to scroll.
    line = editor.fontMetrics().lineSpacing()
    assert editor.height() >= cell.height() > 3 * line
    assert editor.height() >= editor.content_height()
    assert editor.width() == cell.width()
    assert editor.verticalScrollBar().maximum() == 0
    assert editor.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert isinstance(editor, QAbstractScrollArea)
    # It grows with the text instead of scrolling it away.
    before = editor.height()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " One more long sentence of the translation." * 6)
    assert editor.height() > before
    assert editor.verticalScrollBar().maximum() == 0


def test_enter_commits_without_a_newline_and_esc_cancels(
    qtbot, desk: TranslationDeskWidget, newsroom: Newsroom  # type: ignore[no-untyped-def]
) -> None:
    stored = _stored(newsroom)
    editor = _start_editing(qtbot, desk, HEADING_ROW)
    qtbot.keyClicks(editor, " CANCELLED")
    with qtbot.assert_not_emitted(desk.translation_saved):
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert "CANCELLED" not in stored()
    assert desk.model.index(HEADING_ROW, TRANSLATION_COLUMN).data() == "## Почему это важно"

    editor = _start_editing(qtbot, desk, HEADING_ROW)
    qtbot.keyClicks(editor, "?")  # QTest types Latin-1 only
    with qtbot.wait_signal(desk.translation_saved, timeout=10000) as saved:
        qtbot.keyClick(editor, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert "## Почему это важно?\n\n" in saved.args[0].body
    assert "## Почему это важно?\n\n" in stored()
    assert desk.model.index(HEADING_ROW, TRANSLATION_COLUMN).data() == "## Почему это важно?"


def test_shift_enter_breaks_a_paragraphs_line_but_never_a_heading(
    qtbot, desk: TranslationDeskWidget, newsroom: Newsroom  # type: ignore[no-untyped-def]
) -> None:
    editor = _start_editing(qtbot, desk, HEADING_ROW)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert editor.toPlainText() == "## Почему это важно" and editor.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)

    editor = _start_editing(qtbot, desk, LONG_ROW)
    text = editor.toPlainText()
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "Second line.")
    # A second Shift+Enter in a row would be a blank line, ending the paragraph: refused.
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert editor.toPlainText() == f"{text}\nSecond line.\n"
    with qtbot.wait_signal(desk.translation_saved, timeout=10000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    body = newsroom.articles.get_by_slug(RU_SLUG).body
    assert f"{text}\nSecond line.\n\n" in body
    # Still one paragraph in one row: the rows did not move.
    assert desk.model.rowCount() == 12
    assert desk.model.index(LONG_ROW + 1, TRANSLATION_COLUMN).data().startswith("«Впервые")


@pytest.mark.parametrize(
    ("text", "position", "allowed"),
    [
        ("Первая фраза. Вторая фраза.", 13, True),
        ("## Почему это важно", 19, False),
        ("  # heading after spaces", 10, False),
        ("Строка\nещё", 6, False),  # beside a newline: a blank line
        ("Строка\nещё", 7, False),
        ("Начало", 0, False),  # an empty first line is no paragraph text
        ("> «Цитата» — сказал он.", 10, True),
    ],
)
def test_may_hold_line_break(text: str, position: int, allowed: bool) -> None:
    assert may_hold_line_break(text, position) is allowed
