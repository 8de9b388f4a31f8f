"""Word-level differences between two texts of one story (revisions, or a revision and now).

The history browser and ``newsdesk revisions --diff`` both show these: one formatter per
concept, so the terminal and the window never disagree about what changed.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from newsdesk.domain.alignment import Paragraph, split_paragraphs
from newsdesk.domain.article import Article
from newsdesk.domain.translation_changes import (
    Segment,
    SegmentKind,
    diff_paragraphs,
    word_segments,
)


class TextField(StrEnum):
    """The parts of a story a revision diff compares, in reading order."""

    HEADLINE = "headline"
    DECK = "deck"
    BODY = "body"


@dataclass(frozen=True)
class FieldDiff:
    """One headline, deck or body paragraph, old against new, as runs of words.

    ``paragraph`` is the paragraph's position in the *new* body (in the old one for a
    paragraph that was removed); None for the headline and the deck.
    """

    field: TextField
    segments: tuple[Segment, ...]
    paragraph: int | None = None

    @property
    def changed(self) -> bool:
        return any(segment.kind is not SegmentKind.EQUAL for segment in self.segments)

    @property
    def old_text(self) -> str:
        return "".join(s.text for s in self.segments if s.kind is not SegmentKind.INSERTED)

    @property
    def new_text(self) -> str:
        return "".join(s.text for s in self.segments if s.kind is not SegmentKind.DELETED)


@dataclass(frozen=True)
class StoryDiff:
    """Every field of two texts of a story, in order, changed or not."""

    fields: tuple[FieldDiff, ...]

    @property
    def changed(self) -> bool:
        return any(field.changed for field in self.fields)

    @property
    def changes(self) -> tuple[FieldDiff, ...]:
        return tuple(field for field in self.fields if field.changed)


def _whole(kind: SegmentKind, text: str) -> tuple[Segment, ...]:
    folded = " ".join(text.split())
    return (Segment(kind, folded),) if folded else ()


def _block(old: Sequence[Paragraph], new: Sequence[Paragraph], first_new: int,
           first_old: int) -> list[FieldDiff]:
    """A replaced run of paragraphs: edits paired by similarity, the rest added or removed."""
    pairing = diff_paragraphs(old, new)
    new_to_old = {j: i for i, j in pairing.old_to_new.items()}
    rows: list[FieldDiff] = []
    removed = sorted(pairing.removed)
    for j, paragraph in enumerate(new):
        # A removed paragraph is shown where it stood: before the first new one after it.
        while removed and (j in new_to_old and removed[0] < new_to_old[j]):
            i = removed.pop(0)
            rows.append(FieldDiff(TextField.BODY, _whole(SegmentKind.DELETED, old[i].text),
                                  first_old + i))
        if j in new_to_old:
            segments = word_segments(old[new_to_old[j]].text, paragraph.text)
        else:
            segments = _whole(SegmentKind.INSERTED, paragraph.text)
        rows.append(FieldDiff(TextField.BODY, segments, first_new + j))
    rows.extend(FieldDiff(TextField.BODY, _whole(SegmentKind.DELETED, old[i].text),
                          first_old + i) for i in removed)
    return rows


def body_diff(old_body: str, new_body: str) -> tuple[FieldDiff, ...]:
    """Paragraph by paragraph: kept ones word-diffed, new ones inserted, gone ones deleted."""
    old = split_paragraphs(old_body)
    new = split_paragraphs(new_body)
    a = [" ".join(p.text.split()) for p in old]
    b = [" ".join(p.text.split()) for p in new]
    rows: list[FieldDiff] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            rows.extend(FieldDiff(TextField.BODY, _whole(SegmentKind.EQUAL, new[j].text), j)
                        for j in range(j1, j2))
        elif op == "delete":
            rows.extend(FieldDiff(TextField.BODY, _whole(SegmentKind.DELETED, old[i].text), i)
                        for i in range(i1, i2))
        elif op == "insert":
            rows.extend(FieldDiff(TextField.BODY, _whole(SegmentKind.INSERTED, new[j].text), j)
                        for j in range(j1, j2))
        else:
            rows.extend(_block(old[i1:i2], new[j1:j2], j1, i1))
    return tuple(rows)


def story_diff(old: Article, new: Article) -> StoryDiff:
    """Headline, deck, then each body paragraph of ``old`` against ``new``, word by word."""
    fields = [
        FieldDiff(TextField.HEADLINE, word_segments(old.headline, new.headline)),
        FieldDiff(TextField.DECK, word_segments(old.deck, new.deck)),
        *body_diff(old.body, new.body),
    ]
    return StoryDiff(tuple(fields))
