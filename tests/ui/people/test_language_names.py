"""The profile and source forms' fields for the other language (Sergey Kwan / Сергей Кван),
driven like a user would (Cyrillic typed through the input method), saved through the
services on SQLite and PostgreSQL."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from newsdesk.domain.people import Author, AuthorName, SourceName
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.people.author_list_model import AUTHOR_ID_ROLE
from newsdesk.ui.people.language_names import main_language
from newsdesk.ui.people.profiles_dialog import ProfilesDialog
from newsdesk.ui.people.sources_dock import SourcesDock
from tests.helpers.profiles import settle
from tests.ui.conftest import ui_newsroom
from tests.ui.people.conftest import Desk


def _type(widget: QWidget, text: str) -> None:
    """Type ``text`` as an input method commits it (QTest.keyClicks cannot type Cyrillic)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_main_language_goes_by_the_names_letters() -> None:
    assert main_language("Sergey Kwan") == "en"
    assert main_language("Сергей Кван", ("en",)) == "ru"
    assert main_language("", ("ru-KG", "en")) == "ru"
    assert main_language("") == "en"


def test_a_russian_name_and_bio_are_saved_with_the_profile(
    qtbot, dialog: ProfilesDialog, desk: Desk,
) -> None:
    dialog.select_author(desk.aigerim.id)
    settle(qtbot, dialog)
    fields = dialog.form.language_names
    assert fields.name_edits["ru"].isVisible() and not fields.name_edits["en"].isVisible()
    assert dialog.form.findChild(QWidget, "authorNameRuEdit") is fields.name_edits["ru"]
    _type(fields.name_edits["ru"], "Айгерим Сарсенбаева")
    assert dialog.save_button.isEnabled()
    _type(fields.second_edits["ru"], "Пишет об энергетике.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    saved = desk.newsroom.authors.get(desk.aigerim.id or 0)
    assert saved.names == (AuthorName("ru", "Айгерим Сарсенбаева", "Пишет об энергетике."),)
    assert saved.version == desk.aigerim.version + 1
    assert not dialog.banner.is_error
    dialog.select_author(desk.farrukh.id)
    settle(qtbot, dialog)
    assert fields.name_edits["ru"].text() == ""
    dialog.select_author(desk.aigerim.id)
    settle(qtbot, dialog)
    assert fields.name_edits["ru"].text() == "Айгерим Сарсенбаева"


def test_a_profile_written_in_russian_offers_english_fields(
    qtbot, dialog: ProfilesDialog, desk: Desk,
) -> None:
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    fields = dialog.form.language_names
    assert fields.name_edits["ru"].isVisible()
    _type(dialog.form.name_edit, "Ербол Сапаров")
    assert fields.name_edits["en"].isVisible() and not fields.name_edits["ru"].isVisible()
    qtbot.keyClicks(fields.name_edits["en"], "Yerbol Saparov")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    saved = desk.newsroom.authors.find("Ербол Сапаров")
    assert saved.names == (AuthorName("en", "Yerbol Saparov", ""),)
    assert desk.newsroom.authors.find("Yerbol Saparov").id == saved.id


def test_names_in_other_languages_are_kept_and_filtered_by(
    qtbot, dialog: ProfilesDialog, desk: Desk,
) -> None:
    stored = desk.newsroom.authors.update(Author(**{**desk.farrukh.__dict__, "names": (
        AuthorName("ky", "Фаррух"), AuthorName("ru", "Фаррух Рахимов"))}))
    dialog.reload()
    settle(qtbot, dialog)
    dialog.select_author(stored.id)
    settle(qtbot, dialog)
    qtbot.keyClicks(dialog.form.phone_edit, "+998")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert [n.language for n in desk.newsroom.authors.get(stored.id or 0).names] == ["ky", "ru"]
    _type(dialog.filter_edit, "Рахимов")
    assert dialog.proxy.rowCount() == 1
    index = dialog.proxy.index(0, 0)
    assert index.data(AUTHOR_ID_ROLE) == stored.id
    assert "Фаррух Рахимов" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_a_bad_name_is_refused_and_its_field_focused(
    qtbot, dialog: ProfilesDialog, desk: Desk,
) -> None:
    dialog.select_author(desk.aigerim.id)
    settle(qtbot, dialog)
    fields = dialog.form.language_names
    fields.name_edits["ru"].setText("А" * 201)
    fields.name_edits["ru"].textEdited.emit(fields.name_edits["ru"].text())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert dialog.banner.is_error
    assert "name in Russian" in dialog.banner.text() and "200" in dialog.banner.text()
    assert fields.name_edits["ru"].hasFocus()
    assert desk.newsroom.authors.get(desk.aigerim.id or 0).names == ()


def test_a_sources_russian_name_and_title_are_saved(qtbot, dock: SourcesDock,
                                                    desk: Desk) -> None:
    dock.select_source("kazinform")
    fields = dock.form.language_names
    assert fields.name_edits["ru"].isVisible() and not fields.name_edits["en"].isVisible()
    _type(fields.name_edits["ru"], "Казинформ")
    _type(fields.second_edits["ru"], "национальное информагентство")
    with qtbot.waitSignal(dock.sources_changed):
        qtbot.mouseClick(dock.save_button, Qt.MouseButton.LeftButton)
    saved = desk.newsroom.sources.get("kazinform")
    assert saved.names == (SourceName("ru", "Казинформ", "национальное информагентство"),)
    dock.select_source("official-1")
    assert fields.name_edits["ru"].text() == ""
    dock.select_source("kazinform")
    assert fields.second_edits["ru"].text() == "национальное информагентство"


def test_a_colleagues_russian_name_refuses_a_stale_save_and_is_shown(
    qtbot, dialog: ProfilesDialog, desk: Desk, database_url: str,
) -> None:
    dialog.select_author(desk.farrukh.id)
    settle(qtbot, dialog)
    _type(dialog.form.language_names.name_edits["ru"], "Фарух Назаров")
    colleague: Newsroom
    with ui_newsroom(database_url) as colleague:
        theirs = colleague.authors.get(desk.farrukh.id or 0)
        colleague.authors.update(Author(**{**theirs.__dict__, "names": (
            AuthorName("ru", "Фаррух Назаров"),)}))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    bar = dialog.findChild(QLabel, "profileConflictLabel")
    assert bar is not None and bar.isVisible()
    assert ("Other languages: theirs “ru: Фаррух Назаров”, yours “ru: Фарух Назаров”"
            in bar.text())
    assert desk.newsroom.authors.get(desk.farrukh.id or 0).names == (
        AuthorName("ru", "Фаррух Назаров"),)
