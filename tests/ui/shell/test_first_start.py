"""A new, empty newsroom asks for its outlet's name and credit instead of pretending; the answer
is stored on the task runner, and a refusal keeps what was typed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.dialogs.first_start_dialog import FirstStartDialog
from newsdesk.ui.main_window import MainWindow
from tests.helpers.house_faults import REASON, save_failing_mid_way
from tests.helpers.unavailable import unavailable
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
    with qtbot.waitSignal(dialog.settings_saved):
        dialog.save_button.click()
        # Stored on the runner: the dialog waits for it, read-only, and Skip waits too.
        assert dialog.saving and not dialog.outlet_edit.isEnabled()
        assert not dialog.save_button.isEnabled() and not dialog.skip_button.isEnabled()
        dialog.reject()
        assert dialog.isVisible()

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


def _dialog(qtbot: QtBot, room: Newsroom) -> FirstStartDialog:
    dialog = FirstStartDialog(room.house)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.outlet_edit, "Kabar Today")
    qtbot.keyClicks(dialog.credit_edit, "KT")
    return dialog


def test_a_save_the_newsroom_cannot_take_keeps_the_names_typed_and_goes_through_later(
    qtbot: QtBot, database_url: str
) -> None:
    with unavailable(database_url) as (url, go_away, come_back), ui_newsroom(url) as room:
        dialog = _dialog(qtbot, room)
        go_away()
        with qtbot.waitSignal(dialog.save_refused, timeout=15000) as refused:
            dialog.save_button.click()
        why = refused.args[0]
        assert why.startswith("Not saved: ") and "Traceback" not in why and "INSERT" not in why
        assert dialog.isVisible() and dialog.error_label.isVisible()
        assert dialog.error_label.text() == why
        assert (dialog.outlet_edit.text(), dialog.credit_edit.text()) == ("Kabar Today", "KT")
        assert dialog.save_button.isEnabled() and dialog.skip_button.isEnabled()
        come_back()
        with qtbot.waitSignal(dialog.settings_saved, timeout=15000) as saved:
            dialog.save_button.click()
        assert not dialog.isVisible() and dialog.saved == saved.args[0]
        assert room.house.settings().outlet_name == "Kabar Today"


def test_a_save_that_fails_between_its_two_writes_leaves_the_newsroom_unnamed(
    qtbot: QtBot, empty: Newsroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, empty)
    why = save_failing_mid_way(qtbot, monkeypatch, dialog.save_button, dialog.save_refused)
    assert why == f"Not saved: {REASON}"
    assert dialog.isVisible() and dialog.saved is None
    assert empty.house.is_unconfigured()  # not half-named: asked again next time
    assert empty.house.settings().outlet_name == ""
