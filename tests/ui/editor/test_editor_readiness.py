"""The readiness panel: what keeps a story from ``ready``, each problem a click from its field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article, BylineEntry, Dateline, Role
from newsdesk.domain.errors import NotReadyError
from newsdesk.domain.people import Author
from newsdesk.domain.workflow import Problem
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.editor.article_editor import ArticleEditor
from newsdesk.ui.tasks import TaskRunner


def _click(qtbot: QtBot, editor: ArticleEditor, row: int) -> None:
    listing = editor.readiness_panel.list
    rect = listing.visualItemRect(listing.item(row))
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_service_lists_what_is_missing_and_a_click_jumps_there(
    editor: ArticleEditor, qtbot: QtBot, newsroom: Newsroom
) -> None:
    stored = newsroom.articles.create(Article(headline="Half done", body=""))
    editor.load(stored)
    panel = editor.readiness_panel
    qtbot.waitUntil(lambda: len(panel.problems()) == 3, timeout=5000)
    assert [p.field for p in panel.problems()] == ["dateline", "byline", "body"]
    _click(qtbot, editor, 0)
    assert editor.dateline_widget.city_edit.hasFocus()
    _click(qtbot, editor, 2)
    assert editor.body.hasFocus()


def test_problems_from_a_refused_status_change_select_the_body_text(
    editor: ArticleEditor, qtbot: QtBot
) -> None:
    body = "Intro 🇰🇿 text. “We will raise rates,” nobody claimed here."
    editor.load(Article(headline="Quote", body=body))
    start = body.index("“")
    end = body.index("”") + 1
    error = NotReadyError([Problem("body", "A quote has no attribution.", start, end)])
    editor.show_problems(error.problems)
    assert editor.readiness_panel.list.item(0).text() == "Body: A quote has no attribution."
    _click(qtbot, editor, 0)
    assert editor.body.hasFocus()
    assert editor.body.textCursor().selectedText() == body[start:end]


def test_fixing_a_problem_clears_it(editor: ArticleEditor, qtbot: QtBot, newsroom: Newsroom) -> None:
    stored = newsroom.articles.create(Article(headline="No body"))
    editor.load(stored)
    panel = editor.readiness_panel
    qtbot.waitUntil(lambda: "body" in [p.field for p in panel.problems()], timeout=5000)
    qtbot.keyClicks(editor.body, "Now there is text.")
    qtbot.waitUntil(lambda: "body" not in [p.field for p in panel.problems()], timeout=5000)


def test_ready_is_withdrawn_by_an_edit_and_the_story_rechecked(
    editor: ArticleEditor, qtbot: QtBot, newsroom: Newsroom, aigerim: Author
) -> None:
    # QA shot-33: "Ready: nothing is missing" stayed while an unattributed quote was typed.
    stored = newsroom.articles.create(Article(
        headline="Metro opens",
        body="The city opened two stations on Friday, the mayor's office said.",
        dateline=Dateline(city="Almaty", country="Kazakhstan", agency="TCA"),
        byline=(BylineEntry(name=aigerim.name, role=Role.REPORTER, author_id=aigerim.id),),
    ))
    editor.load(stored)
    panel = editor.readiness_panel
    qtbot.waitUntil(lambda: panel.claims_ready, timeout=5000)

    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    editor.body.insertPlainText("\n\n“We will raise fares next year, and nobody can stop us.”")
    assert not panel.claims_ready
    assert "since your last edit" in panel.summary_label.text()
    qtbot.waitUntil(lambda: panel.has_problems, timeout=5000)
    assert [p.field for p in panel.problems()] == ["body"]


def test_a_check_that_finishes_after_an_edit_does_not_claim_ready(
    editor: ArticleEditor, qtbot: QtBot, newsroom: Newsroom, aigerim: Author
) -> None:
    stored = newsroom.articles.create(Article(
        headline="Metro opens",
        body="The city opened two stations on Friday, the mayor's office said.",
        dateline=Dateline(city="Almaty", country="Kazakhstan", agency="TCA"),
        byline=(BylineEntry(name=aigerim.name, role=Role.REPORTER, author_id=aigerim.id),),
    ))
    editor.load(stored)
    panel = editor.readiness_panel
    qtbot.waitUntil(lambda: panel.claims_ready, timeout=5000)
    editor.check_readiness()  # a verdict on the text as it is now, still on its way
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    editor.body.insertPlainText(" “Nobody can stop us.”")
    TaskRunner.of().drain()
    qtbot.wait(50)  # the late verdict is delivered, well before the debounced re-check
    assert not panel.claims_ready
    assert "since your last edit" in panel.summary_label.text()
