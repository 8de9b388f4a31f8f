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
    # The word is stored on the task runner: the colleague looks once it has landed.
    qtbot.waitUntil(lambda: "Added “Japarov”" in me.notice_label.text(), timeout=10000)
    _settled(qtbot, me)
    assert underlined(me.body.document()) == ["Rahmon"]

    # The colleague's window looks again when it gets focus, as it would on their desk.
    colleague.reload_house_words()
    _settled(qtbot, colleague)
    assert underlined(colleague.body.document()) == ["Rahmon"]
    assert "Japarov" in theirs.house.words("en-GB")


SOON = 10000  # ms: a generous bound for a loaded machine, not a timing assertion


def listed(dialog: HouseDictionaryDialog) -> list[str | None]:
    return [dialog.model.word_at(r) for r in range(dialog.model.rowCount())]


@pytest.fixture
def dialog(qtbot: QtBot, database_url: str) -> Iterator[HouseDictionaryDialog]:
    newsroom = open_newsroom(database_url)
    newsroom.house.import_words("en", ["Tokayev", "Mirziyoyev"])
    widget = HouseDictionaryDialog(newsroom.house)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: not widget.loading, timeout=SOON)
    yield widget
    TaskRunner.of().drain()
    newsroom.close()


def test_manager_lists_filters_adds_and_removes(
    qtbot: QtBot, dialog: HouseDictionaryDialog, qtmodeltester  # type: ignore[no-untyped-def]
) -> None:
    qtmodeltester.check(dialog.model)
    assert listed(dialog) == ["Mirziyoyev", "Tokayev"]
    assert "2 words" in dialog.count_label.text()
    qtbot.keyClicks(dialog.filter_edit, "toka")
    assert dialog.model.rowCount() == 1
    dialog.filter_edit.clear()
    with qtbot.wait_signal(dialog.words_changed, timeout=SOON) as changed, \
            qtbot.wait_signal(dialog.word_added, timeout=SOON) as added:
        qtbot.keyClicks(dialog.word_edit, "Japarov")
        dialog.add_button.click()
        assert dialog.busy and not dialog.add_button.isEnabled()  # waits for the answer
        assert not dialog.language_combo.isEnabled() and dialog.word_edit.isReadOnly()
    assert changed.args == ["en"] and added.args == ["Japarov"]
    assert dialog.model.rowCount() == 3 and "3 words" in dialog.count_label.text()
    assert dialog.word_edit.text() == "" and dialog.add_button.isEnabled()
    with qtbot.wait_signal(dialog.change_answered, timeout=SOON) as answered:
        qtbot.keyClicks(dialog.word_edit, "two words")
        dialog.add_button.click()
    assert answered.args == [False]
    assert "Not added" in dialog.message_label.text()
    assert dialog.word_edit.text() == "two words"  # kept, to correct and retry
    assert dialog.model.rowCount() == 3
    selection = dialog.view.selectionModel()
    for row in (0, 1):
        selection.select(dialog.model.index(row), selection.SelectionFlag.Select)
    with qtbot.wait_signal(dialog.words_removed, timeout=SOON) as removed:
        dialog.remove_button.click()
    assert removed.args == [2]
    assert listed(dialog) == ["Tokayev"] and "Removed 2 words" in dialog.message_label.text()


def test_manager_imports_all_or_nothing_and_exports_a_plain_list(
    qtbot: QtBot, dialog: HouseDictionaryDialog, tmp_path: Path
) -> None:
    with qtbot.wait_signal(dialog.words_loaded, timeout=SOON) as loaded:
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ru"))
        assert dialog.model.rowCount() == 0  # not the English words meanwhile
    assert loaded.args == ["ru"]
    good = tmp_path / "names.txt"
    good.write_text("# имена\nТокаев\nМирзиёев\n", encoding="utf-8")
    with qtbot.wait_signal(dialog.words_imported, timeout=SOON) as imported:
        assert dialog.import_file(good)
    assert imported.args == [2]
    bad = tmp_path / "bad.txt"
    bad.write_text("Жапаров\nдва слова\n", encoding="utf-8")
    with qtbot.wait_signal(dialog.change_answered, timeout=SOON) as answered:
        assert dialog.import_file(bad)
    assert answered.args == [False]
    assert "bad.txt, line 2" in dialog.message_label.text()
    assert dialog.model.rowCount() == 2  # Жапаров was not half-imported
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Gödel\n".encode("latin-1"))
    with qtbot.wait_signal(dialog.change_answered, timeout=SOON) as answered:
        assert dialog.import_file(latin1)
    assert answered.args == [False]
    assert "latin1.txt is not UTF-8 text (byte 1 is not UTF-8)" in \
        dialog.message_label.text()
    out = tmp_path / "out.txt"
    with qtbot.wait_signal(dialog.words_exported, timeout=SOON) as exported:
        assert dialog.export_file(out)
    assert exported.args == [2]
    assert out.read_text(encoding="utf-8") == "Мирзиёев\nТокаев\n"
    with qtbot.wait_signal(dialog.change_answered, timeout=SOON) as answered:
        assert dialog.export_file(tmp_path / "no-such-folder" / "out.txt")
    assert answered.args == [False] and "Not exported" in dialog.message_label.text()


def test_enter_in_the_word_field_adds_once_and_says_so(
    qtbot: QtBot, dialog: HouseDictionaryDialog
) -> None:
    dialog.word_edit.setFocus()
    qtbot.keyClicks(dialog.word_edit, "Qwzxtrabek")
    with qtbot.wait_signal(dialog.word_added, timeout=SOON):
        qtbot.keyClick(dialog.word_edit, Qt.Key.Key_Return)
    assert "Qwzxtrabek" in listed(dialog)
    assert dialog.message_label.text() == "Added “Qwzxtrabek”."
    assert dialog.isVisible()


def test_the_latest_language_chosen_is_the_list_shown(
    qtbot: QtBot, dialog: HouseDictionaryDialog
) -> None:
    """Choosing languages quickly: only the last one's words are listed (latest read wins)."""
    loaded: list[str] = []
    dialog.words_loaded.connect(loaded.append)
    for language in ("ru", "en", "ru", "en"):
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language))
    qtbot.waitUntil(lambda: not dialog.loading, timeout=SOON)
    TaskRunner.of().drain()
    qtbot.wait(50)  # a dropped read would land on the next turns of the event loop
    assert loaded == ["en"]
    assert listed(dialog) == ["Mirziyoyev", "Tokayev"]
