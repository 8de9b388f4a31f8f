"""The translators' desk rows as stored segments: stable row keys, states, flags and progress.

A row of the desk is the headline, the deck or one body paragraph. Its state (untranslated,
draft, translated, reviewed) and the hash of the original text the translator last confirmed
are stored per row (``translation_segments``), so the row needs a key that survives edits
elsewhere in the story. The key of a body row is a hash of the original text it was
translated from (the original at the translation's base revision; for a paragraph added
since, its current text), numbered when the same text occurs twice: inserting or removing a
paragraph elsewhere, or editing the translation, leaves every other key alone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from newsdesk.domain.alignment import AlignedPair
from newsdesk.domain.translation_changes import ChangeKind, ChangeSeverity, DeskRow

HEADLINE_KEY = "headline"
DECK_KEY = "deck"


class SegmentState(StrEnum):
    """Where a row of a translation stands; one key on the desk sets each."""

    UNTRANSLATED = "untranslated"
    DRAFT = "draft"
    TRANSLATED = "translated"
    REVIEWED = "reviewed"

    @property
    def done(self) -> bool:
        """Translated or reviewed: counted as done in the progress line."""
        return self in (SegmentState.TRANSLATED, SegmentState.REVIEWED)


SEGMENT_STATES: tuple[str, ...] = tuple(state.value for state in SegmentState)


@dataclass(frozen=True)
class SegmentRecord:
    """One row's stored state; ``version`` is what a change must name (optimistic locking)."""

    row_key: str
    state: SegmentState
    confirmed_original_hash: str = ""
    who: str = ""
    updated_at: datetime | None = None
    version: int = 0  # 0: never stored


@dataclass(frozen=True)
class SegmentChange:
    """A state to store for one row.

    ``expected_version`` is the version the desk last saw (0 when it saw no stored state); a
    different stored version means a colleague changed the row meanwhile and the change is
    refused. ``confirmed_original_hash`` None keeps the stored one (a state set without
    confirming the original, e.g. "draft").
    """

    row_key: str
    state: SegmentState
    expected_version: int = 0
    confirmed_original_hash: str | None = None


def text_hash(text: str) -> str:
    """The SHA-256 of ``text`` with its whitespace folded: re-wrapping is not a change."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _numbered(base: str, seen: dict[str, int]) -> str:
    count = seen.get(base, 0)
    seen[base] = count + 1
    return base if count == 0 else f"{base}.{count}"


def body_row_keys(rows: Sequence[DeskRow], alignment: Sequence[AlignedPair]) -> list[str]:
    """The stable key of each body row of the desk, in row order.

    ``alignment`` is the translation aligned with the original it was made from (the
    desk's ``alignment``): :func:`~newsdesk.domain.translation_changes.desk_rows` makes one row
    per aligned pair, in order, with rows for paragraphs added to the original since put
    between them; those are told apart by their lone ``added`` flag and no translation.
    """
    keys: list[str] = []
    seen: dict[str, int] = {}
    pairs = iter(alignment)
    for row in rows:
        added = (row.translation is None and len(row.flags) == 1
                 and row.flags[0].kind is ChangeKind.ADDED)
        if added and row.original is not None:
            keys.append(_numbered("p" + text_hash(row.original.text)[:16], seen))
            continue
        pair = next(pairs, None)
        if pair is not None and pair.original is not None:
            keys.append(_numbered("p" + text_hash(pair.original.text)[:16], seen))
        elif row.translation is not None:
            keys.append(_numbered("t" + text_hash(row.translation.text)[:16], seen))
        else:
            keys.append(_numbered("t", seen))
    return keys


def row_original_text(row: DeskRow) -> str:
    """The original's text of a body row as it is now ("" when it was removed)."""
    return row.original.text if row.original is not None else ""


def untranslated_text(original: str, translation: str) -> bool:
    """An empty translation, or one still the original's text (the scaffold a draft starts as)."""
    folded = " ".join(translation.split())
    return not folded or folded == " ".join(original.split())


def default_state(original: str, translation: str) -> SegmentState:
    """A row with no stored state: untranslated while it is empty or still the original's
    text, otherwise a draft (someone typed it, nobody confirmed it yet)."""
    if untranslated_text(original, translation):
        return SegmentState.UNTRANSLATED
    return SegmentState.DRAFT


def flag_open(severity: ChangeSeverity | None, original_now: str,
              record: SegmentRecord | None) -> bool:
    """Whether a row's flag still stands: confirming the row against the original's current
    text (its hash stored with the state) clears that row's flag alone."""
    if severity is None:
        return False
    return record is None or record.confirmed_original_hash != text_hash(original_now)


def row_severity(row: DeskRow) -> ChangeSeverity | None:
    """The worst severity of a body row's flags, None when it has none."""
    if not row.flags:
        return None
    if any(flag.severity is ChangeSeverity.MUST_REVIEW for flag in row.flags):
        return ChangeSeverity.MUST_REVIEW
    return ChangeSeverity.MINOR


@dataclass(frozen=True)
class Progress:
    """How far a translation is: rows done of all rows, and rows still flagged."""

    language: str
    done: int
    total: int
    flagged: int

    def text(self) -> str:
        """The line the desk header and the story's details show: "RU: 14/18 translated,
        2 flagged" (the UI translates the same template)."""
        line = f"{self.language.upper()}: {self.done}/{self.total} translated"
        return f"{line}, {self.flagged} flagged" if self.flagged else line


def progress(language: str, states: Iterable[SegmentState], flagged: int) -> Progress:
    listed = list(states)
    return Progress(language, sum(1 for s in listed if s.done), len(listed), flagged)


def states_for(keys: Sequence[str], stored: Mapping[str, SegmentRecord],
               texts: Sequence[tuple[str, str]]) -> list[SegmentState]:
    """Each row's state: stored, or the default for its (original, translation) texts."""
    return [stored[key].state if key in stored else default_state(*pair)
            for key, pair in zip(keys, texts, strict=True)]
