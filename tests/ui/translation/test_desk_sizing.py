"""Row heights on a very long translation (10,000 rows, far past desk_sizing.ALL_ROWS_LIMIT):
the rows in view are fitted to their text before the desk's first paint, the rest as they
scroll in, and a jump (Ctrl+End, the end of the scroll bar, a row a QA problem or a readiness
problem names) shows its row whole and fitted, however far down, every time."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article, Dateline
from newsdesk.domain.desk_fields import qa_refs
from newsdesk.services.translation import translation_service_for
from newsdesk.ui.translation.desk_sizing import ALL_ROWS_LIMIT
from newsdesk.ui.translation.desk_widget import TranslationDeskWidget
from tests.ui.conftest import ui_newsroom

PARAGRAPHS = 10_000
NAMED = 7_500  # "p7500": the paragraph a readiness problem names


def _paragraph(n: int, language: str) -> str:
    if language == "en":
        return (f"Paragraph {n}: the ministry said {n * 7} tonnes of grain left Aktau for Baku "
                "by sea this week, and more ships are expected before the ice. " * 3).strip()
    return (f"Абзац {n}: министерство сообщило, что {n * 7} тонн зерна ушли из Актау в Баку "
            "морем на этой неделе, до ледостава ждут новые суда. " * 3).strip()


def _russian(n: int) -> str:
    """The last paragraph's translation drops its tonnage: the one QA problem of the desk."""
    text = _paragraph(n, "ru")
    return text.replace(f"{n * 7} тонн", "тонны") if n == PARAGRAPHS - 1 else text


def _shown_whole_and_fitted(table: QTableView, row: int) -> bool:
    top = table.rowViewportPosition(row)
    return (top >= 0 and top + table.rowHeight(row) <= table.viewport().height()
            and table.rowHeight(row) == table.sizeHintForRow(row))


def _in_view(table: QTableView) -> list[int]:
    height, rows = table.viewport().height(), table.model().rowCount()
    first = max(0, table.rowAt(0))
    return [row for row in range(first, min(rows, first + 200))
            if table.rowViewportPosition(row) < height]


def test_rows_in_view_are_fitted_at_once_the_rest_as_they_scroll_in(
    qtbot: QtBot, database_url: str
) -> None:
    with ui_newsroom(database_url) as room:
        original = room.articles.create(Article(
            headline="Grain by sea", dateline=Dateline(city="Aktau", country="Kazakhstan"),
            body="\n\n".join(_paragraph(n, "en") for n in range(PARAGRAPHS))))
        draft = translation_service_for(room).start_translation(original.id or 0, "ru")
        translation = room.articles.save(replace(
            draft, headline="Зерно морем", body="\n\n".join(_russian(n) for n in range(PARAGRAPHS))))
        desk = TranslationDeskWidget(room)
        qtbot.addWidget(desk)
        desk.resize(1200, 800)
        desk.show()
        qtbot.waitExposed(desk)
        heights: dict[int, tuple[int, int]] = {}
        # Read in the handler of the load itself: before the event loop paints anything. The
        # text's height is read then too: a scroll bar appearing a moment later narrows the
        # columns, and the rows in view are fitted again to the new width (checked below).
        desk.desk_loaded.connect(lambda _desk: heights.update(
            {row: (desk.table.rowHeight(row), desk.table.sizeHintForRow(row))
             for row in range(min(200, desk.model.rowCount()))}))
        with qtbot.wait_signal(desk.desk_loaded, timeout=120000):
            desk.open_for(translation.id or 0)
        table = desk.table
        assert desk.model.rowCount() > ALL_ROWS_LIMIT  # the lazy way
        first_screen = _in_view(table)
        assert first_screen and all(heights[row][0] == heights[row][1]
                                    for row in first_screen)
        qtbot.waitUntil(lambda: all(table.rowHeight(row) == table.sizeHintForRow(row)
                                    for row in first_screen))
        last = desk.model.rowCount() - 1
        assert table.rowHeight(last) != table.sizeHintForRow(last)  # far below: not yet

        # Ctrl+End, again and again: the last row whole in view, fitted to its text, at once
        # and still after the rows around it were fitted (which moves nothing in view).
        table.setFocus()
        qtbot.waitUntil(table.hasFocus)
        for _ in range(3):
            QTest.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
            assert table.currentIndex().row() == 0 and _shown_whole_and_fitted(table, 0)
            QTest.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
            assert table.currentIndex().row() == last
            assert _shown_whole_and_fitted(table, last)
            qtbot.waitUntil(lambda: all(table.rowHeight(row) == table.sizeHintForRow(row)
                                        for row in _in_view(table)))
            qtbot.wait(100)  # the margin's fit, a timer later
            assert _shown_whole_and_fitted(table, last)
            assert table.verticalScrollBar().value() == table.verticalScrollBar().maximum()

        # The scroll bar dragged to its end, from the top: the end, once the rows it shows
        # are fitted (they grow, and the view stays at the end).
        table.scrollToTop()
        bar = table.verticalScrollBar()
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda: _shown_whole_and_fitted(table, last))
        table.scrollToTop()
        table.scrollToBottom()
        assert _shown_whole_and_fitted(table, last)

        # A row far down named by a readiness problem, and the QA's "next problem" (F9).
        keys = [ref.key for ref in qa_refs(desk.model.field_names, desk.model.body_rows)]
        table.scrollToTop()
        assert desk.select_row_key(f"p{NAMED}")
        named = keys.index(f"p{NAMED}")
        assert table.currentIndex().row() == named
        assert _shown_whole_and_fitted(table, named)
        qtbot.waitUntil(lambda: desk.model.qa_rows() == [last], timeout=60000)
        QTest.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        assert desk.qa.select_next()
        assert table.currentIndex().row() == last and _shown_whole_and_fitted(table, last)
