"""Recovered text against the stored story: what is offered, and each choice, on both backends."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from newsdesk.domain.article import Article, Status
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.services.recovery import (
    RECOVERED_SUFFIX,
    keep_both,
    keep_mine,
    keep_stored,
    recovery_offers,
)
from newsdesk.services.recovery_journal import RecoveryJournal, story_key


@pytest.fixture
def newsroom(database_url: str) -> Iterator[Newsroom]:
    room = open_newsroom(database_url)
    yield room
    room.close()


@pytest.fixture
def journal(newsroom: Newsroom, tmp_path: Path) -> RecoveryJournal:
    return RecoveryJournal(tmp_path / "recovery", newsroom.house.newsroom_id())


def _story(newsroom: Newsroom) -> Article:
    return newsroom.articles.create(Article(
        headline="Tashkent metro extends its yellow line",
        body="TASHKENT (TCA) — Four new stations open on Friday.",
    ))


def test_a_newsroom_keeps_one_identity_whoever_asks(newsroom: Newsroom) -> None:
    first = newsroom.house.newsroom_id()
    assert len(first) == 32
    assert newsroom.house.newsroom_id() == first
    assert "_newsroom_id" not in {f for f in newsroom.house.settings().__dataclass_fields__}


def test_only_text_the_newsroom_does_not_hold_is_offered(
    newsroom: Newsroom, journal: RecoveryJournal
) -> None:
    stored = _story(newsroom)
    other = newsroom.articles.create(Article(headline="Almaty air quality alert"))
    journal.write(story_key(stored.id), replace(stored, body=stored.body + " More soon."))
    journal.write(story_key(other.id), other)  # already safe: removed without a word
    journal.write(story_key(None), Article(headline="A story never stored", body="Draft"))
    journal.write(story_key(None), Article(headline="  "))  # nothing typed: nothing to offer

    review = recovery_offers(journal, newsroom.articles)

    assert review.already_saved == 2
    offered = {offer.mine.headline: offer for offer in review.offers}
    assert set(offered) == {stored.headline, "A story never stored"}
    assert offered[stored.headline].stored == stored
    assert offered["A story never stored"].stored is None
    assert journal.read(story_key(other.id)) is None


def test_text_of_another_newsrooms_story_with_the_same_id_is_set_aside(
    newsroom: Newsroom, journal: RecoveryJournal
) -> None:
    stored = _story(newsroom)
    assert stored.created_at is not None
    impostor = replace(stored, headline="Someone else's story", created_at=stored.created_at
                       .replace(year=stored.created_at.year - 3))
    journal.write(story_key(stored.id), impostor)

    review = recovery_offers(journal, newsroom.articles)

    assert review.offers == []
    assert len(review.set_aside) == 1
    assert "another newsroom" in review.set_aside[0].reason
    assert newsroom.articles.get(stored.id or 0) == stored


def test_keep_mine_stores_the_recovered_text_and_keeps_the_stored_one_as_a_revision(
    newsroom: Newsroom, journal: RecoveryJournal
) -> None:
    stored = _story(newsroom)
    mine = replace(stored, body=stored.body + " Fares stay at 2,000 som.")
    journal.write(story_key(stored.id), mine)
    # A colleague saved after the recovered text was made: theirs must survive too.
    theirs = newsroom.articles.save(replace(stored, deck="Colleague's deck"))
    [offer] = recovery_offers(journal, newsroom.articles).offers
    assert offer.colleague_saved_since

    saved = keep_mine(offer, newsroom.articles, journal)

    assert saved.body == mine.body
    assert saved.version == theirs.version + 1
    revisions = newsroom.articles.revisions(stored.id or 0)
    assert revisions[-1].note == "Before recovered text replaced it"
    with newsroom.uow() as uow:
        snapshot = uow.revisions.for_article(stored.id or 0)[-1].snapshot
    assert snapshot["deck"] == "Colleague's deck"
    assert journal.read(offer.entry.key) is None


def test_keep_mine_for_a_story_never_stored_creates_it(
    newsroom: Newsroom, journal: RecoveryJournal
) -> None:
    key = story_key(None)
    journal.write(key, Article(headline="Bishkek night market opens", body="Stalls sell…"))
    [offer] = recovery_offers(journal, newsroom.articles).offers

    saved = keep_mine(offer, newsroom.articles, journal)

    assert saved.id is not None
    assert newsroom.articles.get(saved.id).body == "Stalls sell…"
    assert journal.read(key) is None


def test_keep_both_adds_a_draft_and_leaves_the_stored_story_alone(
    newsroom: Newsroom, journal: RecoveryJournal
) -> None:
    stored = newsroom.articles.save(replace(_story(newsroom), status=Status.EDITING))
    journal.write(story_key(stored.id), replace(stored, body="My recovered lede."))
    [offer] = recovery_offers(journal, newsroom.articles).offers

    copy = keep_both(offer, newsroom.articles, journal)

    assert copy.id != stored.id
    assert copy.headline == stored.headline + RECOVERED_SUFFIX
    assert copy.status is Status.DRAFT and copy.body == "My recovered lede."
    assert newsroom.articles.get(stored.id or 0) == stored


def test_keep_both_names_a_russian_story_s_draft_in_russian(
    newsroom: Newsroom, journal: RecoveryJournal
) -> None:
    stored = newsroom.articles.save(replace(_story(newsroom), language="ru",
                                            headline="Ночной рынок Бишкека открылся"))
    journal.write(story_key(stored.id), replace(stored, body="Мой восстановленный лид."))
    [offer] = recovery_offers(journal, newsroom.articles).offers

    copy = keep_both(offer, newsroom.articles, journal)

    assert copy.headline == "Ночной рынок Бишкека открылся (восстановлено)"
    assert copy.body == "Мой восстановленный лид."


def test_keep_stored_sets_the_recovered_text_aside_without_deleting_it(
    newsroom: Newsroom, journal: RecoveryJournal
) -> None:
    stored = _story(newsroom)
    journal.write(story_key(stored.id), replace(stored, body="Discarded by choice."))
    [offer] = recovery_offers(journal, newsroom.articles).offers

    aside = keep_stored(offer, journal)

    assert "Discarded by choice." in aside.moved_to.read_text(encoding="utf-8")
    assert recovery_offers(journal, newsroom.articles).offers == []
    assert newsroom.articles.get(stored.id or 0) == stored


def test_a_journal_behind_a_landed_save_is_known_for_what_it_is(
    newsroom: Newsroom, journal: RecoveryJournal
) -> None:
    """The stored story holds all of the journal's text and more, on a newer version: the
    offer says so (the dialog then proposes the stored one). Text typed over the stored
    version, or changed elsewhere than the body's end, is not mistaken for it."""
    base = _story(newsroom)
    older = replace(base, body=base.body + " Fares")
    stored = newsroom.articles.save(replace(base, body=older.body + " stay at 2,000 som."))
    cases = {
        "behind": older,
        "deleted after the save": replace(stored, body=older.body),  # typed on the stored one
        "another field": replace(older, deck="A deck only the journal has"),
        "not the beginning": replace(base, body="Four new stations"),
    }
    holds_all = {}
    for name, mine in cases.items():
        journal.write(story_key(base.id), mine)
        [offer] = recovery_offers(journal, newsroom.articles).offers
        holds_all[name] = offer.stored_holds_all
    assert holds_all == {"behind": True, "deleted after the save": False,
                         "another field": False, "not the beginning": False}

    journal.write(story_key(base.id), older)
    [offer] = recovery_offers(journal, newsroom.articles).offers
    keep_stored(offer, journal)
    assert newsroom.articles.get(base.id or 0) == stored
    assert recovery_offers(journal, newsroom.articles).offers == []
