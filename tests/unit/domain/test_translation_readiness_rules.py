"""The pure part of a translation's readiness: rows, change flags and QA errors as problems."""

from __future__ import annotations

from newsdesk.domain.alignment import align_bodies
from newsdesk.domain.article import Article
from newsdesk.domain.glossary import GlossaryTerm as StoredTerm
from newsdesk.domain.glossary import Rendering
from newsdesk.domain.segments import HEADLINE_KEY, body_row_keys, text_hash
from newsdesk.domain.term_matching import GlossaryTerm
from newsdesk.domain.translation_changes import desk_rows
from newsdesk.domain.translation_qa import QaCheck, QaIgnore
from newsdesk.domain.translation_readiness import (
    TranslationBasis,
    qa_terms,
    translation_problems,
)

EN = Article(headline="Water cut in Osh on May 5", deck="Two districts are affected.",
             body="The cut lasts 12 hours.\n\nCrews repair 3 pumps.", language="en")
RU = Article(headline="В Оше 5 мая отключат воду", deck="Затронуты два района.",
             body="Отключение продлится 12 часов.\n\nБригады чинят 3 насоса.", language="ru")


def test_a_faithful_translation_has_no_problem() -> None:
    assert translation_problems(RU, TranslationBasis(EN, EN)) == []


def test_an_empty_deck_is_an_untranslated_row_pointing_at_the_deck() -> None:
    problems = translation_problems(RU.__class__(**{**RU.__dict__, "deck": ""}),
                                    TranslationBasis(EN, EN))

    assert [(p.field, p.message, p.row) for p in problems] == [
        ("deck", "Deck: This row is not translated yet.", "deck")]


def test_a_wrong_number_points_at_the_translations_token() -> None:
    wrong = Article(**{**RU.__dict__, "body": RU.body.replace("3 насоса", "4 насоса")})

    problems = translation_problems(wrong, TranslationBasis(EN))

    assert [p.message for p in problems] == ["Paragraph 2: The number “3” is not in the "
                                             "translation."]
    # The original's token is missing: the jump selects the translation's paragraph.
    assert wrong.body[problems[0].start or 0 : problems[0].end] == "Бригады чинят 4 насоса."


def test_an_ignored_qa_problem_does_not_block() -> None:
    wrong = Article(**{**RU.__dict__, "body": RU.body.replace("3 насоса", "4 насоса")})
    ignore = QaIgnore("p1", QaCheck.NUMBERS, "3", "the original miscounts")

    assert translation_problems(wrong, TranslationBasis(EN), ignores=[ignore]) == []


def test_untracked_translation_has_no_change_flags() -> None:
    edited = Article(**{**EN.__dict__, "headline": "Water cut in Osh on May 6"})

    problems = translation_problems(RU, TranslationBasis(edited, None))

    # Nothing is known to have changed; QA still compares with the original now.
    assert [p.row for p in problems] == ["headline"]
    assert problems[0].message.startswith("Headline: The date “May 6”")


def test_a_headline_reworded_since_is_a_problem_a_recased_one_is_not() -> None:
    recased = Article(**{**EN.__dict__, "headline": "Water Cut in Osh on May 5"})
    reworded = Article(**{**EN.__dict__, "headline": "Water cut across Osh on May 5"})

    assert translation_problems(RU, TranslationBasis(recased, EN)) == []
    assert [(p.field, p.row) for p in translation_problems(RU, TranslationBasis(reworded, EN))] \
        == [("headline", "headline")]


def test_stored_glossary_terms_become_qa_terms() -> None:
    stored = StoredTerm(1, (Rendering("en", "Kyrgyzstan"), Rendering("ru", "Кыргызстан"),
                            Rendering("ru", "Киргизия", forbidden=True)), "house style")

    assert qa_terms([stored]) == (GlossaryTerm({"en": "Kyrgyzstan", "ru": "Кыргызстан"},
                                               {"ru": ("Киргизия",)}, "house style"),)


def test_a_row_confirmed_against_the_original_now_no_longer_blocks() -> None:
    now_text = "Crews repair 3 pumps and the wells."
    edited = Article(**{**EN.__dict__, "headline": "Water cut across Osh on May 5",
                        "body": EN.body.replace("Crews repair 3 pumps.", now_text)})
    rows = desk_rows(EN.body, edited.body, RU.body)
    keys = body_row_keys(rows, align_bodies(EN.body, RU.body))
    basis = TranslationBasis(edited, EN)
    flagged = {p.row for p in translation_problems(RU, basis)}
    assert {"headline", "p1"} <= flagged  # QA keys: the headline, the second paragraph

    confirmed = {keys[1]: text_hash(now_text), HEADLINE_KEY: text_hash(edited.headline)}
    left = translation_problems(RU, basis, confirmed=confirmed)
    assert not any("changed since it was translated" in p.message for p in left)

    # Confirmed against the text as it was (or another row's): the change still blocks.
    stale = {keys[1]: text_hash("Crews repair 3 pumps."), keys[0]: text_hash(now_text)}
    assert sum("changed since it was translated" in p.message
               for p in translation_problems(RU, basis, confirmed=stale)) == 2
