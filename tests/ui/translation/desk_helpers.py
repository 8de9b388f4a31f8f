"""Opening the desk on the demo translation and finding its rows, for the desk tools' tests."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.desk_start import read_opened
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.translation.desk_dialog import TranslationDeskDialog
from newsdesk.ui.translation.desk_model import ORIGINAL_COLUMN, TRANSLATION_COLUMN
from newsdesk.ui.translation.desk_widget import TranslationDeskWidget
from newsdesk.ui.translation.paragraph_editor import ParagraphEdit

EN_SLUG, RU_SLUG = "water-schedule-tashkent", "water-schedule-tashkent-ru"


def shown_desk(qtbot: QtBot, newsroom: Newsroom) -> TranslationDeskWidget:
    """A desk on screen, not yet showing a story."""
    widget = TranslationDeskWidget(newsroom)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def desk_in_window(qtbot: QtBot, room: Newsroom) -> tuple[MainWindow, TranslationDeskDialog]:
    """The real window shown on the demo's Russian translation, its desk opened from the Story
    menu, once the desk shows its rows."""
    from tests.helpers.desk import open_story

    window = MainWindow(read_opened(room))
    qtbot.addWidget(window)
    window.show()
    ru = room.articles.get_by_slug(RU_SLUG)
    assert ru.id is not None and open_story(qtbot, window, ru.id)
    tools = window.translation_tools
    tools.desk_action.trigger()
    dialog = tools.dialog
    assert dialog is not None
    qtbot.wait_until(lambda: dialog.desk.desk is not None and not dialog.desk.busy,
                     timeout=10000)
    return window, dialog


def typed_while_a_colleague_saves(
    qtbot: QtBot, room: Newsroom, colleague: Newsroom, typed: str
) -> tuple[MainWindow, TranslationDeskDialog, ParagraphEdit, Article]:
    """The real window's desk (following live updates) with ``typed`` added at the end of the
    "1.1 billion" paragraph's open cell, once the desk has heard that ``colleague`` saved that
    paragraph as "1,2 млрд". Returns the window, the desk's dialog, the open cell's editor and
    the translation as it was before the colleague's save."""
    window, dialog = desk_in_window(qtbot, room)
    feed = window.live_updates.feed
    assert feed is not None and feed.connected.wait(10)
    desk = dialog.desk
    editor = open_cell(qtbot, desk, row_with(desk, "at least 1.1 billion"))
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insertPlainText(typed)
    stored = colleague.articles.get_by_slug(RU_SLUG)
    with qtbot.waitSignal(desk.follow.newer_version_waiting, timeout=10000):
        colleague.articles.save(replace(stored, body=stored.body.replace("1,1 млрд",
                                                                         "1,2 млрд")))
    return window, dialog, editor, stored


def open_russian(qtbot: QtBot, desk: TranslationDeskWidget, newsroom: Newsroom) -> None:
    """(Re)open the demo's Russian translation and wait until its rows are shown."""
    ru = newsroom.articles.get_by_slug(RU_SLUG)
    with qtbot.wait_signal(desk.desk_loaded, timeout=10000):
        desk.open_for(ru.id or 0)


def spelling_desk(qtbot: QtBot, newsroom: Newsroom) -> TranslationDeskWidget:
    """A desk on the demo's Russian translation with both columns' checkers loaded."""
    widget = shown_desk(qtbot, newsroom)
    open_russian(qtbot, widget, newsroom)
    spelling = widget.tools.spelling
    qtbot.wait_until(lambda: spelling.original.checker is not None
                     and spelling.translation.checker is not None, timeout=20000)
    return widget


def row_with(desk: TranslationDeskWidget, words: str) -> int:
    """The first row whose original holds ``words`` (rows move as headline/deck rows come)."""
    return next(row for row in range(desk.model.rowCount())
                if words in str(desk.model.index(row, ORIGINAL_COLUMN).data()))


def open_cell(qtbot: QtBot, desk: TranslationDeskWidget, row: int) -> ParagraphEdit:
    """The row's translation cell opened for typing, as a double click would, with the focus."""
    index = desk.model.index(row, TRANSLATION_COLUMN)
    desk.table.setCurrentIndex(index)
    desk.table.edit(index)
    editor = desk.table.indexWidget(index)
    assert isinstance(editor, ParagraphEdit)
    qtbot.waitUntil(editor.hasFocus)
    return editor
