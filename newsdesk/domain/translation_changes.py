"""What changed in an original since it was translated, flagged on the translation's paragraphs."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from rapidfuzz import fuzz

from newsdesk.domain.alignment import AlignedPair, Paragraph, align_bodies, merge, split_paragraphs


class ChangeKind(StrEnum):
    """What happened to a paragraph of the original since the translation was made."""

    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"


class ChangeSeverity(StrEnum):
    """Whether a change to the original needs the translator (see :func:`change_severity`)."""

    MINOR = "minor"  # whitespace, punctuation, quote style or letter case: shown dimmed
    MUST_REVIEW = "must_review"  # a number, date, name, citation or any other word


class SegmentKind(StrEnum):
    EQUAL = "equal"
    INSERTED = "inserted"
    DELETED = "deleted"


@dataclass(frozen=True)
class Segment:
    """A run of the word-level diff of a changed paragraph, for showing it marked up."""

    kind: SegmentKind
    text: str


@dataclass(frozen=True)
class ChangeFlag:
    """One change to the original and the translation paragraph it makes stale.

    ``original_paragraph`` is in the current original for ``added``/``changed`` and in the old
    one for ``removed``. ``translation_paragraph`` is None when nothing renders it yet (an
    added paragraph, or one the translator had left out).
    """

    kind: ChangeKind
    original_paragraph: Paragraph
    translation_paragraph: Paragraph | None
    old_text: str
    new_text: str
    segments: tuple[Segment, ...] = ()

    @property
    def severity(self) -> ChangeSeverity:
        """Added and removed paragraphs always need a look; an edit only when words changed."""
        if self.kind is not ChangeKind.CHANGED:
            return ChangeSeverity.MUST_REVIEW
        return change_severity(self.old_text, self.new_text)


@dataclass(frozen=True)
class DeskRow:
    """A row of the translators' desk: the original now, the translation, and its flags."""

    original: Paragraph | None
    translation: Paragraph | None
    score: float
    flags: tuple[ChangeFlag, ...] = ()


_TOKEN = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)
_SAME_PARAGRAPH = 50.0  # rapidfuzz ratio above which a replaced paragraph is an edit of it


def _normal(text: str) -> str:
    """Re-wrapping a paragraph is not a change a translator must act on."""
    return " ".join(text.split())


# A word, a number with its sign ("-5" is not "5"), or any one other character.
_SEVERITY_TOKEN = re.compile(r"(?:(?<![^\W_])[-\u2212\u2012\u2013](?=\d))?[^\W_]+|\S")
_MINUS = str.maketrans({"\u2212": "-", "\u2012": "-", "\u2013": "-"})
# Punctuation whose change still changes what a sentence says: a share is not a number.
_MEANINGFUL_PUNCTUATION = frozenset("%‰‱")


def _is_punctuation(token: str) -> bool:
    return (len(token) == 1 and unicodedata.category(token).startswith("P")
            and token not in _MEANINGFUL_PUNCTUATION)


def _meaning_tokens(text: str) -> list[str]:
    """What a reader takes from ``text``: words and numbers (case folded) and symbols, with
    whitespace, punctuation and quote marks left out."""
    tokens: list[str] = []
    for token in _SEVERITY_TOKEN.findall(unicodedata.normalize("NFC", text)):
        if _is_punctuation(token):
            continue
        tokens.append(token.translate(_MINUS).casefold())
    return tokens


def change_severity(old: str, new: str) -> ChangeSeverity:
    """How much an edit of an original paragraph (or headline, deck) matters to its translation.

    Only whitespace, punctuation (Markdown emphasis marks included), quote style or letter case
    changed: ``minor``, the translation still says the same thing, so it never blocks ``ready``.
    Anything else (a number or its sign, a date, a name, a ``source:`` key, a percent sign, any
    other word) is ``must_review``. Numbers are compared as written between punctuation, so
    "5.3" to "5,3" is minor but "1.5" to "15" is not.
    """
    if _meaning_tokens(old) == _meaning_tokens(new):
        return ChangeSeverity.MINOR
    return ChangeSeverity.MUST_REVIEW


def word_segments(old: str, new: str) -> tuple[Segment, ...]:
    """Word-level diff of two versions of one paragraph, whitespace folded."""
    a = _TOKEN.findall(_normal(old))
    b = _TOKEN.findall(_normal(new))
    segments: list[Segment] = []

    def add(kind: SegmentKind, tokens: Sequence[str]) -> None:
        text = "".join(tokens)
        if not text:
            return
        if segments and segments[-1].kind is kind:
            segments[-1] = Segment(kind, segments[-1].text + text)
        else:
            segments.append(Segment(kind, text))

    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            add(SegmentKind.EQUAL, a[i1:i2])
            continue
        add(SegmentKind.DELETED, a[i1:i2])
        add(SegmentKind.INSERTED, b[j1:j2])
    return tuple(segments)


@dataclass(frozen=True)
class ParagraphDiff:
    """How the paragraphs of the old original map onto the current one."""

    old_to_new: dict[int, int]  # kept paragraphs, edited or not
    changed: frozenset[int]  # old indexes whose text was edited
    added: tuple[int, ...]  # new indexes with no old counterpart
    removed: tuple[int, ...]  # old indexes with no new counterpart


def diff_paragraphs(old: Sequence[Paragraph], new: Sequence[Paragraph]) -> ParagraphDiff:
    """Paragraph-level diff; inside a replaced block, paragraphs are paired by similarity.

    difflib reports an edited paragraph as a replacement; pairing each old paragraph with the
    most similar new one in the block (in order) tells an edit from a rewrite that stands in
    for a deleted paragraph plus a new one.
    """
    a = [_normal(p.text) for p in old]
    b = [_normal(p.text) for p in new]
    old_to_new: dict[int, int] = {}
    changed: set[int] = set()
    added: list[int] = []
    removed: list[int] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            old_to_new.update({i1 + k: j1 + k for k in range(i2 - i1)})
            continue
        next_j = j1
        for i in range(i1, i2):
            candidates = [(fuzz.ratio(a[i], b[j]), j) for j in range(next_j, j2)]
            best = max(candidates, default=None)
            if best is None or best[0] < _SAME_PARAGRAPH:
                removed.append(i)
                continue
            _, j = best
            added.extend(range(next_j, j))
            old_to_new[i] = j
            changed.add(i)
            next_j = j + 1
        added.extend(range(next_j, j2))
    return ParagraphDiff(old_to_new, frozenset(changed), tuple(sorted(added)), tuple(removed))


def _current_span(indexes: Sequence[int], new: Sequence[Paragraph], body: str) -> Paragraph | None:
    if not indexes:
        return None
    first, last = new[min(indexes)], new[max(indexes)]
    return first if first is last else merge(first, last, body)


def desk_rows(old_body: str, new_body: str, translation_body: str,
              alignment: Sequence[AlignedPair] | None = None) -> tuple[DeskRow, ...]:
    """Rows for the desk: the translation aligned with the text it was made from, then every
    paragraph of that text followed into the current original, with the changes flagged.

    Aligning against the old text (not the current one) is what keeps rows right when the
    original has since grown a paragraph: the translation still renders the old text.
    ``alignment`` is ``align_bodies(old_body, translation_body)`` when the caller has it
    already (the desk does): aligning a long document is the costly part.
    """
    old = split_paragraphs(old_body)
    new = split_paragraphs(new_body)
    diff = diff_paragraphs(old, new)
    pairs: Sequence[AlignedPair] = (alignment if alignment is not None
                                    else align_bodies(old_body, translation_body))
    added = list(diff.added)
    rows: list[DeskRow] = []

    def added_row(index: int) -> DeskRow:
        paragraph = new[index]
        flag = ChangeFlag(ChangeKind.ADDED, paragraph, None, "", paragraph.text,
                          (Segment(SegmentKind.INSERTED, _normal(paragraph.text)),))
        return DeskRow(paragraph, None, 0.0, (flag,))

    for pair in pairs:
        olds = pair.original.indexes if pair.original is not None else ()
        current = [diff.old_to_new[i] for i in olds if i in diff.old_to_new]
        if current:
            while added and added[0] < min(current):
                rows.append(added_row(added.pop(0)))
        flags: list[ChangeFlag] = []
        for i in olds:
            if i in diff.changed:
                now = new[diff.old_to_new[i]]
                flags.append(ChangeFlag(ChangeKind.CHANGED, now, pair.translation, old[i].text,
                                        now.text, word_segments(old[i].text, now.text)))
            elif i not in diff.old_to_new:
                flags.append(ChangeFlag(ChangeKind.REMOVED, old[i], pair.translation, old[i].text,
                                        "", (Segment(SegmentKind.DELETED, _normal(old[i].text)),)))
        rows.append(DeskRow(_current_span(current, new, new_body), pair.translation, pair.score,
                            tuple(flags)))
    rows.extend(added_row(index) for index in added)
    return tuple(rows)


def change_flags(old_body: str, new_body: str, translation_body: str) -> tuple[ChangeFlag, ...]:
    """Every change to the original since ``old_body``, mapped to the translation it affects."""
    return tuple(flag for row in desk_rows(old_body, new_body, translation_body)
                 for flag in row.flags)


def with_translation_body(
    rows: Sequence[DeskRow], body: str, counts: Sequence[int]
) -> tuple[DeskRow, ...] | None:
    """The same rows over an edited translation body, or None if its paragraphs do not fit.

    ``counts[i]`` is how many paragraphs of ``body`` row ``i`` holds now (its old number, but
    the new number for the row just edited). Keeping rows while the translator types, instead
    of aligning again, stops a half-translated paragraph from jumping to another row; a
    change of structure that does not fit (None) calls for a fresh alignment.
    """
    paragraphs = split_paragraphs(body)
    if len(counts) != len(rows) or sum(counts) != len(paragraphs):
        return None
    result: list[DeskRow] = []
    position = 0
    for row, count in zip(rows, counts, strict=True):
        taken = paragraphs[position : position + count]
        position += count
        translation: Paragraph | None = None
        if taken:
            translation = taken[0] if count == 1 else merge(taken[0], taken[-1], body)
        flags = tuple(replace(flag, translation_paragraph=translation) for flag in row.flags)
        result.append(replace(row, translation=translation, flags=flags))
    return tuple(result)
