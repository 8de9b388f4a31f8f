"""A new story is created with its window's journal key (migration 0010), on both backends: the
journal of a window killed before it heard the new id finds the story, a retried first save
edits it instead of creating a second, and a create that dies half-way stores neither."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy import event

from newsdesk.db.engine import make_engine
from newsdesk.db.migrate import alembic_config, current_revision
from newsdesk.db.models import ArticleTagRow
from newsdesk.db.schema_version import SCHEMA_HEAD
from newsdesk.domain.article import Article, Dateline
from newsdesk.domain.query import ArticleQuery
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.recovery import keep_both, keep_mine, recovery_offers
from newsdesk.services.recovery_journal import RecoveryJournal, story_key
from tests.helpers.newsroom import opened

HEADLINE = "Bishkek buses go electric"


def _typed(body: str = "Forty buses arrive in March.") -> Article:
    """A new story as the window has it before its first save (no id, no slug)."""
    return Article(headline=HEADLINE, body=body, tags=("transport",),
                   dateline=Dateline(city="Bishkek", country="Kyrgyzstan"))


def _headlines(room: Newsroom) -> list[str]:
    return sorted(s.headline for s in room.articles.page(ArticleQuery(), 0, 100))


def test_a_retried_first_save_edits_the_story_it_created(room: Newsroom) -> None:
    """The connection dropped after the commit: the window saves again with the same key."""
    key = story_key(None)
    first = room.articles.save(_typed(), client_key=key)
    assert room.articles.find_by_client_key(key) == first
    again = room.articles.save(_typed("Forty buses arrive in March. Sixty in May."),
                               client_key=key)
    assert (again.id, again.version, again.slug) == (first.id, 2, first.slug)
    assert _headlines(room) == [HEADLINE]
    assert room.articles.find_by_client_key(story_key(None)) is None
    other = room.articles.save(_typed(), client_key=story_key(None))  # another window's
    assert other.id != first.id and len(_headlines(room)) == 2


def test_a_journal_killed_before_the_window_heard_the_id_names_the_created_story(
    room: Newsroom, tmp_path: Path
) -> None:
    journal = RecoveryJournal(tmp_path / "recovery", room.house.newsroom_id())
    key = story_key(None)
    journal.write(key, _typed())
    room.articles.save(_typed(), client_key=key)  # committed; the window was killed here
    review = recovery_offers(journal, room.articles)
    assert (review.offers, review.already_saved) == ([], 1)  # the journal's text is stored
    assert journal.read(key) is None

    journal.write(key, _typed("Forty buses arrive in March. Typed after the snapshot."))
    [offer] = recovery_offers(journal, room.articles).offers
    assert offer.stored is not None and offer.mine.id == offer.stored.id
    assert not offer.colleague_saved_since
    saved = keep_mine(offer, room.articles, journal)
    assert saved.id == offer.stored.id and "Typed after" in saved.body
    assert _headlines(room) == [HEADLINE]

    journal.write(key, _typed("A colleague's edit came first."))
    room.articles.save(replace(saved, body="Edited by a colleague."))
    [offer] = recovery_offers(journal, room.articles).offers
    assert offer.colleague_saved_since  # typed on the first version; stored moved on
    keep_both(offer, room.articles, journal)
    assert _headlines(room) == [HEADLINE, HEADLINE + " (recovered)"]


class _InjectedError(RuntimeError):
    pass


def test_a_create_that_dies_half_way_stores_neither_story_nor_key(room: Newsroom) -> None:
    key = story_key(None)

    def fail(*_args: object) -> None:
        raise _InjectedError("injected after the story's INSERT, before its tags'")

    event.listen(ArticleTagRow, "before_insert", fail)
    try:
        with pytest.raises(_InjectedError):
            room.articles.save(_typed(), client_key=key)
    finally:
        event.remove(ArticleTagRow, "before_insert", fail)
    assert room.articles.find_by_client_key(key) is None and _headlines(room) == []
    assert room.articles.save(_typed(), client_key=key).version == 1  # tried again: created


def test_upgrading_from_0009_keeps_stories_and_downgrading_drops_the_keys(
    database_url: str,
) -> None:
    with opened(database_url) as room:
        kept = room.articles.save(_typed(), client_key=story_key(None))
    engine = make_engine(database_url)
    command.downgrade(alembic_config(engine), "0009")  # as the previous release left it
    columns = {c["name"] for c in sa.inspect(engine).get_columns("articles")}
    assert "client_key" not in columns
    engine.dispose()
    with opened(database_url) as room:  # upgraded again at start
        assert current_revision(room.engine) == SCHEMA_HEAD
        story = room.articles.get(kept.id or 0)
        assert (story.headline, story.body, story.version) == (HEADLINE, kept.body, 1)
        assert room.articles.save(replace(story, body="Edited after the upgrade.")).version == 2
        key = story_key(None)
        created = room.articles.save(_typed(), client_key=key)
        assert room.articles.find_by_client_key(key) == created
