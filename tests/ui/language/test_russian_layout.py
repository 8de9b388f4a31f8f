"""The window in Russian at 1,500 px: longer words must not cut a label or hide a headline.

A fresh-eyes run found "Типографские кавычки" cut to "Типографские ка" and a 76-character
headline behind a scroll bar once the writing column was narrow. Each check runs with the
columns as they open and with the writing column at the narrowest the splitter allows.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article, Dateline
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.editor.editor_splitter import MIN_WIDTHS
from newsdesk.ui.main_window import MainWindow
from tests.helpers.desk import open_story
from tests.ui.shell.conftest import shown_window

HEADLINE_76 = "Городской совет утвердил новый бюджет на развитие транспорта и парков в 2027"
HEADLINE_90 = ("Межгосударственная водохозяйственная комиссия утвердила летний график попусков "
               "на Сырдарье")
WRITING = 0


@pytest.fixture
def window(room: Newsroom, russian_ui: None, qtbot: QtBot) -> Iterator[MainWindow]:
    del russian_ui  # installed before the window is built, as --ui-language ru does
    shown = shown_window(qtbot, room, (1500, 900))
    yield shown
    shown.autosaver.discard()
    shown.close()


def _open(qtbot: QtBot, window: MainWindow, room: Newsroom, headline: str) -> None:
    story = room.articles.create(Article(
        headline=headline, language="ru", dateline=Dateline(city="Ташкент"),
        body="Комиссия согласовала ежемесячные попуски из верхних водохранилищ."))
    assert open_story(qtbot, window, story.id or 0)


def _narrowest_writing_column(qtbot: QtBot, window: MainWindow) -> QWidget:
    splitter = window.editor.splitter
    writing, preview, sidebar = splitter.sizes()
    splitter.setSizes([MIN_WIDTHS[WRITING], preview + writing - MIN_WIDTHS[WRITING], sidebar])
    column = splitter.widget(WRITING)
    qtbot.waitUntil(lambda: column.width() == MIN_WIDTHS[WRITING])
    return column


def _shown_whole(widget: QWidget, column: QWidget) -> bool:
    """As wide as it asks to be, and inside the column (not under its edge)."""
    right = widget.mapTo(column, QPoint(widget.width(), 0)).x()
    return widget.width() >= widget.sizeHint().width() and right <= column.width()


def test_the_smart_quotes_box_is_never_cut(
    room: Newsroom, window: MainWindow, qtbot: QtBot
) -> None:
    _open(qtbot, window, room, HEADLINE_76)
    box = window.editor.smart_quotes_check
    assert box.text() == "Типографские кавычки"
    column = window.editor.splitter.widget(WRITING)
    qtbot.waitUntil(lambda: _shown_whole(box, column))
    assert _shown_whole(window.editor.target_spin, column)
    spin = window.editor.target_spin
    assert box.mapTo(column, QPoint(0, 0)).y() < spin.mapTo(column, QPoint(0, spin.height())).y()
    # side by side while there is room: stacked only when the column narrows
    column = _narrowest_writing_column(qtbot, window)
    qtbot.waitUntil(lambda: _shown_whole(box, column))
    assert _shown_whole(window.editor.target_spin, column)
    # Stacked under the target, not over the counts or the spelling line.
    assert box.mapTo(column, QPoint(0, 0)).y() > window.editor.target_spin.mapTo(
        column, QPoint(0, window.editor.target_spin.height())).y() - 1
    assert box.isVisible() and box.visibleRegion().boundingRect().width() == box.width()


@pytest.mark.parametrize("headline", [HEADLINE_76, HEADLINE_90], ids=["76", "90"])
def test_a_whole_headline_is_shown_without_a_scroll_bar(
    room: Newsroom, window: MainWindow, qtbot: QtBot, headline: str
) -> None:
    assert len(headline) in (76, room.house.settings().headline_limit)
    _open(qtbot, window, room, headline)
    field = window.editor.headline_edit

    def whole() -> bool:
        bars = (field.horizontalScrollBar(), field.verticalScrollBar())
        return (field.wrapped_lines() <= field.shown_lines()
                and not any(bar.isVisible() or bar.maximum() > 0 for bar in bars))

    qtbot.waitUntil(whole)
    _narrowest_writing_column(qtbot, window)
    qtbot.waitUntil(lambda: field.wrapped_lines() > 2)  # it did wrap, onto more lines
    qtbot.waitUntil(whole)  # the box grew: nothing is scrolled out of sight



def test_an_over_limit_headline_count_is_never_cut(
    room: Newsroom, window: MainWindow, qtbot: QtBot
) -> None:
    """A fresh-eyes run found "228 / 90 — на 138 больше лимита редакции" cut to
    "/ 90 — на 138 больше…" at the narrowest column: the length itself went off the left edge.
    The count wraps onto a second line instead."""
    _open(qtbot, window, room, HEADLINE_90 + " и ещё сорок символов сверх лимита редакции")
    label = window.editor.headline_count_label
    qtbot.waitUntil(lambda: "больше лимита" in label.text())
    column = _narrowest_writing_column(qtbot, window)
    assert label.fontMetrics().horizontalAdvance(label.text()) > column.width()  # the case


    def whole() -> bool:  # every word of it inside the label, the label inside the column
        fits = (label.heightForWidth(label.width()) <= label.height() if label.wordWrap()
                else label.fontMetrics().horizontalAdvance(label.text()) <= label.width())
        return fits and label.width() <= column.width()

    qtbot.waitUntil(whole)
    left = label.mapTo(column, QPoint(0, 0)).x()
    assert left >= 0 and label.mapTo(column, QPoint(label.width(), 0)).x() <= column.width()
