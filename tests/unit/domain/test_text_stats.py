"""The status line counts what a reader of the published story sees, not the Markdown typed."""

from __future__ import annotations

import pytest

from newsdesk.domain.text_stats import TextStats, describe_length, text_stats, visible_text


@pytest.mark.parametrize(
    ("markdown", "words"),
    [
        # The QA story: a citation's target is not a word the reader sees.
        ("Residents welcomed the news. LASTWORDS [Kazinform](source:kazinform)", 6),
        ("[the ministry said](source:ministry-energy-kg) on Wednesday.", 5),
        ("[text](https://example.com/a/b-c.html \"Title\") ok", 2),
        ("![Two words](photo.png)", 2),
        ("## Why it matters ##", 3),
        ("**Bold** claim, _italic_ aside and ~~struck~~ out", 7),
        ("See https://example.com/a/b-c.html?x=1 for the text", 5),
        ("Write to <https://tca.example/contact> today", 4),
        ("> A quoted line\n- first item\n1. second item", 7),
        ("Heading\n=======\n\n---\n\nText", 2),
        ("[tca]: https://tca.example/about\n\nRead [the page][tca].", 3),
        ("A <b>bold</b> tag", 3),
        ("U.S.-led talks, Russia’s well-known 3.5 per cent", 7),
        ("```\ncode stays visible\n```", 3),
    ],
)
def test_words_are_those_a_reader_sees(markdown: str, words: int) -> None:
    assert text_stats(markdown).words == words


def test_characters_are_the_visible_text_not_the_markup() -> None:
    stats = text_stats("**Bold** [claim](source:kazinform)")
    assert visible_text("**Bold** [claim](source:kazinform)") == "Bold claim"
    assert stats == TextStats(words=2, characters=len("Bold claim"))


def test_escaped_markup_characters_stay_as_the_reader_sees_them() -> None:
    assert visible_text(r"A \*literal\* star and \_x\_") == "A *literal* star and _x_"


def test_snake_case_and_inner_underscores_are_kept_in_a_word() -> None:
    assert visible_text("the file_name field") == "the file_name field"
    assert text_stats("the file_name field").words == 3


def test_plain_prose_is_counted_unchanged() -> None:
    prose = "The city opened two new metro stations on Friday."
    assert visible_text(prose) == prose
    assert text_stats(prose) == TextStats(words=9, characters=len(prose))


def test_the_status_line_reads_words_characters_minutes_and_target() -> None:
    stats = text_stats(" ".join(["word"] * 231))
    assert stats.reading_minutes == 2
    assert describe_length(stats, 600) == (
        "231 words · 1,154 characters · 2 min read · 369 to go (target 600)"
    )
    assert describe_length(TextStats(1, 4), 0) == "1 word · 4 characters · 1 min read"
