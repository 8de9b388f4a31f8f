"""Find the words of a Markdown story worth spell checking, with their positions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

__all__ = [
    "WordSpan",
    "is_checkable_word",
    "is_fence_line",
    "iter_words",
    "iter_words_in_line",
    "normalize_word",
    "retokenize_line",
]


class WordSpan(NamedTuple):
    """A word to check: ``text[start:end]`` in the string it came from (Python indices).

    ``word`` is the form a dictionary should see: typographic apostrophes become ``'`` and soft
    hyphens are dropped, so it may differ from the slice it was found at.
    """

    start: int
    end: int
    word: str


# Letters, digits and combining marks (a decomposed "й" is "и" + U+0306). U+00AD (soft hyphen)
# sits inside words in wire copy and must not split them.
_WORD_CHAR = r"[^\W_]|[\u0300-\u036f\u00ad]"
# A word may carry inner apostrophes (don't, Russia’s) and hyphens (well-known, кто-то); a
# leading or trailing apostrophe is a quote mark, not part of the word.
_WORD_RE = re.compile(rf"(?:{_WORD_CHAR})+(?:['’ʼ\-‐](?:{_WORD_CHAR})+)*")

_TLDS = (
    "com|org|net|edu|gov|mil|int|info|biz|io|ai|co|uk|us|eu|de|fr|it|es|nl|ch|at|pl|cz|cn|jp|"
    "kr|in|tr|ir|af|pk|ru|su|by|ua|kz|uz|kg|tj|tm|az|am|ge|mn|рф|қаз|news|media|online|tv"
)

# Everything that is markup or machine text rather than prose. Matches are blanked out (never
# deleted) so that the offsets of the words around them stay true.
_MASK_RE = re.compile(
    "|".join(
        (
            r"(?P<ticks>`+).*?(?P=ticks)",  # inline code, any backtick run length
            r"<!--.*?(?:-->|$)",  # HTML comment (to the end of the line if unclosed)
            r"</?[A-Za-z][^<>]*>",  # HTML tag (and <https://...> autolinks)
            r"&#?\w+;",  # HTML entity
            r"\]\([^)]*\)",  # link or image target: [text](target "title")
            r"\]\[[^\]]*\]",  # reference link label: [text][label]
            r"\b(?:[a-z][a-z0-9+.-]*://|www\.|mailto:)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"»”]",
            r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",  # e-mail address
            rf"\b(?:[\w-]+\.)+(?:{_TLDS})\b(?:/[^\s)]*)?",  # bare domain: akorda.kz, tca.org/x
            r"\bsource:[^\s\])]*",  # citation target outside a link
            r"(?<![\w/])(?:/[\w.-]+){2,}/?",  # file path: /usr/share/hunspell
        )
    ),
    re.IGNORECASE,
)

_FENCE_RE = re.compile(r"^ {0,3}(?:```|~~~)")
_REFERENCE_DEFINITION_RE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S")
_INDENTED_CODE_RE = re.compile(r"^(?: {4}|\t)")
_LIST_ITEM_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")
_PLURAL_RE = re.compile(r"(?:'s|s)$")


def normalize_word(word: str) -> str:
    """The dictionary form of a word as typed: straight apostrophes, no soft hyphens."""
    return word.replace("’", "'").replace("ʼ", "'").replace("\u00ad", "")


def is_fence_line(line: str) -> bool:
    """Whether ``line`` opens or closes a fenced code block (``` or ~~~)."""
    return _FENCE_RE.match(line) is not None


def is_checkable_word(word: str) -> bool:
    """Whether a dictionary should judge ``word`` at all.

    Numbers and words with digits (G7, 2nd) are never spelling mistakes, nor are ALL-CAPS
    abbreviations and their plurals (SCO, TCA, ШОС, NGOs): no dictionary lists them.
    Nor is a single letter.
    """
    if word.isalpha():
        # The common case, kept cheap: the highlighter asks this for every word it sees.
        if len(word) < 2 or word.isupper():
            return False
        return not (len(word) > 2 and word[-1] == "s" and word[:-1].isupper())
    if any(char.isdigit() for char in word):
        return False
    core = _PLURAL_RE.sub("", word) if len(word) > 2 else word
    if sum(char.isalpha() for char in core) >= 2 and core.isupper():
        return False
    # A lone letter is an initial or a list label (e.g., U.S., "option b"), never a typo.
    return sum(char.isalpha() for char in word) >= 2


# Every _MASK_RE alternative needs one of these; plain prose has none, and skipping the big
# regex for it is most of what keeps a keystroke in a long paragraph cheap.
_MASK_HINT_RE = re.compile(r"[`<&@/\]]|://|www\.|mailto:|source:|\.\w", re.IGNORECASE)
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})


def _mask(line: str) -> str:
    if _MASK_HINT_RE.search(line) is None:
        return line
    return _MASK_RE.sub(lambda match: " " * (match.end() - match.start()), line)


def iter_words_in_line(line: str, in_code_block: bool) -> tuple[list[WordSpan], bool]:
    """The checkable words of one line, and whether a fenced code block is open after it.

    This is the shape a ``QSyntaxHighlighter`` needs: it sees one block at a time and carries
    the fence state from block to block. Indented code is recognised from the line alone (four
    spaces or a tab, not a list item), which never underlines code but may leave an indented
    list continuation unchecked.
    """
    if is_fence_line(line):
        return [], not in_code_block
    if in_code_block:
        return [], True
    if _REFERENCE_DEFINITION_RE.match(line):
        return [], False
    if _INDENTED_CODE_RE.match(line) and not _LIST_ITEM_RE.match(line):
        return [], False
    spans: list[WordSpan] = []
    # Apostrophes are straightened for the whole line at once (same length, same offsets);
    # only the rare soft hyphen needs the per-word normalisation.
    text = _mask(line).translate(_APOSTROPHES)
    soft_hyphens = "\u00ad" in text
    for match in _WORD_RE.finditer(text):
        word = match.group()
        if soft_hyphens:
            word = word.replace("\u00ad", "")
        if is_checkable_word(word):
            spans.append(WordSpan(match.start(), match.end(), word))
    return spans, False


def iter_words(text: str) -> Iterator[WordSpan]:
    """Every checkable word of a whole Markdown text, with offsets into ``text``."""
    in_code_block = False
    offset = 0
    for line in text.splitlines(keepends=True):
        spans, in_code_block = iter_words_in_line(line.rstrip("\r\n"), in_code_block)
        for span in spans:
            yield WordSpan(offset + span.start, offset + span.end, span.word)
        offset += len(line)


# Characters whose markup may contain spaces (code spans, HTML, entities, link titles) or
# reference labels: a line holding any of them is always tokenised whole.
_SPACED_MARKUP = frozenset('`<&"')


def _prose_only(line: str) -> bool:
    return (
        not _SPACED_MARKUP.intersection(line)
        and "][" not in line
        and not is_fence_line(line)
        and _REFERENCE_DEFINITION_RE.match(line) is None
        and _INDENTED_CODE_RE.match(line) is None
    )


def retokenize_line(old: str, old_spans: list[WordSpan], new: str) -> list[WordSpan] | None:
    """The words of ``new``, re-using those of ``old`` outside the edited stretch.

    A keystroke changes one word of a paragraph; tokenising the whole paragraph again is most
    of what spell checking costs while typing. Every mask that can apply to a prose line
    (URLs, e-mail, domains, link targets, ``source:`` keys, paths) is free of whitespace, so
    the text between the whitespace around the edit can be tokenised on its own and the rest
    kept. Returns None when that reasoning does not hold (code, HTML, quotes in link titles...)
    and the caller must tokenise the whole line.
    """
    if not (_prose_only(old) and _prose_only(new)):
        return None
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    start = prefix
    while start > 0 and not new[start - 1].isspace():
        start -= 1
    end = len(new) - suffix
    while end < len(new) and not new[end].isspace():
        end += 1
    shift = len(new) - len(old)
    old_end = end - shift
    window, _ = iter_words_in_line(new[start:end], False)
    return (
        [span for span in old_spans if span.end <= start]
        + [WordSpan(span.start + start, span.end + start, span.word) for span in window]
        + [WordSpan(span.start + shift, span.end + shift, span.word)
           for span in old_spans if span.start >= old_end]
    )
