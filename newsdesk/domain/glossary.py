"""Glossary terms and finding them in a text (the desk and the QA checks both use this).

Matching rule, per word of a term, after case and ё/е folding:
- a word with no Cyrillic letter must equal the text's word ("SCO", "Shoigu");
- a Cyrillic word of four letters or more matches by its stem: the term word without up to
  two final vowels, "й" or "ь" (the stem keeps at least three letters), followed by at most
  three more Cyrillic letters in the text. So "Жогорку Кенеш" finds "Жогорку Кенеша",
  "Москва" finds "Москвы" and "Москвой", "Сергей" finds "Сергея", "Шанхайская пятёрка" finds
  "Шанхайской пятерки"; a short Cyrillic word ("ШОС", "ЕС") must be equal.
Words of a term must stand next to each other in the text, whole words only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsdesk.domain.search_syntax import fold_for_search

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_FINAL_VOWELS = "аеёиоуыэюяйь"
MAX_ENDING = 3  # letters of a Russian ending after the stem


@dataclass(frozen=True)
class Rendering:
    """A term in one language; ``forbidden`` marks a variant the house does not use."""

    language: str
    text: str
    forbidden: bool = False


@dataclass(frozen=True)
class GlossaryTerm:
    """A name or term with its renderings per language (several may be allowed)."""

    id: int | None
    renderings: tuple[Rendering, ...]
    note: str = ""

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.language for r in self.renderings))

    def allowed(self, language: str) -> tuple[str, ...]:
        """Renderings to use in ``language``, the preferred one first."""
        return tuple(r.text for r in self.renderings if r.language == language and not r.forbidden)

    def forbidden(self, language: str) -> tuple[str, ...]:
        return tuple(r.text for r in self.renderings if r.language == language and r.forbidden)

    def preferred(self, language: str) -> str | None:
        allowed = self.allowed(language)
        return allowed[0] if allowed else None


@dataclass(frozen=True)
class TermHit:
    """A glossary term found in a text.

    ``start``/``end`` are offsets of ``found`` in the text; ``rendering`` is the term's
    rendering that matched; ``expected`` the renderings a translation into the target
    language should use (empty when the glossary has none) and ``forbidden`` the ones it must
    not.
    """

    term: GlossaryTerm
    rendering: Rendering
    found: str
    start: int
    end: int
    expected: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()


def _fold(text: str) -> str:
    return fold_for_search(text.casefold())


def _word_pattern(word: str) -> str:
    """A regex for one folded term word, following the module's matching rule."""
    if _CYRILLIC.search(word) and len(word) >= 4:
        stem = word
        for _ in range(2):
            if len(stem) > 3 and stem[-1] in _FINAL_VOWELS:
                stem = stem[:-1]
        return re.escape(stem) + f"[\u0400-\u04ff]{{0,{MAX_ENDING}}}"
    return re.escape(word)


@dataclass(frozen=True)
class _Compiled:
    term: GlossaryTerm
    rendering: Rendering
    pattern: re.Pattern[str]


def term_words(text: str) -> list[str]:
    return _WORD.findall(_fold(text))


class Glossary:
    """The glossary compiled for finding terms fast in long texts.

    Terms are filed under the first two letters of their first word, so a 5,000-word story
    against a glossary of thousands of terms tries only the few terms each word could start.
    """

    def __init__(self, terms: Iterable[GlossaryTerm]) -> None:
        self.terms = tuple(terms)
        self._index: dict[tuple[str, str], list[_Compiled]] = {}
        for term in self.terms:
            for rendering in term.renderings:
                words = term_words(rendering.text)
                if not words:
                    continue
                body = r"[\s\u00a0\-]+".join(_word_pattern(w) for w in words)
                pattern = re.compile(rf"(?<![^\W_]){body}(?![^\W_])")
                key = (rendering.language, words[0][:2])
                self._index.setdefault(key, []).append(_Compiled(term, rendering, pattern))

    def find(self, text: str, language: str, target_language: str = "", *,
             forbidden: bool = False) -> tuple[TermHit, ...]:
        """Terms of ``language`` in ``text``, in text order, longest first at one place.

        ``forbidden``: find the forbidden variants instead of the allowed renderings (the QA
        check looks for those in a translation).
        """
        folded = _fold(text)
        if len(folded) != len(text):  # casefold changed lengths (ß -> ss): match on lower()
            folded = fold_for_search(text.lower())
        hits: list[TermHit] = []
        seen: set[tuple[int, int | None]] = set()
        for word in _WORD.finditer(folded):
            candidates = self._index.get((language, word.group()[:2]), ())
            for compiled in candidates:
                if compiled.rendering.forbidden != forbidden:
                    continue
                match = compiled.pattern.match(folded, word.start())
                if match is None or (word.start(), compiled.term.id) in seen:
                    continue
                if compiled.term.id is not None:
                    seen.add((word.start(), compiled.term.id))
                hits.append(TermHit(
                    compiled.term, compiled.rendering, text[match.start():match.end()],
                    match.start(), match.end(),
                    compiled.term.allowed(target_language) if target_language else (),
                    compiled.term.forbidden(target_language) if target_language else (),
                ))
        hits.sort(key=lambda hit: (hit.start, -(hit.end - hit.start)))
        return tuple(hits)


TermPair = tuple[tuple[str, ...], tuple[str, ...]]
"""A glossary term as the paragraph alignment reads it: its renderings in the original's
language and in the translation's (``(("SCO",), ("ШОС",))``)."""


def term_pairs(terms: Iterable[GlossaryTerm], source: str, target: str) -> tuple[TermPair, ...]:
    """The terms rendered in both ``source`` and ``target``, as the alignment's anchors.

    Each side is the preferred rendering and the forbidden variants: a translation that uses
    one of those still names the term (the QA check, not the alignment, objects to it). The
    readiness check builds the same pairs from the QA's view of the glossary, which keeps
    just those, so both align a story alike and agree on its rows.
    """
    pairs: list[TermPair] = []
    for term in terms:
        original, translation = term.preferred(source), term.preferred(target)
        if original and translation and source != target:
            pairs.append(((original, *term.forbidden(source)),
                          (translation, *term.forbidden(target))))
    return tuple(pairs)


def terms_in(text: str, language: str, terms: Sequence[GlossaryTerm],
             target_language: str = "") -> tuple[TermHit, ...]:
    """:meth:`Glossary.find` for a one-off look (compile a :class:`Glossary` to repeat it)."""
    return Glossary(terms).find(text, language, target_language)


def renders(text: str, language: str, expected: Sequence[str]) -> bool:
    """True when ``text`` contains one of the ``expected`` renderings (inflected or not)."""
    probe = Glossary([GlossaryTerm(None, tuple(Rendering(language, e) for e in expected))])
    return bool(probe.find(text, language))
