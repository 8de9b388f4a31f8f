"""Where the prose is in a Markdown body: code, headings and link targets blanked, offsets kept."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

# Blanking keeps every offset valid: checkers read the masked text, editors select in the original.
_FENCE_OPEN = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})(?P<info>[^\n]*)$")
_ATX_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]|$)")
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_BLANK_LINE = re.compile(r"^[ \t\u00a0]*$")
_BACKTICKS = re.compile(r"`+")
# A link or image destination with an optional title: `](url "title")`, `](<url with spaces>)`.
_LINK_DESTINATION = re.compile(
    r"\]\(\s*(?:<[^<>\n]*>|[^\s()<>]*(?:\([^\s()]*\)[^\s()]*)*)"
    r"(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?\s*\)"
)
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S[^\n]*$", re.MULTILINE)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--.*?-->", re.DOTALL)
_AUTOLINK = re.compile(r"<[A-Za-z][A-Za-z0-9+.-]*:[^\s<>]*>")
# Blockquote and list markers, possibly nested (`> 1. text`): list numbering is not a statistic.
_LINE_PREFIX = re.compile(r"^[ \t]*(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+)+", re.MULTILINE)


class BlockKind(StrEnum):
    """What a blank-line-separated block of the body is."""

    PROSE = "prose"
    HEADING = "heading"
    CODE = "code"


@dataclass(frozen=True)
class Block:
    """One block of the body; ``index`` counts every block (prose, heading, code) from 0."""

    index: int
    start: int
    end: int
    kind: BlockKind


@dataclass(frozen=True)
class ProseLayout:
    """The body's blocks and a same-length copy of it where only prose characters remain."""

    blocks: tuple[Block, ...]
    masked: str

    @property
    def paragraphs(self) -> tuple[Block, ...]:
        return tuple(block for block in self.blocks if block.kind is BlockKind.PROSE)


def _lines(body: str) -> list[tuple[int, int]]:
    """(start, end) of every line, ``end`` excluding the newline."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in body.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def _inline_code_ranges(text: str, offset: int) -> list[tuple[int, int]]:
    """Code spans close on a backtick run of the same length; an unmatched run is literal."""
    ranges: list[tuple[int, int]] = []
    runs = list(_BACKTICKS.finditer(text))
    i = 0
    while i < len(runs):
        opener = runs[i]
        closer_index = next(
            (j for j in range(i + 1, len(runs)) if len(runs[j].group()) == len(opener.group())),
            None,
        )
        if closer_index is None:
            i += 1
            continue
        ranges.append((offset + opener.start(), offset + runs[closer_index].end()))
        i = closer_index + 1
    return ranges


def _split_blocks(body: str) -> list[tuple[int, int, BlockKind]]:
    """Fenced code first (it may hold blank lines), then blank lines and ATX headings."""
    blocks: list[tuple[int, int, BlockKind]] = []
    lines = _lines(body)
    pending: list[tuple[int, int]] = []

    def flush() -> None:
        if not pending:
            return
        last = body[pending[-1][0] : pending[-1][1]]
        kind = BlockKind.PROSE
        if len(pending) > 1 and _SETEXT_UNDERLINE.match(last):
            kind = BlockKind.HEADING
        blocks.append((pending[0][0], pending[-1][1], kind))
        pending.clear()

    i = 0
    while i < len(lines):
        start, end = lines[i]
        line = body[start:end]
        fence = _FENCE_OPEN.match(line)
        if fence and not (fence.group("fence")[0] == "`" and "`" in fence.group("info")):
            flush()
            marker = fence.group("fence")
            closing = re.compile(rf"^ {{0,3}}{re.escape(marker[0])}{{{len(marker)},}}[ \t]*$")
            j = i + 1
            while j < len(lines) and not closing.match(body[lines[j][0] : lines[j][1]]):
                j += 1
            last = min(j, len(lines) - 1)
            blocks.append((start, lines[last][1], BlockKind.CODE))
            i = last + 1
            continue
        if _BLANK_LINE.match(line):
            flush()
        elif _ATX_HEADING.match(line):
            flush()
            blocks.append((start, end, BlockKind.HEADING))
        else:
            pending.append((start, end))
        i += 1
    flush()
    return blocks


def prose_layout(body: str) -> ProseLayout:
    """Split ``body`` into blocks and blank everything in it that is not running prose.

    Blanked: code blocks and spans, headings, link destinations and their titles, reference
    definitions, HTML tags, autolinks, blockquote and list markers. Link *text* stays: it is prose.
    """
    chars = list(body)
    blocks: list[Block] = []
    for index, (start, end, kind) in enumerate(_split_blocks(body)):
        blocks.append(Block(index, start, end, kind))
        if kind is not BlockKind.PROSE:
            _blank(chars, start, end)
            continue
        for code_start, code_end in _inline_code_ranges(body[start:end], start):
            _blank(chars, code_start, code_end)
    text = "".join(chars)
    for pattern in (_HTML_TAG, _AUTOLINK, _REFERENCE_DEFINITION, _LINE_PREFIX):
        for match in pattern.finditer(text):
            _blank(chars, match.start(), match.end())
        text = "".join(chars)
    for match in _LINK_DESTINATION.finditer(text):
        _blank(chars, match.start() + 1, match.end())
    return ProseLayout(tuple(blocks), "".join(chars))


_MAY_HOLD_CODE = re.compile(r"[`~]|^(?: {4}|\t)", re.MULTILINE)


def mask_code(body: str) -> str:
    """``body`` with fenced code blocks and inline code spans blanked (same length)."""
    if _MAY_HOLD_CODE.search(body) is None:
        return body  # wire copy rarely holds code: skip the block walk (batch exports)
    chars = list(body)
    for start, end, kind in _split_blocks(body):
        if kind is BlockKind.CODE:
            _blank(chars, start, end)
        else:
            for code_start, code_end in _inline_code_ranges(body[start:end], start):
                _blank(chars, code_start, code_end)
    return "".join(chars)
