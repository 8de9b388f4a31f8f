"""Aligning a long document (thousands of paragraphs) prices a band around the diagonal only,
and still finds a dropped paragraph and a merged pair far into it."""

from __future__ import annotations

from newsdesk.domain.alignment import BeadKind, _columns, align_bodies

ROWS = 3_000


def _original() -> list[str]:
    return [f"Paragraph {n}: {n * 7} tonnes left Aktau for Baku on day {n}." for n in range(ROWS)]


def _russian(n: int) -> str:
    return f"Абзац {n}: {n * 7} тонн ушли из Актау в Баку в день {n}."


def test_a_news_story_prices_every_pairing_a_long_document_a_band() -> None:
    assert _columns(3, 40, 45) == range(46)
    band = _columns(1_500, ROWS, ROWS)
    assert 1_500 in band and len(band) < 100
    assert ROWS in _columns(ROWS, ROWS, ROWS)  # the last cell is always reachable
    steep = _columns(10, 1_000, 30_000)  # many more translation paragraphs: still connected
    assert len(steep) > 30_000 // 1_000


def test_a_dropped_paragraph_and_a_merge_deep_in_a_long_document_are_found() -> None:
    original = _original()
    translation = [_russian(n) for n in range(ROWS)]
    del translation[1_200]  # the translator left paragraph 1200 out
    merged = 2_400 - 1  # index after the deletion
    translation[merged : merged + 2] = [f"{translation[merged]} {translation[merged + 1]}"]
    pairs = align_bodies("\n\n".join(original), "\n\n".join(translation))

    dropped = [p for p in pairs if p.kind is BeadKind.ONE_ZERO]
    assert [p.original.index for p in dropped if p.original is not None] == [1_200]
    [two] = [p for p in pairs if p.kind is BeadKind.TWO_ONE]
    assert two.original is not None and two.original.indexes == (2_400, 2_401)
    assert sum(1 for p in pairs if p.kind is BeadKind.ONE_ONE) == ROWS - 3
