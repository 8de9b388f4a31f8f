"""Direct quotes in prose: English “…” ‘…’ "…", Russian «…» „…“, and quotes over paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from newsdesk.domain.markdown_text import Block, ProseLayout

_WORD: Final = re.compile(r"\w+(?:['’\-]\w+)*")
# Which openers a closing mark can close. “ closes „ in Russian and German copy.
_CLOSES: Final = {"»": "«", "”": "“„", "“": "„", '"': '"', "’": "‘", "‘": "‚"}
_DOUBLE_OPENERS: Final = '«„“"'
_SINGLE_OPENERS: Final = "‘‚"
_ALL_MARKS: Final = '«»„“”"‘’‚'
# What may stand right before an opening mark: `said: “`, `(“`, `— «`, `**“`, another quote mark.
_OPEN_CONTEXT: Final = "([{—–-/:*_" + _ALL_MARKS


@dataclass(frozen=True)
class QuotePiece:
    """The part of a quote inside one paragraph, marks included; ``closed`` if it ends with one."""

    start: int
    end: int
    paragraph: int
    closed: bool


@dataclass(frozen=True)
class Quote:
    """A direct quote: one piece, or several when it runs over consecutive paragraphs."""

    pieces: tuple[QuotePiece, ...]
    text: str  # the quoted words, marks included, pieces joined by a space

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(_WORD.findall(self.text))

    @property
    def start(self) -> int:
        return self.pieces[0].start

    @property
    def end(self) -> int:
        return self.pieces[-1].end

    @property
    def paragraph(self) -> int:
        return self.pieces[0].paragraph

    @property
    def paragraphs(self) -> tuple[int, ...]:
        return tuple(piece.paragraph for piece in self.pieces)

    def opening_words(self, count: int = 6) -> str:
        """The first ``count`` words, with an ellipsis when there are more: for messages."""
        matches = list(_WORD.finditer(self.text))
        if not matches:
            return ""
        head = self.text[matches[0].start() : matches[min(count, len(matches)) - 1].end()]
        head = " ".join(head.split())  # NBSP and line breaks read as plain spaces in a message
        return head + "…" if len(matches) > count else head


def _can_open(text: str, i: int) -> bool:
    after_ok = i + 1 < len(text) and not text[i + 1].isspace()
    before_ok = i == 0 or text[i - 1].isspace() or text[i - 1] in _OPEN_CONTEXT
    return after_ok and before_ok


def _can_close(text: str, i: int) -> bool:
    return i > 0 and not text[i - 1].isspace()


def _closing_index(stack: list[tuple[str, int]], mark: str) -> int | None:
    """Index in ``stack`` of the nearest opener ``mark`` can close, or None."""
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth][0] in _CLOSES[mark]:
            return depth
    return None


def _is_opener(text: str, i: int, stack: list[tuple[str, int]]) -> bool:
    mark = text[i]
    next_char = text[i + 1] if i + 1 < len(text) else " "
    if mark in "«„":
        return not next_char.isspace() or mark == "«"
    if mark == "“":
        return not next_char.isspace()
    if mark in _SINGLE_OPENERS:
        # ‘90s is an elision, not a quote; a single quote opens only where a quote can open.
        return _can_open(text, i) and not next_char.isdigit()
    if mark == '"':
        return _can_open(text, i) and not (stack and stack[-1][0] == '"' and _can_close(text, i))
    return False


def _is_closer(text: str, i: int, stack: list[tuple[str, int]]) -> int | None:
    """The stack depth that the mark at ``i`` closes, or None when it does not close anything."""
    mark = text[i]
    if mark not in _CLOSES or not _can_close(text, i):
        return None
    depth = _closing_index(stack, mark)
    if depth is None:
        return None
    next_char = text[i + 1] if i + 1 < len(text) else " "
    if mark == "’" and next_char.isalnum():
        return None  # Russia’s, don’t: an apostrophe inside a word
    if mark == "“" and stack[depth][0] != "„" and _can_open(text, i):
        return None
    if mark == '"' and _can_open(text, i) and stack[-1][0] != '"':
        return None
    return depth


def _scan(
    text: str, ignored: frozenset[int]
) -> tuple[list[tuple[int, int]], list[tuple[str, int]]]:
    """Top-level (start, end) spans closed in ``text`` and the openers still open at its end."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, mark in enumerate(text):
        if mark not in _ALL_MARKS or i in ignored:
            continue
        depth = _is_closer(text, i, stack)
        if depth is not None:
            start = stack[depth][1]
            del stack[depth:]
            if not stack:
                spans.append((start, i + 1))
        elif mark in _DOUBLE_OPENERS + _SINGLE_OPENERS and _is_opener(text, i, stack):
            stack.append((mark, i))
    return spans, stack


def _paragraph_quotes(text: str) -> tuple[list[tuple[int, int]], int | None]:
    """Closed top-level quotes in a paragraph, and where an unclosed double quote opens.

    A single opener left open at the end (an apostrophe typed as ‘) must not swallow the quotes
    after it, so the paragraph is scanned again without it.
    """
    ignored: set[int] = set()
    while True:
        spans, stack = _scan(text, frozenset(ignored))
        if not stack:
            return spans, None
        if stack[0][0] in _SINGLE_OPENERS:
            ignored.add(stack[0][1])
            continue
        return spans, stack[0][1]


def _pieces(layout: ProseLayout, block: Block) -> tuple[list[QuotePiece], QuotePiece | None]:
    text = layout.masked[block.start : block.end]
    spans, open_at = _paragraph_quotes(text)
    closed = [QuotePiece(block.start + s, block.start + e, block.index, True) for s, e in spans]
    if open_at is None:
        return closed, None
    end = block.start + len(text.rstrip())
    return closed, QuotePiece(block.start + open_at, end, block.index, False)


def find_quotes(layout: ProseLayout) -> list[Quote]:
    """Every top-level direct quote of the body's prose, nested quotes counted as part of it.

    A paragraph that ends inside a quote continues into the next paragraph when that one reopens
    with a quote mark (the wire convention for long quotes); otherwise the quote ends with its
    paragraph.
    """
    quotes: list[list[QuotePiece]] = []
    running: list[QuotePiece] | None = None
    previous_index = -2
    for block in layout.paragraphs:
        text = layout.masked[block.start : block.end]
        closed, open_piece = _pieces(layout, block)
        local = sorted(
            [[piece] for piece in closed] + ([[open_piece]] if open_piece else []),
            key=lambda run: run[0].start,
        )
        first_mark = block.start + len(text) - len(text.lstrip())
        continues = (
            running is not None
            and block.index == previous_index + 1
            and bool(local)
            and local[0][0].start == first_mark
        )
        next_running: list[QuotePiece] | None = None
        if continues and running is not None:
            head = local.pop(0)
            running.extend(head)
            if head[0] is open_piece:
                next_running = running
        quotes.extend(local)
        if open_piece is not None and local and local[-1][0] is open_piece:
            next_running = local[-1]
        running = next_running
        previous_index = block.index
    return [
        Quote(tuple(run), " ".join(layout.masked[p.start : p.end] for p in run)) for run in quotes
    ]
