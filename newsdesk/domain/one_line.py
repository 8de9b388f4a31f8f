"""One-line fields (headline, deck, names, tags, dateline) kept to one line of plain text.

A headline pasted from a terminal or a PDF can carry ESC and BEL (which the CLI would echo to
the terminal, where they move the cursor or ring the bell) and line breaks (which break the
list, the tab-separated CLI output and every page title). These fields are cleaned, not
refused, when they are imported or saved: the words are what the writer meant to keep.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from newsdesk.domain.article import Article, Dateline

# Line breaks (including the Unicode ones a word processor pastes) and the whitespace next to
# them become one space; tabs too, since they separate the CLI's columns.
_BREAKS: Final = re.compile(r"[ \t]*[\r\n\t\v\f\x1c-\x1e\x85\u2028\u2029]+[ \t]*")
# C0 and C1 controls and DEL: nothing a reader sees, everything a terminal obeys. NUL stays,
# for validation to refuse by name: it means the file or the paste was not text at all.
_CONTROLS: Final = re.compile("[\x01-\x1f\x7f-\x9f]")


def one_line(text: str) -> str:
    """``text`` on one line, without control characters, trimmed."""
    if text.isprintable():
        return text.strip()  # the common case costs one scan
    return _CONTROLS.sub("", _BREAKS.sub(" ", text)).strip()


def one_line_article(article: Article) -> Article:
    """``article`` with every one-line field cleaned by :func:`one_line`; the body is kept."""
    dateline = article.dateline
    cleaned = replace(
        article,
        headline=one_line(article.headline),
        deck=one_line(article.deck),
        slug=one_line(article.slug),
        tags=tuple(dict.fromkeys(tag for tag in map(one_line, article.tags) if tag)),
        byline=tuple(replace(entry, name=one_line(entry.name)) for entry in article.byline),
        dateline=_one_line_dateline(dateline),
    )
    return article if cleaned == article else cleaned


def _one_line_dateline(dateline: Dateline) -> Dateline:
    return replace(
        dateline,
        city=one_line(dateline.city),
        country=one_line(dateline.country),
        agency=one_line(dateline.agency),
        timezone=one_line(dateline.timezone),
        state=one_line(dateline.state),
    )
