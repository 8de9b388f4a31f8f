"""The house dictionary as a newsroom shares it: two windows on one database (SQLite and
PostgreSQL), and the manager that lists, edits, imports and exports it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.ui.dialogs.house_dictionary_dialog import HouseDictionaryDialog
from newsdesk.ui.editor.article_editor import ArticleEditor
from newsdesk.ui.tasks import TaskRunner
from tests.helpers.spelling import require_spelling
from tests.ui.editor.conftest import make_editor

pytestmark = pytest.mark.spelling


@pytest.fixture
def two_newsrooms(database_url: str) -> Iterator[tuple[Newsroom, Newsroom]]:
    """Two journalists' connections to one newsroom database."""
    first, second = open_newsroom(database_url), open_newsroom(database_url)
    try:
        yield first, second
    finally:
        TaskRunner.of().drain()
        first.close()
        second.close()


def _settled(qtbot: QtBot, editor: ArticleEditor) -> None:
    qtbot.waitUntil(lambda: not editor.spelling_busy, timeout=10000)


def test_a_name_added_in_one_window_is_accepted_in_the_other(
    qtbot: QtBot, two_newsrooms: tuple[Newsroom, Newsroom], underlined  # type: ignore[no-untyped-def]
) -> None:
    require_spelling("en")
    mine, theirs = two_newsrooms
    story = mine.articles.create(Article(headline="Talks", body="Japarov met Rahmon in Moscow."))
    me, colleague = make_editor(qtbot, mine), make_editor(qtbot, theirs)
    me.load(story)
    colleague.load(theirs.articles.get(story.id or 0))
    _settled(qtbot, me)
    _settled(qtbot, colleague)
    assert underlined(colleague.body.document()) == ["Japarov", "Rahmon"]

    cursor = me.body.document().find("Japarov")
    menu = me.spelling_menu.menu_at(me.body.cursorRect(cursor).center())
    add = menu.findChild(QAction, "spellAddToHouseAction")
    assert add is not None
    add.trigger()
    menu.deleteLater()
    _settled(qtbot, me)
    assert underlined(me.body.document()) == ["Rahmon"]

    # The colleague's window looks again when it gets focus, as it would on their desk.
    colleague.reload_house_words()
    _settled(qtbot, colleague)
    assert underlined(colleague.body.document()) == ["Rahmon"]
    assert "Japarov" in theirs.house.words("en-GB")


@pytest.fixture
def dialog(qtbot: QtBot, database_url: str) -> Iterator[HouseDictionaryDialog]:
    newsroom = open_newsroom(database_url)
    newsroom.house.import_words("en", ["Tokayev", "Mirziyoyev"])
    widget = HouseDictionaryDialog(newsroom.house)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    newsroom.close()


def test_manager_lists_filters_adds_and_removes(
    qtbot: QtBot, dialog: HouseDictionaryDialog, qtmodeltester  # type: ignore[no-untyped-def]
) -> None:
    qtmodeltester.check(dialog.model)
    assert [dialog.model.word_at(r) for r in range(dialog.model.rowCount())] == [
        "Mirziyoyev", "Tokayev"
    ]
    qtbot.keyClicks(dialog.filter_edit, "toka")
    assert dialog.model.rowCount() == 1
    dialog.filter_edit.clear()
    with qtbot.wait_signal(dialog.words_changed) as changed:
        qtbot.keyClicks(dialog.word_edit, "Japarov")
        dialog.add_button.click()
    assert changed.args == ["en"]
    assert dialog.model.rowCount() == 3 and "3 words" in dialog.count_label.text()
    qtbot.keyClicks(dialog.word_edit, "two words")
    dialog.add_button.click()
    assert "Not added" in dialog.message_label.text()
    assert dialog.model.rowCount() == 3
    dialog.view.selectionModel().select(
        dialog.model.index(0), dialog.view.selectionModel().SelectionFlag.Select
    )
    dialog.remove_button.click()
    assert dialog.model.rowCount() == 2 and "Removed 1 word" in dialog.message_label.text()


def test_manager_imports_all_or_nothing_and_exports_a_plain_list(
    dialog: HouseDictionaryDialog, tmp_path: Path
) -> None:
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ru"))
    good = tmp_path / "names.txt"
    good.write_text("# имена\nТокаев\nМирзиёев\n", encoding="utf-8")
    assert dialog.import_file(good) == 2
    bad = tmp_path / "bad.txt"
    bad.write_text("Жапаров\nдва слова\n", encoding="utf-8")
    assert dialog.import_file(bad) is None
    assert "bad.txt, line 2" in dialog.message_label.text()
    assert dialog.model.rowCount() == 2  # Жапаров was not half-imported
    out = tmp_path / "out.txt"
    assert dialog.export_file(out)
    assert out.read_text(encoding="utf-8") == "Мирзиёев\nТокаев\n"


def test_enter_in_the_word_field_adds_once_and_says_so(
    qtbot: QtBot, dialog: HouseDictionaryDialog
) -> None:
    dialog.word_edit.setFocus()
    qtbot.keyClicks(dialog.word_edit, "Qwzxtrabek")
    qtbot.keyClick(dialog.word_edit, Qt.Key.Key_Return)
    assert "Qwzxtrabek" in [dialog.model.word_at(r) for r in range(dialog.model.rowCount())]
    assert "Not added" not in dialog.message_label.text()
    assert dialog.isVisible()
