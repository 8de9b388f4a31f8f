"""The checks every save and import passes: each refusal names the field the user must fix."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsdesk.domain.article import Article, Dateline
from newsdesk.domain.errors import InvalidInputError
from newsdesk.domain.validation import validate_article

GOOD = Article(headline="Osh market reopens", body="Traders are back.",
               dateline=Dateline(city="Osh", country="Kyrgyzstan", agency="TCA"),
               tags=("trade", "Fergana Valley"))


def test_a_normal_story_passes() -> None:
    validate_article(GOOD)


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"headline": " "}, "headline", "every story needs a headline"),
        ({"headline": "x" * 501}, "headline", "the limit is 500"),
        ({"body": "nul\x00"}, "body", "NUL character"),
        ({"tags": ("Bishkek, Kyrgyzstan",)}, "tags", "holds a comma"),
        ({"tags": ("x" * 101,)}, "tags", "longer than 100"),
        ({"language": "English"}, "language", "not a language tag"),
        ({"dateline": Dateline(city="Al\x00maty")}, "dateline.city", "NUL character"),
        ({"dateline": Dateline(city="Osh", agency="A" * 101)}, "dateline.agency", "limit is 100"),
        ({"dateline": Dateline(city="Osh", country="K" * 201)}, "dateline.country",
         "limit is 200"),
    ],
)
def test_a_refusal_names_the_field(changes: dict[str, object], field: str, message: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        validate_article(replace(GOOD, **changes))  # type: ignore[arg-type]
    assert caught.value.field == field
    assert message in str(caught.value)
