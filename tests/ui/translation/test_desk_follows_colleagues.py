"""The open translators' desk follows a colleague's saves without being reopened.

The colleague is a second newsroom on the same database (SQLite file or PostgreSQL server),
writing through the services as another window would; the desk hears of it through real live
updates (``PRAGMA data_version`` polling, ``LISTEN/NOTIFY``). The waits are generous bounds
for a loaded machine, not timing assertions.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from newsdesk.domain.glossary import Rendering
from newsdesk.domain.translation_qa import QaCheck
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.live_updates import LiveUpdates
from newsdesk.ui.translation.desk_model import FLAG_ROLE, QA_COLUMN, TRANSLATION_COLUMN
from newsdesk.ui.translation.desk_widget import TranslationDeskWidget
from tests.ui.conftest import ui_newsroom
from tests.ui.translation.desk_helpers import (
    EN_SLUG,
    RU_SLUG,
    desk_in_window,
    open_cell,
    open_russian,
    row_with,
    shown_desk,
    typed_while_a_colleague_saves,
)

SOON = 10_000  # ms: a bound for a loaded machine, not a speed claim


@pytest.fixture
def colleague(database_url: str, newsroom: Newsroom) -> Iterator[Newsroom]:
    """A second newsroom on the desk's database: a colleague's window, writing as it would."""
    with ui_newsroom(database_url) as room:
        yield room


@pytest.fixture
def desk(qtbot: QtBot, newsroom: Newsroom) -> Iterator[TranslationDeskWidget]:
    """The desk open on the demo's Russian translation, following live updates."""
    widget = shown_desk(qtbot, newsroom)
    open_russian(qtbot, widget, newsroom)
    live = LiveUpdates(newsroom, widget)
    live.changes_arrived.connect(widget.follow_changes)
    live.start()
    assert live.feed is not None and live.feed.connected.wait(10)
    yield widget
    live.stop()


def _change_original(colleague: Newsroom, old: str, new: str) -> None:
    original = colleague.articles.get_by_slug(EN_SLUG)
    assert old in original.body
    colleague.articles.save(replace(original, body=original.body.replace(old, new)))


def test_a_colleague_s_change_of_the_original_flags_its_row_in_place(
    qtbot: QtBot, desk: TranslationDeskWidget, colleague: Newsroom
) -> None:
    model = desk.model
    row = row_with(desk, "at least 1.1 billion")
    assert not model.flagged_rows()
    with qtbot.waitSignal(desk.follow.caught_up, timeout=SOON):
        _change_original(colleague, "at least 1.1 billion", "at least 1.3 billion")
    assert model.flagged_rows() == [row]
    flagged = model.index(row, TRANSLATION_COLUMN)
    assert flagged.data(FLAG_ROLE) == "changed"
    tooltip = flagged.data(Qt.ItemDataRole.ToolTipRole)
    assert "1.1 billion" in tooltip and "1.3 billion" in tooltip  # then and now
    assert "colleague changed the original" in desk.status_label.text()
    desk.table.setCurrentIndex(flagged)
    assert "Changed in the original since you translated it" in desk.detail.toPlainText()


def test_a_colleague_s_saved_translation_shows_in_its_cell(
    qtbot: QtBot, desk: TranslationDeskWidget, colleague: Newsroom
) -> None:
    row = row_with(desk, "at least 1.1 billion")
    assert "1,1 млрд" in desk.model.index(row, TRANSLATION_COLUMN).data()
    stored = colleague.articles.get_by_slug(RU_SLUG)
    with qtbot.waitSignal(desk.follow.caught_up, timeout=SOON):
        colleague.articles.save(replace(stored, body=stored.body.replace("1,1 млрд",
                                                                         "1,2 млрд")))
    assert "1,2 млрд" in desk.model.index(row, TRANSLATION_COLUMN).data()
    assert desk.desk is not None and desk.desk.translation.version == stored.version + 1
    assert "newer translation" in desk.status_label.text()


def test_a_cell_being_typed_in_is_never_overwritten(
    qtbot: QtBot, desk: TranslationDeskWidget, colleague: Newsroom, newsroom: Newsroom
) -> None:
    row = row_with(desk, "at least 1.1 billion")
    editor = open_cell(qtbot, desk, row)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insertPlainText(" Моя правка.")
    with qtbot.waitSignal(desk.follow.newer_version_waiting, timeout=SOON):
        _change_original(colleague, "at least 1.1 billion", "at least 1.3 billion")
    assert desk.follow.waiting
    assert "newer version" in desk.status_label.text()
    assert desk.table.indexWidget(desk.model.index(row, TRANSLATION_COLUMN)) is editor
    assert editor.toPlainText().endswith("Моя правка.")
    assert not desk.model.flagged_rows()  # nothing replaced under the user's hands

    # Leaving the cell saves the typing first; the colleague's change shows after that.
    with qtbot.waitSignal(desk.follow.caught_up, timeout=SOON):
        desk.commit_open_edit()
    assert desk.model.index(row, TRANSLATION_COLUMN).data().endswith("Моя правка.")
    assert desk.model.flagged_rows() == [row]
    assert not desk.follow.waiting
    assert newsroom.articles.get_by_slug(RU_SLUG).body.count("Моя правка.") == 1


def test_a_colleague_s_glossary_term_reaches_the_open_desk_s_qa(
    qtbot: QtBot, desk: TranslationDeskWidget, colleague: Newsroom
) -> None:
    headline = 0  # the headline row says "Сырдарье"
    assert "Сырдарье" in desk.model.index(headline, TRANSLATION_COLUMN).data()
    qtbot.waitUntil(lambda: not desk.qa.pending, timeout=SOON)
    assert not desk.model.qa_at(headline)
    colleague.glossary.add([Rendering("en", "Syr Darya"), Rendering("ru", "Сыр-Дарья"),
                            Rendering("ru", "Сырдарье", forbidden=True)], "The river")
    qtbot.waitUntil(lambda: bool(desk.model.qa_at(headline)), timeout=SOON)
    [warning] = desk.model.qa_at(headline)
    assert warning.check is QaCheck.TERMS
    assert "Сыр-Дарья" in desk.model.index(headline, QA_COLUMN).data(
        Qt.ItemDataRole.ToolTipRole)


def test_a_change_of_another_story_reads_nothing(
    qtbot: QtBot, desk: TranslationDeskWidget, colleague: Newsroom
) -> None:
    from newsdesk.domain.article import Article

    loads: list[object] = []
    desk.desk_loaded.connect(loads.append)
    colleague.articles.create(Article(headline="Anzob tunnel reopens after repairs"))
    other = colleague.articles.get_by_slug(RU_SLUG)  # a change after it, to wait on
    with qtbot.waitSignal(desk.follow.caught_up, timeout=SOON):
        colleague.articles.save(replace(other, headline=other.headline + " (обновлено)"))
    assert len(loads) == 1  # the unrelated story caused no read of its own


def test_the_window_s_desk_follows_a_colleague_s_change(
    qtbot: QtBot, newsroom: Newsroom, colleague: Newsroom
) -> None:
    """Wired in the real window: its live updates reach the desk opened from the Story menu."""
    window, dialog = desk_in_window(qtbot, newsroom)
    feed = window.live_updates.feed
    assert feed is not None and feed.connected.wait(10)
    desk = dialog.desk
    row = row_with(desk, "at least 1.1 billion")
    with qtbot.waitSignal(desk.follow.caught_up, timeout=SOON):
        _change_original(colleague, "at least 1.1 billion", "at least 1.3 billion")
    assert desk.model.flagged_rows() == [row]
    dialog.close()
    window.autosaver.discard()
    window.close()


def test_typing_over_a_colleague_s_newer_translation_is_kept_in_the_journal(
    qtbot: QtBot, newsroom: Newsroom, colleague: Newsroom
) -> None:
    """A colleague saved the translation while a cell was typed in: the desk says a newer
    version exists; the cell's save that follows is refused as a conflict (never written over
    the colleague's), and the typing stays in the window's journal to be offered back."""
    window, dialog, editor, stored = typed_while_a_colleague_saves(
        qtbot, newsroom, colleague, " Моя правка.")
    desk = dialog.desk
    assert editor.toPlainText().endswith("Моя правка.")
    with qtbot.waitSignal(desk.follow.caught_up, timeout=SOON):
        desk.commit_open_edit()
    assert "1,2 млрд" in desk.model.body  # the colleague's text, not overwritten
    said = desk.status_label.text()  # the refusal stays said after the reload
    assert "changed elsewhere" in said and "Your text is kept on this computer" in said
    entry = window.journal.read(f"desk-{stored.id}")
    assert entry is not None and "Моя правка." in entry.article.body
    dialog.close()
    window.autosaver.discard()
    window.close()
