"""The translators' and editors' tools refuse bad input in Russian, and keep nothing of it.

A TMX file with a broken unit after a whole written batch (imported from the desk), a glossary
CSV with a row of too many cells and one whose import fails between two terms (the glossary
dialog), a profile photo that is not an image, and a revision restore refused because a
colleague saved meanwhile: each is said in the Russian interface with no English left but the
user's own words, on SQLite and PostgreSQL, and the newsroom is as it was.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

import newsdesk.services.glossary as glossary_module
from newsdesk.domain.article import Article, Role
from newsdesk.domain.people import Author
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.tmx import BATCH
from newsdesk.services.translation import translation_service_for
from newsdesk.ui.dialogs.glossary_dialog import GlossaryDialog
from newsdesk.ui.dialogs.revisions_dialog import RevisionsDialog
from newsdesk.ui.translation.desk_widget import TranslationDeskWidget
from tests.helpers.profiles import opened_profiles, settle
from tests.ui.language.test_russian_leftovers import english_leftovers, text_leftovers

LEFT = Qt.MouseButton.LeftButton
_WORD = re.compile(r"[A-Za-z][A-Za-z_]{2,}")


def _pick_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def _tmx(path: Path, good_units: int) -> Path:
    """``good_units`` English-Russian units, then one with its Russian side missing."""
    units = [f'<tu><tuv xml:lang="en"><seg>Water share {n}.</seg></tuv>'
             f'<tuv xml:lang="ru"><seg>Доля воды {n}.</seg></tuv></tu>'
             for n in range(good_units)]
    units.append('<tu><tuv xml:lang="en"><seg>The rota starts in May.</seg></tuv></tu>')
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
                    '<header srclang="en" datatype="plaintext"/>\n<body>\n'
                    + "\n".join(units) + "\n</body>\n</tmx>\n", encoding="utf-8")
    return path


@pytest.mark.usefixtures("russian_ui")
def test_a_broken_tmx_imported_on_the_desk_is_refused_in_russian_and_nothing_kept(
    qtbot: QtBot, room: Newsroom, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = room.articles.create(Article(headline="Water rota", language="en",
                                            body="Farmers get water.\n\nThe rota starts."))
    translation = translation_service_for(room).start_translation(original.id or 0, "ru")
    desk = TranslationDeskWidget(room)
    qtbot.addWidget(desk)
    desk.show()
    with qtbot.wait_signal(desk.desk_loaded, timeout=10000):
        desk.open_for(translation.id or 0)
    before = room.memory.count()
    # The first batch is written in the import's transaction before the broken unit is read.
    broken = _tmx(tmp_path / "partner-memory.tmx", BATCH + 1)
    _pick_file(monkeypatch, broken)
    importer = desk.tools.memory_import
    with qtbot.wait_signal(importer.failed, timeout=30000) as failed:
        qtbot.mouseClick(importer.button, LEFT)
    shown = failed.args[0]
    assert shown == desk.status_label.text()
    assert shown.startswith("Ничего не добавлено в память: "), shown
    assert f"{broken}:{BATCH + 6}: " in shown, shown  # the file and the broken unit's line
    assert "нужны сегменты на двух языках, а есть только «en»" in shown, shown
    assert english_leftovers(desk.status_label) == []
    assert importer.button.isEnabled() and not importer.busy
    assert room.memory.count() == before  # nothing of the first batch either
    # Mended, the file goes in whole, and the desk says how much in Russian.
    mended = tmp_path / "mended.tmx"
    mended.write_text(broken.read_text(encoding="utf-8").replace(
        "<seg>The rota starts in May.</seg></tuv></tu>",
        '<seg>The rota starts in May.</seg></tuv>'
        '<tuv xml:lang="ru"><seg>Очерёдность начнётся в мае.</seg></tuv></tu>'),
        encoding="utf-8")
    with qtbot.wait_signal(importer.imported, timeout=30000) as imported:
        assert importer.import_file(mended)
    assert imported.args[0].added == BATCH + 2
    assert desk.status_label.text() == (
        f"В память добавлены {BATCH + 2} новые пары из mended.tmx (прочитано единиц: "
        f"{BATCH + 2}).")  # 2002: the plural form of 2, 3, 4
    assert room.memory.count() > before


@pytest.mark.usefixtures("russian_ui")
def test_a_glossary_csv_with_a_bad_row_is_refused_in_russian_and_nothing_kept(
    qtbot: QtBot, room: Newsroom, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = GlossaryDialog(room.glossary)
    qtbot.addWidget(dialog)
    dialog.show()
    bad = tmp_path / "terms.csv"
    bad.write_text("en,ru,note\nWater,Вода,\nSyr Darya,Сырдарья,река,лишнее\n",
                   encoding="utf-8")
    _pick_file(monkeypatch, bad)
    with qtbot.assert_not_emitted(dialog.glossary_changed), \
            qtbot.wait_signal(dialog.change_answered, timeout=10000):
        qtbot.mouseClick(dialog.import_button, LEFT)
    shown = dialog.message_label.text()
    assert shown == f"Ничего не импортировано: {bad}:3: ячеек: 4, а столбцов: 3", shown
    assert english_leftovers(dialog) == []
    assert room.glossary.terms() == ()


@pytest.mark.usefixtures("russian_ui")
def test_a_glossary_import_failing_between_two_terms_keeps_none_and_says_so_in_russian(
    qtbot: QtBot, room: Newsroom, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = tmp_path / "terms.csv"
    good.write_text("en,ru\nWater,Вода\nSyr Darya,Сырдарья\n", encoding="utf-8")
    real_rows = glossary_module._rows_of
    calls: list[int] = []

    def locked_at_the_second_term(term: object) -> object:
        """The database refuses the second term's write after the first term went in."""
        calls.append(1)
        if len(calls) == 2:
            raise OperationalError("INSERT INTO glossary_terms …", {},
                                   sqlite3.OperationalError("database is locked"))
        return real_rows(term)  # type: ignore[arg-type]

    monkeypatch.setattr(glossary_module, "_rows_of", locked_at_the_second_term)
    dialog = GlossaryDialog(room.glossary)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.wait_signal(dialog.change_answered, timeout=10000) as answered:
        assert dialog.import_file(good)
    assert answered.args == [False]
    shown = dialog.message_label.text()
    assert shown.startswith("Ничего не импортировано: база данных "), shown
    assert "не смогла выполнить запрос (база данных заблокирована); попробуйте снова" in shown, \
        shown
    # The driver's reason in Russian too; a server's database is named as it is called.
    named = {word.lower() for word in _WORD.findall(room.engine.url.database or "")}
    assert english_leftovers(dialog, named) == []
    monkeypatch.setattr(glossary_module, "_rows_of", real_rows)
    assert room.glossary.terms() == ()  # the first term went with the rest
    # The same file goes in whole once the database takes it.
    with qtbot.wait_signal(dialog.change_answered, timeout=10000) as answered:
        assert dialog.import_file(good)
    assert answered.args == [True] and len(room.glossary.terms()) == 2
    assert dialog.message_label.text() == (
        "Импортировано из terms.csv: новых терминов — 2, обновлено — 0.")


@pytest.mark.usefixtures("russian_ui")
def test_a_photo_that_is_not_an_image_is_refused_in_russian(
    qtbot: QtBot, room: Newsroom, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kwan = room.authors.create(Author(name="Sergey Kwan", roles=(Role.REPORTER,)))
    dialog = opened_profiles(qtbot, room)
    dialog.select_author(kwan.id or 0)
    settle(qtbot, dialog)
    fake = tmp_path / "cv.png"
    fake.write_bytes(b"%PDF-1.7\n" + b"x" * 4000)
    _pick_file(monkeypatch, fake)
    qtbot.mouseClick(dialog.form.choose_photo_button, LEFT)
    shown = dialog.banner.text()
    assert dialog.banner.is_error
    assert shown == "cv.png: поле «фото»: не изображение PNG, JPEG или WebP", shown
    assert text_leftovers(qtbot, shown) == []
    assert dialog.form.photo_bytes is None
    qtbot.mouseClick(dialog.save_button, LEFT)
    settle(qtbot, dialog)
    assert room.authors.get(kwan.id or 0).photo is None


@pytest.mark.usefixtures("russian_ui")
def test_a_restore_refused_by_a_colleague_s_save_is_said_in_russian(
    qtbot: QtBot, room: Newsroom
) -> None:
    story = room.articles.create(Article(headline="Water rota", language="en",
                                         body="Farmers get water in May."))
    room.articles.record_revision(story.id or 0, note="first take", who="Farrukh")
    story = room.articles.save(replace(story, body="Farmers get water in June."))
    dialog = RevisionsDialog(room.revisions, story.id or 0,
                             save_first=lambda then: then(story.version))
    qtbot.addWidget(dialog)
    with qtbot.wait_signal(dialog.history_shown):
        dialog.show()
    theirs = room.articles.save(replace(story, deck="A colleague's deck"))
    with qtbot.assert_not_emitted(dialog.story_restored), \
            qtbot.wait_signal(dialog.restore_refused):
        dialog.restore(1)
    shown = dialog.message_label.text()
    assert shown.startswith("Не восстановлено: «Water rota» изменили в другом месте"), shown
    assert text_leftovers(qtbot, shown, {"water", "rota"}) == []
    stored = room.articles.get(story.id or 0)
    assert (stored.body, stored.deck, stored.version) == (
        "Farmers get water in June.", "A colleague's deck", theirs.version)
