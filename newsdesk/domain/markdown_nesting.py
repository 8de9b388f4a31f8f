"""How deep a story's Markdown nests lists and quotes, and a copy flattened to a sane depth.

Python-Markdown parses each level of a nested list or quote again, recursively: a list nested
3,000 deep took an HTML export past 300 s and 2.6 GB before it ended in ``RecursionError``.
No story needs more than a handful of levels, so an import refuses more than
:data:`MAX_NESTING` (naming the line), and the renderer flattens whatever is already stored
(:func:`cap_nesting`), so a preview or an export stays fast whatever the body holds.

Depth is counted the way the renderer nests: every ``>``, every list marker at the start of a
line (``- - x`` is two lists) and every four columns of indentation.
"""

from __future__ import annotations

import re
from typing import Final

MAX_NESTING: Final = 20
"""Levels of lists and quotes a body may nest; real stories use two or three."""

_TAB: Final = 4  # Python-Markdown's tab_length: one level of nesting
# One piece of a line's prefix: indentation, or a quote or list marker with one space after it.
_PIECE: Final = re.compile(r"[ \t]+|> ?|(?:[-*+]|\d{1,9}[.)])[ \t]")
_THEMATIC_BREAK: Final = re.compile(r"[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*\Z")
_MAYBE_NESTED: Final = frozenset(" \t>-*+0123456789")


def _prefix(line: str) -> tuple[list[tuple[str, int]], int]:
    """The line's container pieces with their indentation columns, and where its text starts.

    Markers count zero columns: ``- - x`` is two levels, not two levels and a bit.
    """
    pieces: list[tuple[str, int]] = []
    pos = column = 0
    while match := _PIECE.match(line, pos):
        piece = match.group()
        width = 0
        if piece[0] in " \t":
            for char in piece:
                step = _TAB - (column + width) % _TAB if char == "\t" else 1
                width += step
            column += width
        pieces.append((piece, width))
        pos = match.end()
    return pieces, pos


def _depth(pieces: list[tuple[str, int]]) -> int:
    markers = sum(1 for piece, _width in pieces if piece[0] not in " \t")
    return markers + sum(width for _piece, width in pieces) // _TAB


def line_depth(line: str) -> int:
    """How many levels of lists and quotes ``line`` sits in (0 for a plain paragraph line)."""
    if not line or line[0] not in _MAYBE_NESTED or _THEMATIC_BREAK.match(line):
        return 0
    return _depth(_prefix(line)[0])


def first_too_deep(body: str, limit: int = MAX_NESTING) -> tuple[int, int] | None:
    """(index of the first line nested deeper than ``limit``, its depth), or None."""
    for index, line in enumerate(body.split("\n")):
        depth = line_depth(line)
        if depth > limit:
            return index, depth
    return None


def _capped_line(line: str, limit: int) -> str:
    """``line`` brought up to ``limit`` levels: outer markers and indentation go, text stays.

    Indentation goes first, in whole levels, so a list item keeps its marker and stays an
    item (at the deepest level) instead of turning into an indented code block.
    """
    pieces, end = _prefix(line)
    markers = [piece for piece, _width in pieces if piece[0] not in " \t"]
    drop_markers = max(0, len(markers) - limit)
    kept_markers = len(markers) - drop_markers
    spaces = sum(width for _piece, width in pieces)
    room = (limit - kept_markers) * _TAB + _TAB - 1  # columns that still stay within the limit
    drop_spaces = -(-(spaces - room) // _TAB) * _TAB if spaces > room else 0
    out: list[str] = []
    for piece, width in pieces:
        if piece[0] in " \t":
            gone = min(width, drop_spaces)
            drop_spaces -= gone
            if width - gone:
                out.append(" " * (width - gone))
        elif drop_markers:
            drop_markers -= 1
        else:
            out.append(piece)
    return "".join(out) + line[end:]


def cap_nesting(body: str, limit: int = MAX_NESTING) -> str:
    """``body`` with every line nested deeper than ``limit`` moved up to that depth.

    Lines within the limit are returned untouched, so an ordinary story renders exactly as
    written; only the absurd part of a hostile one is flattened (its words all stay).
    """
    if first_too_deep(body, limit) is None:
        return cap_brackets(body)
    return cap_brackets("\n".join(
        _capped_line(line, limit) if line_depth(line) > limit else line
        for line in body.split("\n")
    ))


MAX_BRACKETS: Final = 20
"""Levels of ``[`` a paragraph may nest before the renderer sees them as plain text."""
_BRACKETS_WORTH_CHECKING: Final = 64  # fewer ``[`` in a block cannot cost anything
_BLOCK_BREAK: Final = re.compile(r"\n[ \t]*\n")
_BACKTICKS: Final = re.compile(r"`+")


def _code_spans(block: str) -> list[tuple[int, int]]:
    """(start, end) of each inline code span: a run of backticks up to the next equal run."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(block)]
    if len(runs) < 2:
        return []
    by_length: dict[int, list[int]] = {}  # run length -> indexes of the runs that long
    for index, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(index)
    spans: list[tuple[int, int]] = []
    taken_until = -1
    seen: dict[int, int] = {}  # run length -> how many of that length were passed
    for start, end in runs:
        length = end - start
        position = seen.get(length, 0)
        seen[length] = position + 1
        if start < taken_until:
            continue
        same = by_length[length]
        if position + 1 < len(same):  # the next run as long as this one closes the span
            taken_until = runs[same[position + 1]][1]
            spans.append((start, taken_until))
    return spans


def _escape_brackets(block: str, limit: int) -> str:
    """Escape each ``[`` that opens deeper than ``limit`` or never closes, and its ``]``.

    Python-Markdown looks for the end of a link's text from every ``[``, to the end of the
    paragraph when there is none: 15,000 characters of ``[x `` took 11 s. An escaped bracket
    is shown as the same character; one that never closes could not have been a link anyway.
    """
    spans = _code_spans(block)
    span_index = 0
    pairs: dict[int, int] = {}  # "[" -> its "]", found as a stack matches them
    stack: list[int] = []
    pos = 0
    while pos < len(block):
        if span_index < len(spans) and pos >= spans[span_index][0]:
            pos = spans[span_index][1]
            span_index += 1
            continue
        char = block[pos]
        if char == "\\":
            pos += 2
            continue
        if char == "[":
            stack.append(pos)
        elif char == "]" and stack:
            pairs[stack.pop()] = pos
        pos += 1
    escape = set(stack)  # never closed
    # Depth counts matched pairs only: a stray "[" earlier must not push a real link out.
    closes: list[int] = []
    for opened in sorted(pairs):
        while closes and closes[-1] < opened:
            closes.pop()
        closes.append(pairs[opened])
        if len(closes) > limit:
            escape.update((opened, pairs[opened]))
    if not escape:
        return block
    return "".join(f"\\{char}" if index in escape else char for index, char in enumerate(block))


def cap_brackets(body: str, limit: int = MAX_BRACKETS) -> str:
    """``body`` with brackets nested deeper than ``limit`` (or left open) made plain text.

    Paragraphs with only a few brackets, that is every real story, are returned untouched.
    """
    if body.count("[") <= _BRACKETS_WORTH_CHECKING:
        return body
    parts = _BLOCK_BREAK.split(body)
    breaks = _BLOCK_BREAK.findall(body)
    out: list[str] = []
    for index, block in enumerate(parts):
        if block.count("[") > _BRACKETS_WORTH_CHECKING:
            block = _escape_brackets(block, limit)
        out.append(block)
        if index < len(breaks):
            out.append(breaks[index])
    return "".join(out)
