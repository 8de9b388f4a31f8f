"""Changes to an original since its translation, flagged on the translation's paragraphs."""

from __future__ import annotations

from newsdesk.domain.alignment import split_paragraphs
from newsdesk.domain.translation_changes import (
    ChangeKind,
    SegmentKind,
    change_flags,
    desk_rows,
    diff_paragraphs,
    word_segments,
)
from tests.unit.domain.translation_samples import EN, RU

EN_PARAS = [p.text for p in split_paragraphs(EN)]
RU_PARAS = [p.text for p in split_paragraphs(RU)]


def _edited(*, change: dict[int, tuple[str, str]] | None = None,
            insert: dict[int, str] | None = None, delete: tuple[int, ...] = ()) -> str:
    """The demo original with some paragraphs edited, deleted or added (in that order)."""
    paragraphs = list(EN_PARAS)
    for index, (old, new) in (change or {}).items():
        assert old in paragraphs[index]
        paragraphs[index] = paragraphs[index].replace(old, new)
    for index in sorted(delete, reverse=True):
        del paragraphs[index]
    for index, text in sorted((insert or {}).items()):
        paragraphs.insert(index, text)
    return "\n\n".join(paragraphs)


def test_unchanged_original_raises_no_flag_even_rewrapped() -> None:
    assert change_flags(EN, EN, RU) == ()
    rewrapped = EN.replace("during this year's irrigation season,",
                           "during this year's irrigation\nseason,")
    assert change_flags(EN, rewrapped, RU) == ()


def test_changed_number_flags_the_aligned_translation_paragraph() -> None:
    now = _edited(change={1: ("1.1 billion", "1.3 billion")})
    (flag,) = change_flags(EN, now, RU)
    assert flag.kind is ChangeKind.CHANGED
    assert flag.translation_paragraph is not None
    assert "1,1 млрд" in flag.translation_paragraph.text
    assert "1.1 billion" in flag.old_text and "1.3 billion" in flag.new_text
    assert now[flag.original_paragraph.start : flag.original_paragraph.end] == flag.new_text
    changed = [s for s in flag.segments if s.kind is not SegmentKind.EQUAL]
    assert [(s.kind, s.text) for s in changed] == [
        (SegmentKind.DELETED, "1"), (SegmentKind.INSERTED, "3")]


def test_added_paragraph_gets_its_own_row_where_it_belongs() -> None:
    update = "The commission will publish the monthly figures on its website, officials said."
    now = _edited(insert={5: update})
    rows = desk_rows(EN, now, RU)
    assert len(rows) == len(EN_PARAS) + 1
    row = rows[5]
    assert row.translation is None
    assert row.original is not None and row.original.text == update
    assert [f.kind for f in row.flags] == [ChangeKind.ADDED]
    # The neighbours keep their translations.
    assert rows[4].translation is not None and rows[4].translation.text == RU_PARAS[4]
    assert rows[6].translation is not None and rows[6].translation.text == RU_PARAS[5]


def test_added_at_the_end_and_removed_paragraph() -> None:
    update = "Update: Kyrgyzstan said on Saturday it would join the talks in May."
    now = _edited(delete=(8,), insert={9: update})
    flags = change_flags(EN, now, RU)
    assert [f.kind for f in flags] == [ChangeKind.REMOVED, ChangeKind.ADDED]
    removed, added = flags
    assert removed.translation_paragraph is not None
    assert removed.translation_paragraph.text == RU_PARAS[8]
    assert removed.old_text == EN_PARAS[8] and removed.new_text == ""
    assert added.new_text == update and added.translation_paragraph is None
    rows = desk_rows(EN, now, RU)
    assert rows[-1].original is not None and rows[-1].original.text == update
    removed_row = next(r for r in rows if r.flags and r.flags[0].kind is ChangeKind.REMOVED)
    assert removed_row.original is None


def test_rewritten_paragraph_is_a_removal_and_an_addition() -> None:
    diff = diff_paragraphs(split_paragraphs("Alpha beta gamma.\n\nDelta."),
                           split_paragraphs("Something else entirely, about trains.\n\nDelta."))
    assert diff.removed == (0,) and diff.added == (0,) and diff.old_to_new == {1: 1}


def test_edited_paragraph_among_others_is_paired_by_similarity() -> None:
    old = split_paragraphs("One two three four.\n\nFive six seven eight.")
    new = split_paragraphs("Brand new lead.\n\nOne two three four!\n\nFive six seven nine.")
    diff = diff_paragraphs(old, new)
    assert diff.old_to_new == {0: 1, 1: 2}
    assert diff.changed == {0, 1}
    assert diff.added == (0,)


def test_word_segments_rebuild_both_texts() -> None:
    old, new = "The river rose by two meters on Friday.", "The river rose by three meters on Sunday."
    segments = word_segments(old, new)
    assert "".join(s.text for s in segments if s.kind is not SegmentKind.INSERTED) == old
    assert "".join(s.text for s in segments if s.kind is not SegmentKind.DELETED) == new
