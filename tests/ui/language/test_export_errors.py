"""Export refusals in the Russian interface: why a story was skipped, and the system's reasons.

A story that cannot be rendered (its dateline names a time zone nobody knows, or the window's
house template names an unknown field) is skipped by the real batch, HTML through the worker
path and PDF through Qt printing; the export dialog then says why in Russian, with no English
left but the user's own words, on SQLite and PostgreSQL. A file the system refuses to read
("there is no such file or folder", "it is a folder") is said in Russian too, while the
English text (the CLI's and the log's) stays as it was.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article, Dateline
from newsdesk.domain.errors import OS_REASONS as DOMAIN_OS_REASONS
from newsdesk.domain.errors import InvalidInputError
from newsdesk.domain.house import DatelineStyle
from newsdesk.services.export.batch import ExportReport
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.dialogs.export_dialog import ExportDialog
from newsdesk.ui.error_text import error_text
from newsdesk.ui.error_texts.os_reasons import OS_REASONS as UI_OS_REASONS
from tests.ui.language.test_russian_leftovers import text_leftovers

ZONE_REASON_RU = ("Неизвестный часовой пояс 'Mars/Olympus' в поле часового пояса дейтлайна; "
                  "укажите имя IANA, например Asia/Almaty.")
ZONE_REASON_EN = ("Unknown time zone 'Mars/Olympus' in the dateline's time zone field; use an "
                  "IANA name such as Asia/Almaty.")


def _story(room: Newsroom, timezone: str = "Asia/Bishkek") -> Article:
    return room.articles.create(Article(
        headline="Рынок в Оше снова открыт", language="ru", body="Торговцы вернулись.",
        dateline=Dateline(city="Ош", country="Кыргызстан", timezone=timezone,
                          filed_at=datetime(2025, 4, 1, 9, tzinfo=UTC))))


def _export(qtbot: QtBot, room: Newsroom, out: Path, fmt: str, **kwargs: object) -> ExportDialog:
    dialog = ExportDialog(room, folder=str(out), **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(fmt))
    dialog.all_radio.setChecked(True)
    with qtbot.wait_signal(dialog.export_finished, timeout=60_000) as blocker:
        dialog.export_button.click()
    report = blocker.args[0]
    assert isinstance(report, ExportReport)
    assert report.stories_written == 0 and len(report.skipped) == 1
    return dialog


@pytest.mark.usefixtures("russian_ui")
@pytest.mark.parametrize("fmt", ["html", "pdf"])
def test_a_story_the_export_skips_is_explained_in_russian(
    qtbot: QtBot, room: Newsroom, tmp_path: Path, fmt: str
) -> None:
    _story(room, timezone="Mars/Olympus")
    dialog = _export(qtbot, room, tmp_path / "out", fmt)
    shown = dialog.message_label.text()
    assert f"Пропущено 1: “Рынок в Оше снова открыт”: {ZONE_REASON_RU}" in shown, shown
    assert text_leftovers(qtbot, shown, {"iana"}) == [], shown  # the standard's name
    assert dialog.report is not None
    assert dialog.report.skipped[0].reason == ZONE_REASON_EN  # what the CLI prints


@pytest.mark.usefixtures("russian_ui")
def test_a_broken_house_template_is_explained_in_russian(
    qtbot: QtBot, room: Newsroom, tmp_path: Path
) -> None:
    _story(room)
    house = replace(room.house.settings(), dateline_style=DatelineStyle.CUSTOM,
                    custom_dateline_template="{CITY} {nonsense} —")
    dialog = _export(qtbot, room, tmp_path / "out", "html", house=house)
    shown = dialog.message_label.text()
    assert "Неизвестное поле {nonsense} в шаблоне дейтлайна" in shown, shown
    assert text_leftovers(qtbot, shown) == [], shown
    assert [path.name for path in (tmp_path / "out").iterdir()] == ["index.html"]


@pytest.mark.usefixtures("russian_ui")
def test_the_systems_reason_for_an_unreadable_file_is_said_in_russian(
    qtbot: QtBot, room: Newsroom, tmp_path: Path
) -> None:
    missing = tmp_path / "gone.csv"
    with pytest.raises(InvalidInputError) as gone:
        room.glossary.import_file(missing)
    assert str(gone.value) == f"{missing}: cannot be read: there is no such file or folder"
    shown = error_text(gone.value)
    assert shown == f"{missing}: не удаётся прочитать: такого файла или папки нет", shown

    folder = tmp_path / "terms.csv"
    folder.mkdir()
    with pytest.raises(InvalidInputError) as is_folder:
        room.glossary.import_file(folder)
    shown = error_text(is_folder.value)
    assert shown.startswith(f"{folder}: не удаётся прочитать: "), shown
    assert text_leftovers(qtbot, shown) == [], shown
    assert room.glossary.terms() == ()


def test_every_system_reason_the_domain_words_is_in_the_catalogue_s_table() -> None:
    assert DOMAIN_OS_REASONS == UI_OS_REASONS
