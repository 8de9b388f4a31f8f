"""Glossary terms as plain data, and finding them in text despite Russian case endings.

"Жогорку Кенеш" must match "Жогорку Кенеша" and "Сергей Шойгу" must match "Сергея Шойгу": a
Cyrillic word of the term matches any word that starts with its stem (the word less a final
vowel, soft sign or й) and adds at most three letters. Acronyms and short words match whole.
Latin words match whole, with an optional possessive "'s".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

_CYRILLIC_WORD: Final = re.compile(r"[\u0400-\u04ff]")
_VOWEL_ENDINGS: Final = "аеёиоуыэюяьй"
_WORD_RE: Final = re.compile(r"[^\W\d_][\w'’-]*")
_FEW_KEYS: Final = 48


@dataclass(frozen=True, eq=True)
class GlossaryTerm:
    """A glossary entry: its rendering per language, forbidden variants per language, a note.

    ``renderings`` maps a language code to the preferred spelling ("en": "Sergei Shoigu",
    "ru": "Сергей Шойгу"); ``forbidden`` to spellings that must not be used ("ru": ("Сергей
    Шойгу",) is not a good example; ("Киргизия",) for Kyrgyzstan is).
    """

    renderings: Mapping[str, str]
    forbidden: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    note: str = ""

    def __hash__(self) -> int:
        # Hashed on every live check (the term indexes are cached by the terms): computed once.
        cached: int | None = self.__dict__.get("_hash")
        if cached is None:
            cached = hash(
                (
                    tuple(sorted(self.renderings.items())),
                    tuple(sorted((lang, tuple(v)) for lang, v in self.forbidden.items())),
                    self.note,
                )
            )
            object.__setattr__(self, "_hash", cached)
        return cached

    def rendering(self, language: str) -> str:
        return self.renderings.get(language, "").strip()

    def forbidden_in(self, language: str) -> tuple[str, ...]:
        return tuple(v for v in self.forbidden.get(language, ()) if v.strip())


@dataclass(frozen=True)
class TermHit:
    """Where a spelling of a term was found: the exact characters and their span."""

    text: str
    start: int
    end: int


def _fold(text: str) -> str:
    return text.casefold().replace("ё", "е")


def _stem(word: str) -> str | None:
    """The stem a declined Cyrillic word starts with, or None when the word must match whole."""
    if not _CYRILLIC_WORD.search(word) or len(word) <= 3 or word.isupper():
        return None
    folded = _fold(word)
    return folded[:-1] if folded[-1] in _VOWEL_ENDINGS else folded


def _word_pattern(word: str) -> str:
    stem = _stem(word)
    if stem is not None:
        return re.escape(stem) + r"[а-яё]{0,3}"
    escaped = re.escape(_fold(word))
    if _CYRILLIC_WORD.search(word):
        return escaped
    return escaped + r"(?:['’]s)?"


@lru_cache(maxsize=4096)
def spelling_pattern(spelling: str) -> re.Pattern[str] | None:
    """A compiled pattern for one spelling of a term over folded text (None for an empty one)."""
    words = spelling.split()
    if not words:
        return None
    body = r"[\s\u00a0\u202f]+".join(_word_pattern(word) for word in words)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])")


def _key(spelling: str) -> str:
    """The first letters every match of ``spelling`` starts with (for the quick index)."""
    first = spelling.split()[0]
    stem = _stem(first)
    return (stem if stem is not None else _fold(first))[:3]


def find_spelling(spelling: str, folded_text: str, text: str) -> list[TermHit]:
    """Every place ``spelling`` occurs in ``text`` (``folded_text`` is ``_fold(text)``)."""
    pattern = spelling_pattern(spelling)
    if pattern is None:
        return []
    return [TermHit(text[m.start() : m.end()], *m.span()) for m in pattern.finditer(folded_text)]


@dataclass(frozen=True)
class _Entry:
    term: GlossaryTerm
    spelling: str


class TermIndex:
    """Spellings of many terms keyed by their first letters, so a row is scanned once.

    A glossary of hundreds of terms costs one dictionary look-up per word of the row instead of
    one regular-expression search per term.
    """

    def __init__(self, entries: Iterable[_Entry]) -> None:
        self._by_key: dict[str, list[_Entry]] = {}
        for entry in entries:
            self._by_key.setdefault(_key(entry.spelling), []).append(entry)

    def candidates(self, folded_text: str) -> list[_Entry]:
        """Entries whose first word could start at some word of ``folded_text``."""
        if len(self._by_key) <= _FEW_KEYS:
            # A small glossary: a substring test per key beats walking the row's words.
            return [
                entry
                for key, entries in self._by_key.items()
                if key in folded_text
                for entry in entries
            ]
        seen: dict[int, _Entry] = {}
        for match in _WORD_RE.finditer(folded_text):
            word = match.group()
            for length in (3, 2, 1):
                for entry in self._by_key.get(word[:length], ()):
                    seen.setdefault(id(entry), entry)
        return list(seen.values())


@dataclass(frozen=True)
class TermIndexes:
    """The two look-ups a pair of languages needs: source spellings, and forbidden targets."""

    source: TermIndex
    forbidden: TermIndex


@lru_cache(maxsize=16)
def term_indexes(terms: tuple[GlossaryTerm, ...], source: str, target: str) -> TermIndexes:
    """Indexes for ``terms`` between ``source`` and ``target``, cached for the live checks."""
    source_entries: list[_Entry] = []
    forbidden_entries: list[_Entry] = []
    for term in terms:
        if not term.rendering(target):
            continue
        for spelling in (term.rendering(source), *term.forbidden_in(source)):
            if spelling:
                source_entries.append(_Entry(term, spelling))
        for spelling in term.forbidden_in(target):
            forbidden_entries.append(_Entry(term, spelling))
    return TermIndexes(TermIndex(source_entries), TermIndex(forbidden_entries))


def fold(text: str) -> str:
    """Case- and ё-insensitive form of ``text`` with the same length (offsets stay valid)."""
    folded = _fold(text)
    # casefold may lengthen a few letters (ß -> ss); fall back to lower() to keep offsets.
    return folded if len(folded) == len(text) else text.lower().replace("ё", "е")


def as_terms(terms: Sequence[GlossaryTerm]) -> tuple[GlossaryTerm, ...]:
    return terms if isinstance(terms, tuple) else tuple(terms)
