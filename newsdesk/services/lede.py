"""A story's opening as a reader sees it, in plain text: for a sample of the dateline in place.

House Settings shows the dateline a story gets at the head of its first paragraph. Cutting
the Markdown source showed "[the Ministry of" (a link cut in half, its brackets and address
on show); here the paragraph is rendered by the one renderer the preview and exports use,
its words taken without markup, and the text cut at a word with an ellipsis.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from typing import Final

from newsdesk.services.render import render_body_html

ELLIPSIS: Final = "…"
_LEADING_CHARS: Final = 4000
"""Whole blocks of the body up to about this much are rendered: the dateline's paragraph is
almost always the first, and the sample is redrawn at every keystroke in the form."""
_BLANK_LINE: Final = re.compile(r"\n[ \t]*\n")
_BREAK: Final = re.compile(r"<(?:br|/?(?:p|li|ul|ol|h[1-6]|blockquote|pre|table|tr|td|th))\b[^>]*>",
                           re.IGNORECASE)
_TAG: Final = re.compile(r"<[^>]*>")
_LINK: Final = re.compile(r"<a\b[^>]*>.*?</a>", re.IGNORECASE | re.DOTALL)
_LINK_SPACE: Final = "\ue000"  # private use: at worst a story's own one shows as a space
_PARAGRAPH: Final = re.compile(r"<p[\s>]")


def plain_lede(body: str, dateline_text: str, *, limit: int) -> str:
    """The paragraph ``dateline_text`` opens, as plain text of at most ``limit`` characters
    (cut at a word, ending in an ellipsis); the body's first paragraph without a dateline."""
    lede = _cut(_lede_text(_leading_blocks(body), dateline_text.strip()), limit)
    return lede.replace(_LINK_SPACE, " ")


@lru_cache(maxsize=64)
def _lede_text(leading: str, dateline_text: str) -> str:
    rendered = render_body_html(leading, {}, dateline_text=dateline_text)
    marked = rendered.find('<span class="dateline"') if dateline_text else -1
    opened = [found.start() for found in _PARAGRAPH.finditer(rendered, 0, max(marked, 0))]
    if marked >= 0:
        start = opened[-1] if opened else marked
    else:
        first = _PARAGRAPH.search(rendered)
        start = first.start() if first is not None else 0
    end = rendered.find("</p>", start)
    paragraph = rendered[start:] if end < 0 else rendered[start:end]
    # A link's words are kept together (the cut never falls inside them): spaces in them are
    # a private character until the text has been cut.
    paragraph = _LINK.sub(lambda link: link[0].replace(" ", _LINK_SPACE), paragraph)
    words = _TAG.sub("", _BREAK.sub(" ", paragraph))  # "<b>para</b>." stays "para."
    return " ".join(html.unescape(words).split())


def _leading_blocks(body: str) -> str:
    """The body's first blocks, whole (never a link cut in two), up to about 4,000 chars."""
    cut = 0
    for found in _BLANK_LINE.finditer(body):
        cut = found.start()
        if cut >= _LEADING_CHARS:
            return body[:cut]
    return body


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    head = text[: limit - len(ELLIPSIS) + 1]  # one more: a word that ends right there stays
    cut = head.rsplit(" ", 1)[0].rstrip(" ,;:—–-")
    if len(cut) < limit // 2:  # one very long word: cut inside it rather than lose it all
        cut = head[: limit - len(ELLIPSIS)]
    return cut + ELLIPSIS
