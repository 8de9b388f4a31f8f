"""Errors in the Russian interface: validation, conflicts, storage and import failures.

The domain raises its errors with an English :class:`Wording`; the window translates the
template (``newsdesk.ui.error_text``). Each flow here is the real one (a save refused by the
real service, a colleague's save, another program's write lock on the SQLite file, a file
refused by the importer) and what the window then shows is checked for English leftovers
with the same detection as the dialogs' test.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

import newsdesk
from newsdesk.domain.article import Article, Dateline
from newsdesk.domain.errors import (
    ConflictError,
    InvalidInputError,
    NewsdeskError,
    StorageError,
    wording,
)
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.autosave import SaveState
from newsdesk.ui.dialogs.house_settings_dialog import HouseSettingsDialog
from newsdesk.ui.error_text import TEMPLATES, error_text, situation_text
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.translator import install_ui_language
from tests.helpers.desk import open_story, saved
from tests.helpers.unavailable import unavailable
from tests.ui.conftest import ui_newsroom
from tests.ui.language.test_russian_leftovers import english_leftovers
from tests.ui.shell.conftest import shown_window

PACKAGE = Path(newsdesk.__file__).parent
_CYRILLIC = re.compile("[А-Яа-яЁё]")


def _wording_templates() -> set[str]:
    """Every template the domain, services and database layer raise with ``wording(...)``."""
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "wording" and node.args):
                first = node.args[0]
                assert isinstance(first, ast.Constant), f"{path}:{node.lineno}: not a literal"
                found.add(str(first.value))
    return found


def test_every_wording_the_domain_raises_is_in_the_interface_s_table() -> None:
    templates = _wording_templates()
    assert len(templates) > 30
    assert sorted(templates - TEMPLATES) == []


def test_english_interface_shows_the_cli_s_words() -> None:
    error = InvalidInputError(wording("'{slug}' may hold only lowercase latin letters, digits "
                                      "and hyphens", slug="Bad Slug"), field="slug")
    assert str(error) == ("field 'slug': 'Bad Slug' may hold only lowercase latin letters, "
                          "digits and hyphens")
    assert error_text(error) == ("field “slug”: 'Bad Slug' may hold only lowercase latin "
                                 "letters, digits and hyphens")
    plain = ConflictError("an error raised without a wording")
    assert error_text(plain) == "an error raised without a wording"


@pytest.fixture
def russian(qtbot: QtBot, russian_catalogue: Path) -> Iterator[None]:
    del qtbot
    assert install_ui_language("ru", russian_catalogue) == "ru"
    yield


def _leftovers(qtbot: QtBot, text: str, also_allowed: set[str] = frozenset()) -> list[str]:
    label = QLabel(text)
    qtbot.addWidget(label)
    return english_leftovers(label, also_allowed)


@pytest.mark.usefixtures("russian")
def test_an_unknown_wording_falls_back_to_english() -> None:
    error = NewsdeskError(wording("a sentence nobody translated: {x}", x="1"))
    assert error_text(error) == "a sentence nobody translated: 1"


@pytest.mark.usefixtures("russian")
def test_a_validation_error_and_a_conflict_from_the_real_service_read_in_russian(
    qtbot: QtBot, room: Newsroom
) -> None:
    story = room.articles.create(Article(headline="Water law", language="en"))
    with pytest.raises(InvalidInputError) as refused:
        room.articles.save(replace(story, slug="Water Law!"))
    shown = error_text(refused.value)
    assert shown.startswith("поле «слаг»: «Water Law!»"), shown
    assert _leftovers(qtbot, shown, {"water", "law"}) == []  # the slug is the user's

    room.articles.save(replace(story, body="A colleague's text."))
    with pytest.raises(ConflictError) as conflict:
        room.articles.save(replace(story, body="Mine."))
    shown = error_text(conflict.value)
    assert "изменили в другом месте" in shown and "Water law" in shown
    assert _leftovers(qtbot, shown, {"water", "law"}) == []  # the headline is the user's


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A window closed with unsaved text asks in a modal box: recorded and closed here."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: shown.append(f"{box.objectName()}: {box.text()}") or 0)
    return shown


def _window(qtbot: QtBot, newsroom: Newsroom) -> MainWindow:
    return shown_window(qtbot, newsroom)


def _close(window: MainWindow) -> None:
    window.autosaver.discard()
    window.close()


@pytest.mark.usefixtures("russian", "boxes")
def test_the_window_says_refused_saves_in_russian(qtbot: QtBot, room: Newsroom) -> None:
    story = room.articles.create(Article(headline="Water law", language="en",
                                         body="Farmers get water.",
                                         dateline=Dateline(city="Tashkent")))
    window = _window(qtbot, room)
    try:
        open_story(qtbot, window, story.id or 0)
        # A validation error: a slug the database refuses.
        window.editor.slug_edit.setText("Water Law!")
        window.editor.slug_edit.textEdited.emit("Water Law!")
        assert not saved(qtbot, window.autosaver)
        assert window.autosaver.state is SaveState.INVALID
        assert "«слаг»" in window.notice.message, window.notice.message
        assert english_leftovers(window.notice.label, {"water", "law"}) == []

        # A conflict: a colleague saved meanwhile.
        window.editor.slug_edit.setText("water-law")
        window.editor.slug_edit.textEdited.emit("water-law")
        room.articles.save(replace(room.articles.get(story.id or 0), body="Their text."))
        assert not saved(qtbot, window.autosaver)
        assert window.autosaver.state is SaveState.CONFLICT
        assert "изменили в другом месте" in window.notice.message, window.notice.message
        assert english_leftovers(window.notice.label, {"water", "law"}) == []
    finally:
        _close(window)


@pytest.mark.usefixtures("russian", "boxes")
def test_a_write_lock_on_the_newsroom_file_is_said_in_russian(
    qtbot: QtBot, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'newsroom.db'}"
    with ui_newsroom(url) as setup:
        story = setup.articles.create(Article(headline="Water law", language="en",
                                              body="Farmers get water."))
    with unavailable(url) as (locked_url, go_away, _come_back), ui_newsroom(locked_url) as room:
        window = _window(qtbot, room)
        try:
            open_story(qtbot, window, story.id or 0)
            go_away()
            window.editor.body.appendPlainText("Typed while another program writes.")
            assert not saved(qtbot, window.autosaver)
            assert window.autosaver.state is SaveState.OFFLINE
            message = window.notice.message
            assert "занята: в неё пишет другая программа" in message, message
            # The driver's reason in Russian too (its own words are in the log).
            assert "(база данных заблокирована)" in message, message
            assert english_leftovers(window.notice.label) == []
        finally:
            _close(window)


def test_a_storage_error_s_situation_and_advice_in_russian(
    qtbot: QtBot, russian_catalogue: Path
) -> None:
    assert install_ui_language("ru", russian_catalogue) == "ru"
    situation = wording("the newsroom {where} is busy: another program is writing to it "
                        "({reason})", where="/srv/newsroom.db", reason="database is locked")
    error = StorageError(wording("{situation}; nothing was written and your text is kept: try "
                                 "again when it has finished", situation=situation),
                         situation=situation)
    assert situation_text(error) == ("редакция /srv/newsroom.db занята: в неё пишет другая "
                                     "программа (база данных заблокирована)")
    assert error_text(error).startswith(situation_text(error) + ";")
    assert _leftovers(qtbot, error_text(error)) == []


@pytest.mark.usefixtures("russian", "boxes")
def test_an_import_failure_names_file_line_and_field_in_russian(
    qtbot: QtBot, room: Newsroom, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.md"
    broken.write_text("---\nheadline: Закон о воде\nlanguage: ru\ndate: вчера\n---\nТекст.\n",
                      encoding="utf-8")
    window = _window(qtbot, room)
    try:
        with qtbot.wait_signal(window.transfer.imported, timeout=10000) as outcome:
            window.transfer.import_paths([broken])
        count, errors = outcome.args
        assert count == 0 and len(errors) == 1
        assert errors[0].startswith(f"{broken}:"), errors[0]
        assert _CYRILLIC.search(errors[0])
        # The field is named by its key in the file ("date:"), which the user must find.
        assert "«date»" in errors[0]
        assert _leftovers(qtbot, errors[0], {"date"}) == [], errors[0]
        assert english_leftovers(window.notice.label, {"date"}) == [], window.notice.message
    finally:
        _close(window)


@pytest.mark.usefixtures("russian")
def test_house_settings_refused_in_the_dialog_read_in_russian(qtbot: QtBot, room: Newsroom) -> None:
    # A Russian story picked from the gazetteer in English: its sample line is in Russian.
    story = Article(headline="Закон о воде", body="Фермеры получат воду.", language="ru",
                    dateline=Dateline(city="Bishkek", country="Kyrgyzstan", gazetteer_id=1528675))
    dialog = HouseSettingsDialog(room.house, story)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.settings_loaded):
        pass  # read on the task runner; the form is read-only until then
    dialog.site_edit.clear()
    qtbot.keyClicks(dialog.site_edit, "kabar.kg")
    site = dialog.errors["site_url"]
    assert site.isVisible() and site.text().startswith("«kabar.kg» — не адрес http или https")
    dialog.style_combo.setCurrentIndex(dialog.style_combo.findData("custom"))
    dialog.template_edit.clear()
    qtbot.keyClicks(dialog.template_edit, "{day}. {CITY}")
    template = dialog.errors["dateline_template"]
    assert template.text().startswith("Шаблон дейтлайна превращает первый абзац"), template.text()
    dialog.save_button.click()
    assert dialog.message_label.text().startswith("Не сохранено: шаблон дейтлайна — ")
    assert dialog.sample_label.text().startswith("БИШКЕК, Кыргызстан — Фермеры")
    # The user's own words (the address, the template's sample city) and the protocol stay.
    assert english_leftovers(dialog, {"http", "bishkek"}) == []


@pytest.mark.usefixtures("russian")
def test_the_first_start_refuses_an_outlet_name_in_russian(qtbot: QtBot, room: Newsroom) -> None:
    from newsdesk.ui.dialogs.first_start_dialog import FirstStartDialog

    dialog = FirstStartDialog(room.house)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.outlet_edit.setText("Вести " * 50)
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert dialog.error_label.text() == (
        "поле «название издания»: длина 299 знаков, а предел — 200"), dialog.error_label.text()
    assert english_leftovers(dialog) == []
    assert room.house.settings().outlet_name == ""  # nothing stored
