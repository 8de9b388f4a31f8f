"""The attribution checker as an editor meets it: which quotes, figures and sources it flags."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.domain.attribution import Finding, FindingKind, Severity, check_attribution
from newsdesk.domain.people import Source, SourceKind

NBSP = "\u00a0"
REGISTRY = {
    "kazinform": Source("kazinform", "Kazinform", SourceKind.NEWS_AGENCY, url="https://inform.kz"),
    "official": Source(
        "official", "Ministry official", on_record=False, anonymity_reason="not authorised"
    ),
    "insider": Source("insider", "Government insider", on_record=False),
}


def check(body: str, language: str = "en") -> list[Finding]:
    return check_attribution(body, REGISTRY, language=language)


def flagged_quotes(body: str, language: str = "en") -> list[str]:
    """The flagged quotes as the editor would see them selected in the body."""
    return [
        body[f.start : f.end]
        for f in check(body, language)
        if f.kind is FindingKind.UNATTRIBUTED_QUOTE
    ]


def test_unattributed_quote_is_an_error_that_selects_the_quote_and_quotes_it() -> None:
    body = "Water talks resumed.\n\n“Nobody in the region can afford another dry summer.”"

    [finding] = check(body)

    assert finding.kind is FindingKind.UNATTRIBUTED_QUOTE
    assert finding.severity is Severity.ERROR
    assert body[finding.start : finding.end] == (
        "“Nobody in the region can afford another dry summer.”"
    )
    assert finding.paragraph == 1
    assert "“Nobody in the region can afford…”" in finding.message
    assert "paragraph 2" in finding.message


@pytest.mark.parametrize(
    "body",
    [
        "“We will not allow the Aral Sea to disappear,” the minister said.",
        "The minister told reporters: “We will not allow the Aral Sea to disappear.”",
        "“We will not allow the Aral Sea to disappear,” according to the ministry.",
        "“We will not allow the Aral Sea to disappear,” he added.",
        "“We will not allow the Aral Sea to disappear,” [Kazinform](source:kazinform).",
        "«Мы не допустим исчезновения Аральского моря никогда», — сказал министр.",
        "«Мы не допустим исчезновения Аральского моря никогда»,— заявила министр.",
        "По словам министра, «мы не допустим исчезновения Аральского моря никогда».",
        "«Мы не допустим исчезновения Аральского моря никогда», как передаёт Казинформ.",
        "«Мы не допустим исчезновения Аральского моря никогда», как передает Казинформ.",
        "«Мы не допустим исчезновения Аральского моря никогда», — говорится в сообщении.",
        "«Мы не допустим исчезновения, — подчеркнул министр, — Аральского моря никогда».",
    ],
)
def test_attributed_quotes_are_not_flagged(body: str) -> None:
    assert check(body, "ru" if "«" in body else "en") == []


@pytest.mark.parametrize(
    "body",
    [
        "“We said from the start that the pipeline would be built.”",
        "«Мы сказали жителям заранее, что нужно покинуть дома у реки».",
        "“The ministry reported to us that the dam would hold this spring.”",
    ],
)
def test_attribution_words_inside_the_quote_do_not_attribute_it(body: str) -> None:
    assert flagged_quotes(body) == [body.rstrip(".")]


@pytest.mark.parametrize(
    "body",
    [
        "The unsaid truth: “Nobody in the region can afford another dry summer.”",
        "A resaid line: “Nobody in the region can afford another dry summer.”",
        "Her essays tell it: “Nobody in the region can afford another dry summer.”",
        "Несказанное: «Никто в регионе не может позволить себе ещё одно сухое лето».",
    ],
)
def test_attribution_words_match_whole_words_only(body: str) -> None:
    assert len(flagged_quotes(body)) == 1


def test_attribution_words_match_in_any_case_and_across_nbsp() -> None:
    body = f"“Nobody in the region can afford another dry summer,” ACCORDING{NBSP}TO the ministry."

    assert check(body) == []


def test_short_scare_quotes_are_never_flagged() -> None:
    body = (
        "The government called them “terrorists”, and the so-called “water war” of "
        "«Водного союза» ended with a „big deal“ and ‘five short words in here’."
    )

    assert flagged_quotes(body) == []


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("«Это лучший парк в регионе».", "ru"),
        ("Парк открыли в субботу. «Это лучший парк».", "ru"),
        ("«Ожидание того стоило»", "ru"),
        ("“Worth the wait.”", "en"),
        ("The park opened on Saturday. “Worth the wait.”", "en"),
        ("“Enough. Let us work.”", "en"),
        ("*“We are not afraid.”*", "en"),
        ("The rally ended. ‘Freedom of speech is guaranteed.’", "en"),
        ("Officials were silent: “Nothing has been signed.”", "en"),
    ],
)
def test_a_full_sentence_in_quotes_needs_a_speaker_however_short(body: str, language: str) -> None:
    [finding] = check(body, language)

    assert finding.kind is FindingKind.UNATTRIBUTED_QUOTE


@pytest.mark.parametrize(
    "body",
    [
        "Силовики задержали сторонников группировки «Исламское государство».",
        "«Исламское государство» вербует мигрантов.",
        "«Кайрат Алматы» — чемпион страны.",
        "Так называемая «реформа» застопорилась.",
        "The so-called “reform” has stalled.",
        "Boxer Zhanibek “Zhako” Alimkhanuly won.",
        "The festival shows Aktan Arym Kubat’s “Centaur.”",
        "“Air Astana Group” plans new flights.",
        "«Казмунайгаз», крупнейшая компания страны, отчитался о прибыли.",
        "The service is branded “Silk Road Express.”",
        "«Манас».",
    ],
)
def test_titles_names_nicknames_and_scare_quotes_need_no_speaker(body: str) -> None:
    assert check(body, "ru" if "«" in body else "en") == []


def test_a_long_quote_inside_a_sentence_still_needs_a_speaker() -> None:
    body = "The bill “would silence the last independent voices in the country”."

    assert flagged_quotes(body) == ["“would silence the last independent voices in the country”"]


@pytest.mark.parametrize(
    "body",
    [
        "As Finance Minister Almaz Baketaev put it, “The budget cannot wait.”",
        "Как выразился министр, «бюджет ждать не может».",
        "Tashiev told reporters:\n\n“The border will be peaceful.”",
        "Ташиев заявил журналистам:\n\n«Граница будет мирной».",
        "“Prices have not covered costs for years.”\n\nthe ministry’s spokesman said.",
        "«Тарифы много лет не покрывали затрат».\n\n— пояснил пресс-секретарь министерства.",
        "“Our trade will double.” Nurtleu did not say when.",
        "Жапаров говорил жёстко. «С коррупцией покончено».",
    ],
)
def test_attribution_across_a_sentence_or_a_stray_paragraph_break(body: str) -> None:
    assert check(body, "ru" if "«" in body else "en") == []


def test_a_full_sentence_in_the_next_paragraph_does_not_attribute_the_quote() -> None:
    body = "“The walls just fell.”\n\nThe shepherd said so to TCA later."

    assert flagged_quotes(body) == ["“The walls just fell.”"]


def test_a_colon_paragraph_without_a_speaker_does_not_attribute_the_next() -> None:
    body = "The decree in full:\n\n“All schools will teach in Uzbek.”"

    assert flagged_quotes(body) == ["“All schools will teach in Uzbek.”"]


def test_apostrophes_do_not_open_or_close_quotes() -> None:
    body = "Russia’s and Kazakhstan’s ministers’ plans for the region’s water don’t change."

    assert check(body) == []


def test_nested_quotes_belong_to_their_outer_quote() -> None:
    english = "“They call it ‘cooperation’ but it is a debt trap for the whole region.”"
    russian = "«Программа „С дипломом — в село“ помогает, но этого недостаточно»."

    assert flagged_quotes(english) == [english]
    assert flagged_quotes(russian, "ru") == [russian.rstrip(".")]


def test_british_single_quotes_are_quotes_when_they_open_after_a_space() -> None:
    body = "Reporters heard it. ‘The government’s priority is to keep inflation low this year.’"

    assert flagged_quotes(body) == [
        "‘The government’s priority is to keep inflation low this year.’"
    ]


def test_straight_double_quotes_work_like_curly_ones() -> None:
    attributed = '"The helicopters will patrol the border with Afghanistan," the ministry stated.'
    alone = '"The situation on the border remains tense and dangerous."'

    assert check(attributed) == []
    assert flagged_quotes(alone) == [alone]


def test_quote_over_paragraphs_is_attributed_by_any_of_its_paragraphs() -> None:
    body = (
        "“The railway will become a new artery of trade between China and Europe.\n\n"
        "“It will create thousands of jobs in Kyrgyzstan.\n\n"
        "“We call on all partners to join the project,” President Japarov said."
    )

    assert check(body) == []


def test_unattributed_quote_over_paragraphs_is_one_finding_spanning_the_run() -> None:
    body = (
        "“The construction will take about six years.\n\n"
        "“Financing has been agreed.”\n\n"
        "Work starts in May."
    )

    [finding] = check(body)

    assert body[finding.start : finding.end] == (
        "“The construction will take about six years.\n\n“Financing has been agreed.”"
    )
    assert finding.paragraph == 0
    assert "paragraphs 1–2" in finding.message


def test_a_closed_quote_does_not_lend_its_attribution_to_the_next_paragraph() -> None:
    body = (
        "“We have learned the lessons of the dry years,” the minister said.\n\n"
        "“Nobody can afford another summer like the one we had.”"
    )

    assert flagged_quotes(body) == ["“Nobody can afford another summer like the one we had.”"]


def test_an_unclosed_quote_without_continuation_ends_with_its_paragraph() -> None:
    body = "“Nobody can afford another summer like the one we had\n\nPrices rose in May."

    assert flagged_quotes(body) == ["“Nobody can afford another summer like the one we had"]


def test_code_headings_and_link_titles_are_not_quotes() -> None:
    body = (
        "# “A headline that quotes a whole sentence of speech”\n\n"
        'Paste `"this is a code example with more than six words"` here.\n\n'
        "```\n“A fenced block with a long quote in it, never checked”\n```\n\n"
        'See the [video](https://gov.uz/v "Ministry video with a long six word title").'
    )

    assert check(body) == []


def test_offsets_and_paragraphs_count_headings_and_code_blocks() -> None:
    body = (
        "## Reaction\n\n"
        "```\ncode\n\nmore code\n```\n\n"
        "“Without courts that we trust, nothing will change.”"
    )

    [finding] = check(body)

    assert finding.paragraph == 2
    assert body[finding.start : finding.end].startswith("“Without courts")


@pytest.mark.parametrize(
    ("body", "figures"),
    [
        ("Exports grew 15 percent to 1.2 million tonnes.", "15 percent, 1.2 million tonnes"),
        ("The project will cost $40 billion.", "$40 billion"),
        ("Inflation reached 8.5% in March.", "8.5%"),
        (f"The border is 972{NBSP}kilometers long.", "972 kilometers"),
        (f"Ущерб оценивается в 40{NBSP}млн сомов.", "40 млн сомов"),
        ("Товарооборот вырос на 11,4 процента.", "11,4 процента"),
        ("Бюджет составил 3 млрд.", "3 млрд"),
        ("The base hosts about 7,000 troops.", "7,000"),
    ],
)
def test_unsourced_figures_are_a_warning_naming_them(body: str, figures: str) -> None:
    [finding] = check(body)

    assert finding.kind is FindingKind.UNSOURCED_NUMBERS
    assert finding.severity is Severity.WARNING
    assert f"({figures})" in finding.message
    assert body[finding.start : finding.end].replace(NBSP, " ").startswith(figures.split(",")[0])


@pytest.mark.parametrize(
    "body",
    [
        "In 2025, the plan will be reviewed on March 15.",
        "The talks took place on 12 June 2024 in room 5.",
        "1. Build new reservoirs\n2. Line canals with concrete\n3. Meter water use",
        "Exports grew 15 percent, the ministry said.",
        "Exports grew 15 percent, [Kazinform reported](source:kazinform).",
        "По данным Минэнерго, выработка выросла на 7%.",
        "Code `rate = 15%` is not a figure.",
    ],
)
def test_years_dates_lists_and_sourced_figures_are_not_warned_about(body: str) -> None:
    assert check(body) == []


def test_unknown_source_is_reported_at_each_citation() -> None:
    body = "Talks resumed, [TASS reported](source:tass). Later [TASS](source:tass) added more."

    findings = check(body)

    assert [(f.kind, f.source_key, f.severity) for f in findings] == [
        (FindingKind.UNKNOWN_SOURCE, "tass", Severity.ERROR)
    ] * 2
    assert body[findings[0].start : findings[0].end] == "[TASS reported](source:tass)"
    assert "“tass”" in findings[0].message and "registry" in findings[0].message


def test_malformed_key_is_reported_as_invalid_not_just_unknown() -> None:
    [finding] = check("Talks resumed, [Kazinform reported](source:Kazinform).")

    assert finding.kind is FindingKind.UNKNOWN_SOURCE
    assert "not a valid source key" in finding.message


def test_anonymous_source_needs_a_reason_reported_once_per_source() -> None:
    body = (
        "Prices will rise, [an insider said](source:insider).\n\n"
        "Wages will not, [the insider added](source:insider).\n\n"
        "Talks stalled, [an official said](source:official)."
    )

    findings = check(body)

    assert [(f.kind, f.source_key, f.paragraph) for f in findings] == [
        (FindingKind.ANONYMOUS_WITHOUT_REASON, "insider", 0)
    ]
    assert "Government insider" in findings[0].message
    assert body[findings[0].start : findings[0].end] == "[an insider said](source:insider)"


def test_a_blank_reason_does_not_count_as_a_reason() -> None:
    registry = {"aide": Source("aide", "Presidential aide", on_record=False, anonymity_reason=" ")}

    findings = check_attribution("Talks stalled, [an aide said](source:aide).", registry)

    assert [f.kind for f in findings] == [FindingKind.ANONYMOUS_WITHOUT_REASON]


def test_citations_in_code_are_not_checked_against_the_registry() -> None:
    assert check("Type `[TASS](source:tass)` to cite TASS.") == []


def test_findings_come_in_reading_order() -> None:
    body = (
        "[Unknown](source:nobody) reported it.\n\n"
        "“Nobody in the region can afford another dry summer.”\n\n"
        "Exports grew 15 percent."
    )

    kinds = [f.kind for f in check(body)]

    assert kinds == [
        FindingKind.UNKNOWN_SOURCE,
        FindingKind.UNATTRIBUTED_QUOTE,
        FindingKind.UNSOURCED_NUMBERS,
    ]


def test_message_suggests_attribution_in_the_story_language() -> None:
    body = "«Никто в регионе не может позволить себе ещё одно сухое лето»."

    [russian] = check(body, "ru")
    [english] = check(body, "en")

    assert "сказала она" in russian.message
    assert "she said" in english.message


def test_empty_body_has_no_findings() -> None:
    assert check("") == []


WIRE_ALPHABET = st.sampled_from(
    [*'“”«»„‘’"`#>-*[]()\n 0123456789%$.,—', "said", "source:kazinform", "word", NBSP]
)


@given(st.lists(WIRE_ALPHABET, max_size=80).map("".join))
def test_any_text_gives_findings_that_point_inside_the_body(body: str) -> None:
    for finding in check(body):
        assert 0 <= finding.start < finding.end <= len(body)
        assert finding.severity is finding.kind.severity
        assert finding.message
