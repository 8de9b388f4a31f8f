"""Blank out what is not prose (code, link targets, URLs, phone numbers, times) keeping offsets.

The translation checks read a masked copy and report spans in the real text, so every mask here
replaces characters one for one with spaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from newsdesk.domain.markdown_text import mask_code

# Each mask with a cheap trigger: a row without "](" has no link target to blank, and most
# rows of wire copy need only two or three of these searches (the checks run per keystroke).
_MASKS: Final = (
    # Link and image destinations with an optional title: `](source:key "title")`.
    ("](", re.compile(r"\]\(\s*(?:<[^<>\n]*>|[^\s()<>]*(?:\([^\s()]*\)[^\s()]*)*)"
                      r"(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?\s*\)")),
    ("<", re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--.*?-->", re.DOTALL)),
    ("<", re.compile(r"<[A-Za-z][A-Za-z0-9+.-]*:[^\s<>]*>")),
    ("", re.compile(r"\b(?:https?://|www\.)[^\s<>\]]+", re.IGNORECASE)),
    ("@", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    # List numbering and heading marks are layout, not figures.
    ("", re.compile(r"^[ \t]*(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+|#{1,6}[ \t])+",
                    re.MULTILINE)),
    # Telephone numbers: "+996 312 62 52 00", "+7 (495) 123-45-67", "(495) 123-45-67".
    ("+", re.compile(r"\+\d{1,3}(?:[ \u00a0-]?\(?\d{1,5}\)?){2,6}(?!\d)")),
    ("(", re.compile(r"\(\d{3,5}\)[ \u00a0]?\d{2,3}[- \u00a0]\d{2}[- \u00a0]\d{2}(?!\d)")),
    # Clock times ("10:30", "9:05 a.m."): not numbers to carry over one by one.
    (":", re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")),
)


def mask_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with every ``(start, end)`` span replaced by spaces (same length)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def prose_mask(text: str) -> str:
    """``text`` with code, link targets, tags, URLs, e-mail, list marks, phones, times blanked."""
    masked = mask_code(text)
    spans: list[tuple[int, int]] = []
    for trigger, pattern in _MASKS:
        if trigger in masked:
            spans.extend(match.span() for match in pattern.finditer(masked))
    if not spans:
        return masked
    for index, (start, end) in enumerate(spans):
        if masked[start] == "]":  # keep the link text's closing bracket: it ends a word
            spans[index] = (start + 1, end)
    return mask_spans(masked, spans)
