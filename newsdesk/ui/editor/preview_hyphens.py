"""Soft hyphens for the preview's page, so Qt's rich text can break long words as print does.

Qt's text engine has no hyphenation of its own, but it breaks a line at a soft hyphen
(U+00AD) and draws the hyphen there. The preview's narrow column set long Russian words
("водохозяйственная") alone on a ragged line, and cut a heading word wider than the column
anywhere; with the syllable breaks marked they split as a newspaper column does. Only the
page put on screen gets them: the stored text, the export and the page the tests compare
(:attr:`PreviewPane.html`) never do.

Pure Python (no Qt): runs on the preview's worker thread, with pyphen's Hunspell patterns
for the page's language (``<html lang="…">``); a language without patterns is left as is.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from pyphen import Pyphen

__all__ = ["SOFT_HYPHEN", "hyphenated_page", "without_soft_hyphens"]

SOFT_HYPHEN: Final = "\u00ad"
# Shorter words gain nothing and break badly ("ры-нок" at the end of a line reads as noise).
MIN_LETTERS: Final = 7

_LANG = re.compile(r"<html\b[^>]*\blang=\"([^\"]+)\"", re.IGNORECASE)
# Tags, comments and entities pass through whole; the text between them is hyphenated.
_MARKUP = re.compile(r"(<!--.*?-->|<[^>]*>|&[#\w]+;)", re.DOTALL)
_OPENING = re.compile(r"<(\w+)")
_CLOSING = re.compile(r"</(\w+)")
# The head, code and scripts are not prose; a link is a thing to click ("More articles
# from …"), kept whole as its reader finds it. Headings are hyphenated like prose: a soft
# hyphen shows only where a line breaks, and a heading word wider than the narrow column
# was otherwise cut by Qt anywhere ("водопользова / ния"), with no hyphen at all.
_UNTOUCHED: Final = frozenset({
    "head", "title", "style", "script", "code", "pre", "kbd", "samp", "a",
})
# At least three letters either side of a break: "по-пуски" reads worse than a ragged line.
_EDGE: Final = 3
_CHUNK = re.compile(r"\S+")
# A web or mail address, a file name, a key: split across lines it would read as words.
_ADDRESS_LIKE = re.compile(r"[/@\\_:]|\w\.\w|\d")
_WORD = re.compile(rf"[^\W\d_]{{{MIN_LETTERS},}}")


@cache
def _dictionary(language: str) -> Pyphen | None:
    """The hyphenation patterns for ``language`` (``ru``, ``en-GB``), None when pyphen has
    none; loaded once per language (the preview re-renders on every pause in typing)."""
    import pyphen

    found = pyphen.language_fallback(language.replace("-", "_"))
    return pyphen.Pyphen(lang=found, left=_EDGE, right=_EDGE) if found else None


def hyphenated_page(page: str) -> str:
    """``page`` with soft hyphens at the syllable breaks of its long words, in prose only."""
    language = _LANG.search(page)
    dictionary = _dictionary(language.group(1)) if language else None
    if dictionary is None:
        return page
    inserted = dictionary.inserted

    def hyphenate_word(match: re.Match[str]) -> str:
        word: str = inserted(match.group(0), SOFT_HYPHEN)
        return word

    def hyphenate_chunk(match: re.Match[str]) -> str:
        chunk = match.group(0)
        return chunk if _ADDRESS_LIKE.search(chunk) else _WORD.sub(hyphenate_word, chunk)

    pieces = _MARKUP.split(page)
    inside: list[str] = []  # the untouched elements open around the current text
    for index, piece in enumerate(pieces):
        if index % 2:  # markup
            _follow(piece, inside)
        elif piece and not inside:
            pieces[index] = _CHUNK.sub(hyphenate_chunk, piece)
    return "".join(pieces)


def _follow(markup: str, inside: list[str]) -> None:
    """Keep ``inside`` up to date with the untouched elements ``markup`` opens or closes."""
    closing = _CLOSING.match(markup)
    if closing:
        name = closing.group(1).lower()
        if name in inside:
            del inside[len(inside) - 1 - inside[::-1].index(name):]
        return
    opening = _OPENING.match(markup)
    if opening and opening.group(1).lower() in _UNTOUCHED and not markup.endswith("/>"):
        inside.append(opening.group(1).lower())


def without_soft_hyphens(text: str) -> str:
    """``text`` as the user wrote it: what a copy from the preview puts on the clipboard."""
    return text.replace(SOFT_HYPHEN, "")
