"""The attribution checker: unattributed quotes, unsourced figures and bad source citations."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from newsdesk.domain.attribution_cues import find_attribution_verb, find_statistics
from newsdesk.domain.citations import CitationRef, find_citations, is_valid_source_key
from newsdesk.domain.markdown_text import Block, ProseLayout, prose_layout
from newsdesk.domain.people import Source
from newsdesk.domain.quote_shape import is_reported_speech
from newsdesk.domain.quotes import Quote, find_quotes

# Russian direct speech interrupted by the author: «Первая часть, — сказал он, — вторая часть».
# The author's words sit inside the quote marks but are not quoted, so they may attribute.
_AUTHOR_WORDS: Final = re.compile(r"(?<=[,.!?…])\s*[—–]\s+[^—–«»„“”\"]+?(?:\s[—–]|\Z)")
# A paragraph that only finishes the previous one's sentence: `he said.`, `— сказал он.`
_TAIL_CLAUSE: Final = re.compile(r"[\s,—–-]*[a-zа-яё]")
_FIRST_SENTENCE: Final = re.compile(r"[^.!?…]*")


class Severity(StrEnum):
    """Errors are defects to fix before publishing; warnings only ask an editor to look."""

    ERROR = "error"
    WARNING = "warning"


class FindingKind(StrEnum):
    """What the checker found; each kind has one fixed severity."""

    UNATTRIBUTED_QUOTE = "unattributed quote"
    UNSOURCED_NUMBERS = "unsourced numbers"
    ANONYMOUS_WITHOUT_REASON = "anonymous source without reason"
    UNKNOWN_SOURCE = "unknown source"

    @property
    def severity(self) -> Severity:
        return Severity.WARNING if self is FindingKind.UNSOURCED_NUMBERS else Severity.ERROR


@dataclass(frozen=True)
class Finding:
    """One problem, with the ``body`` offsets the editor selects to show it.

    ``paragraph`` is the 0-based index of the Markdown block (headings and code blocks count);
    messages number paragraphs from 1, as editors do.
    """

    kind: FindingKind
    severity: Severity
    message: str
    start: int
    end: int
    paragraph: int
    source_key: str | None = None


def _finding(
    kind: FindingKind,
    message: str,
    start: int,
    end: int,
    paragraph: int,
    source_key: str | None = None,
) -> Finding:
    return Finding(kind, kind.severity, message, start, end, paragraph, source_key)


def _block_of(blocks: tuple[Block, ...], offset: int) -> Block:
    starts = [block.start for block in blocks]
    return blocks[max(bisect.bisect_right(starts, offset) - 1, 0)]


def _attributed_paragraphs(
    layout: ProseLayout, quotes: list[Quote], citations: list[CitationRef]
) -> set[int]:
    """Paragraphs that name a source: a citation, or an attribution word outside any quote.

    Words inside the quote do not count (“I said no to them…” attributes nothing) unless they
    are the author's words that interrupt Russian direct speech; a quote
    that runs over several paragraphs is attributed as a whole by any one of them.
    """
    chars = list(layout.masked)
    for quote in quotes:
        for piece in quote.pieces:
            quoted = layout.masked[piece.start : piece.end]
            kept = [match.span() for match in _AUTHOR_WORDS.finditer(quoted)]
            chars[piece.start : piece.end] = " " * (piece.end - piece.start)
            for start, end in kept:
                chars[piece.start + start : piece.start + end] = quoted[start:end]
    unquoted = "".join(chars)
    attributed = {_block_of(layout.blocks, ref.start).index for ref in citations}
    for block in layout.paragraphs:
        if find_attribution_verb(unquoted[block.start : block.end]):
            attributed.add(block.index)
    attributed |= _attributed_by_neighbours(layout, unquoted)
    for quote in quotes:
        if attributed.intersection(quote.paragraphs):
            attributed.update(quote.paragraphs)
    return attributed


def _attributed_by_neighbours(layout: ProseLayout, unquoted: str) -> set[int]:
    """Paragraphs attributed across a paragraph break, as wire copy sometimes does.

    `Japarov told reporters:` followed by the quote's paragraph introduces the speaker; a
    paragraph that opens in lower case with the attribution (`he said.`, `— сказал он.`)
    finishes the quote's sentence after a stray break. A full sentence in the next paragraph
    (“That is how Japarov put it.”) does not count: an editor wants the speaker with the quote.
    """
    found: set[int] = set()
    blocks = layout.paragraphs
    for before, after in itertools.pairwise(blocks):
        if after.index != before.index + 1:
            continue
        head = unquoted[before.start : before.end].rstrip()
        if head.endswith(":") and find_attribution_verb(head):
            found.add(after.index)
        tail = unquoted[after.start : after.end]
        if _TAIL_CLAUSE.match(layout.masked[after.start : after.end]):
            clause = _FIRST_SENTENCE.match(tail)
            if clause is not None and find_attribution_verb(clause.group()):
                found.add(before.index)
    return found


def _speaker_example(language: str) -> str:
    return "«…», — сказала она" if language.lower().startswith("ru") else "“…,” she said"


def _quote_findings(
    layout: ProseLayout, quotes: list[Quote], attributed: set[int], language: str
) -> list[Finding]:
    findings = []
    for quote in quotes:
        if attributed.intersection(quote.paragraphs):
            continue
        if not is_reported_speech(quote, layout, _block_of(layout.blocks, quote.start)):
            continue  # a title, a name or a scare quote: nobody's words
        first, last = quote.paragraphs[0] + 1, quote.paragraphs[-1] + 1
        where = f"paragraph {first}" if first == last else f"paragraphs {first}–{last}"
        message = (
            f"The quote “{quote.opening_words()}” in {where} does not say who said it: "
            f"add the speaker ({_speaker_example(language)}) or cite a source."
        )
        findings.append(
            _finding(FindingKind.UNATTRIBUTED_QUOTE, message, quote.start, quote.end, first - 1)
        )
    return findings


def _number_findings(layout: ProseLayout, attributed: set[int]) -> list[Finding]:
    findings = []
    for block in layout.paragraphs:
        if block.index in attributed:
            continue
        figures = find_statistics(layout.masked[block.start : block.end])
        if not figures:
            continue
        shown = ", ".join(" ".join(match.group().split()) for match in figures[:3])
        message = (
            f"Paragraph {block.index + 1} gives figures ({shown}) without saying where they "
            "come from: cite a source or attribute them."
        )
        start, end = block.start + figures[0].start(), block.start + figures[-1].end()
        findings.append(_finding(FindingKind.UNSOURCED_NUMBERS, message, start, end, block.index))
    return findings


def _source_findings(
    layout: ProseLayout, citations: list[CitationRef], sources: Mapping[str, Source]
) -> list[Finding]:
    """Unknown keys are reported at each citation (each is a broken link in an export); an
    anonymous source without a reason once, because the fix is one registry entry."""
    findings = []
    reported_anonymous: set[str] = set()
    for ref in citations:
        paragraph = _block_of(layout.blocks, ref.start).index
        source = sources.get(ref.key)
        if source is None:
            if is_valid_source_key(ref.key):
                message = (
                    f"The citation “{ref.text}” points to source “{ref.key}”, which is not in "
                    "the source registry: add the source or correct the key."
                )
            else:
                message = (
                    f"The citation “{ref.text}” uses “source:{ref.key}”, which is not a valid "
                    "source key: use lowercase letters, digits, “-” and “_”."
                )
            findings.append(
                _finding(
                    FindingKind.UNKNOWN_SOURCE, message, ref.start, ref.end, paragraph, ref.key
                )
            )
        elif (
            not source.on_record
            and not source.anonymity_reason.strip()
            and ref.key not in reported_anonymous
        ):
            reported_anonymous.add(ref.key)
            message = (
                f"“{source.name}” is cited off the record but the registry gives no reason for "
                "anonymity: add the reason to the source, or name the source."
            )
            findings.append(
                _finding(
                    FindingKind.ANONYMOUS_WITHOUT_REASON,
                    message,
                    ref.start,
                    ref.end,
                    paragraph,
                    ref.key,
                )
            )
    return findings


def check_attribution(
    body: str, sources: Mapping[str, Source], *, language: str = "en"
) -> list[Finding]:
    """Check a Markdown body against the sources it may cite; findings in reading order.

    ``sources`` maps registry keys to sources. Attribution words of every known language count
    (a Russian story may quote an English statement); ``language`` only picks the example of
    attributed speech the messages suggest. Pure, so the editor can run it on every pause.
    """
    layout = prose_layout(body)
    citations = find_citations(body)
    quotes = find_quotes(layout)
    attributed = _attributed_paragraphs(layout, quotes, citations)
    findings = (
        _quote_findings(layout, quotes, attributed, language)
        + _number_findings(layout, attributed)
        + _source_findings(layout, citations, sources)
    )
    return sorted(findings, key=lambda finding: (finding.start, finding.end))
