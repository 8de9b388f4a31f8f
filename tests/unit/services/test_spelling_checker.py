"""The spell checker on the real Hunspell dictionaries: what it flags and what it must not."""

from __future__ import annotations

import sys

import pytest

from newsdesk.services.spelling import SpellingUnavailableError, spelling_status
from newsdesk.services.spelling.availability import (
    available_languages,
    hunspell_broker,
    reset_spelling_backend,
)
from newsdesk.services.spelling.checker import SpellChecker
from tests.helpers.spelling import real_checker

pytestmark = pytest.mark.spelling


class HouseDictionary:
    """A stand-in for the database service: the real one reads the house word table."""

    def __init__(self, words: dict[str, set[str]]) -> None:
        self.by_language = words

    def words(self, language: str) -> frozenset[str]:
        return frozenset(self.by_language.get(language, set()))


def flagged(checker: SpellChecker, text: str) -> list[str]:
    return [text[span.start : span.end] for span in checker.misspellings(text)]


@pytest.mark.parametrize("language", ["en", "en-US", "en-GB", "ru", "ru-RU"])
def test_hunspell_is_the_provider_even_where_debian_prefers_aspell(language: str) -> None:
    assert real_checker(language).provider_name == "hunspell"


def test_english_misspellings_are_caught_and_correct_words_pass() -> None:
    checker = real_checker("en")
    text = "The goverment will recieve the delegation in Astana on Thursday."
    assert flagged(checker, text) == ["goverment", "recieve"]


def test_russian_misspellings_are_caught_and_correct_words_pass() -> None:
    checker = real_checker("ru")
    text = "Правительство Казахстана обсудило бюджет с калегами из Ташкента вчира."
    assert flagged(checker, text) == ["калегами", "вчира"]


def test_british_and_american_spelling_follow_the_article_language() -> None:
    assert flagged(real_checker("en-GB"), "The colour of the flag") == []
    assert flagged(real_checker("en-US"), "The colour of the flag") == ["colour"]


def test_typographic_apostrophes_and_contractions_pass() -> None:
    checker = real_checker("en")
    assert flagged(checker, "Russia’s envoy said they don’t and won’t agree") == []


def test_words_joined_by_non_breaking_spaces_are_checked_one_by_one() -> None:
    checker = real_checker("en")
    assert flagged(checker, "President\u00a0Kazakhstan\u00a0signed\u00a0teh\u202fdecree") == ["teh"]


def test_machine_text_is_never_flagged() -> None:
    checker = real_checker("en")
    text = (
        "Read [the statment](https://akorda.kz/qwrtz/xyzzy) and [SCO](source:sco-smmit-2024).\n"
        "Write to press@akordaa.kz or see www.tcaa-news.org/zzq.\n"
        "The SCO, TCA, CSTO and ШОС met; G7 and 2nd and 1,500 and 3.5pct.\n"
        "Call `fooo_barr()` now.\n"
        "\n"
        "```\n"
        "qwrty asdfg zxcvb\n"
        "```\n"
    )
    assert flagged(checker, text) == ["statment"]


def test_cyrillic_words_in_an_english_story_go_to_the_russian_dictionary() -> None:
    checker = real_checker("en")
    text = "The slogan «Спасибо, президент» was misspelled as «призидент»."
    assert flagged(checker, text) == ["призидент"]


def test_latin_words_in_a_russian_story_go_to_the_english_dictionary() -> None:
    checker = real_checker("ru")
    text = "Агентство Reuters сообщило о встрече, цитируя Finacial Times."
    assert flagged(checker, text) == ["Finacial"]


def test_house_words_are_accepted_in_both_scripts_and_in_compounds() -> None:
    house = HouseDictionary({"en": {"Tokayev", "Mirziyoyev"}, "ru": {"Токаев"}})
    checker = real_checker("en", house)
    text = "Tokayev and Mirziyoyev’s Tokayev-led talks; Токаев; Japarov"
    assert flagged(checker, text) == ["Japarov"]


def test_a_house_word_added_later_is_accepted_at_once() -> None:
    house = HouseDictionary({"en": set()})
    checker = real_checker("en", house)
    assert not checker.check("Japarov")
    house.by_language["en"].add("Japarov")
    checker.reload_house_words()
    assert checker.check("Japarov")
    checker.add_house_word("Rahmon")
    assert checker.check("Rahmon")


def test_ignored_words_are_accepted_only_by_the_checker_that_ignored_them() -> None:
    first = real_checker("en")
    second = real_checker("en")
    first.ignore("Qwrtzy")
    assert first.check("Qwrtzy")
    assert not second.check("Qwrtzy")
    assert first.ignored_words == frozenset({"Qwrtzy"})


def test_suggestions_are_limited_and_keep_typographic_apostrophes() -> None:
    checker = real_checker("en")
    assert checker.suggest("recieve")[0] == "receive"
    assert len(checker.suggest("teh", limit=3)) <= 3
    assert all("'" not in s for s in checker.suggest("dont’"))
    assert "президент" in real_checker("en").suggest("призидент")


def test_repeated_words_are_looked_up_once() -> None:
    checker = real_checker("en")
    checker.misspellings("the the the goverment goverment")
    assert checker.cached_words() == 2


def test_every_installed_dictionary_is_offered() -> None:
    languages = available_languages()
    for tag in ("en_US", "en_GB", "ru_RU"):
        if tag not in languages:
            real_checker(tag.replace("_", "-"))  # skips locally, fails in CI
        assert tag in languages
    assert set(languages) == set(hunspell_broker().list_languages())


def test_a_missing_dictionary_says_spelling_is_off_and_what_to_install() -> None:
    status = spelling_status("kk")
    if "kk_KZ" in available_languages():
        pytest.skip("hunspell-kk is installed here")
    assert not status.ok
    assert "Spelling is off" in status.message
    assert "sudo apt-get install hunspell-kk" in status.message
    with pytest.raises(SpellingUnavailableError, match="hunspell-kk"):
        SpellChecker("kk")


def test_without_the_enchant_library_spelling_is_off_with_the_install_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Python raises ImportError for a module set to None, exactly as when libenchant is absent.
    monkeypatch.setitem(sys.modules, "enchant", None)
    reset_spelling_backend()
    try:
        status = spelling_status("ru")
        assert not status.ok
        assert "sudo apt-get install libenchant-2-2 hunspell-ru" in status.message
        assert available_languages() == []
    finally:
        reset_spelling_backend()


def test_a_language_that_is_not_a_tag_is_named_in_the_error() -> None:
    with pytest.raises(ValueError, match="'English please'"):
        SpellChecker("English please")
