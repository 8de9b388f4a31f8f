"""The headline and the deck as rows of the translators' desk, above the body's paragraphs.

A translator renders the headline and the deck as carefully as any paragraph, and a reworded
headline of the original must be flagged like an edited paragraph. So the desk shows them as
its first rows, with the same :class:`~newsdesk.domain.translation_changes.DeskRow` a body
row has: their original now and the translation, and a change flag when the original's field
changed since the text the translation was made from (minor or must-review by the same rule
as paragraphs). Their stored keys are ``headline`` and ``deck`` (see
:mod:`newsdesk.domain.segments`), their QA rows those of
:func:`~newsdesk.domain.translation_qa.story_rows`, so the desk, the readiness check and the
stored ignores all name a row the same way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from newsdesk.domain.alignment import AlignedPair, Paragraph
from newsdesk.domain.article import Article
from newsdesk.domain.segments import DECK_KEY, HEADLINE_KEY
from newsdesk.domain.term_matching import GlossaryTerm
from newsdesk.domain.translation_changes import (
    ChangeFlag,
    ChangeKind,
    DeskRow,
    Segment,
    SegmentKind,
    word_segments,
)
from newsdesk.domain.translation_qa import QaProblem, RowRef, check_row, story_rows

FIELD_KEYS = {"headline": HEADLINE_KEY, "deck": DECK_KEY}
"""A field row's stored key, by the Article field it renders."""


@dataclass(frozen=True)
class FieldRow:
    """One of the desk's top rows: which field of the story it is, and the row itself."""

    field: str  # "headline" or "deck", the Article attribute
    row: DeskRow


def _paragraph(text: str) -> Paragraph | None:
    # A field is one block of its own: index 0, offsets within the field's text.
    return Paragraph((0,), 0, len(text), text) if text.strip() else None


def _folded(text: str) -> str:
    return " ".join(text.split())


def field_flag(then: str, now: str, translation: Paragraph | None) -> ChangeFlag | None:
    """The change of an original's headline or deck since it was translated, or None."""
    if _folded(then) == _folded(now):
        return None
    paragraph = _paragraph(now)
    if paragraph is None:  # the deck was removed from the original
        removed = Paragraph((0,), 0, len(then), then)
        return ChangeFlag(ChangeKind.REMOVED, removed, translation, then, "",
                          (Segment(SegmentKind.DELETED, _folded(then)),))
    if not then.strip():  # a deck added to the original
        return ChangeFlag(ChangeKind.ADDED, paragraph, translation, "", now,
                          (Segment(SegmentKind.INSERTED, _folded(now)),))
    return ChangeFlag(ChangeKind.CHANGED, paragraph, translation, then, now,
                      word_segments(then, now))


def field_rows(original_then: tuple[str, str] | None, original: tuple[str, str],
               translation: tuple[str, str]) -> tuple[FieldRow, ...]:
    """The headline row, and the deck row when either side has a deck (as the readiness
    check counts rows). Each argument is (headline, deck); ``original_then`` is the original
    the translation was made from (None: not tracked, so nothing is flagged)."""
    names = ["headline"]
    if original[1].strip() or translation[1].strip():
        names.append("deck")
    rows: list[FieldRow] = []
    for position, name in enumerate(names):
        now, rendered = original[position], translation[position]
        target = _paragraph(rendered)
        flag = (field_flag(original_then[position], now, target)
                if original_then is not None else None)
        rows.append(FieldRow(name, DeskRow(_paragraph(now), target, 1.0,
                                           (flag,) if flag is not None else ())))
    return tuple(rows)


def qa_refs(fields: Sequence[str], body: Sequence[DeskRow]) -> list[RowRef]:
    """Each desk row's QA reference (headline, deck, then "p3"/"t5" paragraphs), exactly as
    :func:`~newsdesk.domain.translation_qa.story_rows` names them for the readiness check."""
    pairs = [AlignedPair(row.original, row.translation, row.score) for row in body]
    _, refs = story_rows(("", ""), ("", ""), pairs)  # no deck on either side: refs[0] is headline
    by_field = {"headline": RowRef.headline(), "deck": RowRef.deck()}
    return [by_field[name] for name in fields] + refs[1:]


def qa_texts(row: DeskRow) -> tuple[str, str]:
    """A desk row's (original now, translation) as the QA checks read them."""
    return (row.original.text if row.original is not None else "",
            row.translation.text if row.translation is not None else "")


def with_texts(article: Article, texts: Mapping[str, str]) -> Article:
    """``article`` with the texts the desk holds ("body", and "headline"/"deck" when they
    are rows): what the desk saves, or journals while a row is being typed."""
    return replace(article, body=texts.get("body", article.body),
                   headline=texts.get("headline", article.headline),
                   deck=texts.get("deck", article.deck))


@dataclass(frozen=True)
class QaRow:
    """One desk row to check: its position on the desk, its QA reference and its texts."""

    row: int
    ref: RowRef
    original: str
    translation: str


def check_desk_rows(rows: Sequence[QaRow], *, source_lang: str, target_lang: str,
                    terms: Sequence[GlossaryTerm] = ()) -> dict[int, tuple[QaProblem, ...]]:
    """Every QA problem of each of ``rows`` (ignores not applied), by desk row: what the desk
    asks on the task runner for the rows typed in since the last check."""
    return {item.row: tuple(check_row(item.original, item.translation, source_lang=source_lang,
                                      target_lang=target_lang, terms=terms, row=item.ref))
            for item in rows}
