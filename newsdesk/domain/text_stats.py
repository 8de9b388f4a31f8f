"""Word and character counts and reading time, the numbers under the editor's body."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Final

# Adult readers of news manage about 230 words a minute; the desk plans stories by it.
WORDS_PER_MINUTE: Final = 230
# A word is letters or digits, with inner apostrophes, hyphens and dots (Russia’s, well-known,
# 3.5): "U.S.-led" counts once, as a reader would.
_WORD_RE: Final = re.compile(r"\w+(?:[’'\-.‐]+\w+)*")


@dataclass(frozen=True)
class TextStats:
    """The status line's numbers for one text."""

    words: int
    characters: int

    @property
    def reading_minutes(self) -> int:
        """Whole minutes, rounded up: a 10-word brief still takes "1 min" to read."""
        return math.ceil(self.words / WORDS_PER_MINUTE) if self.words else 0


def text_stats(text: str) -> TextStats:
    """Count words the way a reader sees them; characters are code points, emoji count once."""
    return TextStats(words=sum(1 for _ in _WORD_RE.finditer(text)), characters=len(text))


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
