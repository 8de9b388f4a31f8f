"""Which lines of two versions of a text differ: for showing two versions side by side."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class LineChanges:
    """Lines (numbered from 0) only one version has, and where the first difference is."""

    only_old: frozenset[int] = field(default_factory=frozenset)
    only_new: frozenset[int] = field(default_factory=frozenset)
    first_old: int | None = None  # the same place in both: scroll both views there
    first_new: int | None = None


def changed_lines(old: Sequence[str], new: Sequence[str]) -> LineChanges:
    """Compare line by line, whitespace folded: a re-wrapped line is not a change a person
    deciding between two versions needs to look at."""
    a = [" ".join(line.split()) for line in old]
    b = [" ".join(line.split()) for line in new]
    only_old: set[int] = set()
    only_new: set[int] = set()
    first: tuple[int, int] | None = None
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        only_old.update(i for i in range(i1, i2) if a[i])
        only_new.update(j for j in range(j1, j2) if b[j])
        if first is None:
            first = (i1, j1)
    return LineChanges(frozenset(only_old), frozenset(only_new),
                       first[0] if first else None, first[1] if first else None)
