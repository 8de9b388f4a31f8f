"""The live preview: the exporter's page, a moment after typing, with dateline and author box."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article, BylineEntry, Dateline, Role
from newsdesk.domain.people import Author, Source
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.editor.article_editor import ArticleEditor

Typer = Callable[[QWidget, str], None]


def test_preview_follows_typing_with_dateline_byline_and_author_box(
    editor: ArticleEditor, qtbot: QtBot, newsroom: Newsroom, aigerim: Author
) -> None:
    newsroom.sources.create(Source(key="nbk", name="National Bank of Kazakhstan"))
    editor.load(Article(
        headline="Base rate held",
        dateline=Dateline(city="Almaty", country="Kazakhstan", agency="TCA"),
        byline=(BylineEntry(aigerim.name, Role.REPORTER, aigerim.id),),
    ))
    pane = editor.preview_pane
    qtbot.keyClicks(editor.body, "The bank held its rate, [the bank said](source:nbk).")
    qtbot.waitUntil(lambda: "held its rate" in pane.html, timeout=5000)
    html = pane.html
    assert re.search(
        r'<p><span class="dateline">ALMATY, Kazakhstan \(TCA\) —</span> The bank held', html)
    assert '<p class="byline">By Aigerim Sarsenbayeva</p>' in html
    assert 'class="author-box"' in html and "Reports from Almaty." in html
    assert "National Bank of Kazakhstan" in html  # the source list, from the registry
    shown = pane.toPlainText()
    assert "ALMATY, Kazakhstan (TCA) — The bank held its rate" in shown
    assert "About the author" in shown.split("held its rate")[-1]


def test_preview_waits_for_a_pause_and_renders_off_the_gui_thread(
    editor: ArticleEditor, qtbot: QtBot
) -> None:
    pane = editor.preview_pane
    qtbot.waitUntil(lambda: not pane.is_pending)
    with qtbot.assertNotEmitted(pane.rendered, wait=0):
        qtbot.keyClicks(editor.body, "Typing")  # nothing rendered while keys arrive
    with qtbot.waitSignal(pane.rendered, timeout=3000):
        pass
    assert "Typing" in pane.html


def test_preview_can_be_hidden_and_shown(editor: ArticleEditor, qtbot: QtBot) -> None:
    editor.toggle_preview_action.trigger()
    assert editor.preview_pane.isHidden()
    qtbot.keyClicks(editor.body, "Hidden edit")
    qtbot.wait(400)
    assert "Hidden edit" not in editor.preview_pane.html
    with qtbot.waitSignal(editor.preview_pane.rendered, timeout=3000):
        editor.toggle_preview_action.trigger()
    assert "Hidden edit" in editor.preview_pane.html


def test_preview_scroll_follows_the_editor(editor: ArticleEditor, qtbot: QtBot) -> None:
    body = "\n\n".join(f"Paragraph {n} of a long story about water." for n in range(300))
    pane = editor.preview_pane
    with qtbot.waitSignal(pane.rendered, timeout=5000):
        editor.load(Article(headline="Long", body=body))
    # The signal may have been an earlier render's (the empty story's): wait for this one.
    qtbot.waitUntil(lambda: "Paragraph 299 " in pane.html and not pane.is_pending)
    editor.body.verticalScrollBar().setValue(editor.body.verticalScrollBar().maximum() // 2)
    bar = pane.verticalScrollBar()
    assert bar.maximum() > 0
    assert abs(bar.value() / bar.maximum() - 0.5) < 0.05
    editor.body.verticalScrollBar().setValue(editor.body.verticalScrollBar().maximum())
    assert bar.value() == bar.maximum()


def test_a_huge_body_previews_its_start_and_says_so(editor: ArticleEditor, qtbot: QtBot) -> None:
    body = "\n\n".join(f"Paragraph {n} " + "word " * 100 for n in range(1000))
    with qtbot.waitSignal(editor.preview_pane.rendered, timeout=10_000):
        editor.load(Article(headline="Huge", body=body))
    assert "Paragraph 0 " in editor.preview_pane.html
    assert "Paragraph 999 " not in editor.preview_pane.html
    assert "The preview shows the first" in editor.preview_pane.html
    assert editor.current_article().body == body
