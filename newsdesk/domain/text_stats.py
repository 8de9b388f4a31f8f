"""Word and character counts and reading time, the numbers under the editor's body."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Final

# Adult readers of news manage about 230 words a minute; the desk plans stories by it.
WORDS_PER_MINUTE: Final = 230
# A bare web address is one word to a reader, however many dots and slashes it holds.
_URL: Final = r"(?:https?://|www\.)[^\s<>()\[\]]+"
# A word is letters or digits, with inner apostrophes, hyphens and dots (Russia’s, well-known,
# 3.5): "U.S.-led" counts once, as a reader would.
_WORD_RE: Final = re.compile(rf"{_URL}|\w+(?:[’'\-.‐]+\w+)*")

# Markup the reader never sees. Order matters: link targets go before brackets and emphasis.
_FENCE_LINE: Final = re.compile(r"^ {0,3}(?:`{3,}|~{3,})[^\n]*$", re.MULTILINE)
_REFERENCE_DEFINITION: Final = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S[^\n]*$", re.MULTILINE)
_LINK: Final = re.compile(
    r"!?\[((?:\\.|[^\]\\\n])*)\]"
    r"\(\s*(?:<[^<>\n]*>|[^\s()<>]*(?:\([^\s()]*\)[^\s()]*)*)"
    r"(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)"
)
_REFERENCE_LINK: Final = re.compile(r"!?\[((?:\\.|[^\]\\\n])+)\]\[[^\]\n]*\]")
_AUTOLINK: Final = re.compile(r"<((?:[A-Za-z][A-Za-z0-9+.-]*:|www\.)[^\s<>]*)>")
_HTML_TAG: Final = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--.*?-->", re.DOTALL)
_LINE_PREFIX: Final = re.compile(
    r"^[ \t]*(?:#{1,6}(?=[ \t]|$)[ \t]*|(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+)+)", re.MULTILINE
)
_CLOSING_HASHES: Final = re.compile(r"[ \t]+#+[ \t]*$", re.MULTILINE)
_RULE_OR_UNDERLINE: Final = re.compile(r"^ {0,3}(?:[-*_=][ \t]*){3,}$|^ {0,3}=+[ \t]*$",
                                       re.MULTILINE)
_EMPHASIS: Final = re.compile(r"(?<!\\)(?:\*+|~~|`+|(?<!\w)_+|_+(?!\w))")
_ESCAPE: Final = re.compile(r"\\([!-/:-@\[-`{-~])")


@dataclass(frozen=True)
class TextStats:
    """The status line's numbers for one text."""

    words: int
    characters: int

    @property
    def reading_minutes(self) -> int:
        """Whole minutes, rounded up: a 10-word brief still takes "1 min" to read."""
        return math.ceil(self.words / WORDS_PER_MINUTE) if self.words else 0


def visible_text(markdown: str) -> str:
    """The Markdown body as a reader of the published page sees it.

    The desk plans length by what is printed: a citation's ``(source:key)``, a link's
    address, heading hashes and ``**`` are typing aids, not words. Link text, headings,
    quotes and code stay, because the reader sees them.
    """
    text = _FENCE_LINE.sub("", markdown)
    text = _REFERENCE_DEFINITION.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _REFERENCE_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    text = _RULE_OR_UNDERLINE.sub("", text)
    text = _LINE_PREFIX.sub("", text)
    text = _CLOSING_HASHES.sub("", text)
    text = _EMPHASIS.sub("", text)
    return _ESCAPE.sub(r"\1", text)


def text_stats(text: str) -> TextStats:
    """Count what a reader sees of the Markdown ``text``: words, and characters as code points
    (an emoji counts once)."""
    shown = visible_text(text)
    return TextStats(words=sum(1 for _ in _WORD_RE.finditer(shown)), characters=len(shown))


def describe_length(stats: TextStats, target_words: int) -> str:
    """``412 words · 2,480 characters · 2 min read · 188 words to go (target 600)``."""
    parts = [
        f"{stats.words:,} {'word' if stats.words == 1 else 'words'}",
        f"{stats.characters:,} {'character' if stats.characters == 1 else 'characters'}",
        f"{stats.reading_minutes} min read",
    ]
    if target_words > 0:
        gap = target_words - stats.words
        if gap > 0:
            parts.append(f"{gap:,} to go (target {target_words:,})")
        elif gap < 0:
            parts.append(f"{-gap:,} over (target {target_words:,})")
        else:
            parts.append(f"on target ({target_words:,})")
    return " · ".join(parts)
