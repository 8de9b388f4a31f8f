"""Words ignored in one story stay with that story, for everyone (SQLite and PostgreSQL)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsdesk.domain.article import Article
from newsdesk.domain.errors import InvalidInputError, NotFoundError
from tests.helpers.newsroom import opened


def test_an_ignored_word_belongs_to_its_story_and_is_seen_from_another_connection(
    database_url: str,
) -> None:
    with opened(database_url) as mine, opened(database_url) as theirs:
        quote = mine.articles.create(Article(headline="Quote with a dialect word", body="Kelinka"))
        other = mine.articles.create(Article(headline="Another story", body="Kelinka"))
        assert mine.ignored_words.ignore(quote.id or 0, " Kelinka ") is True
        assert mine.ignored_words.ignore(quote.id or 0, "Kelinka") is False  # already there

        assert theirs.ignored_words.words(quote.id or 0) == frozenset({"Kelinka"})
        assert theirs.ignored_words.words(other.id or 0) == frozenset()


def test_ignoring_never_touches_the_story_version(database_url: str) -> None:
    """A colleague's save of the story must not be refused because someone ignored a word."""
    with opened(database_url) as room:
        story = room.articles.create(Article(headline="Osh market reopens", body="Bazaar"))
        room.ignored_words.ignore(story.id or 0, "Bazaar")
        assert room.articles.get(story.id or 0).version == story.version
        saved = room.articles.save(replace(story, body="Bazaar, again"))
        assert saved.body == "Bazaar, again"


def test_a_new_storys_list_is_stored_in_one_go_and_goes_with_the_story(database_url: str) -> None:
    with opened(database_url) as room:
        story = room.articles.create(Article(headline="Draft with names", body="Zhaparov Kelinka"))
        assert room.ignored_words.ignore_all(story.id or 0, frozenset({"Zhaparov", "Kelinka"})) == 2
        assert room.ignored_words.ignore_all(story.id or 0, frozenset({"Kelinka", "Osh"})) == 1
        assert room.ignored_words.words(story.id or 0) == {"Zhaparov", "Kelinka", "Osh"}
        room.articles.delete(story.id or 0)
        with pytest.raises(NotFoundError, match=f"#{story.id}"):
            room.ignored_words.ignore(story.id or 0, "Kelinka")
        assert room.ignored_words.words(story.id or 0) == frozenset()


def test_a_phrase_or_an_overlong_word_is_refused_and_nothing_is_stored(database_url: str) -> None:
    with opened(database_url) as room:
        story = room.articles.create(Article(headline="Names", body="text"))
        for bad in ("two words", "", "x" * 201, "nul\x00word"):
            with pytest.raises(InvalidInputError) as caught:
                room.ignored_words.ignore(story.id or 0, bad)
            assert caught.value.field == "word"
        with pytest.raises(InvalidInputError):
            room.ignored_words.ignore_all(story.id or 0, frozenset({"fine", "not fine"}))
        assert room.ignored_words.words(story.id or 0) == frozenset()


def test_a_duplicate_starts_with_the_originals_ignored_words(database_url: str) -> None:
    with opened(database_url) as room:
        story = room.articles.create(Article(headline="Bazaar day", body="Kurut and kelinka"))
        room.ignored_words.ignore_all(story.id or 0, frozenset({"Kurut", "kelinka"}))
        copy = room.articles.duplicate(story.id or 0)
        assert copy.id != story.id
        assert room.ignored_words.words(copy.id or 0) == {"Kurut", "kelinka"}
        room.ignored_words.ignore(copy.id or 0, "Osh")  # the lists are separate from here on
        assert room.ignored_words.words(story.id or 0) == {"Kurut", "kelinka"}
