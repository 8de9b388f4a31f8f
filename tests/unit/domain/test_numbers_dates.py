"""Numbers and dates read from English and Russian text, and properties the QA relies on."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from babel.dates import format_date
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.domain.dates import find_dates
from newsdesk.domain.numbers import find_numbers
from newsdesk.domain.text_masks import prose_mask
from newsdesk.domain.translation_qa import QaCheck, RowRef, check_row

GROUP_SPACES = (" ", "\u00a0", "\u202f")


def values(text: str, language: str) -> list[set[Decimal]]:
    return [set(m.values) for m in find_numbers(text, language) if not m.spelled]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("5.3", "en", Decimal("5.3")),
        ("5,3", "ru", Decimal("5.3")),
        ("12,500", "en", Decimal(12500)),
        ("12 500", "ru", Decimal(12500)),
        ("12\u00a0500", "ru", Decimal(12500)),
        ("12\u202f500", "en", Decimal(12500)),
        ("1,234,567.89", "en", Decimal("1234567.89")),
        ("1 234 567,89", "ru", Decimal("1234567.89")),
        ("1.3 billion", "en", Decimal("1.3E9")),
        ("1,3 млрд", "ru", Decimal("1.3E9")),
        ("2 миллиона", "ru", Decimal("2E6")),
        ("150 тыс.", "ru", Decimal(150000)),
        ("$5bn", "en", Decimal("5E9")),
        ("$5m", "en", Decimal("5E6")),
        ("5m", "en", Decimal(5)),
        ("2018-м", "ru", Decimal(2018)),
        ("1990s", "en", Decimal(1990)),
        ("24th", "en", Decimal(24)),
    ],
)
def test_a_number_reads_as_its_value(text: str, language: str, expected: Decimal) -> None:
    (readings,) = values(text, language)
    assert expected in readings


def test_an_english_grouping_copied_into_russian_reads_both_ways() -> None:
    (readings,) = values("12,500", "ru")
    assert readings == {Decimal("12.5"), Decimal(12500)}


def test_ranges_give_two_numbers_and_codes_none() -> None:
    assert values("5-7 and 5–7", "en") == [{Decimal(5)}, {Decimal(7)}, {Decimal(5)}, {Decimal(7)}]
    assert values("G7, COVID-19, Su-27, A320, MH17", "en") == []


def test_spelled_numbers_are_soft() -> None:
    mentions = find_numbers("двух из трёх, twenty-five, семеро, two million", "ru")
    assert [(m.text, m.values, m.spelled) for m in mentions] == [
        ("двух", frozenset({Decimal(2)}), True),
        ("трёх", frozenset({Decimal(3)}), True),
        ("twenty-five", frozenset({Decimal(25)}), True),
        ("семеро", frozenset({Decimal(7)}), True),
        ("two million", frozenset({Decimal(2_000_000)}), True),
    ]
    assert find_numbers("семья", "ru") == []  # family, not seven


def test_masks_keep_offsets_and_blank_links_phones_times() -> None:
    text = "See [the site](https://a.kg/2018) or call +7 495 123 45 67 at 10:30, `v2.4`."
    masked = prose_mask(text)
    assert len(masked) == len(text)
    assert values(masked, "en") == []
    assert masked.startswith("See [the site]")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("April 24", "en", (None, 4, 24, None)),
        ("24 April 2018", "en", (2018, 4, 24, None)),
        ("Apr. 3", "en", (None, 4, 3, None)),
        ("2018-04-24", "en", (2018, 4, 24, None)),
        ("24.04.2018", "ru", (2018, 4, 24, None)),
        ("24 апреля 2018 года", "ru", (2018, 4, 24, None)),
        ("в апреле", "ru", (None, 4, None, None)),
        ("к маю", "ru", (None, 5, None, None)),
        ("в августе 2023 г.", "ru", (2023, 8, None, None)),
        ("во вторник", "ru", (None, None, None, 1)),
        ("в воскресенье", "ru", (None, None, None, 6)),
        ("Tuesday", "en", (None, None, None, 1)),
    ],
)
def test_a_date_reads_as_its_parts(
    text: str, language: str, expected: tuple[int | None, ...]
) -> None:
    (mention,) = find_dates(text, language)
    assert (mention.year, mention.month, mention.day, mention.weekday) == expected


def test_not_dates() -> None:
    assert find_dates("Prices may rise; the march went on; tuesday", "en") == []
    assert find_dates("среди экспертов, окружающей среды, в среде", "ru") == []
    assert [(m.month, m.day) for m in find_dates("April 45", "en")] == [(4, None)]


# -- properties ----------------------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(GROUP_SPACES))
def test_any_integer_in_english_and_russian_style_is_the_same_number(
    number: int, space: str
) -> None:
    english = f"{number:,}"
    russian = english.replace(",", space)
    assert Decimal(number) in values(english, "en")[0]
    assert Decimal(number) in values(russian, "ru")[0]
    problems = check_row(f"Exports reached {english} tonnes.", f"Экспорт достиг {russian} тонн.",
                         source_lang="en", target_lang="ru", row=RowRef.paragraph(1))
    assert problems == []


@given(
    st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(("billion", "million", "thousand")),
)
def test_any_decimal_with_a_scale_matches_its_russian_form(value: Decimal, scale: str) -> None:
    english = f"{value:,.2f}"
    russian = english.replace(",", " ").replace(".", ",")
    ru_scale = {"billion": "млрд", "million": "млн", "thousand": "тыс."}[scale]
    problems = check_row(f"Trade reached ${english} {scale}.",
                         f"Товарооборот достиг {russian} {ru_scale} долларов.",
                         source_lang="en", target_lang="ru", row=RowRef.paragraph(1))
    assert problems == []


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
@settings(max_examples=200)
def test_any_date_in_english_matches_it_in_russian(day: date) -> None:
    english = format_date(day, "MMMM d, y", locale="en")
    weekday = format_date(day, "EEEE", locale="en")
    russian = format_date(day, "d MMMM y 'года'", locale="ru")
    russian_weekday = format_date(day, "EEEE", locale="ru")
    preposition = "во" if day.weekday() == 1 else "в"
    if day.weekday() == 2:
        russian_weekday = "среду"
    elif day.weekday() in (4, 5):
        russian_weekday = russian_weekday[:-1] + "у"  # пятницу, субботу
    problems = check_row(f"The talks began on {weekday}, {english}.",
                         f"Переговоры начались {preposition} {russian_weekday}, {russian}.",
                         source_lang="en", target_lang="ru", row=RowRef.paragraph(1))
    assert problems == []
    other = format_date(day.replace(day=1 if day.day != 1 else 2), "d MMMM y 'года'", locale="ru")
    wrong = check_row(f"The talks began on {english}.", f"Переговоры начались {other}.",
                      source_lang="en", target_lang="ru", row=RowRef.paragraph(1))
    assert [p.check for p in wrong] == [QaCheck.DATES]


@given(st.text(max_size=200), st.text(max_size=200))
@settings(max_examples=300)
def test_any_text_gives_spans_inside_it(original: str, translation: str) -> None:
    for problem in check_row(original, translation, source_lang="en", target_lang="ru",
                             row=RowRef.paragraph(1)):
        text = original if problem.side.value == "original" else translation
        assert 0 <= problem.start <= problem.end <= len(text)
        if problem.check is not QaCheck.UNTRANSLATED:
            assert text[problem.start : problem.end] == problem.token
        assert problem.message
