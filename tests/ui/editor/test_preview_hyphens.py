"""Soft hyphens in the preview: long words break as in print, on screen only.

The page the preview keeps (and the export, and the stored story) never carries them; a copy
from the preview does not either; links, code, addresses and the page's head are left whole,
headings are hyphenated like prose (Qt cut a too-long heading word anywhere otherwise).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article, Dateline
from newsdesk.domain.bundle import StoryBundle
from newsdesk.domain.house import HouseSettings
from newsdesk.services.export.html import render_article_page
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.editor.article_editor import ArticleEditor
from newsdesk.ui.editor.preview_hyphens import (
    SOFT_HYPHEN,
    hyphenated_page,
    without_soft_hyphens,
)

LONG_RUSSIAN = ("Межгосударственная водохозяйственная комиссия утвердила график "
                "водопользования на вегетационный период.")


def _page(lang: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><title>Водопользование</title>'
            f'<style>p {{ font-family: "Georgia"; }}</style></head>\n<body><main>'
            f'<h1 class="headline">Водопользование согласовано</h1>{body}</main></body></html>')


def test_long_words_in_prose_get_soft_hyphens_and_nothing_else_changes() -> None:
    page = _page("ru", f"<p>{LONG_RUSSIAN}</p>")
    shown = hyphenated_page(page)
    assert "водо\u00adхо\u00adзяй\u00adствен\u00adная" in shown
    assert without_soft_hyphens(shown) == page  # only U+00AD was added
    # The head is left whole; the headline breaks as prose does; a short word never splits.
    assert "<title>Водопользование</title>" in shown
    assert ">Водо\u00adполь\u00adзо\u00adва\u00adние согла\u00adсо\u00adвано</h1>" in shown
    assert SOFT_HYPHEN not in shown.split("<body>")[0]


def test_code_addresses_entities_and_attributes_are_left_whole() -> None:
    body = ('<p>См. <a href="https://kabar.kg/водопользование">водопользование</a>, '
            "https://example.com/водопользование, press@водопользование.kz и "
            "&laquo;водопользование&raquo; <code>водопользование</code></p>"
            "<pre>водопользование</pre>")
    shown = hyphenated_page(_page("ru", body))
    assert 'href="https://kabar.kg/водопользование"' in shown
    assert "https://example.com/водопользование," in shown
    assert "press@водопользование.kz" in shown
    assert "<code>водопользование</code>" in shown and "<pre>водопользование</pre>" in shown
    assert "&laquo;водо\u00adполь\u00adзо\u00adва\u00adние&raquo;" in shown
    assert ">водопользование</a>" in shown  # a link is kept whole, as its reader finds it


def test_english_uses_english_patterns_and_an_unknown_language_is_left_alone() -> None:
    english = hyphenated_page(_page("en-GB", "<p>International agreements</p>"))
    assert "Inter\u00adna\u00adtional" in english
    unknown = _page("xx", f"<p>{LONG_RUSSIAN}</p>")
    assert hyphenated_page(unknown) == unknown


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("абвгдежзиклмнопрстуфхцчшщыэюяАБВ abcdefgh.,«»-—<>&;/:\n"),
               max_size=300))
def test_taking_the_soft_hyphens_out_gives_back_the_exporters_page(body: str) -> None:
    """Whatever the user writes, the shown page is the exported page plus U+00AD, nothing
    more: no markup, entity or character of theirs is touched."""
    article = Article(headline="Заголовок", body=body, language="ru",
                      dateline=Dateline(city="Ташкент"))
    page = render_article_page(StoryBundle(article=article, authors=(), sources=()),
                               HouseSettings(), for_preview=True)
    assert without_soft_hyphens(hyphenated_page(page)) == page


def _hyphenated_breaks(document: QTextDocument) -> int:
    """How many shown lines end in a word broken at a soft hyphen."""
    count = 0
    block = document.firstBlock()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            end = line.textStart() + line.textLength()
            count += end > 0 and text[end - 1] == SOFT_HYPHEN
        block = block.next()
    return count


def test_the_narrow_preview_breaks_long_words_but_keeps_and_copies_the_words(
    editor: ArticleEditor, qtbot: QtBot, newsroom: Newsroom
) -> None:
    story = newsroom.articles.create(Article(
        headline="Комиссия утвердила график", language="ru", dateline=Dateline(city="Ташкент"),
        body=" ".join([LONG_RUSSIAN] * 6)))
    pane = editor.preview_pane
    with qtbot.waitSignal(pane.rendered, timeout=10_000):
        editor.load(story)
    qtbot.waitUntil(lambda: "водохозяйственная" in pane.html, timeout=10_000)
    editor.splitter.setSizes([600, 270, 330])  # a narrow preview, as at 1,500 px
    qtbot.waitUntil(lambda: _hyphenated_breaks(pane.document()) > 0)
    # The page kept (and compared with the export) and the story have no soft hyphen.
    assert SOFT_HYPHEN not in pane.html
    assert "Межгосударственная водохозяйственная комиссия" in pane.toPlainText()
    assert SOFT_HYPHEN not in editor.current_article().body
    # A copy from the preview is the words as written.
    pane.selectAll()
    pane.copy()
    copied = QApplication.clipboard().mimeData()
    assert "водохозяйственная" in copied.text() and SOFT_HYPHEN not in copied.text()
    assert SOFT_HYPHEN not in copied.html()


def _line_ends(document: QTextDocument, words: str) -> list[str]:
    """How each line but the last of the block holding ``words`` ends: the last three
    characters shown on it."""
    block = document.firstBlock()
    while block.isValid() and words not in without_soft_hyphens(block.text()):
        block = block.next()
    assert block.isValid(), words
    layout, text = block.layout(), block.text()
    ends = []
    for index in range(layout.lineCount() - 1):
        line = layout.lineAt(index)
        ends.append(text[line.textStart():line.textStart() + line.textLength()][-3:])
    return ends


def test_a_heading_word_wider_than_the_column_breaks_at_a_syllable(
    editor: ArticleEditor, qtbot: QtBot, newsroom: Newsroom
) -> None:
    """The fresh-eyes run saw "водопользова / ния": Qt cuts a word wider than the line
    anywhere. With the headline hyphenated it breaks between syllables, with a hyphen."""
    headline = "Высокопроизводительная электроэнергетическая система"
    story = newsroom.articles.create(Article(
        headline=headline, language="ru", dateline=Dateline(city="Ташкент"),
        body=LONG_RUSSIAN))
    pane = editor.preview_pane
    with qtbot.waitSignal(pane.rendered, timeout=10_000):
        editor.load(story)
    qtbot.waitUntil(lambda: headline in pane.toPlainText(), timeout=10_000)
    editor.splitter.setSizes([1000, 1, 330])  # the narrowest preview (its minimum)
    qtbot.waitUntil(lambda: pane.viewport().width() < 280)
    qtbot.waitUntil(lambda: len(_line_ends(pane.document(), headline)) >= 3)
    ends = _line_ends(pane.document(), headline)
    # Every line ends between words or at a syllable break (drawn with a hyphen).
    assert all(end[-1] in (" ", SOFT_HYPHEN) for end in ends), ends
    assert any(end[-1] == SOFT_HYPHEN for end in ends), ends
    assert SOFT_HYPHEN not in pane.html
