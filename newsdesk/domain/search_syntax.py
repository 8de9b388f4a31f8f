"""What a search box query means: words, "exact phrases", OR, and -exclusions.

The syntax is the one people know from web search engines, so a desk editor can type
``"water deal" Tashkent OR Bishkek -draft`` without reading a manual. Operators are written in
capitals (``OR``, ``ИЛИ``, ``NOT``, ``AND``) so the words "or" and "not" can still be searched
for. Nothing here is ever a syntax error: an unbalanced quote runs to the end, a lone operator
is ignored. Both database backends compile the same :class:`SearchExpression`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[\w’']+", re.UNICODE)
_TOKEN = re.compile(r'(-?)"([^"]*)(?:"|$)|(\S+)')
# Russian writers mostly type е for ё ("елки", "Пугачева"): both sides of a search use е.
_YO = str.maketrans("ёЁ", "еЕ")
_OR = frozenset({"OR", "ИЛИ", "|"})
_NOT = frozenset({"NOT", "НЕ"})
_AND = frozenset({"AND", "&"})


def fold_for_search(text: str) -> str:
    """The text as both the index and a query see it: ё and е are one letter."""
    return text.translate(_YO)


LINK_TARGET = re.compile(r"\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")
"""The ``(target)`` after a Markdown link's ``]``: a citation's ``source:key`` or a URL."""


def searchable_text(markdown: str) -> str:
    """What a story is found by: its visible words, not the targets of its links, so a
    search for "source" does not find every story that cites one."""
    return fold_for_search(LINK_TARGET.sub("]", markdown))


def search_words(text: str) -> list[str]:
    """Words as the full-text indexes split them (apostrophes and hyphens separate words)."""
    words = _WORD.findall(fold_for_search(text))
    return [part for word in words for part in re.split(r"[’']", word) if part]


@dataclass(frozen=True)
class SearchTerm:
    """One word, or several that must stand together in this order (a phrase)."""

    words: tuple[str, ...]
    prefix: bool = False
    """The last word may go on: it is the word still being typed."""


@dataclass(frozen=True)
class SearchExpression:
    """Every group in ``required`` must match (a group matches when any of its terms does),
    and no term in ``excluded`` may."""

    required: tuple[tuple[SearchTerm, ...], ...] = ()
    excluded: tuple[SearchTerm, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.required and not self.excluded


def parse_search(text: str) -> SearchExpression:
    """Read a search box query; the last plain word matches as a prefix (results as you type)."""
    required: list[tuple[SearchTerm, ...]] = []
    excluded: list[SearchTerm] = []
    either = negate = False
    last_plain: SearchTerm | None = None
    for match in _TOKEN.finditer(text):
        minus, phrase, bare = match.groups()
        last_plain = None  # only the very last token can be a word still being typed
        if bare is not None:
            if bare in _OR:
                either = bool(required)
                continue
            if bare in _NOT:
                negate = True
                continue
            if bare in _AND:
                continue
            minus, raw = ("-", bare[1:]) if bare.startswith("-") and len(bare) > 1 else ("", bare)
        else:
            raw = phrase
        words = tuple(search_words(raw))
        if not words:
            continue
        term = SearchTerm(words)
        last_plain = term if bare is not None and not minus and not negate else None
        if minus or negate:
            excluded.append(term)
        elif either:
            required[-1] = (*required[-1], term)
        else:
            required.append((term,))
        either = negate = False
    if last_plain is not None:
        typed = SearchTerm(last_plain.words, prefix=True)
        required[-1] = tuple(typed if term is last_plain else term for term in required[-1])
    return SearchExpression(tuple(required), tuple(excluded))
