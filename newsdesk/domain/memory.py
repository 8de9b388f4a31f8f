"""Translation memory values and the text rules its lookups share (no database here).

One normal form per purpose: ``normal_text`` (whitespace folded) is what "the same segment"
means for an exact match; ``folded`` (also case and ё/е folded) is what fuzzy scoring and
concordance compare, as the story search does; ``index_tokens`` are the distinctive words the
database prefilters candidates by.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from newsdesk.domain.search_syntax import fold_for_search
from newsdesk.domain.translation_changes import Segment

MAX_TOKEN_LENGTH = 64  # the token column's width
_WORD = re.compile(r"\w+", re.UNICODE)
# Words too common to tell one segment from another; the rest of a segment's words do that.
_STOP_WORDS = frozenset({
    "the", "and", "for", "that", "with", "from", "this", "was", "were", "are", "has", "have",
    "had", "its", "his", "her", "their", "they", "will", "would", "said", "says", "not", "but",
    "which", "who", "also", "been", "into", "than", "more", "after", "over", "about", "all",
    "one", "two", "our", "out", "new", "per", "she", "him", "them", "there", "when", "what",
    "его", "она", "они", "это", "что", "как", "для", "при", "или", "уже", "так", "все", "был",
    "была", "были", "было", "также", "который", "которые", "которая", "которое", "этом", "этой",
    "этот", "эти", "тем", "том", "чем", "под", "над", "между", "через", "после", "более", "году",
    "года", "заявил", "сообщил", "сказал", "нас", "них", "ним", "ней", "него", "только",
})


class MemoryOrigin(StrEnum):
    DESK = "desk"  # confirmed on the translators' desk
    IMPORT = "import"  # from a TMX file
    REBUILD = "rebuild"  # aligned from linked translations when the memory was made


class SegmentType(StrEnum):
    PARAGRAPH = "paragraph"
    SENTENCE = "sentence"


def base_language(tag: str) -> str:
    """``en-US``/``EN_gb`` -> ``en``: the memory pairs languages, not regional variants."""
    return tag.strip().replace("_", "-").split("-")[0].lower()


def normal_text(text: str) -> str:
    """One spelling of a segment: NFC, runs of whitespace as one space, no ends."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def folded(text: str) -> str:
    """Case and ё/е folded, as fuzzy scoring and concordance compare."""
    return fold_for_search(normal_text(text).casefold())


def text_hash(*parts: str) -> str:
    """SHA-256 of the parts, for uniqueness of texts too long for a database index."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


def index_tokens(folded_text: str, source_language: str, target_language: str) -> set[str]:
    """The words a pair is found by: three letters or more (or with a digit), no stop words.

    Each word carries its language pair (``en>ru:grain``): a lookup reads the postings of one
    pair only, with no join to tell an English-Russian pair from an English-German one.
    """
    prefix = f"{source_language}>{target_language}:"
    room = MAX_TOKEN_LENGTH - len(prefix)
    tokens = set()
    for word in _WORD.findall(folded_text):
        if word in _STOP_WORDS or "_" in word:
            continue
        if len(word) >= 3 or any(ch.isdigit() for ch in word):
            tokens.add(prefix + word[:room])
    return tokens


def length_band(length: int, threshold: float) -> tuple[int, int]:
    """Lengths a stored source may have and still score ``threshold`` against ``length``.

    rapidfuzz's ratio is 2·M/(a+b) with M ≤ min(a, b), so a score of ``t`` needs the shorter
    text to be at least t/(2−t) of the longer: outside this band nothing can match.
    """
    t = min(max(threshold, 0.01), 1.0)
    return math.floor(length * t / (2 - t)), math.ceil(length * (2 - t) / t)


@dataclass(frozen=True)
class StoryRef:
    """The story a pair came from, as it was named when the pair was stored."""

    article_id: int | None
    slug: str = ""
    headline: str = ""


@dataclass(frozen=True)
class SegmentPair:
    """An original segment and its translation, as confirmed by a translator."""

    source: str
    target: str


@dataclass(frozen=True)
class MemoryEntry:
    """A stored pair with where it comes from."""

    id: int
    source_language: str
    target_language: str
    source: str
    target: str
    segment: SegmentType
    origin: MemoryOrigin
    story_slug: str
    story_headline: str
    translator: str
    created_at: datetime


@dataclass(frozen=True)
class MemoryMatch:
    """A memory pair like the text being translated: ``score`` in [0, 1] (1.0 is exact).

    ``diff`` is the word diff of the stored source against the text looked up: ``deleted``
    runs are in the stored source only, ``inserted`` runs in the text only.
    """

    entry: MemoryEntry
    score: float
    diff: tuple[Segment, ...]

    @property
    def percent(self) -> int:
        return math.floor(self.score * 100)
