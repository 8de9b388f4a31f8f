"""Presence in the window: a colleague with the same story open is named above the headline
and marked in the list; the marks go when the colleague closes or goes stale. Nobody is
locked out. On SQLite and PostgreSQL.

The colleague is a second window on the same database (or a second newsroom writing
presence as a window would). Polls are shortened to 200 ms; the 5 s waits are generous
bounds for a loaded machine, not timing assertions.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, QTime
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from newsdesk.services.newsroom import Newsroom
from newsdesk.services.presence import PresenceService
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.models.article_list_model import HEADLINE, PRESENCE_ROLE
from newsdesk.ui.user_name import USER_NAME_KEY, set_user_name, user_name
from tests.helpers.desk import open_story, saved
from tests.ui.shell.conftest import Desk

SOON = 5000  # ms
FAST_POLL = 200  # ms


def _window(qtbot: QtBot, newsroom: Newsroom, story: int) -> MainWindow:
    window = MainWindow(newsroom)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.initial_story_pending)
    window.presence.set_poll_interval(FAST_POLL)
    assert open_story(qtbot, window, story)
    return window


@pytest.fixture
def mine(qtbot: QtBot, desk: Desk) -> Iterator[MainWindow]:
    set_user_name("Me at the desk")
    window = _window(qtbot, desk.newsroom, desk.water.id or 0)
    yield window
    window.autosaver.discard()
    window.close()
    QSettings().remove(USER_NAME_KEY)


def _label(window: MainWindow) -> QLabel:
    label = window.findChild(QLabel, "presenceLabel")
    assert isinstance(label, QLabel)
    return label


def _mark(window: MainWindow, story: int) -> str:
    model = window.list_panel.model
    row = model.row_of(story)
    assert row is not None
    return str(model.index(row, HEADLINE).data(PRESENCE_ROLE))


def _short_time(moment: datetime) -> str:
    local = moment.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def test_a_colleague_s_window_on_the_same_story_is_named_and_marked(
    qtbot: QtBot, desk: Desk, mine: MainWindow, colleague: Newsroom
) -> None:
    story = desk.water.id or 0
    set_user_name("Aida Nurlanovna")  # the colleague's window reads the setting as it opens
    theirs = _window(qtbot, colleague, story)
    set_user_name("Me at the desk")
    label = _label(mine)
    qtbot.waitUntil(lambda: label.isVisible(), timeout=SOON)
    [presence] = mine.presence.others_on(story)
    assert label.text() == f"Also open by Aida Nurlanovna since {_short_time(presence.opened_at)}"
    assert _mark(mine, story) == "Aida Nurlanovna"
    row = mine.list_panel.model.row_of(story)
    assert row is not None
    index = mine.list_panel.model.index(row, HEADLINE)
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "Also open by Aida Nurlanovna" in index.data(Qt.ItemDataRole.ToolTipRole)
    # ... and the colleague sees me the same way; nobody is locked out of typing.
    qtbot.waitUntil(lambda: _label(theirs).text().startswith("Also open by Me at the desk"),
                    timeout=SOON)
    assert not mine.editor.body_edit.isReadOnly()
    assert not theirs.editor.body_edit.isReadOnly()

    # The colleague moves to another story: the label goes, the list's mark moves with them.
    solar = desk.solar.id or 0
    assert open_story(qtbot, theirs, solar)
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=SOON)
    qtbot.waitUntil(lambda: _mark(mine, solar) == "Aida Nurlanovna", timeout=SOON)
    assert _mark(mine, story) == ""

    # The colleague closes the window: every mark goes.
    theirs.autosaver.discard()
    theirs.close()
    qtbot.waitUntil(lambda: _mark(mine, solar) == "", timeout=SOON)
    assert mine.presence.others_on(solar) == []


def test_a_colleague_who_stops_beating_goes_stale(
    qtbot: QtBot, desk: Desk, mine: MainWindow, colleague: Newsroom
) -> None:
    story = desk.water.id or 0
    # A window that crashed: it entered, then never beat again. The window under test
    # counts a row stale after 1 s instead of 60 (the rule, not the minute, is tested here).
    mine.presence.service = PresenceService(desk.newsroom.uow, stale_after=1.0)
    since = colleague.presence.enter("crashed-window", "Marat", story)
    assert since <= datetime.now(UTC)
    label = _label(mine)
    qtbot.waitUntil(lambda: label.isVisible(), timeout=SOON)
    assert "Marat" in label.text()
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=SOON)
    assert _mark(mine, story) == ""


def test_my_own_window_is_not_someone_else(qtbot: QtBot, mine: MainWindow) -> None:
    with qtbot.wait_signal(mine.presence.presence_read, timeout=SOON):
        pass
    assert not _label(mine).isVisible()


def test_the_name_is_the_setting_or_the_os_user() -> None:
    set_user_name("  Dilnoza  ")
    assert user_name() == "Dilnoza"
    set_user_name("")
    assert user_name().strip()  # the OS user's full name or login
    assert QSettings().value(USER_NAME_KEY) is None


def test_presence_waits_while_the_newsroom_is_unavailable(
    qtbot: QtBot, desk: Desk
) -> None:
    """Each presence write would wait for the same lock or server the story's save waits
    for: while the desk is offline presence neither writes nor reads, and resumes after."""
    from tests.helpers.unavailable import unavailable
    from tests.ui.conftest import ui_newsroom

    with unavailable(desk.url) as (url, go_away, come_back), ui_newsroom(url) as room:
        window = _window(qtbot, room, desk.water.id or 0)
        go_away()
        window.editor.body_edit.insertPlainText(" Filed while away.")
        assert not saved(qtbot, window.autosaver)
        assert window.presence.paused
        come_back()
        qtbot.waitUntil(lambda: not window.presence.paused, timeout=20_000)
        window.autosaver.discard()
        window.close()
