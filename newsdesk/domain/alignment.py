"""Paragraph alignment of an original story and its translation (Gale–Church plus anchors)."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from rapidfuzz import fuzz

from newsdesk.domain.glossary import Glossary, GlossaryTerm, Rendering, TermPair
from newsdesk.domain.markdown_text import BlockKind, prose_layout


class BeadKind(StrEnum):
    """How many paragraphs of each side one aligned row joins (original–translation)."""

    ONE_ONE = "1-1"
    ONE_ZERO = "1-0"  # only in the original (added there, or left out of the translation)
    ZERO_ONE = "0-1"  # only in the translation (the translator added it)
    TWO_ONE = "2-1"  # the translator merged two original paragraphs
    ONE_TWO = "1-2"  # the translator split one original paragraph


@dataclass(frozen=True)
class Paragraph:
    """A blank-line-separated block of a body, possibly two merged by the alignment.

    ``indexes`` are positions in the body's paragraph list (two for a merged one); ``start`` and
    ``end`` are character offsets in the body so an editor can select it.
    """

    indexes: tuple[int, ...]
    start: int
    end: int
    text: str
    kind: BlockKind = BlockKind.PROSE

    @property
    def index(self) -> int:
        return self.indexes[0]


@dataclass(frozen=True)
class AlignedPair:
    """One row of the desk: what in the translation renders which part of the original.

    ``score`` is a confidence in [0, 1]: agreement of lengths and of shared anchors (numbers,
    names, links); it is 0 for a paragraph with no counterpart.
    """

    original: Paragraph | None
    translation: Paragraph | None
    score: float
    kind: BeadKind = BeadKind.ONE_ONE


def split_paragraphs(body: str) -> tuple[Paragraph, ...]:
    """Every block of ``body`` (prose, headings, code) with its offsets, in order.

    Headings are kept because a translator renders them too; they are cheap, reliable anchors
    for the alignment since both sides have them in the same places.
    """
    return tuple(
        Paragraph((i,), block.start, block.end, body[block.start : block.end], block.kind)
        for i, block in enumerate(prose_layout(body).blocks)
    )


def merge(first: Paragraph, second: Paragraph, body: str) -> Paragraph:
    """Two neighbouring paragraphs as one span of ``body`` (for a 2–1 or 1–2 row)."""
    return Paragraph(
        first.indexes + second.indexes,
        first.start,
        second.end,
        body[first.start : second.end],
        first.kind,
    )


# -- anchors -----------------------------------------------------------------------------------

_LINK_TARGET = re.compile(r"\]\([^)\s]*\)")
_SOURCE_KEY = re.compile(r"source:([\w.-]+)", re.UNICODE)
_URL = re.compile(r"https?://[^\s)>\]]+")
# Thousands grouped by (narrow) no-break or plain spaces, or plain digit runs with , or . inside.
_NUMBER = re.compile(r"\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:[.,]\d+)*")
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…:—–-][\"”»’)\]]*$")
_OPENERS = " \t\n\u00a0\"“«‘„([*_>#"  # what may stand between a sentence end and its first word
_MONTHS = {
    "en": ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"),
    "ru": ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр",
           "октябр", "ноябр", "декабр"),
}
_RU_MONTH_WORD = re.compile(r"^(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр"
                            r"|ноябр|декабр)[а-я]*$")
_CYRILLIC_TO_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Kazakh, Uzbek and Kyrgyz letters that names of the region carry.
    "ғ": "g", "қ": "k", "ң": "ng", "ө": "o", "ү": "u", "ұ": "u", "һ": "h", "і": "i", "ў": "o",
})
NAME_MATCH_THRESHOLD = 82.0  # rapidfuzz ratio: Юсупова/Yusupov and Ташкенте/Tashkent pass


@dataclass(frozen=True)
class Anchors:
    """What survives translation: exact tokens (numbers, links, months) and names (fuzzy)."""

    exact: frozenset[str]
    names: tuple[str, ...]

    @property
    def size(self) -> int:
        return len(self.exact) + len(self.names)


def _normal_number(raw: str) -> str:
    """One spelling per number: ``1 000``/``1,000`` -> ``1000``; ``1,1``/``1.1`` -> ``1.1``."""
    groups = re.split(r"[.,\u00a0\u202f ]", raw)
    if len(groups) == 1:
        return raw
    if len(groups[-1]) == 3:
        return "".join(groups)  # a thousands separator, whichever the language uses
    return "".join(groups[:-1]) + "." + groups[-1]


def _month(word: str) -> int | None:
    lower = word.lower()
    if lower in _MONTHS["en"]:
        return _MONTHS["en"].index(lower) + 1
    match = _RU_MONTH_WORD.match(lower)
    if match is None:
        return None
    stem = match.group(1)
    return _MONTHS["ru"].index("ма" if re.fullmatch("ма[йяе]", stem) else stem) + 1


def transliterate(word: str) -> str:
    """A rough Latin spelling of a Cyrillic word, lower case, for comparing names only."""
    return word.lower().translate(_CYRILLIC_TO_LATIN)


def anchors_of(text: str) -> Anchors:
    """Tokens that a faithful translation keeps, whatever the language.

    Names are capitalised words that do not start a sentence (a sentence's first word is
    capitalised in every language and would only add noise), transliterated to Latin.
    """
    exact: set[str] = set()
    exact.update(f"key:{key.lower()}" for key in _SOURCE_KEY.findall(text))
    exact.update(f"url:{url.rstrip('.,;:')}" for url in _URL.findall(text))
    prose = _URL.sub(" ", _LINK_TARGET.sub("]", text))
    exact.update(f"num:{_normal_number(n)}" for n in _NUMBER.findall(prose))
    names: list[str] = []
    for match in _WORD.finditer(prose):
        word = match.group()
        month = _month(word)
        if month is not None and (word[0].isupper() or not word.isascii()):
            exact.add(f"month:{month}")
            continue
        if not word[0].isupper() or len(word) < 3:
            continue
        before = prose[: match.start()].rstrip(_OPENERS)
        if not before or _SENTENCE_END.search(before):
            continue
        name = transliterate(re.sub(r"['’]s$", "", word))
        if name not in names:
            names.append(name)
    return Anchors(frozenset(exact), tuple(names))


@lru_cache(maxsize=8)
def _term_glossary(pairs: tuple[TermPair, ...]) -> Glossary:
    """The term pairs compiled for finding, once per glossary (not once per alignment).

    The two sides are filed as languages "o" and "t" so a rendering that is spelt the same in
    both (a Latin brand name) is found on each side under its own pair.
    """
    return Glossary(
        GlossaryTerm(key, tuple(Rendering("o", text) for text in original)
                     + tuple(Rendering("t", text) for text in translation))
        for key, (original, translation) in enumerate(pairs)
    )


def _with_terms(anchors: Anchors, text: str, glossary: Glossary, side: str) -> Anchors:
    """``anchors`` plus one exact anchor per glossary term the paragraph names.

    Transliteration cannot tell that SCO is ШОС or that Kyrgyzstan's parliament is the
    Жогорку Кенеш; the glossary can, and a term both sides name is as telling as a number.
    """
    hits = glossary.find(text, side)
    if not hits:
        return anchors
    return Anchors(anchors.exact | {f"term:{hit.term.id}" for hit in hits}, anchors.names)


@lru_cache(maxsize=1 << 16)
def _name_found(name: str, others: tuple[str, ...]) -> bool:
    """Whether ``name`` fuzzily matches one of ``others``.

    Cached: the alignment prices every row against its neighbours, and a story's names
    recur (the same minister in thirty paragraphs), so the same question comes back
    thousands of times; answering it again was half of a long story's alignment time.
    """
    return any(fuzz.ratio(name, other) >= NAME_MATCH_THRESHOLD for other in others)


def anchor_similarity(a: Anchors, b: Anchors) -> float | None:
    """Dice coefficient of shared anchors in [0, 1]; None when neither side has any."""
    if a.size == 0 and b.size == 0:
        return None
    matched = 2 * len(a.exact & b.exact)
    small, large = (a.names, b.names) if len(a.names) <= len(b.names) else (b.names, a.names)
    if large:
        matched += 2 * sum(_name_found(name, large) for name in small)
    return min(1.0, matched / (a.size + b.size))


# -- the dynamic programme ---------------------------------------------------------------------

# Bead priors after Gale & Church (1993), moved for paragraphs of news copy: a translator
# leaves out or adds a whole paragraph about as often as merging or splitting two (the
# sentence-level figures, 0.0099 and 0.089, made every omission read as a merge). 2–2 is left
# out: nobody does it on purpose.
_PRIOR = {
    BeadKind.ONE_ONE: 0.89,
    BeadKind.ONE_ZERO: 0.015,
    BeadKind.ZERO_ONE: 0.015,
    BeadKind.TWO_ONE: 0.03,
    BeadKind.ONE_TWO: 0.03,
}
_STEPS = {
    BeadKind.ONE_ONE: (1, 1),
    BeadKind.ONE_ZERO: (1, 0),
    BeadKind.ZERO_ONE: (0, 1),
    BeadKind.TWO_ONE: (2, 1),
    BeadKind.ONE_TWO: (1, 2),
}
_PRIOR_COST = {kind: -math.log(prior) for kind, prior in _PRIOR.items()}
_VARIANCE = 6.8  # Gale & Church's variance of the length ratio per character
_ANCHOR_WEIGHT = 4.0  # nats: a row whose anchors all agree beats a plausible length match


def _visible_length(text: str) -> int:
    """Characters a reader sees: link targets (identical on both sides) do not count."""
    return len(re.sub(r"\s+", "", _LINK_TARGET.sub("]", text)))


def _length_probability(l1: int, l2: int, ratio: float) -> float:
    """Two-tailed probability that translations of these lengths match (Gale–Church delta)."""
    mean = (l1 + l2 / ratio) / 2
    if mean <= 0:
        return 1.0
    delta = (l2 - l1 * ratio) / math.sqrt(mean * _VARIANCE)
    return max(2 * (1 - 0.5 * (1 + math.erf(abs(delta) / math.sqrt(2)))), 1e-12)


@dataclass(frozen=True)
class _Side:
    paragraphs: tuple[Paragraph, ...]
    lengths: tuple[int, ...]
    anchors: tuple[Anchors, ...]
    pairs: tuple[Anchors, ...]  # pairs[k]: anchors of paragraphs k and k+1 together
    # Worked out once per side, not once per bead (a long story prices tens of thousands):
    prefix: tuple[int, ...]  # prefix[k]: the visible length of paragraphs [0, k)
    headings: tuple[int, ...]  # headings[k]: how many of paragraphs [0, k) are headings

    def joined(self, start: int, end: int) -> Anchors:
        """The anchors of paragraphs [start, end) (one or two), joined once, not per bead."""
        return self.anchors[start] if end - start == 1 else self.pairs[start]


def _side(paragraphs: Sequence[Paragraph], glossary: Glossary | None = None,
          side: str = "o") -> _Side:
    anchors = tuple(anchors_of(p.text) for p in paragraphs)
    if glossary is not None:
        anchors = tuple(_with_terms(a, p.text, glossary, side)
                        for a, p in zip(anchors, paragraphs, strict=True))
    lengths = tuple(_visible_length(p.text) for p in paragraphs)
    return _Side(
        tuple(paragraphs),
        lengths,
        anchors,
        tuple(_joined(anchors[k : k + 2]) for k in range(len(anchors) - 1)),
        (0, *itertools.accumulate(lengths)),
        (0, *itertools.accumulate(p.kind is BlockKind.HEADING for p in paragraphs)),
    )


def _joined(anchors: Sequence[Anchors]) -> Anchors:
    exact: frozenset[str] = frozenset().union(*(a.exact for a in anchors))
    names = tuple(dict.fromkeys(name for a in anchors for name in a.names))
    return Anchors(exact, names)


def _bead(
    kind: BeadKind, src: _Side, dst: _Side, i: int, j: int, ratio: float
) -> tuple[float, float]:
    """(cost in nats, confidence score) of joining src[i-n:i] with dst[j-m:j]."""
    n, m = _STEPS[kind]
    cost = _PRIOR_COST[kind]
    if n == 0 or m == 0:
        # The prior alone: a length or anchor term has nothing to compare against here.
        return cost, 0.0
    l1 = src.prefix[i] - src.prefix[i - n]
    l2 = dst.prefix[j] - dst.prefix[j - m]
    p_length = _length_probability(l1, l2, ratio)
    cost -= math.log(p_length)
    heading_a = src.headings[i] > src.headings[i - n]
    heading_b = dst.headings[j] > dst.headings[j - m]
    if heading_a != heading_b:
        cost += 3.0  # a heading renders a heading, not a paragraph of prose
    similarity = anchor_similarity(src.joined(i - n, i), dst.joined(j - m, j))
    if similarity is None:
        cost += _ANCHOR_WEIGHT / 2
        return cost, p_length
    cost += _ANCHOR_WEIGHT * (1 - similarity)
    return cost, (p_length + similarity) / 2


_FULL_TABLE_CELLS = 4_000
"""Up to this many cells (about 60 x 60 paragraphs) every pairing is priced: a news story of
ordinary length. A 5,000-word feature (130-150 paragraphs) priced in full took a second, well
past the desk's 300 ms to show its rows (benchmarks/bench_desk.py)."""
_BAND = 20
"""Beyond that, how far from the diagonal a row may pair (paragraphs, either way): more
drift than a translator's dropped, added and merged paragraphs make."""


def _columns(i: int, rows: int, cols: int) -> range:
    """The translation positions priced for original position ``i``.

    Every one for a story of news length. For a longer one (a feature, or thousands of
    paragraphs) only a band around the diagonal from (0, 0) to (rows, cols): pricing every
    pairing is quadratic (a 10,000-paragraph pair never finished), and a translation that
    drifts more than the band from its original's order is not one the desk can show side
    by side anyway. The band is wide enough for neighbouring rows to overlap, so the last cell is
    always reachable.
    """
    if (rows + 1) * (cols + 1) <= _FULL_TABLE_CELLS or rows == 0:
        return range(cols + 1)
    width = max(_BAND, math.ceil(cols / rows) + 2, math.ceil(rows / max(cols, 1)) + 2)
    centre = i * cols // rows
    return range(max(0, centre - width), min(cols, centre + width) + 1)


def align(
    original: Sequence[Paragraph],
    translation: Sequence[Paragraph],
    *,
    original_body: str = "",
    translation_body: str = "",
    terms: Sequence[TermPair] = (),
) -> tuple[AlignedPair, ...]:
    """Pair paragraphs of an original with those of its translation, in reading order.

    Length ratios alone cannot tell a dropped paragraph from a merged one in short news copy,
    so each candidate row is also priced by the anchors both sides share (numbers, dates,
    names, ``source:`` keys, URLs, and the glossary's ``terms`` for this language pair). The
    bodies are needed only to build merged paragraphs; without them a merged row carries the
    paragraphs' texts joined by a blank line.
    """
    glossary = _term_glossary(tuple(terms)) if terms else None
    src, dst = _side(original, glossary, "o"), _side(translation, glossary, "t")
    total1, total2 = sum(src.lengths), sum(dst.lengths)
    ratio = min(2.0, max(0.5, total2 / total1)) if total1 and total2 else 1.0
    rows, cols = len(src.paragraphs), len(dst.paragraphs)
    inf = float("inf")
    # Cells kept by (i, j): the whole table for a news story, a band around the diagonal for
    # a long document (see _columns), where the whole table would be rows x cols big.
    best: dict[tuple[int, int], float] = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[BeadKind, float]] = {}
    for i in range(rows + 1):
        for j in _columns(i, rows, cols):
            if i == 0 and j == 0:
                continue
            here = inf
            for kind, (n, m) in _STEPS.items():
                before = best.get((i - n, j - m), inf) if i >= n and j >= m else inf
                if before == inf:
                    continue
                cost, score = _bead(kind, src, dst, i, j, ratio)
                total = before + cost
                if total < here:
                    here = total
                    back[i, j] = (kind, score)
            best[i, j] = here
    pairs: list[AlignedPair] = []
    i, j = rows, cols
    while i > 0 or j > 0:
        step = back.get((i, j))
        assert step is not None  # every cell is reachable through 1-0 and 0-1 beads
        kind, score = step
        n, m = _STEPS[kind]
        pairs.append(AlignedPair(
            _combine(src.paragraphs[i - n : i], original_body),
            _combine(dst.paragraphs[j - m : j], translation_body),
            round(score, 3),
            kind,
        ))
        i, j = i - n, j - m
    pairs.reverse()
    return tuple(pairs)


def _combine(paragraphs: Sequence[Paragraph], body: str) -> Paragraph | None:
    if not paragraphs:
        return None
    if len(paragraphs) == 1:
        return paragraphs[0]
    first, second = paragraphs
    if body:
        return merge(first, second, body)
    return Paragraph(first.indexes + second.indexes, first.start, second.end,
                     f"{first.text}\n\n{second.text}", first.kind)


def align_bodies(original_body: str, translation_body: str,
                 terms: Sequence[TermPair] = ()) -> tuple[AlignedPair, ...]:
    """:func:`align` over two Markdown bodies."""
    return align(
        split_paragraphs(original_body),
        split_paragraphs(translation_body),
        original_body=original_body,
        translation_body=translation_body,
        terms=terms,
    )


def splice_paragraph(
    body: str, paragraph: Paragraph | None, text: str, *, after: Paragraph | None = None
) -> str:
    """``body`` with ``paragraph`` replaced by ``text`` (removed when ``text`` is blank).

    With no ``paragraph`` (a row the translation has nothing for yet) the text is inserted as
    a new paragraph after ``after``, or first in the body. Blank lines around the edit are kept
    to exactly one, so the paragraph structure the desk aligns on stays intact.
    """
    text = text.strip()
    if paragraph is not None:
        before, rest = body[: paragraph.start], body[paragraph.end :]
    elif after is not None:
        before, rest = body[: after.end], body[after.end :]
    else:
        before, rest = "", body
    before, rest = before.rstrip("\n"), rest.lstrip("\n")
    parts = [part for part in (before, text, rest) if part]
    return "\n\n".join(parts)
