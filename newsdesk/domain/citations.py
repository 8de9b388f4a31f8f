"""Citations in article Markdown: links whose target is ``source:<key>`` in the source registry."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from newsdesk.domain.markdown_text import mask_code

# One definition shared by the registry, the importer and the text: a key written in a story must
# be a key the registry could have accepted.
SOURCE_KEY_PATTERN: Final = r"[a-z0-9][a-z0-9_-]*"
_SOURCE_KEY_RE: Final = re.compile(rf"\A{SOURCE_KEY_PATTERN}\Z")

# The target is captured loosely (anything up to space, `>` or `)`) so that a mistyped key such as
# `source:Kazinform` is still found and reported as unknown instead of silently ignored.
_CITATION_RE: Final = re.compile(
    r"(?<![!\\])\[(?P<text>(?:[^\[\]\\\n]|\\.|\[[^\[\]\n]*\])*)\]"
    r"\(\s*(?P<open><?)source:(?P<key>[^\s()<>\"']*)(?P<close>>?)"
    r"(?P<title>\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?\s*\)"
)


def is_valid_source_key(key: str) -> bool:
    """True for registry keys: lowercase ASCII letters, digits, ``-`` and ``_``, no leading sign."""
    return bool(_SOURCE_KEY_RE.match(key))


@dataclass(frozen=True)
class CitationRef:
    """One citation in a body; ``start``/``end`` cover the whole ``[text](source:key)``."""

    key: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class _CitationMatch:
    ref: CitationRef
    title: str


def _matches(body: str) -> list[_CitationMatch]:
    if "source:" not in body:
        return []
    masked = mask_code(body)
    found: list[_CitationMatch] = []
    for match in _CITATION_RE.finditer(masked):
        if bool(match.group("open")) != bool(match.group("close")):
            continue  # `<source:x)` is not a link destination
        ref = CitationRef(match.group("key"), match.group("text"), match.start(), match.end())
        found.append(_CitationMatch(ref, (match.group("title") or "").strip()))
    return found


def find_citations(body: str) -> list[CitationRef]:
    """Every ``[text](source:key)`` in reading order, ignoring inline code and code blocks."""
    return [match.ref for match in _matches(body)]


def cited_keys(body: str) -> list[str]:
    """The keys cited in ``body``, each once, in order of first appearance."""
    return list(dict.fromkeys(ref.key for ref in find_citations(body)))


def citation_counts(body: str) -> dict[str, int]:
    """How many times each key is cited, in order of first appearance."""
    return dict(Counter(ref.key for ref in find_citations(body)))


def _destination(url: str) -> str:
    # Markdown needs angle brackets around a destination with spaces or parentheses.
    if any(ch in url for ch in " ()<>"):
        return "<" + url.replace("<", "%3C").replace(">", "%3E") + ">"
    return url


def replace_citation_targets(body: str, resolver: Callable[[str], str | None]) -> str:
    """Rewrite ``source:key`` targets to the URLs ``resolver`` gives; unlink when it gives None.

    This is how an exported body stops depending on our registry: readers get real links, and a
    source without a public URL (an anonymous official, an interview) leaves only its words.
    """
    pieces: list[str] = []
    pos = 0
    for match in _matches(body):
        ref = match.ref
        pieces.append(body[pos : ref.start])
        url = resolver(ref.key)
        if url is None:
            pieces.append(ref.text)
        else:
            title = f" {match.title}" if match.title else ""
            pieces.append(f"[{ref.text}]({_destination(url)}{title})")
        pos = ref.end
    pieces.append(body[pos:])
    return "".join(pieces)
