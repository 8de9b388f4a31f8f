"""Incremental tokenising while typing must find exactly the words a full pass finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.services.spelling.tokens import iter_words_in_line, retokenize_line

LINES = [
    "Kazakhstan and Uzbekistan agreed on Friday to share the water of the Syr Darya.",
    "“We will release more water,” Deputy Minister Bakhyt Ospanov [told Kazinform](source:kazinform).",
    "See https://akorda.kz/en/news/1 or write to press@gov.kz before 2025, the SCO said.",
    "Russia’s Sputnik news\u00a0agency reported that Tokayev’s well-known plan was approved.",
    "The programme at tca.org/news lists /usr/share/hunspell paths and G7 figures.",
]
PIECES = st.sampled_from(
    ["a", "e", " ", "x", "’", "-", ".", "word", " new ", "https://x.kz", "SCO", "7", "\u00a0", "]", "(", ")"]
)


@st.composite
def edits(draw: st.DrawFn) -> tuple[str, str]:
    old = draw(st.sampled_from(LINES))
    position = draw(st.integers(0, len(old)))
    if draw(st.booleans()):
        new = old[:position] + draw(PIECES) + old[position:]
    else:
        width = draw(st.integers(1, 4))
        new = old[:position] + old[position + width:]
    return old, new


@settings(max_examples=400, deadline=None)
@given(edits())
def test_incremental_equals_full(edit: tuple[str, str]) -> None:
    old, new = edit
    old_spans, _ = iter_words_in_line(old, False)
    incremental = retokenize_line(old, old_spans, new)
    full, _ = iter_words_in_line(new, False)
    if incremental is not None:
        assert incremental == full


def test_typing_a_letter_reuses_the_rest_of_the_line() -> None:
    old = LINES[0]
    new = old.replace("agreed", "agrede")
    old_spans, _ = iter_words_in_line(old, False)
    result = retokenize_line(old, old_spans, new)
    assert result is not None
    assert [s.word for s in result] == [s.word for s in iter_words_in_line(new, False)[0]]


def test_lines_with_code_or_html_fall_back_to_a_full_pass() -> None:
    old = "Run `make test` now"
    assert retokenize_line(old, iter_words_in_line(old, False)[0], old + "!") is None
