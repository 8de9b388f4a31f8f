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
        return body
    return "\n".join(
        _capped_line(line, limit) if line_depth(line) > limit else line
        for line in body.split("\n")
    )
