"""Which words of two versions of a text differ, as runs that rebuild each version exactly.

The recovery dialog shows the journal's text beside the stored story. Tinting a whole
paragraph when only its last words changed hides what would be kept or lost, so changed
paragraphs are paired line by line (whitespace folded) and compared word by word.
Each side comes back as runs whose texts joined are that side's text, character for
character, so a view can turn run lengths straight into positions.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

# A run of whitespace, a word (any script: \w is Unicode), or any one other character.
_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


@dataclass(frozen=True)
class Run:
    """A stretch of one side's text; ``marked`` when the other side does not have it."""

    text: str
    marked: bool


@dataclass(frozen=True)
class WordMarks:
    """Both sides as runs, plus the changed lines (numbered from 0) and where the first is."""

    old: tuple[Run, ...]
    new: tuple[Run, ...]
    changed_old: frozenset[int]
    changed_new: frozenset[int]
    first_old: int | None = None  # the same place in both: scroll both views there
    first_new: int | None = None


def _fold(line: str) -> str:
    """Re-wrapped or re-spaced text is not a change a person deciding needs to look at."""
    return " ".join(line.split())


def _key(token: str) -> str:
    return " " if token.isspace() else token


class _Side:
    """Collects one side's runs, merging neighbours of the same kind."""

    def __init__(self) -> None:
        self.runs: list[Run] = []

    def add(self, text: str, marked: bool) -> None:
        if not text:
            return
        if self.runs and self.runs[-1].marked == marked:
            self.runs[-1] = Run(self.runs[-1].text + text, marked)
        else:
            self.runs.append(Run(text, marked))

    def marked_words(self, line: str) -> None:
        """A line the other side has nothing like: its words marked, its margins not."""
        stripped = line.strip()
        if not stripped:
            self.add(line, False)
            return
        start = line.index(stripped)
        self.add(line[:start], False)
        self.add(stripped, True)
        self.add(line[start + len(stripped):], False)


def _emit(tokens: list[str], marked: list[bool], side: _Side) -> None:
    """A gap between two marked words is part of the marked stretch, whichever side's
    gap it matched: "for the budget" reads as one change, not three."""
    for index, token in enumerate(tokens):
        gap = (token.isspace() and 0 < index < len(tokens) - 1
               and marked[index - 1] and marked[index + 1])
        side.add(token, marked[index] or gap)


def _pair_words(old: str, new: str, left: _Side, right: _Side) -> None:
    """Mark the words of one paragraph that only one of its two versions has."""
    a = _TOKEN.findall(old)
    b = _TOKEN.findall(new)
    marked_a = [False] * len(a)
    marked_b = [False] * len(b)
    matcher = difflib.SequenceMatcher(None, [_key(t) for t in a], [_key(t) for t in b],
                                      autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "equal":
            # Only words and signs are marked: a changed gap between kept words is no word.
            for i in range(i1, i2):
                marked_a[i] = not a[i].isspace()
            for j in range(j1, j2):
                marked_b[j] = not b[j].isspace()
    _emit(a, marked_a, left)
    _emit(b, marked_b, right)


def word_marks(old: str, new: str) -> WordMarks:
    """Compare ``old`` and ``new`` line by line, then the changed lines word by word.

    Lines replaced one for another are paired in order (blank lines with blank lines, text
    with text, so a paragraph keeps its partner); a line left over on one side is marked whole.
    """
    old_lines, new_lines = old.split("\n"), new.split("\n")
    left, right = _Side(), _Side()
    changed_old: set[int] = set()
    changed_new: set[int] = set()
    first: tuple[int, int] | None = None
    matcher = difflib.SequenceMatcher(None, [_fold(line) for line in old_lines],
                                      [_fold(line) for line in new_lines], autojunk=False)
    old_out: dict[int, list[Run]] = {}
    new_out: dict[int, list[Run]] = {}
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "equal":
            changed_old.update(i for i in range(i1, i2) if old_lines[i].strip())
            changed_new.update(j for j in range(j1, j2) if new_lines[j].strip())
            if first is None:
                first = (i1, j1)
        olds = [i for i in range(i1, i2) if old_lines[i].strip()]
        news = [j for j in range(j1, j2) if new_lines[j].strip()]
        pairs = dict(zip(olds, news, strict=False)) if op == "replace" else {}
        paired_new = set(pairs.values())
        for i in range(i1, i2):
            side = _Side()
            if op == "equal":
                side.add(old_lines[i], False)
            elif i in pairs:
                other = _Side()
                _pair_words(old_lines[i], new_lines[pairs[i]], side, other)
                new_out[pairs[i]] = other.runs
            else:
                side.marked_words(old_lines[i])
            old_out[i] = side.runs
        for j in range(j1, j2):
            if j in paired_new:
                continue
            side = _Side()
            if op == "equal":
                side.add(new_lines[j], False)
            else:
                side.marked_words(new_lines[j])
            new_out[j] = side.runs
    for out, lines, target in ((old_out, old_lines, left), (new_out, new_lines, right)):
        for number in range(len(lines)):
            if number:
                target.add("\n", False)
            for run in out[number]:
                target.add(run.text, run.marked)
    return WordMarks(tuple(left.runs), tuple(right.runs), frozenset(changed_old),
                     frozenset(changed_new), first[0] if first else None,
                     first[1] if first else None)
