"""One-line fields: line breaks become spaces, control characters go, the words stay."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.domain.article import Article, BylineEntry, Dateline
from newsdesk.domain.one_line import one_line, one_line_article


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("Plain headline", "Plain headline"),
        ("  padded  ", "padded"),
        ("Two\nlines", "Two lines"),
        ("Windows\r\nline \r\n  break", "Windows line break"),
        ("Tab\tseparated", "Tab separated"),
        ("Unicode\u2028line\u2029breaks\x85too", "Unicode line breaks too"),
        ("Clear\x1b[2Jscreen and bell\x07", "Clear[2Jscreen and bell"),
        ("C1 \x9bcontrol", "C1 control"),
        ("Алматы\u00a0— non-breaking space stays", "Алматы\u00a0— non-breaking space stays"),
        ("keeps a NUL\x00 for validation to name", "keeps a NUL\x00 for validation to name"),
    ],
)
def test_one_line(text: str, cleaned: str) -> None:
    assert one_line(text) == cleaned


@given(st.text())
def test_one_line_is_one_line_without_controls_and_idempotent(text: str) -> None:
    cleaned = one_line(text)
    assert not any(ch in cleaned for ch in "\n\r\t\x1b\x07\x85\u2028\u2029\x7f\x9b")
    assert one_line(cleaned) == cleaned


def test_every_one_line_field_of_an_article_is_cleaned_and_the_body_kept() -> None:
    article = Article(
        headline="Head\nline\x07", deck="Deck\x1b", slug="slug", body="Body\nkeeps\tits\x07 text",
        tags=("a\nb", "a b", "\x07"), byline=(BylineEntry("Dana\x1b[31m\nErmekova"),),
        dateline=Dateline(city="Osh\x07", country="Kyrgyz\nRepublic", agency="A\tP",
                          state="S\x9b", timezone="Asia/Bishkek\x00"),
    )
    cleaned = one_line_article(article)
    assert (cleaned.headline, cleaned.deck, cleaned.tags) == ("Head line", "Deck", ("a b",))
    assert cleaned.byline[0].name == "Dana[31m Ermekova"
    assert cleaned.dateline == Dateline(city="Osh", country="Kyrgyz Republic", agency="A P",
                                        state="S", timezone="Asia/Bishkek\x00")
    assert cleaned.body == article.body
    plain = Article(headline="Fine")
    assert one_line_article(plain) is plain
