"""Nesting depth of lists and quotes: counted like the renderer nests, capped without loss."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.domain.markdown_nesting import (
    MAX_BRACKETS,
    MAX_NESTING,
    cap_brackets,
    cap_nesting,
    first_too_deep,
    line_depth,
)


@pytest.mark.parametrize(
    ("line", "depth"),
    [
        ("Plain prose.", 0),
        ("", 0),
        ("- item", 1),
        ("    - nested item", 2),
        ("\t\t- two tabs in", 3),
        ("- - two lists on one line", 2),
        ("> quoted", 1),
        ("> > > three quotes", 3),
        ("> - a list in a quote", 2),
        ("1. first", 1),
        ("2024. A year can start a line", 1),
        ("* * * * * * * * * * * * * * * * * * * * * * * * * *", 0),  # a rule, not 26 lists
        ("---", 0),
        ("**bold** start", 0),
    ],
)
def test_line_depth(line: str, depth: int) -> None:
    assert line_depth(line) == depth


def test_first_too_deep_names_the_line_and_its_depth() -> None:
    body = "Intro\n\n" + "\n".join("    " * level + "- item" for level in range(30))
    assert first_too_deep(body) == (2 + MAX_NESTING, MAX_NESTING + 1)
    assert first_too_deep(body, limit=40) is None


def test_capping_keeps_every_word_and_the_item_markers() -> None:
    body = "\n".join("    " * level + f"- level{level}" for level in range(100))
    capped = cap_nesting(body)
    assert first_too_deep(capped) is None
    lines = capped.split("\n")
    assert len(lines) == 100
    assert all(line.strip() == f"- level{level}" for level, line in enumerate(lines))
    assert max(map(line_depth, lines)) == MAX_NESTING
    assert cap_nesting("> " * 3000 + "deep") == "> " * MAX_NESTING + "deep"
    assert cap_nesting("- " * 3000 + "deep") == "- " * MAX_NESTING + "deep"


_LINE = st.lists(
    st.sampled_from(["    ", "\t", " ", "> ", ">", "- ", "* ", "1. ", "12) "]), max_size=40
).map("".join).flatmap(lambda prefix: st.sampled_from(["x", "text", "", "- y"]).map(
    lambda text: prefix + text))


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE, max_size=8).map("\n".join), st.integers(min_value=1, max_value=12))
def test_capped_bodies_are_within_the_limit_and_shallow_ones_untouched(
    body: str, limit: int
) -> None:
    capped = cap_nesting(body, limit)
    assert first_too_deep(capped, limit) is None
    assert capped.count("\n") == body.count("\n")
    if first_too_deep(body, limit) is None:
        assert capped == body
    assert cap_nesting(capped, limit) == capped


def test_brackets_deeper_than_the_limit_or_never_closed_become_plain_text() -> None:
    ordinary = "A [link](https://example.org) and [another][ref]. " * 40
    assert cap_brackets(ordinary) == ordinary  # real stories are never touched
    stray = "code `[[[` stays, \\[ stays escaped, " + "[x " * 70 + "[link](u) end"
    capped = cap_brackets(stray)
    assert capped.startswith("code `[[[` stays, \\[ stays escaped, \\[x \\[x")
    assert capped.endswith("\\[x [link](u) end")  # the real link after stray ones survives
    deep = "[" * 100 + "x" + "]" * 100
    assert cap_brackets(deep) == ("[" * MAX_BRACKETS + "\\[" * (100 - MAX_BRACKETS) + "x"
                                  + "\\]" * (100 - MAX_BRACKETS) + "]" * MAX_BRACKETS)
    two_blocks = "[" * 70 + "\n\n" + "]" * 70  # brackets do not pair across paragraphs
    assert cap_brackets(two_blocks) == "\\[" * 70 + "\n\n" + "]" * 70
