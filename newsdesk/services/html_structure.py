"""Repairs element nesting in sanitized HTML so raw HTML in a body cannot break a page's validity.

A sanitizer decides *which* tags survive, not *where*: ``<em><blockquote>`` or a stray ``<li>``
pass nh3 untouched and make the W3C validator fail. This pass drops the misplaced tags (keeping
their text) and relies on the sanitizer's normalised output, so a regex tokenizer is enough.
"""

from __future__ import annotations

import re
from typing import Final

_TAG: Final = re.compile(r'<(/?)([a-z][a-z0-9]*)((?:\s+[a-z][a-z0-9-]*="[^"]*")*)\s*/?>')
_VOID: Final = frozenset({"br", "hr", "img", "wbr"})
_BLOCK: Final = frozenset(
    {"p", "blockquote", "ul", "ol", "li", "h2", "h3", "h4", "h5", "h6", "pre", "hr"}
)
# Elements whose content model is phrasing only (ins/del are transparent; treating them as
# phrasing is stricter than the spec and therefore always valid).
_PHRASING_ONLY: Final = frozenset(
    {
        "a", "abbr", "b", "cite", "code", "del", "em", "h2", "h3", "h4", "h5", "h6", "i",
        "ins", "kbd", "mark", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub",
        "sup", "u",
    }
)
_LISTS: Final = frozenset({"ul", "ol"})


def repair_nesting(html: str) -> str:
    """Drop start/end tags that would sit where their element is not allowed.

    Also unwraps links the sanitizer emptied (``javascript:`` gone, ``rel`` left): ``rel``
    without ``href`` is invalid, and a dead link is just text to the reader.
    """
    out: list[str] = []
    kept: list[str] = []  # open elements that were written out
    stack: list[bool] = []  # for every open element: was it written out?
    pos = 0
    for match in _TAG.finditer(html):
        _text(html[pos : match.start()], kept, out)
        pos = match.end()
        closing, tag = match.group(1), match.group(2)
        if closing:
            if tag in _VOID or not stack:
                continue
            if stack.pop():
                kept.pop()
                out.append(match.group(0))
            continue
        allowed = _allowed(tag, kept) and (tag != "a" or ' href="' in match.group(3))
        if allowed:
            out.append(match.group(0))
        if tag not in _VOID:
            stack.append(allowed)
            if allowed:
                kept.append(tag)
    _text(html[pos:], kept, out)
    return "".join(out)


def _allowed(tag: str, kept: list[str]) -> bool:
    parent = kept[-1] if kept else ""
    if parent in _LISTS:
        return tag == "li"
    if tag == "li":
        return False
    if tag == "a" and "a" in kept:
        return False
    return not (tag in _BLOCK and any(open_tag in _PHRASING_ONLY for open_tag in kept))


def _text(text: str, kept: list[str], out: list[str]) -> None:
    if not text:
        return
    if kept and kept[-1] in _LISTS and text.strip():
        return  # text is not allowed directly in a list; only whitespace is
    out.append(text)
