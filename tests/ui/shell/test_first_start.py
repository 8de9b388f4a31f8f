"""A new, empty newsroom asks for its outlet's name and credit instead of pretending."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.dialogs.first_start_dialog import FirstStartDialog
from newsdesk.ui.main_window import MainWindow
from tests.ui.conftest import ui_newsroom


@pytest.fixture
def empty(database_url: str) -> Iterator[Newsroom]:
    with ui_newsroom(database_url) as room:
        yield room


def _window(qtbot: QtBot, room: Newsroom) -> MainWindow:
    window = MainWindow(room)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.initial_story_pending)
    return window


def _offer(qtbot: QtBot, window: MainWindow) -> FirstStartDialog | None:
    """Ask as the application does without knowing the answer: read on the task runner."""
    with qtbot.waitSignal(window.first_start.answered) as answered:
        window.offer_first_start()
    dialog = answered.args[0] if answered.args else None
    assert dialog is None or isinstance(dialog, FirstStartDialog)
    return dialog


def test_the_first_start_on_an_empty_newsroom_asks_for_its_name_and_credit(
    empty: Newsroom, qtbot: QtBot
) -> None:
    window = _window(qtbot, empty)
    assert empty.house.settings().outlet_name == ""  # nothing invented
    dialog = _offer(qtbot, window)
    assert isinstance(dialog, FirstStartDialog)
    dialog.save_button.click()  # an empty name is refused in the dialog
    assert dialog.isVisible() and dialog.error_label.isVisible()
    qtbot.keyClicks(dialog.outlet_edit, "Kabar Today")
    qtbot.keyClicks(dialog.credit_edit, "KT")
    dialog.save_button.click()

    assert not dialog.isVisible()
    stored = empty.house.settings()
    assert (stored.outlet_name, stored.agency_credit) == ("Kabar Today", "KT")
    assert window.house.agency_credit == "KT"  # the window uses it at once
    assert _offer(qtbot, window) is None  # named: never asked again
    window.autosaver.discard()
    window.close()


def test_skipping_stores_nothing_and_a_newsroom_with_stories_is_never_asked(
    empty: Newsroom, qtbot: QtBot
) -> None:
    window = _window(qtbot, empty)
    dialog = _offer(qtbot, window)
    assert dialog is not None
    dialog.skip_button.click()
    assert empty.house.settings().outlet_name == ""
    empty.articles.create(Article(headline="A first story"))
    assert _offer(qtbot, window) is None
    window.autosaver.discard()
    window.close()


def test_the_answer_known_from_opening_asks_at_once(empty: Newsroom, qtbot: QtBot) -> None:
    """The application read whether the newsroom is new with the opening: no second read."""
    window = _window(qtbot, empty)
    with qtbot.waitSignal(window.first_start.answered) as answered:
        window.offer_first_start(False)
    assert answered.args == [None]
    window.offer_first_start(True)
    dialog = window.findChild(FirstStartDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.skip_button.click()
    window.autosaver.discard()
    window.close()
