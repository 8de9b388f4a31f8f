"""The original of a desk row as it was when its translation was confirmed ("then"), and now.

The desk keeps, per row, only the hash of the original text the translator last confirmed
(``SegmentRecord.confirmed_original_hash``). "Then" is therefore, in order of preference: the
text of the original's newest revision that has a paragraph with that hash (found by the
service); the row's text at the translation's base revision (a flagged row's old text, an
unflagged row's text as it is now); for a translation never tracked, the paragraph most like it
in the original's revision closest before the last confirmation.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsdesk.domain.alignment import split_paragraphs
from newsdesk.domain.segments import SegmentRecord, row_original_text, text_hash
from newsdesk.domain.translation_changes import DeskRow, Segment, SegmentKind, word_segments

_LIKE_ENOUGH = 0.5  # a revision's paragraph this similar to the row's text is its "then"


@dataclass(frozen=True)
class ConfirmedText:
    """An original text a row was confirmed against, and the revision that holds it."""

    revision: int
    text: str


@dataclass(frozen=True)
class RowThenNow:
    """One row's original then and now, with the word diff from then to now.

    ``revision`` is the original's revision "then" was read from (None: not known, e.g. the
    text as it is now for a row never confirmed on an untracked translation).
    """

    then: str
    now: str
    revision: int | None
    segments: tuple[Segment, ...]

    @property
    def changed(self) -> bool:
        return any(segment.kind is not SegmentKind.EQUAL for segment in self.segments)


def _at_base(row: DeskRow) -> str:
    """The row's original at the translation's base revision, told by its flags."""
    if not row.flags:
        return row_original_text(row)
    return " ".join(flag.old_text for flag in row.flags if flag.old_text.strip())


def most_like(text: str, paragraphs: Sequence[str]) -> str:
    """The paragraph of ``paragraphs`` most like ``text`` ("" when none is much like it)."""
    best, best_ratio = "", _LIKE_ENOUGH
    for paragraph in paragraphs:
        ratio = difflib.SequenceMatcher(None, text, paragraph, autojunk=False).ratio()
        if ratio > best_ratio:
            best, best_ratio = paragraph, ratio
    return best


def row_then_now(row: DeskRow, record: SegmentRecord | None,
                 confirmed: Mapping[str, ConfirmedText], *, base_revision: int | None,
                 fallback: tuple[int, str] | None = None) -> RowThenNow:
    """Then and now for one row.

    ``confirmed`` maps confirmed hashes to the texts found for them; ``fallback`` is the
    revision number and body of the original closest before the last confirmation, used only
    when the translation was never tracked (``base_revision`` None).
    """
    now = row_original_text(row)
    then: str | None = None
    revision: int | None = None
    wanted = record.confirmed_original_hash if record is not None else ""
    if wanted:
        found = confirmed.get(wanted)
        if found is not None:
            then, revision = found.text, found.revision
        elif wanted == text_hash(now):
            then = now  # confirmed against the text as it is now, not in any revision yet
    if then is None and base_revision is not None:
        then, revision = _at_base(row), base_revision
    if then is None and fallback is not None:
        then = most_like(now, [p.text for p in split_paragraphs(fallback[1])])
        revision = fallback[0] if then else None
    if then is None:
        then = now
    return RowThenNow(then, now, revision, word_segments(then, now))
