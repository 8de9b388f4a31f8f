"""Which words of a Markdown story the spell checker sees, and where they are."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.services.spelling.tokens import iter_words, iter_words_in_line


def words(text: str) -> list[str]:
    return [span.word for span in iter_words(text)]


def test_offsets_point_at_the_words_in_the_original_text() -> None:
    text = "## Leaders meet\n\nTokayev **greeted** Mirziyoyev in _Astana_."
    for span in iter_words(text):
        assert text[span.start : span.end] == span.word
    assert words(text) == ["Leaders", "meet", "Tokayev", "greeted", "Mirziyoyev", "in", "Astana"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("See [the report](https://akorda.kz/en/news/xyzzy) now", ["See", "the", "report", "now"]),
        ("Visit https://tca.org/qwrty?id=7 or www.exmple.com/abc", ["Visit", "or"]),
        ("Bare domain akorda.kz and tca.org/news here", ["Bare", "domain", "and", "here"]),
        ("Mail press.office@mfa.kz today", ["Mail", "today"]),
        ("Run `pip instal fooo` first", ["Run", "first"]),
        ("Use ``a `tick` inside`` too", ["Use", "too"]),
        ('The <span class="lede">lede</span> tag', ["The", "lede", "tag"]),
        ("Cited [envoy](source:mfa-kz-2024) and source:interfax_1", ["Cited", "envoy", "and"]),
        ("The SCO and TCA and ШОС and NGOs met", ["The", "and", "and", "and", "met"]),
        ("On 12 May the G7 and 2nd round", ["On", "May", "the", "and", "round"]),
        ("Ref [the text][bbcx] here", ["Ref", "the", "text", "here"]),
        ("Tom&nbsp;said &mdash; no", ["Tom", "said", "no"]),
    ],
)
def test_machine_text_and_markup_are_skipped(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_reference_definitions_and_code_blocks_are_skipped() -> None:
    text = (
        "Intro line\n"
        '[1]: https://example.org/report "Reprot title"\n'
        "\n"
        "    indented cdoe block\n"
        "\n"
        "```python\n"
        "def fooo(): retrun\n"
        "```\n"
        "~~~\n"
        "qwrty\n"
        "~~~\n"
        "Outro line\n"
    )
    assert words(text) == ["Intro", "line", "Outro", "line"]


def test_list_items_indented_four_spaces_are_still_prose() -> None:
    assert words("    - first itme") == ["first", "itme"]


def test_typographic_apostrophes_stay_inside_words_and_become_straight() -> None:
    text = "Russia’s envoy said ‘don’t’ and ‘quoted’"
    spans = list(iter_words(text))
    assert [s.word for s in spans] == ["Russia's", "envoy", "said", "don't", "and", "quoted"]
    assert text[spans[0].start : spans[0].end] == "Russia’s"


def test_hyphenated_words_are_one_word() -> None:
    assert words("a well-known кто-то figure") == ["well-known", "кто-то", "figure"]


@pytest.mark.parametrize("space", ["\u00a0", "\u2009", "\u202f", "\u2007", "\u3000", "\u200b"])
def test_unicode_spaces_split_words(space: str) -> None:
    text = f"Kassym-Jomart{space}Tokayev{space}said"
    assert words(text) == ["Kassym-Jomart", "Tokayev", "said"]


def test_soft_hyphens_are_dropped_from_the_checked_word() -> None:
    assert words("inter\u00adnational") == ["international"]


def test_line_variant_carries_the_fenced_block_state() -> None:
    spans, inside = iter_words_in_line("```", False)
    assert (spans, inside) == ([], True)
    spans, inside = iter_words_in_line("prnt(x)", inside)
    assert (spans, inside) == ([], True)
    spans, inside = iter_words_in_line("```", inside)
    assert (spans, inside) == ([], False)
    spans, inside = iter_words_in_line("back to prose", inside)
    assert [s.word for s in spans] == ["back", "to", "prose"]
    assert inside is False


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_every_span_is_a_slice_of_the_text(text: str) -> None:
    for span in iter_words(text):
        assert 0 <= span.start < span.end <= len(text)
        sliced = text[span.start : span.end]
        assert sliced.replace("’", "'").replace("ʼ", "'").replace("\u00ad", "") == span.word
