"""Tools ▸ House Settings… in real windows on SQLite and PostgreSQL: checked, saved, shared;
read and stored on the task runner, a refusal said with the typing kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, select

from newsdesk.db.models import HouseSettingRow
from newsdesk.domain.house import DatelineStyle
from newsdesk.services.export.batch import ExportFormat, export_stories
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.dialogs.house_settings_dialog import HouseSettingsDialog
from newsdesk.ui.main_window import MainWindow
from tests.helpers.desk import open_story
from tests.helpers.house_faults import REASON, save_failing_mid_way
from tests.helpers.unavailable import unavailable
from tests.ui.conftest import ui_newsroom
from tests.ui.shell.conftest import Desk, WindowFactory


def _open_dialog(qtbot: QtBot, window: MainWindow) -> HouseSettingsDialog:
    """Tools ▸ House Settings…, once the stored settings have landed in the form."""
    action = window.findChild(type(window.house_settings_action), "houseSettingsAction")
    assert action is window.house_settings_action
    assert action in window.tools_menu.actions()
    action.trigger()
    dialog = window.findChild(HouseSettingsDialog, "houseSettingsDialog")
    assert dialog is not None and dialog.isVisible()
    wait_loaded(qtbot, dialog)
    return dialog


def wait_loaded(qtbot: QtBot, dialog: HouseSettingsDialog) -> None:
    """The settings read on the runner are in the form (it is read-only until then)."""
    if not dialog.ready:
        with qtbot.waitSignal(dialog.settings_loaded):
            pass
    assert dialog.ready and dialog.save_button.isEnabled()


def _set(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    widget.clear()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:  # QTest.keyClicks asserts on keys outside ASCII ("—"): the field gets them pasted
        widget.insert(text)


def test_settings_made_in_the_dialog_are_checked_saved_and_seen_by_a_second_window(
    qtbot: QtBot, desk: Desk, make_window: WindowFactory, tmp_path: Path
) -> None:
    first = make_window(desk.newsroom)
    assert open_story(qtbot, first, desk.solar.id or 0)
    dialog = _open_dialog(qtbot, first)
    # The sample is the open story's dateline (Bishkek), with the credit as typed.
    assert "open story" in dialog.sample_caption.text()
    _set(qtbot, dialog.credit_edit, "KD")
    assert dialog.sample_label.text().startswith("BISHKEK, Kyrgyzstan (KD) — The plant will")
    _set(qtbot, dialog.outlet_edit, "Kabar Desk")
    dialog.style_combo.setCurrentIndex(dialog.style_combo.findData("custom"))
    _set(qtbot, dialog.template_edit, "{day}. {CITY} —")
    error = dialog.errors["dateline_template"]
    assert error.isVisible() and "makes the first paragraph Markdown" in error.text()
    _set(qtbot, dialog.site_edit, "kabar.kg")
    assert "is not an http or https address" in dialog.errors["site_url"].text()
    dialog.save_button.click()  # refused, the first field to fix named and focused
    assert dialog.isVisible()
    assert dialog.message_label.text().startswith("Not saved: dateline template — ")
    assert dialog.focusWidget() is dialog.template_edit
    assert first.newsroom.house.settings().outlet_name == ""  # nothing stored
    _set(qtbot, dialog.template_edit, "{CITY} ({agency}), {date_ap} —")
    _set(qtbot, dialog.site_edit, "https://kabar.kg/")
    assert not any(label.isVisible() for label in dialog.errors.values())
    assert dialog.sample_label.text().startswith("BISHKEK (KD), ")
    with qtbot.waitSignal(dialog.settings_saved) as saved:
        dialog.save_button.click()
    house = saved.args[0]
    assert (house.outlet_name, house.agency_credit, house.site_url) == (
        "Kabar Desk", "KD", "https://kabar.kg")
    assert house.dateline_style is DatelineStyle.CUSTOM
    assert first.house == house  # the window's one settings object...
    assert first.editor._house == house  # ...is the editor's and its preview's

    with ui_newsroom(desk.url) as other_room:
        second = make_window(other_room)
        assert second.house == house  # opened after the save
    with ui_newsroom(desk.url) as third_room:
        before = make_window(third_room)
        first.newsroom.house.set_text("agency_credit", "KBR")  # a colleague, later
        assert before.house.agency_credit == "KD"
        before.refresh_from_database()  # Ctrl+R: read on the task runner, then shown
        qtbot.waitUntil(lambda: before.house.agency_credit == "KBR")
        assert before.editor._house is before.house
        assert open_story(qtbot, before, desk.water.id or 0)
        before.editor.dateline_widget.agency_edit.clear()
        before.editor.dateline_widget.on_field_edited()
        # Every exporter reads the window's settings object.
        bundle = before.newsroom.articles.bundle(desk.water.id or 0)
        for fmt in (ExportFormat.HTML, ExportFormat.NINJS, ExportFormat.MARKDOWN_CLEAN):
            report = export_stories(iter([bundle]), tmp_path / fmt.value, fmt, before.house,
                                    total=1)
            text = "".join(path.read_text(encoding="utf-8") for path in report.written)
            assert "example.org" not in text
            if fmt is not ExportFormat.MARKDOWN_CLEAN:
                assert "Kabar Desk" in text and "https://kabar.kg/" in text


def test_without_an_open_story_the_sample_is_a_story_filed_today(
    qtbot: QtBot, newsroom: Newsroom
) -> None:
    dialog = HouseSettingsDialog(newsroom.house)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_loaded(qtbot, dialog)
    assert "no story is open" in dialog.sample_caption.text()
    assert dialog.sample_label.text().startswith("BISHKEK, Kyrgyzstan — Farmers will")
    dialog.style_combo.setCurrentIndex(dialog.style_combo.findData("tass"))
    assert dialog.sample_label.text().startswith("БИШКЕК, ")
    _set(qtbot, dialog.language_edit, "klingon")
    dialog.headline_spin.setValue(5)
    assert "is not a language tag" in dialog.errors["default_language"].text()
    assert "must be between 10 and 500" in dialog.errors["headline_limit"].text()
    dialog.save_button.click()
    assert dialog.message_label.text().startswith("Not saved: default language — ")
    assert newsroom.house.stored().stored == frozenset()


def test_the_house_word_target_is_the_editors_target(desk: Desk, qtbot: QtBot) -> None:
    settings = desk.newsroom.house.set_text("word_target", "450")
    assert settings.word_target == 450
    window = MainWindow(desk.newsroom)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.initial_story_pending)
    assert window.editor.target_spin.value() == settings.word_target
    from dataclasses import replace

    window.editor.set_house(replace(settings, word_target=800))
    assert window.editor.target_spin.value() == 800
    window.autosaver.discard()
    window.close()


def _fields_open(dialog: HouseSettingsDialog) -> bool:
    return any(widget.isEnabled() for widget in dialog.fields.values())


def test_the_form_is_read_only_until_the_stored_settings_land(
    qtbot: QtBot, newsroom: Newsroom
) -> None:
    newsroom.house.set_values({"outlet_name": "Kabar Desk", "word_target": 450})
    dialog = HouseSettingsDialog(newsroom.house)
    qtbot.addWidget(dialog)
    dialog.show()
    # Read on the task runner: nothing to edit or save before the stored settings are in.
    assert not dialog.ready and not _fields_open(dialog)
    assert not dialog.save_button.isEnabled() and dialog.cancel_button.isEnabled()
    assert dialog.message_label.text() == "Reading the house settings…"
    assert dialog.outlet_edit.text() == ""
    with qtbot.waitSignal(dialog.settings_loaded) as loaded:
        pass
    assert loaded.args[0].outlet_name == "Kabar Desk"
    assert dialog.outlet_edit.text() == "Kabar Desk" and dialog.target_spin.value() == 450
    assert _fields_open(dialog) and dialog.save_button.isEnabled()
    assert not dialog.template_edit.isEnabled()  # only with the custom style
    assert dialog.message_label.text() == "" and dialog.sample_label.text() != ""


def test_settings_that_cannot_be_read_are_said_and_read_again_on_request(
    qtbot: QtBot, newsroom: Newsroom, database_file: str
) -> None:
    newsroom.house.set_values({"outlet_name": "Kabar Desk"})
    moved = create_engine(database_file)
    try:
        with moved.begin() as connection:  # the table gone, as in a damaged newsroom
            connection.exec_driver_sql("ALTER TABLE house_settings RENAME TO house_away")
        dialog = HouseSettingsDialog(newsroom.house)
        qtbot.addWidget(dialog)
        dialog.show()
        with qtbot.waitSignal(dialog.load_failed) as failed:
            pass
        why = failed.args[0]
        assert why.startswith("The house settings could not be read: ")
        assert dialog.message_label.text() == why and "Traceback" not in why
        assert dialog.retry_button.isVisible() and dialog.retry_button.isEnabled()
        assert not dialog.ready and not _fields_open(dialog)
        assert not dialog.save_button.isEnabled() and not dialog.on_save()
        with moved.begin() as connection:
            connection.exec_driver_sql("ALTER TABLE house_away RENAME TO house_settings")
    finally:
        moved.dispose()
    with qtbot.waitSignal(dialog.settings_loaded):
        dialog.retry_button.click()
    assert dialog.outlet_edit.text() == "Kabar Desk" and not dialog.retry_button.isVisible()
    assert dialog.save_button.isEnabled()


def test_a_save_the_newsroom_cannot_take_keeps_the_typing_and_goes_through_later(
    qtbot: QtBot, database_url: str
) -> None:
    with unavailable(database_url) as (url, go_away, come_back), ui_newsroom(url) as room:
        dialog = HouseSettingsDialog(room.house)
        qtbot.addWidget(dialog)
        dialog.show()
        wait_loaded(qtbot, dialog)
        _set(qtbot, dialog.outlet_edit, "Kabar Desk")
        go_away()
        with qtbot.waitSignal(dialog.save_refused, timeout=15000) as refused:
            dialog.save_button.click()
            # On its way: the form and both buttons wait; Cancel and Escape do not close it.
            assert dialog.saving and not _fields_open(dialog)
            assert not dialog.save_button.isEnabled() and not dialog.cancel_button.isEnabled()
            dialog.reject()
            assert dialog.isVisible()
        why = refused.args[0]
        assert why.startswith("Not saved: ") and dialog.message_label.text() == why
        assert "Traceback" not in why and "SELECT" not in why and "INSERT" not in why
        assert dialog.isVisible() and dialog.outlet_edit.text() == "Kabar Desk"
        assert _fields_open(dialog) and dialog.save_button.isEnabled()
        come_back()
        with qtbot.waitSignal(dialog.settings_saved, timeout=15000) as saved:
            dialog.save_button.click()
        assert saved.args[0].outlet_name == "Kabar Desk" and not dialog.isVisible()
        assert room.house.settings().outlet_name == "Kabar Desk"


def test_a_save_that_fails_between_two_writes_stores_nothing_and_keeps_the_form(
    qtbot: QtBot, newsroom: Newsroom, database_file: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    newsroom.house.set_values({"outlet_name": "Before", "agency_credit": "B"})
    dialog = HouseSettingsDialog(newsroom.house)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_loaded(qtbot, dialog)
    _set(qtbot, dialog.outlet_edit, "After")
    _set(qtbot, dialog.credit_edit, "A")
    why = save_failing_mid_way(qtbot, monkeypatch, dialog.save_button, dialog.save_refused)
    assert why == f"Not saved: {REASON}"
    assert (dialog.outlet_edit.text(), dialog.credit_edit.text()) == ("After", "A")
    engine = create_engine(database_file)
    try:
        with engine.connect() as connection:
            rows = {key: value for key, value in connection.execute(
                select(HouseSettingRow.key, HouseSettingRow.value))}
    finally:
        engine.dispose()
    assert rows == {"outlet_name": "Before", "agency_credit": "B"}  # nothing half-written
    with qtbot.waitSignal(dialog.settings_saved) as saved:
        dialog.save_button.click()
    assert (saved.args[0].outlet_name, saved.args[0].agency_credit) == ("After", "A")
