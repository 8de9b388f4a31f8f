"""Live QA on the desk (issue 12), on SQLite and PostgreSQL: every row checked when the desk
opens, a row checked again as it is typed (its draft, before Enter), errors and warnings
told apart in the QA column, the problems panel with Ignore… (a reason required, kept with
the story, gone from the row and from readiness), F9 to the next problem, errors counted in
the progress line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from newsdesk.domain.glossary import Rendering
from newsdesk.domain.translation_qa import QaCheck, QaSeverity
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.translation.desk_model import QA_COLUMN, QA_ROLE, TRANSLATION_COLUMN
from newsdesk.ui.translation.desk_qa import IgnoreDialog
from newsdesk.ui.translation.desk_widget import TranslationDeskWidget
from tests.ui.translation.desk_helpers import RU_SLUG, open_cell, open_russian, shown_desk

HEADLINE, PROTOCOL = 0, 3  # the protocol paragraph: "at least 1.1 billion cubic meters"


@pytest.fixture
def desk(qtbot: QtBot, newsroom: Newsroom) -> TranslationDeskWidget:
    return shown_desk(qtbot, newsroom)


def _open(qtbot: QtBot, desk: TranslationDeskWidget, newsroom: Newsroom) -> int:
    open_russian(qtbot, desk, newsroom)
    return newsroom.articles.get_by_slug(RU_SLUG).id or 0


def _qa(desk: TranslationDeskWidget, row: int) -> tuple:  # type: ignore[type-arg]
    return desk.model.index(row, QA_COLUMN).data(QA_ROLE)  # type: ignore[no-any-return]


def _break_the_figure(qtbot: QtBot, desk: TranslationDeskWidget) -> None:
    index = desk.model.index(PROTOCOL, TRANSLATION_COLUMN)
    assert "1,1 млрд" in index.data()
    with qtbot.wait_signal(desk.translation_saved):
        desk.model.setData(index, index.data().replace("1,1 млрд", "1,2 млрд"))


def test_every_row_is_checked_when_the_desk_opens_and_after_an_edit(
    qtbot: QtBot, desk: TranslationDeskWidget, newsroom: Newsroom
) -> None:
    newsroom.glossary.add([Rendering("en", "Syr Darya"), Rendering("ru", "Сыр-Дарья")])
    _open(qtbot, desk, newsroom)
    # The glossary wants "Сыр-Дарья", the headline says "Сырдарье": a warning, not an error.
    qtbot.waitUntil(lambda: bool(_qa(desk, HEADLINE)), timeout=10000)
    [warning] = _qa(desk, HEADLINE)
    assert warning.check is QaCheck.TERMS and warning.severity is QaSeverity.WARNING
    tooltip = desk.model.index(HEADLINE, QA_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Warning:") and "“Syr Darya”" in tooltip and "Сыр-Дарья" in tooltip
    assert desk.model.index(HEADLINE, QA_COLUMN).data(Qt.ItemDataRole.DecorationRole) is not None
    assert not _qa(desk, PROTOCOL)
    assert "QA error" not in desk.progress_label.text()  # warnings are not counted as errors

    _break_the_figure(qtbot, desk)
    qtbot.waitUntil(lambda: bool(_qa(desk, PROTOCOL)), timeout=5000)
    errors = [p for p in _qa(desk, PROTOCOL) if p.severity is QaSeverity.ERROR]
    assert errors and errors[0].token == "1.1 billion"
    tooltip = desk.model.index(PROTOCOL, QA_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert "Error: The number “1.1 billion” is not in the translation." in tooltip
    assert desk.progress_label.text().endswith(", 1 QA error")


def test_a_draft_is_checked_while_it_is_typed(
    qtbot: QtBot, desk: TranslationDeskWidget, newsroom: Newsroom
) -> None:
    _open(qtbot, desk, newsroom)
    qtbot.wait(400)  # the opening check
    assert not _qa(desk, PROTOCOL)
    editor = open_cell(qtbot, desk, PROTOCOL)
    text = editor.toPlainText()
    editor.setPlainText(text.replace("1,1 млрд", "1,7 млрд"))  # not committed
    qtbot.waitUntil(lambda: bool(_qa(desk, PROTOCOL)), timeout=5000)
    assert "“1.1 billion”" in desk.qa.panel.title.text() + "".join(
        label.text() for label in desk.qa.panel.findChildren(type(desk.qa.panel.title)))
    # Esc drops the draft: the row is its stored text again, and clean.
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: not _qa(desk, PROTOCOL), timeout=5000)


def test_ignore_asks_why_then_the_problem_leaves_the_row_and_readiness(
    qtbot: QtBot, desk: TranslationDeskWidget, newsroom: Newsroom
) -> None:
    translation_id = _open(qtbot, desk, newsroom)
    _break_the_figure(qtbot, desk)
    qtbot.waitUntil(lambda: bool(_qa(desk, PROTOCOL)), timeout=5000)
    readiness = [p.message for p in newsroom.articles.check_ready(
        newsroom.articles.get(translation_id))]
    assert any("“1.1 billion”" in message for message in readiness)

    desk.table.setCurrentIndex(desk.model.index(PROTOCOL, TRANSLATION_COLUMN))
    assert desk.qa.panel.title.text() == "QA problems — Paragraph 2:"
    buttons = desk.qa.panel.findChildren(QPushButton, "ignoreQaProblemButton")
    assert len(buttons) == len(_qa(desk, PROTOCOL))
    buttons[0].click()
    dialog = desk.findChild(IgnoreDialog, "qaIgnoreDialog")
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # an empty reason is refused
    dialog.reason_edit.setText("   ")
    assert not ok.isEnabled()
    dialog.accept()  # Enter in the blank field
    assert dialog.isVisible() and newsroom.segments.ignores(translation_id) == ()
    dialog.reason_edit.setText("The protocol's annex gives 1.2 billion")
    assert ok.isEnabled()
    with qtbot.wait_signal(desk.qa.ignore_answered, timeout=5000) as answered:
        ok.click()
        assert desk.busy  # no edit while the reason is on its way
    assert answered.args == [True]

    assert [p.token for p in _qa(desk, PROTOCOL)] == ["1,2 млрд"]  # the extra number stays
    [stored] = newsroom.segments.ignores(translation_id)
    assert (stored.check, stored.token) == (QaCheck.NUMBERS, "1.1 billion")
    assert stored.reason == "The protocol's annex gives 1.2 billion"
    readiness = [p.message for p in newsroom.articles.check_ready(
        newsroom.articles.get(translation_id))]
    assert not any("“1.1 billion”" in message for message in readiness)
    assert "QA error" not in desk.progress_label.text()
    # Reopened, the ignore still holds.
    with qtbot.wait_signal(desk.desk_loaded, timeout=10000):
        desk.load_translation(translation_id)
    qtbot.waitUntil(lambda: bool(_qa(desk, PROTOCOL)), timeout=5000)
    assert [p.token for p in _qa(desk, PROTOCOL)] == ["1,2 млрд"]


def test_f9_walks_the_rows_with_problems(
    qtbot: QtBot, desk: TranslationDeskWidget, newsroom: Newsroom
) -> None:
    newsroom.glossary.add([Rendering("en", "Syr Darya"), Rendering("ru", "Сыр-Дарья")])
    _open(qtbot, desk, newsroom)
    _break_the_figure(qtbot, desk)
    qtbot.waitUntil(lambda: bool(_qa(desk, PROTOCOL)) and bool(_qa(desk, HEADLINE)),
                    timeout=5000)
    rows = desk.model.qa_rows()
    assert rows[0] == HEADLINE and PROTOCOL in rows
    button = desk.qa.next_button
    assert button.objectName() == "nextQaProblemButton" and button.shortcut().toString() == "F9"
    assert button.isEnabled()
    desk.table.setCurrentIndex(desk.model.index(HEADLINE, TRANSLATION_COLUMN))
    button.click()
    assert desk.table.currentIndex().row() == rows[1]
    for _ in rows[1:]:
        button.click()
    assert desk.table.currentIndex().row() == HEADLINE  # round to the first again
