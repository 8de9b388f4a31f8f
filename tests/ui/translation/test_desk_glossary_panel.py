"""The desk's glossary panel and the glossary dialog: a row's terms beside it, a rendering
inserted with one key and saved like a typed edit, terms added and removed (an empty rendering
refused), on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from newsdesk.domain.glossary import Rendering
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.dialogs.glossary_dialog import GlossaryDialog
from newsdesk.ui.translation.desk_model import ORIGINAL_COLUMN, TRANSLATION_COLUMN
from newsdesk.ui.translation.desk_widget import TranslationDeskWidget
from newsdesk.ui.translation.paragraph_editor import ParagraphEdit
from tests.ui.translation.desk_helpers import RU_SLUG, open_russian, row_with, shown_desk


@pytest.fixture
def desk(qtbot: QtBot, newsroom: Newsroom) -> TranslationDeskWidget:
    newsroom.glossary.add([Rendering("en", "Syr Darya"), Rendering("ru", "Сырдарья"),
                           Rendering("ru", "Сыр-Дарья", forbidden=True)], "The river")
    newsroom.glossary.add([Rendering("en", "Tashkent"), Rendering("ru", "Ташкент")])
    widget = shown_desk(qtbot, newsroom)
    with qtbot.wait_signal(widget.tools.glossary.glossary_loaded, timeout=10000):
        open_russian(qtbot, widget, newsroom)
    qtbot.wait_until(lambda: widget.desk is not None, timeout=10000)
    return widget


def test_the_rows_terms_are_listed_and_inserted_with_one_key(
    qtbot: QtBot, desk: TranslationDeskWidget, newsroom: Newsroom
) -> None:
    row = row_with(desk, "from the Syr Darya")
    panel = desk.tools.glossary
    with qtbot.wait_signal(panel.terms_shown) as blocker:
        desk.table.setCurrentIndex(desk.model.index(row, TRANSLATION_COLUMN))
    hits = blocker.args[0]
    assert [hit.found for hit in hits] == ["Syr Darya", "Tashkent"]
    shown = panel.terms_view.toPlainText()
    assert "Ctrl+Alt+1" in shown and "Сырдарья" in shown and "Ташкент" in shown
    assert "Сыр-Дарья" in shown and "The river" in shown  # the forbidden variant, the note
    assert panel.objectName() == "glossaryPanel"

    # Ctrl+Alt+2 in the row being edited: "Ташкент" at the cursor, saved as typed text is.
    index = desk.model.index(row, TRANSLATION_COLUMN)
    desk.table.edit(index)
    editor = desk.table.indexWidget(index)
    assert isinstance(editor, ParagraphEdit)
    qtbot.wait_until(editor.hasFocus)
    editor.moveCursor(editor.textCursor().MoveOperation.Start)
    QTest.keySequence(editor, QKeySequence("Ctrl+Alt+2"))
    assert editor.toPlainText().startswith("Ташкент")
    with qtbot.wait_signal(desk.translation_saved, timeout=10000):
        QTest.keyClick(editor, Qt.Key.Key_Return)
    stored = newsroom.articles.get_by_slug(RU_SLUG).body
    assert any(p.startswith("ТашкентКазахстан") for p in stored.split("\n\n"))


def test_a_rendering_goes_in_even_when_no_editor_is_open(
    qtbot: QtBot, desk: TranslationDeskWidget
) -> None:
    row = row_with(desk, "from the Syr Darya")
    desk.table.setCurrentIndex(desk.model.index(row, ORIGINAL_COLUMN))
    assert desk.tools.insert_term(1)
    editor = desk.table.indexWidget(desk.model.index(row, TRANSLATION_COLUMN))
    assert isinstance(editor, ParagraphEdit) and editor.toPlainText().endswith("Сырдарья")
    assert not desk.tools.insert_term(9)  # no ninth term in this row


def test_the_glossary_dialog_adds_and_removes_terms_and_the_panel_follows(
    qtbot: QtBot, desk: TranslationDeskWidget, newsroom: Newsroom
) -> None:
    row = row_with(desk, "Under the protocol")
    desk.table.setCurrentIndex(desk.model.index(row, TRANSLATION_COLUMN))
    panel = desk.tools.glossary
    assert all(hit.found != "Turkestan region" for hit in panel.hits)
    desk.tools.glossary.glossary_button.click()
    dialog = desk.tools.glossary_dialog
    assert isinstance(dialog, GlossaryDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10000)
    assert dialog.objectName() == "glossaryDialog"

    # An empty rendering is refused with a message; nothing is stored.
    dialog.term_edit.setText("Turkestan region")
    assert not dialog.add_term()
    assert "rendering is empty" in dialog.message_label.text()
    assert len(newsroom.glossary.terms()) == 2

    dialog.rendering_edit.setText("Туркестанская область")
    dialog.forbidden_edit.setText("Туркестанский регион | Южный Казахстан")
    dialog.note_edit.setText("Since 2018")
    with qtbot.wait_signal(panel.glossary_loaded, timeout=10000):
        assert dialog.add_term()
        assert dialog.busy and not dialog.add_button.isEnabled()  # nothing sent twice
        assert not dialog.add_term()
    assert dialog.table.rowCount() == 3 and dialog.add_button.isEnabled()
    stored = next(t for t in newsroom.glossary.terms() if t.preferred("en") == "Turkestan region")
    assert stored.forbidden("ru") == ("Туркестанский регион", "Южный Казахстан")
    assert [hit.found for hit in panel.hits] == ["Turkestan region"]

    names = [item.text() if (item := dialog.table.item(r, 0)) else "" for r in range(3)]
    dialog.table.selectRow(names.index("Turkestan region"))
    with qtbot.wait_signal(panel.glossary_loaded, timeout=10000):
        assert dialog.remove_selected()
    assert panel.hits == [] and len(newsroom.glossary.terms()) == 2
    dialog.close()


def test_a_term_failing_between_its_rows_and_the_commit_leaves_nothing_behind(
    qtbot: QtBot, desk: TranslationDeskWidget, newsroom: Newsroom,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsdesk.domain.errors import DatabaseOfflineError
    from newsdesk.services import glossary as glossary_service

    def fail(_row: object) -> None:  # after the term's rows are flushed, before the commit
        raise DatabaseOfflineError("the server went away")

    dialog = desk.tools.open_glossary()
    # The dialog's own first read must land before the failure is planted (it reads terms
    # through the same code and would fail instead of the add).
    qtbot.waitUntil(lambda: len(dialog.terms) == 2, timeout=10000)
    dialog.term_edit.setText("Turkestan region")
    dialog.rendering_edit.setText("Туркестанская область")
    dialog.forbidden_edit.setText("Южный Казахстан")
    monkeypatch.setattr(glossary_service, "_term_of", fail)
    with qtbot.assert_not_emitted(dialog.glossary_changed), \
            qtbot.wait_signal(dialog.change_answered, timeout=10000) as answered:
        assert dialog.add_term()
    assert answered.args == [False]
    assert "was not added" in dialog.message_label.text()
    assert "the server went away" in dialog.message_label.text()
    monkeypatch.undo()
    assert len(newsroom.glossary.terms()) == 2  # neither the term nor any of its renderings
    assert newsroom.glossary.find("Туркестанская область") == ()
    assert newsroom.glossary.find("Южный Казахстан") == ()
    assert dialog.term_edit.text() == "Turkestan region"  # the typed term is kept to retry
    dialog.close()
