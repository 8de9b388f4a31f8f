"""The byline under the headline: who did what, in English and in Russian."""

from __future__ import annotations

import pytest

from newsdesk.domain.article import BylineEntry, Role
from newsdesk.domain.byline import format_byline

R, E, T, P = Role.REPORTER, Role.EDITOR, Role.TRANSLATOR, Role.PHOTOGRAPHER


def people(*pairs: tuple[str, Role]) -> list[BylineEntry]:
    return [BylineEntry(name=name, role=role) for name, role in pairs]


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        (people(("Aisulu Nurlanovna", R)), "By Aisulu Nurlanovna"),
        (people(("Aisulu Nurlanovna", R), ("Timur Bekov", R)),
         "By Aisulu Nurlanovna and Timur Bekov"),
        (people(("X", R), ("Y", R), ("Z", R)), "By X, Y and Z"),
        (people(("X", R), ("Y", T)), "Reported by X and translated by Y"),
        (people(("X", R), ("Y", R), ("Z", E), ("W", T)),
         "Reported by X and Y, edited by Z and translated by W"),
        (people(("X", R), ("V", P)), "Reported by X and photos by V"),
        # Groups follow the byline's order, not a fixed order of roles.
        (people(("W", T), ("X", R), ("Y", T)), "Translated by W and Y and reported by X"),
        (people(("V", P)), "Photos by V"),
        (people(("  Aisulu   Nurlanovna ", R), ("", R)), "By Aisulu Nurlanovna"),
        (people(("X", R), ("X", R)), "By X"),
        ([], ""),
    ],
)  # fmt: skip
def test_english_bylines(entries: list[BylineEntry], expected: str) -> None:
    assert format_byline(entries) == expected


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        (people(("Айсулу Нурлановна", R)), "Автор: Айсулу Нурлановна"),
        (people(("X", R), ("Y", R)), "Авторы: X и Y"),
        (people(("X", R), ("Y", R), ("Z", R)), "Авторы: X, Y и Z"),
        (people(("X", R), ("Y", T)), "Текст: X, перевод: Y"),
        (people(("X", R), ("Z", E), ("V", P)), "Текст: X, редактор: Z, фото: V"),
        (people(("X", R), ("Z", E), ("Q", E)), "Текст: X, редакторы: Z и Q"),
        (people(("Y", T)), "Перевод: Y"),
        ([], ""),
    ],
)  # fmt: skip
def test_russian_bylines(entries: list[BylineEntry], expected: str) -> None:
    assert format_byline(entries, language="ru") == expected


def test_regional_russian_codes_use_russian_forms() -> None:
    assert format_byline(people(("X", R)), language="ru-KZ") == "Автор: X"
    assert format_byline(people(("X", R)), language="kk") == "By X"
