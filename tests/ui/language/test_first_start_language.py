"""A new newsroom started in the Russian interface is asked the language of its stories, offered
Russian, and its first story is Russian (it started every story in English before)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.dialogs.first_start_dialog import FirstStartDialog
from newsdesk.ui.main_window import MainWindow
from tests.helpers.desk import new_story
from tests.helpers.house_faults import REASON, save_failing_mid_way


def _asked(qtbot: QtBot, room: Newsroom) -> tuple[MainWindow, FirstStartDialog]:
    window = MainWindow(room)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.initial_story_pending)
    with qtbot.waitSignal(window.first_start.answered) as answered:
        window.offer_first_start()
    dialog = answered.args[0]
    assert isinstance(dialog, FirstStartDialog)
    return window, dialog


@pytest.mark.usefixtures("russian_ui")
def test_a_russian_desk_is_offered_russian_and_its_first_story_is_russian(
    qtbot: QtBot, room: Newsroom
) -> None:
    window, dialog = _asked(qtbot, room)
    assert dialog.language_combo.isVisibleTo(dialog)
    assert dialog.story_language() == "ru"
    assert dialog.language_combo.currentText() == "русский (ru)"
    dialog.outlet_edit.insert("Кабар сегодня")
    dialog.credit_edit.insert("КС")
    with qtbot.waitSignal(dialog.settings_saved):
        dialog.save_button.click()
        assert not dialog.language_combo.isEnabled()  # read-only while it is stored
    assert room.house.settings().default_language == "ru"
    assert window.house.default_language == "ru"
    # The blank story the window opened on, untouched, is the first one written: Russian.
    assert window.session.open_id is None
    assert window.editor.current_article().language == "ru"
    assert window.editor.language_combo.currentData() == "ru"
    assert new_story(qtbot, window)
    assert window.editor.current_article().language == "ru"
    window.autosaver.discard()
    window.close()


def test_the_english_desk_is_offered_english_and_may_choose_another(
    qtbot: QtBot, room: Newsroom
) -> None:
    window, dialog = _asked(qtbot, room)
    assert dialog.story_language() == "en"
    assert [dialog.language_combo.itemData(i) for i in range(dialog.language_combo.count())] \
        == ["en", "en-GB", "ru"]
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en-GB"))
    window.editor.headline_edit.insertPlainText("Written before the house was named")
    dialog.outlet_edit.insert("Kabar Today")
    with qtbot.waitSignal(dialog.settings_saved):
        dialog.save_button.click()
    # A story already being written keeps the language it was begun in.
    assert window.editor.current_article().language == "en"
    window.autosaver.discard()
    assert new_story(qtbot, window)
    assert window.editor.current_article().language == "en-GB"
    window.autosaver.discard()
    window.close()


def test_a_save_failing_mid_way_stores_no_language_either(
    qtbot: QtBot, room: Newsroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, dialog = _asked(qtbot, room)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ru"))
    dialog.outlet_edit.insert("Kabar Today")
    dialog.credit_edit.insert("KT")
    assert save_failing_mid_way(qtbot, monkeypatch, dialog.save_button,
                                dialog.save_refused) == f"Not saved: {REASON}"
    assert dialog.isVisible() and dialog.story_language() == "ru"  # nothing typed is lost
    assert room.house.is_unconfigured()
    assert room.house.settings().default_language == "en"
    dialog.skip_button.click()
    window.autosaver.discard()
    window.close()
