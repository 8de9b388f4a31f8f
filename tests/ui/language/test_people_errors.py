"""Profiles' and sources' refusals in the Russian interface (issue 14): a name per language
over its limit, a Cyrillic source id, a profile in a byline and a cited source that cannot be
deleted read in Russian in the profile dialog and the sources dock, with no English left but
the user's own words; the services refuse them on SQLite and PostgreSQL, nothing is stored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article, BylineEntry, Role
from newsdesk.domain.errors import InvalidInputError
from newsdesk.domain.people import Author, AuthorName, Source, SourceKind
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.error_text import error_text
from newsdesk.ui.people.sources_dock import SourcesDock
from tests.helpers.profiles import opened_profiles, settle
from tests.ui.language.test_russian_leftovers import text_leftovers

LEFT = Qt.MouseButton.LeftButton


@pytest.mark.usefixtures("russian_ui")
def test_a_russian_name_over_its_limit_is_refused_in_russian(
    qtbot: QtBot, room: Newsroom
) -> None:
    kwan = room.authors.create(Author(name="Sergey Kwan", roles=(Role.REPORTER,)))
    dialog = opened_profiles(qtbot, room)
    dialog.select_author(kwan.id or 0)
    settle(qtbot, dialog)
    edit = dialog.form.language_names.name_edits["ru"]
    edit.setText("К" * 201)
    edit.textEdited.emit(edit.text())
    qtbot.mouseClick(dialog.save_button, LEFT)
    settle(qtbot, dialog)
    shown = dialog.banner.text()
    assert dialog.banner.is_error
    assert shown == "поле «имя по-русски»: длиннее 200 знаков", shown
    assert text_leftovers(qtbot, shown) == []
    assert room.authors.get(kwan.id or 0).names == ()


@pytest.mark.usefixtures("russian_ui")
def test_a_profile_in_a_byline_and_a_cited_source_are_kept_with_russian_reasons(
    qtbot: QtBot, room: Newsroom
) -> None:
    kwan = room.authors.create(Author(name="Sergey Kwan", roles=(Role.REPORTER,),
                                      names=(AuthorName("ru", "Сергей Кван"),)))
    room.sources.create(Source("akipress", "AKIpress", SourceKind.NEWS_AGENCY))
    room.articles.create(Article(headline="Water", body="[AKIpress](source:akipress) said.",
                                 byline=(BylineEntry(kwan.name, Role.REPORTER, kwan.id),)))
    dialog = opened_profiles(qtbot, room)
    dialog.select_author(kwan.id or 0)
    settle(qtbot, dialog)
    dialog.delete_current()
    settle(qtbot, dialog)
    shown = dialog.banner.text()
    assert shown.startswith("Удалить нельзя: профиль Sergey Kwan стоит в подписи 1 материала;"), (
        shown)
    assert text_leftovers(qtbot, shown, {"sergey", "kwan"}) == []  # the name is the user's

    dock = SourcesDock(room)
    qtbot.addWidget(dock)
    dock.show()
    qtbot.waitUntil(lambda: not dock.registry.reading)
    dock.select_source("akipress")
    with qtbot.waitSignal(dock.delete_answered) as answered:
        assert dock.delete_current()
    assert answered.args == [False]
    shown = dock.banner.text()
    assert "«AKIpress» цитируется в 1 материале" in shown, shown
    assert text_leftovers(qtbot, shown, {"akipress"}) == []
    assert room.sources.get("akipress").name == "AKIpress"
    assert room.authors.get(kwan.id or 0).name == "Sergey Kwan"


@pytest.mark.usefixtures("russian_ui")
def test_a_cyrillic_source_id_is_explained_in_russian(qtbot: QtBot, room: Newsroom) -> None:
    dock = SourcesDock(room)
    qtbot.addWidget(dock)
    dock.show()
    qtbot.waitUntil(lambda: not dock.registry.reading)
    dock.new_source()
    dock.form.key_edit.setText("минэнерго")
    dock.form.name_edit.setText("Minenergo")
    assert dock.save() is None
    shown = dock.banner.text()
    assert shown.startswith("поле «ключ»: «минэнерго» содержит кириллицу"), shown
    assert "minenergo" in shown  # the suggestion
    assert text_leftovers(qtbot, shown, {"minenergo"}) == []
    assert room.sources.all() == []


@pytest.mark.usefixtures("russian_ui")
def test_the_services_refusals_read_in_russian(qtbot: QtBot, room: Newsroom) -> None:
    """Straight from the services: the names' checks, a second profile, a stale save."""
    kwan = room.authors.create(Author(name="Sergey Kwan"))
    refusals: list[tuple[InvalidInputError | Exception, str]] = []
    for names, expected in (
        ((AuthorName("russian", "Сергей Кван"),), "«russian» — не код языка"),
        ((AuthorName("ru", "Сергей"), AuthorName("ru-RU", "Серёжа")), "«ru» указан дважды"),
        ((AuthorName("ru", "Сергей", "био\x00"),), "содержит символ NUL"),
    ):
        with pytest.raises(InvalidInputError) as refused:
            room.authors.update(Author(**{**kwan.__dict__, "names": names}))
        refusals.append((refused.value, expected))
    with pytest.raises(InvalidInputError) as twice:
        room.authors.create(Author(name="Sergey Kwan"))
    refusals.append((twice.value, "«Sergey Kwan» уже есть среди профилей (sergey-kwan)"))
    for error, expected in refusals:
        shown = error_text(error)
        assert expected in shown, shown
        assert text_leftovers(qtbot, shown, {"sergey", "kwan", "russian", "nul"}) == [], shown
    assert room.authors.get(kwan.id or 0).names == ()
