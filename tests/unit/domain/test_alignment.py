"""Paragraph alignment of originals and translations: the demo pair and crafted EN/RU copy."""

from __future__ import annotations

import pytest

from newsdesk.domain.alignment import (
    BeadKind,
    align_bodies,
    anchor_similarity,
    anchors_of,
    split_paragraphs,
)
from newsdesk.domain.markdown_text import BlockKind
from tests.unit.domain.translation_samples import CRAFTED_EN, CRAFTED_RU, EN, RU, merged


def _shape(original: str, translation: str) -> list[tuple[tuple[int, ...] | None, ...]]:
    return [
        (pair.original.indexes if pair.original else None,
         pair.translation.indexes if pair.translation else None)
        for pair in align_bodies(original, translation)
    ]


def test_paragraphs_keep_offsets_and_headings() -> None:
    paragraphs = split_paragraphs(EN)
    assert [p.kind for p in paragraphs].count(BlockKind.HEADING) == 2
    for paragraph in paragraphs:
        assert EN[paragraph.start : paragraph.end] == paragraph.text
    assert paragraphs[0].text.startswith("Kazakhstan and Uzbekistan have agreed")


def test_demo_translation_aligns_one_to_one_with_confident_scores() -> None:
    pairs = align_bodies(EN, RU)
    assert [pair.kind for pair in pairs] == [BeadKind.ONE_ONE] * len(split_paragraphs(EN))
    assert all(pair.score > 0.2 for pair in pairs)
    heading = next(p for p in pairs if p.original and p.original.text == "## Why it matters")
    assert heading.translation is not None
    assert heading.translation.text == "## Почему это важно"


def test_anchors_survive_translation() -> None:
    en = anchors_of(CRAFTED_EN[4])
    ru = anchors_of(CRAFTED_RU[4])
    assert {"num:1.2", "key:neh-kg"} <= en.exact & ru.exact  # 1.2 and 1,2 are one number
    assert "month:4" in anchors_of(CRAFTED_EN[0]).exact & anchors_of(CRAFTED_RU[0]).exact
    similarity = anchor_similarity(en, ru)
    assert similarity is not None and similarity > 0.6
    unrelated = anchor_similarity(anchors_of(CRAFTED_EN[4]), anchors_of(CRAFTED_RU[0]))
    assert unrelated is not None and unrelated < similarity


@pytest.mark.parametrize("added", range(len(CRAFTED_EN)))
def test_paragraph_added_in_the_original_stands_alone(added: int) -> None:
    original = "\n\n".join(CRAFTED_EN)
    translation = "\n\n".join(CRAFTED_RU[:added] + CRAFTED_RU[added + 1 :])
    expected: list[tuple[tuple[int, ...] | None, ...]] = []
    j = 0
    for i in range(len(CRAFTED_EN)):
        if i == added:
            expected.append(((i,), None))
        else:
            expected.append(((i,), (j,)))
            j += 1
    assert _shape(original, translation) == expected


@pytest.mark.parametrize("added", [1, 2, 5, 6, 8])
def test_demo_paragraph_added_in_the_original(added: int) -> None:
    ru = [p.text for p in split_paragraphs(RU)]
    shape = _shape(EN, "\n\n".join(ru[:added] + ru[added + 1 :]))
    assert ((added,), None) in shape
    assert shape.count(((added + 1,), (added,))) == 1 or added + 1 == len(ru)


@pytest.mark.parametrize("first", [0, 1, 4])
def test_paragraphs_merged_in_the_translation_form_one_row(first: int) -> None:
    original = "\n\n".join(CRAFTED_EN)
    translation = merged(CRAFTED_RU, first)
    pairs = align_bodies(original, translation)
    row = next(p for p in pairs if p.original and p.original.index == first)
    assert row.kind is BeadKind.TWO_ONE
    assert row.original is not None and row.original.indexes == (first, first + 1)
    # The merged row is one span of the body, ready to be selected in an editor.
    assert original[row.original.start : row.original.end] == row.original.text
    assert len(pairs) == len(CRAFTED_EN) - 1


def test_demo_merge_in_translation() -> None:
    ru = [p.text for p in split_paragraphs(RU)]
    assert ((5, 6), (5,)) in _shape(EN, merged(ru, 5))


def test_paragraph_added_by_the_translator() -> None:
    note = ("Примечание редакции: соглашение вступит в силу после ратификации парламентами "
            "обеих стран, на что, по оценкам юристов, уйдет несколько недель.")
    ru = [p.text for p in split_paragraphs(RU)]
    shape = _shape(EN, "\n\n".join([*ru[:7], note, *ru[7:]]))
    assert (None, (7,)) in shape


def test_empty_sides() -> None:
    assert align_bodies("", "") == ()
    only = align_bodies("One paragraph.\n\nTwo.", "")
    assert [p.kind for p in only] == [BeadKind.ONE_ZERO, BeadKind.ONE_ZERO]
    assert all(p.score == 0 for p in only)
