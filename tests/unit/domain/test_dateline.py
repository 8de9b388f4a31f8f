"""The dateline every story opens with, in each wire style, exactly as editors expect it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.domain.article import Dateline
from newsdesk.domain.dateline import (
    DatelineError,
    DatelineTemplateError,
    dateline_day,
    format_dateline,
    open_first_paragraph,
)
from newsdesk.domain.house import DatelineStyle, HouseSettings


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# --- AP --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        (Dateline(city="Beijing", country="China", agency="TCA"), "BEIJING (TCA) —"),
        (Dateline(city="Almaty", country="Kazakhstan", agency="TCA"), "ALMATY, Kazakhstan (TCA) —"),
        (Dateline(city="Buenos Aires", country="Argentina", agency="AP"),
         "BUENOS AIRES, Argentina (AP) —"),
        (Dateline(city="Fort Washington", state="PA", agency="AP"), "FORT WASHINGTON, Pa. (AP) —"),
        (Dateline(city="Fort Washington", country="United States", state="Pennsylvania",
                  agency="AP"), "FORT WASHINGTON, Pa. (AP) —"),
        (Dateline(city="Boise", country="US", state="ID", agency="AP"), "BOISE, Idaho (AP) —"),
        (Dateline(city="Beijing", country="China"), "BEIJING —"),
        (Dateline(city="Atlanta", country="United States", state="GA", agency="AP"),
         "ATLANTA (AP) —"),
        (Dateline(city="Saint Louis", country="US", state="MO", agency="AP"), "SAINT LOUIS (AP) —"),
        (Dateline(city="São Paulo", country="Brazil", agency="AP"), "SÃO PAULO (AP) —"),
        # A stand-alone name in another country is not the famous city.
        (Dateline(city="Moscow", country="US", state="ID", agency="AP"), "MOSCOW, Idaho (AP) —"),
        (Dateline(city="London", country="Canada", agency="AP"), "LONDON, Canada (AP) —"),
        (Dateline(city="London", country="GB", agency="AP"), "LONDON (AP) —"),
        # A state only makes a US dateline when it is a US state.
        (Dateline(city="Sydney", state="NSW", agency="AAP"), "SYDNEY (AAP) —"),
        (Dateline(city="Newcastle", state="NSW", country="Australia", agency="AAP"),
         "NEWCASTLE, Australia (AAP) —"),
        # A country code is spelled out, as AP prints names.
        (Dateline(city="Almaty", country="KZ", agency="TCA"), "ALMATY, Kazakhstan (TCA) —"),
        # AP leaves the date out of the dateline.
        (Dateline(city="Osh", country="Kyrgyzstan", agency="TCA", date=date(2024, 5, 1)),
         "OSH, Kyrgyzstan (TCA) —"),
    ],
)  # fmt: skip
def test_ap_style(dateline: Dateline, expected: str) -> None:
    assert format_dateline(dateline, DatelineStyle.AP) == expected


@pytest.mark.parametrize(
    ("city", "country"),
    [("Tashkent", "Uzbekistan"), ("Bishkek", "Kyrgyzstan"), ("Dushanbe", "Tajikistan"),
     ("Ashgabat", "Turkmenistan"), ("Astana", "Kazakhstan")],
)  # fmt: skip
def test_ap_no_central_asian_capital_stands_alone(city: str, country: str) -> None:
    dateline = Dateline(city=city, country=country, agency="TCA")
    assert format_dateline(dateline, DatelineStyle.AP) == f"{city.upper()}, {country} (TCA) —"


def test_ap_is_the_house_default() -> None:
    assert HouseSettings().dateline_style is DatelineStyle.AP


# --- Reuters and AFP -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        (Dateline(city="Beijing", agency="Reuters", date=date(2024, 4, 24)),
         "BEIJING, April 24 (Reuters) -"),
        (Dateline(city="London", agency="Reuters", date=date(2024, 1, 30)),
         "LONDON, Jan 30 (Reuters) -"),
        (Dateline(agency="Reuters", date=date(2024, 1, 30)), "Jan 30 (Reuters) -"),
        (Dateline(city="Damascus", agency="Reuters"), "DAMASCUS (Reuters) -"),
        (Dateline(city="Almaty", country="Kazakhstan", agency="Reuters", date=date(2024, 9, 5)),
         "ALMATY, Sept 5 (Reuters) -"),
    ],
)  # fmt: skip
def test_reuters_style(dateline: Dateline, expected: str) -> None:
    assert format_dateline(dateline, DatelineStyle.REUTERS) == expected


def test_afp_style() -> None:
    dateline = Dateline(city="Stockholm", agency="AFP", date=date(2014, 8, 29))
    assert format_dateline(dateline, DatelineStyle.AFP) == "STOCKHOLM, Aug 29, 2014 (AFP) -"
    undated = Dateline(city="Stockholm", agency="AFP")
    assert format_dateline(undated, DatelineStyle.AFP) == "STOCKHOLM (AFP) -"


# --- Superdesk/AAP: the published vectors ----------------------------------------------------


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        (Dateline(city="Sydney", timezone="Australia/Sydney", agency="AAP",
                  filed_at=utc("2015-06-02T22:53")), "SYDNEY, June 3 AAP -"),
        (Dateline(city="Sydney", state="NSW", timezone="Australia/Sydney", agency="AAP",
                  filed_at=utc("2015-06-02T22:53")), "SYDNEY, NSW, June 3 AAP -"),
        (Dateline(city="Sydney", country="AU", timezone="Australia/Sydney", agency="AAP",
                  filed_at=utc("2015-06-02T22:53")), "SYDNEY, AU, June 3 AAP -"),
        (Dateline(city="Sydney", state="NSW", country="AU", timezone="Australia/Sydney",
                  agency="AAP", filed_at=utc("2015-06-02T22:53")), "SYDNEY, NSW, AU, June 3 AAP -"),
        (Dateline(city="Sydney", timezone="Australia/Sydney", agency="AAP",
                  filed_at=utc("2015-06-02T10:00")), "SYDNEY, June 2 AAP -"),
        (Dateline(city="Almaty", timezone="Asia/Almaty", agency="TCA",
                  filed_at=utc("2020-12-31T20:00")), "ALMATY, Jan 1 TCA -"),
        (Dateline(city="Tashkent", timezone="Asia/Tashkent", agency="TCA",
                  filed_at=utc("2025-02-14T12:00")), "TASHKENT, Feb 14 TCA -"),
        (Dateline(city="Bishkek", timezone="Asia/Bishkek", agency="TCA",
                  filed_at=utc("2025-03-01T12:00")), "BISHKEK, March 1 TCA -"),
        (Dateline(city="Beijing", timezone="Asia/Shanghai", agency="TCA",
                  filed_at=utc("2024-09-04T18:30")), "BEIJING, Sept 5 TCA -"),
        (Dateline(city="Atlanta", timezone="America/New_York", agency="AP",
                  filed_at=utc("2015-02-20T03:30")), "ATLANTA, Feb 19 AP -"),
        (Dateline(city="London", timezone="Europe/London", agency="Reuters",
                  filed_at=utc("2024-10-31T23:30")), "LONDON, Oct 31 Reuters -"),
        # Where Superdesk writes "PRAGUE, Dec 8  -" we write one space.
        (Dateline(city="Prague", timezone="Europe/Prague", filed_at=utc("2024-12-08T09:00")),
         "PRAGUE, Dec 8 -"),
    ],
)  # fmt: skip
def test_superdesk_vectors(dateline: Dateline, expected: str) -> None:
    assert format_dateline(dateline, DatelineStyle.SUPERDESK) == expected


def test_superdesk_writes_the_country_as_its_code() -> None:
    dateline = Dateline(city="Sydney", country="Australia", agency="AAP", date=date(2015, 6, 3))
    assert format_dateline(dateline, DatelineStyle.SUPERDESK) == "SYDNEY, AU, June 3 AAP -"


@pytest.mark.parametrize(
    ("month", "word"),
    [(1, "Jan"), (2, "Feb"), (3, "March"), (4, "April"), (5, "May"), (6, "June"), (7, "July"),
     (8, "Aug"), (9, "Sept"), (10, "Oct"), (11, "Nov"), (12, "Dec")],
)  # fmt: skip
def test_wire_months_and_day_without_leading_zero(month: int, word: str) -> None:
    dateline = Dateline(city="Osh", agency="TCA", date=date(2025, month, 7))
    assert format_dateline(dateline, DatelineStyle.SUPERDESK) == f"OSH, {word} 7 TCA -"
    assert format_dateline(dateline, DatelineStyle.REUTERS) == f"OSH, {word} 7 (TCA) -"


# --- Which day ------------------------------------------------------------------------------


def test_day_is_the_day_at_the_dateline_city() -> None:
    instant = utc("2024-03-10T21:00")  # already March 11 in Almaty, still March 10 in London
    assert dateline_day(Dateline(filed_at=instant, timezone="Asia/Almaty")) == date(2024, 3, 11)
    assert dateline_day(Dateline(filed_at=instant, timezone="Europe/London")) == date(2024, 3, 10)


def test_day_without_a_zone_is_the_utc_day() -> None:
    instant = datetime(2024, 3, 11, 2, 0, tzinfo=timezone(timedelta(hours=5)))
    assert dateline_day(Dateline(filed_at=instant)) == date(2024, 3, 10)


def test_filed_at_wins_over_the_plain_date() -> None:
    dateline = Dateline(date=date(2020, 1, 1), filed_at=utc("2024-05-02T12:00"))
    assert dateline_day(dateline) == date(2024, 5, 2)
    assert dateline_day(Dateline(date=date(2020, 1, 1))) == date(2020, 1, 1)


def test_unknown_time_zone_names_the_field() -> None:
    dateline = Dateline(city="Osh", filed_at=utc("2024-05-02T12:00"), timezone="Asia/Nowhere")
    with pytest.raises(
        DatelineError, match=r"Unknown time zone .Asia/Nowhere. in the dateline.s time zone field"
    ):
        format_dateline(dateline, DatelineStyle.SUPERDESK)


# --- Russian wire styles ---------------------------------------------------------------------


def test_tass_style() -> None:
    dateline = Dateline(city="Москва", agency="ТАСС", date=date(2024, 4, 24))
    assert format_dateline(dateline, DatelineStyle.TASS) == "МОСКВА, 24 апреля. /ТАСС/."
    assert format_dateline(
        Dateline(city="Москва", date=date(2024, 4, 24)), DatelineStyle.TASS
    ) == "МОСКВА, 24 апреля."  # fmt: skip
    assert format_dateline(Dateline(city="Москва", agency="ТАСС"), DatelineStyle.TASS) == (
        "МОСКВА. /ТАСС/."
    )


def test_ria_style() -> None:
    dateline = Dateline(city="Москва", agency="РИА Новости", date=date(2024, 4, 24))
    assert format_dateline(dateline, DatelineStyle.RIA) == "МОСКВА, 24 апр — РИА Новости."


def test_russian_styles_print_the_russian_name_of_a_gazetteer_city() -> None:
    dateline = Dateline(city="Bishkek", gazetteer_id=1528675, agency="ТАСС", date=date(2025, 5, 3))
    assert format_dateline(dateline, DatelineStyle.TASS) == "БИШКЕК, 3 мая. /ТАСС/."


# --- Custom templates ------------------------------------------------------------------------

HOUSE_TEMPLATE = HouseSettings().custom_dateline_template


@pytest.mark.parametrize(
    ("template", "dateline", "expected"),
    [
        (HOUSE_TEMPLATE, Dateline(city="Bishkek", country="Kyrgyzstan", agency="TCA"),
         "BISHKEK, Kyrgyzstan (TCA) —"),
        (HOUSE_TEMPLATE, Dateline(city="Bishkek", country="Kyrgyzstan"), "BISHKEK, Kyrgyzstan —"),
        (HOUSE_TEMPLATE, Dateline(city="Bishkek", agency="TCA"), "BISHKEK (TCA) —"),
        (HOUSE_TEMPLATE, Dateline(city="Bishkek"), "BISHKEK —"),
        ("{city} | {date_ap}, {year}", Dateline(city="Osh", date=date(2025, 9, 1)),
         "Osh | Sept. 1, 2025"),
        ("{CITY}, {date_iso} [{AGENCY}]", Dateline(city="Osh", agency="tca",
                                                   date=date(2025, 9, 1)), "OSH, 2025-09-01 [TCA]"),
        ("{CITY} ({agency}, {date}) -", Dateline(city="Osh", agency="TCA", date=date(2025, 9, 1)),
         "OSH (TCA, Sept 1) -"),
        ("{CITY} ({agency}, {date}) -", Dateline(city="Osh", date=date(2025, 9, 1)),
         "OSH, Sept 1 -"),
        ("{CITY}, {state_ap} {{{agency}}}", Dateline(city="Erie", state="PA", agency="AP"),
         "ERIE, Pa. {AP}"),
    ],
)  # fmt: skip
def test_custom_templates(template: str, dateline: Dateline, expected: str) -> None:
    assert format_dateline(dateline, DatelineStyle.CUSTOM, template=template) == expected


def test_unknown_template_field_is_named() -> None:
    with pytest.raises(DatelineTemplateError, match=r"\{town\}") as caught:
        format_dateline(Dateline(city="Osh"), DatelineStyle.CUSTOM, template="{town}, {date}")
    assert caught.value.field == "town"


@pytest.mark.parametrize("template", ["{CITY", "{CITY!r}", "{}", "   "])
def test_broken_templates_are_refused_with_a_message(template: str) -> None:
    with pytest.raises(DatelineTemplateError, match="dateline"):
        format_dateline(Dateline(city="Osh"), DatelineStyle.CUSTOM, template=template)


def test_empty_dateline_gives_nothing_in_every_style() -> None:
    for style in DatelineStyle:
        assert format_dateline(Dateline(), style, template=HOUSE_TEMPLATE) == ""


# --- Opening the first paragraph -------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Militants attacked.\n\nMore.", "BEIJING (TCA) — Militants attacked.\n\nMore."),
        ("\n\nMilitants attacked.", "\n\nBEIJING (TCA) — Militants attacked."),
        ("# Headline\n\nMilitants attacked.", "# Headline\n\nBEIJING (TCA) — Militants attacked."),
        ("# Headline\nMilitants attacked.", "# Headline\nBEIJING (TCA) — Militants attacked."),
        ("Headline\n========\n\nLede.", "Headline\n========\n\nBEIJING (TCA) — Lede."),
        ("- one\n- two\n\n  still the list\n\nLede.",
         "- one\n- two\n\n  still the list\n\nBEIJING (TCA) — Lede."),
        ("1. one\nlazy line\n\nLede.", "1. one\nlazy line\n\nBEIJING (TCA) — Lede."),
        ("> quoted\ncontinued\n\nLede.", "> quoted\ncontinued\n\nBEIJING (TCA) — Lede."),
        ("```\ncode\n\nnot a paragraph\n```\nLede.",
         "```\ncode\n\nnot a paragraph\n```\nBEIJING (TCA) — Lede."),
        ("    indented code\n\nLede.", "    indented code\n\nBEIJING (TCA) — Lede."),
        ("<div>\nbox\n</div>\n\nLede.", "<div>\nbox\n</div>\n\nBEIJING (TCA) — Lede."),
        ("**Bold** start.", "BEIJING (TCA) — **Bold** start."),
        ("<b>Bold</b> start.", "BEIJING (TCA) — <b>Bold</b> start."),
        ("# Only a heading", "BEIJING (TCA) —\n\n# Only a heading"),
        ("", "BEIJING (TCA) —"),
    ],
)  # fmt: skip
def test_open_first_paragraph(body: str, expected: str) -> None:
    assert open_first_paragraph(body, "BEIJING (TCA) —") == expected


def test_open_first_paragraph_with_empty_dateline_keeps_the_body() -> None:
    assert open_first_paragraph("# H\n\nText.", "") == "# H\n\nText."


# --- Properties over every style -------------------------------------------------------------

_words = st.text(alphabet=st.characters(categories=["L", "Zs", "P", "Nd"]), max_size=20)


@given(
    city=_words.filter(lambda s: s.strip() != ""),
    country=_words,
    state=_words,
    agency=_words,
    day=st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    style=st.sampled_from([s for s in DatelineStyle if s is not DatelineStyle.CUSTOM]),
)
def test_no_style_leaves_double_or_trailing_spaces(
    city: str, country: str, state: str, agency: str, day: date | None, style: DatelineStyle
) -> None:
    dateline = Dateline(city=city, country=country, state=state, agency=agency, date=day)
    text = format_dateline(dateline, style)
    assert "  " not in text
    assert text == text.strip()
    assert " ".join(city.split()).upper() in text
