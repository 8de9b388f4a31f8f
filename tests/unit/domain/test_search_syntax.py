"""The search box's syntax: words, "exact phrases", OR, and -exclusions, never an error."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.domain.search_syntax import SearchExpression, SearchTerm, parse_search


def words(*parts: str, prefix: bool = False) -> SearchTerm:
    return SearchTerm(tuple(parts), prefix=prefix)


def test_plain_words_must_all_match_and_the_last_is_still_being_typed() -> None:
    assert parse_search("water Tashk") == SearchExpression(
        ((words("water"),), (words("Tashk", prefix=True),))
    )


def test_a_quoted_phrase_keeps_its_words_together_and_is_never_a_prefix() -> None:
    assert parse_search('"water deal" Bishkek') == SearchExpression(
        ((words("water", "deal"),), (words("Bishkek", prefix=True),))
    )
    assert parse_search('Bishkek "water deal"') == SearchExpression(
        ((words("Bishkek"),), (words("water", "deal"),))
    )


def test_or_joins_the_words_on_either_side_in_english_and_russian() -> None:
    assert parse_search("Tashkent OR Bishkek OR Osh") == SearchExpression(
        ((words("Tashkent"), words("Bishkek"), words("Osh", prefix=True)),)
    )
    assert parse_search("Ташкент ИЛИ Бишкек вода") == SearchExpression(
        ((words("Ташкент"), words("Бишкек")), (words("вода", prefix=True),))
    )
    # Lower-case "or" is a word like any other; a leading or trailing OR is ignored.
    assert parse_search("or") == SearchExpression(((words("or", prefix=True),),))
    assert parse_search("OR water OR") == SearchExpression(((words("water"),),))


def test_minus_and_not_exclude_a_word_or_a_phrase() -> None:
    assert parse_search('water -draft NOT Osh -"price rise"') == SearchExpression(
        ((words("water"),),), (words("draft"), words("Osh"), words("price", "rise"))
    )
    assert parse_search("-draft") == SearchExpression((), (words("draft"),))


def test_hyphens_and_apostrophes_inside_a_word_are_a_phrase_not_an_exclusion() -> None:
    assert parse_search("Issyk-Kul") == SearchExpression(
        ((words("Issyk", "Kul", prefix=True),),)
    )
    assert parse_search("O’Brien says") == SearchExpression(
        ((words("O", "Brien"),), (words("says", prefix=True),))
    )


def test_yo_is_folded_as_the_index_folds_it() -> None:
    assert parse_search("Мирзиёев") == SearchExpression(((words("Мирзиеев", prefix=True),),))


def test_punctuation_unbalanced_quotes_and_lone_operators_ask_for_nothing_or_run_on() -> None:
    assert parse_search("").is_empty
    assert parse_search(" -- OR AND NOT , ").is_empty
    assert parse_search('"unbalanced quote runs on') == SearchExpression(
        ((words("unbalanced", "quote", "runs", "on"),),)
    )


@given(st.text(max_size=60))
def test_any_text_parses_into_terms_that_have_words(text: str) -> None:
    expression = parse_search(text)
    terms = [term for group in expression.required for term in group] + list(expression.excluded)
    assert all(term.words and all(term.words) for term in terms)
    assert sum(term.prefix for term in terms) <= 1
