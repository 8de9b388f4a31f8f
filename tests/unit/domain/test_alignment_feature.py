"""A feature-length story (150 paragraphs, past the full table) is aligned in a band around the
diagonal, and still finds a paragraph the translator left out early and a merge late."""

from __future__ import annotations

from newsdesk.domain.alignment import BeadKind, _columns, align_bodies

ROWS = 150


def _english(n: int) -> str:
    return (f"In week {n}, {n * 3} trucks carried {n * 11} tonnes of cotton from Termez to "
            f"Bukhara, the Uzbek transport ministry said on day {n + 7}.")


def _russian(n: int) -> str:
    return (f"На неделе {n} {n * 3} грузовиков перевезли {n * 11} тонн хлопка из Термеза в "
            f"Бухару, сообщили в минтрансе Узбекистана в день {n + 7}.")


def test_a_feature_is_priced_in_a_band_and_its_drops_and_merges_are_found() -> None:
    assert len(_columns(75, ROWS, ROWS)) < ROWS // 2  # not every pairing: a band
    translation = [_russian(n) for n in range(ROWS)]
    del translation[12]  # left out early on
    translation[130:132] = [f"{translation[130]} {translation[131]}"]  # two merged late
    pairs = align_bodies("\n\n".join(_english(n) for n in range(ROWS)),
                         "\n\n".join(translation))

    dropped = [p for p in pairs if p.kind is BeadKind.ONE_ZERO]
    assert [p.original.index for p in dropped if p.original is not None] == [12]
    [merged] = [p for p in pairs if p.kind is BeadKind.TWO_ONE]
    assert merged.original is not None and merged.original.indexes == (131, 132)
    assert sum(p.kind is BeadKind.ONE_ONE for p in pairs) == ROWS - 3
