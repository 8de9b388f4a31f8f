"""House setting keys: every key's rule, custom templates checked against real datelines."""

from __future__ import annotations

from datetime import date
from importlib.resources import files

import markdown
import pytest

from newsdesk.domain.article import Dateline
from newsdesk.domain.dateline import DatelineTemplateError, format_dateline, open_first_paragraph
from newsdesk.domain.dateline_template_check import (
    SAMPLE_DATELINES,
    check_custom_template,
    starts_a_block,
)
from newsdesk.domain.errors import InvalidInputError
from newsdesk.domain.house import DatelineStyle, HouseSettings
from newsdesk.domain.house_keys import (
    KEY_NAMES,
    check_settings,
    check_value,
    parse_text,
    read_stored,
    value_of,
    value_text,
    with_value,
)
from newsdesk.domain.interchange import parse_story


def test_the_keys_are_the_ones_users_are_told_about() -> None:
    assert KEY_NAMES == (
        "outlet_name", "agency_credit", "dateline_style", "dateline_template", "site_url",
        "default_language", "headline_limit", "word_target", "show_sources",
    )
    for key in KEY_NAMES:  # every key reads back as the CLI prints it
        default = value_of(HouseSettings(), key)
        assert parse_text(key, value_text(default)) == default


def test_a_new_newsroom_pretends_to_be_no_outlet_and_links_nowhere() -> None:
    house = HouseSettings()
    assert (house.outlet_name, house.agency_credit, house.site_url) == ("", "", "")
    assert check_settings(house) == house  # the defaults pass their own rules


@pytest.mark.parametrize(
    ("key", "text", "expected"),
    [
        ("outlet_name", "  Kabar Desk ", "Kabar Desk"),
        ("agency_credit", "KD", "KD"),
        ("dateline_style", "Reuters", DatelineStyle.REUTERS),
        ("dateline_template", "{CITY} ({agency}), {date_ap} —", "{CITY} ({agency}), {date_ap} —"),
        ("site_url", "https://Kabar.KG/news/", "https://kabar.kg/news"),
        ("site_url", "  ", ""),
        ("default_language", "en_GB", "en-GB"),
        ("default_language", "ru", "ru"),
        ("headline_limit", " 120 ", 120),
        ("word_target", "0", 0),
        ("show_sources", "No", False),
        ("show_sources", "on", True),
    ],
)
def test_typed_values_are_read_and_normalised(key: str, text: str, expected: object) -> None:
    assert parse_text(key, text) == expected


@pytest.mark.parametrize(
    ("key", "text", "why"),
    [
        ("headline_limit", "ninety", "'ninety' is not a whole number"),
        ("headline_limit", "9", "must be between 10 and 500"),
        ("word_target", "-5", "must be between 0"),
        ("show_sources", "maybe", "'maybe' is not yes or no"),
        ("dateline_style", "nyt", "'nyt' is not a dateline style; choose one of: ap, reuters"),
        ("default_language", "xx", "'xx' is not a language tag Newsdesk knows"),
        ("default_language", "English", "'English' is not a language tag"),
        ("site_url", "kabar.kg", "is not an http or https address"),
        ("site_url", "ftp://kabar.kg", "is not an http or https address"),
        ("site_url", "https://kabar.kg/?page=1", "has a query, fragment or login"),
        ("site_url", "https://example.org", "is a placeholder address"),
        ("site_url", "https://news.example", "is a placeholder address"),
        ("site_url", "https://kabar kg", "has a space in it"),
        ("outlet_name", "Kabar\nDesk", "must be one line"),
        ("agency_credit", "K" * 101, "the limit is 100"),
        ("dateline_template", "{CITY} {nonsense}", "Unknown field {nonsense}"),
        ("dateline_template", "{CITY", "unbalanced braces"),
        ("dateline_template", "", "template is empty"),
    ],
)
def test_bad_values_are_refused_naming_the_key(key: str, text: str, why: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        parse_text(key, text)
    assert caught.value.field == key
    assert why in caught.value.message
    assert str(caught.value).startswith(f"field '{key}': ")


def test_unknown_and_internal_keys_are_refused() -> None:
    for key in ("paywall", "_newsroom_id", "custom_dateline_template"):
        with pytest.raises(InvalidInputError, match=f"'{key}' is not a house setting; "
                                                    "the keys are: outlet_name, "):
            parse_text(key, "x")


def test_typed_checks_do_not_coerce() -> None:
    with pytest.raises(InvalidInputError, match="must be a whole number, not \"90\""):
        check_value("headline_limit", "90")
    with pytest.raises(InvalidInputError, match="must be a whole number, not true"):
        check_value("word_target", True)
    with pytest.raises(InvalidInputError, match="must be yes or no, not 1"):
        check_value("show_sources", 1)
    with pytest.raises(InvalidInputError, match="must be text, not 5"):
        check_value("outlet_name", 5)
    assert with_value(HouseSettings(), "show_sources", False).show_sources_list is False
    assert with_value(HouseSettings(), "dateline_template", "{CITY} —").dateline_template == (
        "{CITY} —")


@pytest.mark.parametrize(
    ("template", "shown"),
    [
        ("{day}. {CITY} ({agency}) —", "1. BISHKEK (TCA) —"),  # a numbered list
        ("{year}. {CITY} —", "2025. BISHKEK —"),
        ("# {CITY} —", "# BISHKEK —"),  # a heading
        ("> {CITY} —", "> BISHKEK —"),  # a quote
        ("- {CITY} —", "- BISHKEK —"),  # a bullet list
        ("* {CITY} —", "* BISHKEK —"),
        ("+ {CITY} —", "+ BISHKEK —"),
        ("| {CITY} | {date} —", "| BISHKEK | March 1 —"),  # a table row
        ("<div>{CITY} —", "<div>BISHKEK —"),  # an HTML block
    ],
)
def test_templates_that_change_the_lede_are_refused_with_the_dateline_that_shows_it(
    template: str, shown: str
) -> None:
    with pytest.raises(DatelineTemplateError, match="makes the first paragraph Markdown") as caught:
        check_custom_template(template)
    assert "Start the template with the city or a word" in str(caught.value)
    # Quoted for the first real dateline that shows the problem (Bishkek, 1 March 2025).
    assert format_dateline(SAMPLE_DATELINES[0], DatelineStyle.CUSTOM, template=template) == shown
    assert repr(shown) in str(caught.value)


def test_a_template_that_only_bites_for_some_datelines_is_caught_by_one_that_has_a_date() -> None:
    template = "{day}. {CITY} —"
    undated = (Dateline(city="Osh"),)
    check_custom_template(template, undated)  # "OSH —": harmless without a date
    dated = Dateline(city="Osh", date=date(2025, 1, 9))
    with pytest.raises(DatelineTemplateError, match=r"'9\. OSH —'"):
        check_custom_template(template, (*undated, dated))
    # ...and the same template is refused for the house: the samples include dated datelines.
    with pytest.raises(DatelineTemplateError):
        check_custom_template("{day}. {agency} —")


@pytest.mark.parametrize(
    "template",
    [
        "{CITY}, {country} ({agency}) —",
        "{CITY} ({agency}), {date_ap} —",
        "{agency}: {CITY} —",
        "{date_iso} {CITY} —",  # "2025-03-01 BISHKEK" is not a list
        "{CITY_RU}, {date_ru}. /{agency}/.",
        "--- {CITY}",  # a rule needs the line to itself
    ],
)
def test_templates_that_keep_the_lede_a_paragraph_pass(template: str) -> None:
    check_custom_template(template)


def _demo_datelines() -> list[Dateline]:
    folder = files("newsdesk.assets") / "demo" / "stories"
    return [parse_story(item.read_text(encoding="utf-8"), item.name).article.dateline
            for item in folder.iterdir() if item.name.endswith(".md")]


def test_every_accepted_template_keeps_the_lede_of_the_demo_stories() -> None:
    """The check's sample datelines stand for real ones: on the demo newsroom's own
    datelines, the lede of an accepted template is a paragraph in the exported HTML (the
    exporters' Markdown), and a refused one breaks the lede of some demo story."""
    datelines = _demo_datelines()
    assert len(datelines) >= 12 and any(d.date for d in datelines)
    body = "Officials met on Monday.\n\nThey agreed."
    for template in ("{CITY}, {date} ({agency}) —", "{agency}: {CITY_RU} —", "{day}. {CITY} —",
                     "# {CITY} —", "{year}. {agency} —"):
        try:
            check_custom_template(template)
            accepted = True
        except DatelineTemplateError:
            accepted = False
        ledes = [markdown.markdown(open_first_paragraph(body, format_dateline(
            dateline, DatelineStyle.CUSTOM, template=template))) for dateline in datelines]
        assert all(html.startswith("<p>") for html in ledes) == accepted, template


def test_rows_from_a_newer_release_are_reported_and_ignored_never_raised() -> None:
    stored = read_stored({
        "_newsroom_id": "abc",  # internal: neither a setting nor a problem
        "_memory_rebuilt": True,
        "outlet_name": "Kabar",
        "paywall": {"after": 3},  # a key a newer release knows
        "headline_limit": "ninety",  # a value of a type this release does not expect
        "dateline_style": "nyt",  # a style this release does not know
        "show_sources_list": False,  # the older name of show_sources
    })
    assert stored.settings == HouseSettings(outlet_name="Kabar", show_sources_list=False)
    assert stored.stored == {"outlet_name", "show_sources"}
    reasons = {row.key: row.reason for row in stored.ignored}
    assert set(reasons) == {"paywall", "headline_limit", "dateline_style"}
    assert reasons["paywall"].startswith("not a setting this release knows")
    assert reasons["headline_limit"] == 'must be a whole number, not "ninety" (the default is used)'
    assert "'nyt' is not a dateline style" in reasons["dateline_style"]


def test_a_key_s_own_row_wins_over_its_older_name() -> None:
    stored = read_stored({"show_sources_list": False, "show_sources": True})
    assert stored.settings.show_sources is True and not stored.ignored


def test_starts_a_block_follows_the_exporters_rule_for_the_lede() -> None:
    for text in ("1. OSH —", "# OSH —", "> OSH", "- OSH", "* OSH", "+ OSH", "1) OSH", "| OSH"):
        assert starts_a_block(text), text
    for text in ("OSH —", "2025-03-01 OSH —", "«ОШ» —", "*OSH* —", "TCA: OSH —"):
        assert not starts_a_block(text), text
