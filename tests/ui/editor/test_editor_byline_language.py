"""The editor's byline line in the story's language (issue 14), on SQLite and PostgreSQL: a
Russian demo story's line under the byline table names its people in Cyrillic, as its page
and the preview do, and follows a switch of the story's language."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article, BylineEntry, Role
from newsdesk.domain.people import Author, AuthorName
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.editor.article_editor import ArticleEditor
from newsdesk.ui.editor.byline_picker import BylinePicker
from newsdesk.ui.tasks import TaskRunner
from tests.ui.editor.conftest import make_editor

RU_LINE = "Текст: Айгерим Сарсенбаева, перевод: Нилуфар Рахимова"
EN_LINE = "Reported by Aigerim Sarsenbayeva and translated by Nilufar Rakhimova"


@pytest.fixture
def demo_editor(qtbot: QtBot, demo_room: Newsroom) -> Iterator[ArticleEditor]:
    widget = make_editor(qtbot, demo_room)
    yield widget
    TaskRunner.of().drain()


def _switch_language(editor: ArticleEditor, language: str) -> None:
    combo = editor.language_combo
    index = combo.findData(language)
    assert index >= 0, language
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def _rows(picker: BylinePicker) -> list[str]:
    """The names the byline table shows, in order."""
    items = [picker.table.item(row, 0) for row in range(picker.table.rowCount())]
    return [item.text() if item else "" for item in items]


def _preview_byline(editor: ArticleEditor) -> str:
    found = re.search(r'<p class="byline">(.*?)</p>', editor.preview_pane.html)
    return found.group(1) if found else ""


def test_a_russian_story_s_byline_line_names_its_people_in_russian_and_follows_the_language(
    demo_editor: ArticleEditor, demo_room: Newsroom, qtbot: QtBot
) -> None:
    picker = demo_editor.byline_picker
    story = demo_room.articles.get_by_slug("water-schedule-tashkent-ru")
    demo_editor.load(story)
    # The profiles are read on the task runner; once they land the line names them in Russian.
    qtbot.waitUntil(lambda: picker.byline_text() == RU_LINE, timeout=10_000)
    # The table names them as the line does (the fresh-eyes run saw Latin rows above a
    # Cyrillic line); a row's tooltip gives the profile's name, the one typed to add someone.
    assert _rows(picker) == ["Айгерим Сарсенбаева", "Нилуфар Рахимова"]
    assert picker.table.item(0, 0).toolTip().splitlines()[0] == "Profile: Aigerim Sarsenbayeva"
    # The preview prints the same line: one rule for both.
    qtbot.waitUntil(lambda: _preview_byline(demo_editor) == RU_LINE, timeout=10_000)

    with qtbot.waitSignal(demo_editor.edited):
        _switch_language(demo_editor, "en")
    assert picker.byline_text() == EN_LINE
    assert _rows(picker) == ["Aigerim Sarsenbayeva", "Nilufar Rakhimova"]
    assert "Profile:" not in picker.table.item(0, 0).toolTip()
    qtbot.waitUntil(lambda: _preview_byline(demo_editor) == EN_LINE, timeout=10_000)

    _switch_language(demo_editor, "ru")
    assert picker.byline_text() == RU_LINE
    assert _rows(picker) == ["Айгерим Сарсенбаева", "Нилуфар Рахимова"]
    # What is saved stays the profiles' own entries: the naming is for reading only.
    assert [entry.name for entry in demo_editor.current_article().byline] == [
        "Aigerim Sarsenbayeva", "Nilufar Rakhimova"]


def test_a_name_added_to_a_russian_story_is_printed_in_russian_at_once(
    demo_editor: ArticleEditor, demo_room: Newsroom, qtbot: QtBot
) -> None:
    picker = demo_editor.byline_picker
    demo_editor.load(demo_room.articles.get_by_slug("water-schedule-tashkent-ru"))
    qtbot.waitUntil(lambda: picker.byline_text() == RU_LINE, timeout=10_000)
    picker.remove(1)
    assert picker.byline_text() == "Автор: Айгерим Сарсенбаева"
    nilufar = next(a for a in demo_room.authors.all() if a.name == "Nilufar Rakhimova")
    picker.add_author(nilufar)
    assert picker.byline_text() == "Авторы: Айгерим Сарсенбаева и Нилуфар Рахимова"
    assert _rows(picker) == ["Айгерим Сарсенбаева", "Нилуфар Рахимова"]  # its row too
    # What is saved stays the profile's entry: the naming is for reading only.
    assert demo_editor.current_article().byline[1].name == "Nilufar Rakhimova"


def test_a_profile_made_after_the_editor_read_its_lists_is_named_in_russian_once_read(
    demo_editor: ArticleEditor, demo_room: Newsroom, qtbot: QtBot
) -> None:
    """A colleague's new profile is not among those the editor read: the story opens with the
    name its byline stores, and once the task runner has read the profile, the line and the
    preview both print the Russian name."""
    qtbot.waitUntil(lambda: demo_editor.references.loaded, timeout=10_000)
    kwan = demo_room.authors.create(Author(name="Sergey Kwan", names=(
        AuthorName("ru", "Сергей Кван"),)))
    story = demo_room.articles.create(Article(
        headline="Вода", language="ru", body="Текст.",
        byline=(BylineEntry(kwan.name, Role.REPORTER, kwan.id, kwan.slug),)))
    demo_editor.load(story)
    qtbot.waitUntil(lambda: demo_editor.byline_picker.byline_text() == "Автор: Сергей Кван",
                    timeout=10_000)
    qtbot.waitUntil(lambda: _preview_byline(demo_editor) == "Автор: Сергей Кван",
                    timeout=10_000)
    assert _rows(demo_editor.byline_picker) == ["Сергей Кван"]  # the row, once read, too
