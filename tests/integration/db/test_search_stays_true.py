"""The search index follows every write: create, save, import, translation, restore, bulk
insert, author rename and merge, on SQLite and PostgreSQL, with no caller indexing by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from newsdesk.db.models import ArticleRow, ArticleSearchRow
from newsdesk.domain.article import Article, BylineEntry, Role
from newsdesk.domain.errors import ConflictError
from newsdesk.domain.people import Author
from newsdesk.domain.query import ArticleQuery
from newsdesk.services.bulk_insert import BulkStory, insert_stories
from newsdesk.services.demo import fill_demo_newsroom
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.translation import TranslationService
from tests.helpers.storage_faults import sqlite_copy


def found(newsroom: Newsroom, text: str) -> list[str]:
    """Slugs the desk's search (the service behind ``newsdesk search``) finds for ``text``."""
    return sorted(s.slug for s in newsroom.articles.page(ArticleQuery(text=text), 0, 100))


def story_by(newsroom: Newsroom, author: Author, headline: str, body: str = "") -> Article:
    return newsroom.articles.create(Article(
        headline=headline, body=body,
        byline=(BylineEntry(author.name, Role.REPORTER, author.id),),
    ))


def test_created_and_saved_stories_are_found_by_their_new_words(newsroom: Newsroom) -> None:
    story = newsroom.articles.create(Article(headline="Apricot harvest", body="Orchards bloom."))
    assert found(newsroom, "orchards") == [story.slug]
    saved = newsroom.articles.save(replace(story, body="Vineyards bloom.", tags=("walnut",)))
    assert found(newsroom, "vineyards") == [story.slug]
    assert found(newsroom, "walnut") == [story.slug]
    assert found(newsroom, "orchards") == []
    newsroom.articles.save(replace(saved, tags=()))
    assert found(newsroom, "walnut") == []


def test_a_refused_save_leaves_the_index_as_it_was(newsroom: Newsroom) -> None:
    story = newsroom.articles.create(Article(headline="Dam repairs", body="Concrete poured."))
    newsroom.articles.save(replace(story, body="Steel delivered."))
    with pytest.raises(ConflictError):
        newsroom.articles.save(replace(story, body="Gravel spread."))
    assert found(newsroom, "steel") == [story.slug]
    assert found(newsroom, "gravel") == []


def test_imported_story_is_found_and_reimport_replaces_its_words(newsroom: Newsroom) -> None:
    text = ("---\nheadline: Cotton prices\nslug: cotton-prices\nauthors: [Marat Ospanov]\n---\n"
            "{words}\n")
    newsroom.importer.import_text(text.format(words="Ginning mills idle."), filename="a.md")
    assert found(newsroom, "ginning") == ["cotton-prices"]
    assert found(newsroom, "ospanov") == ["cotton-prices"]
    newsroom.importer.import_text(text.format(words="Spinning mills busy."), filename="a.md",
                                  update=True)
    assert found(newsroom, "spinning") == ["cotton-prices"]
    assert found(newsroom, "ginning") == []


def test_translation_and_restored_revision_are_indexed(newsroom: Newsroom) -> None:
    story = newsroom.articles.create(Article(headline="Glacier melt", body="Meltwater rises."))
    draft = TranslationService(newsroom.uow).start_translation(story.id or 0, "ru", "Ira")
    assert sorted(found(newsroom, "meltwater")) == sorted([story.slug, draft.slug])
    saved = newsroom.articles.save(replace(story, body="Snowpack thins."))
    assert found(newsroom, "meltwater") == [draft.slug]
    history = newsroom.revisions.history(story.id or 0)
    first = min(info.number for info in history)
    newsroom.revisions.restore(story.id or 0, first, version=saved.version, who="Ira")
    assert sorted(found(newsroom, "meltwater")) == sorted([story.slug, draft.slug])
    assert found(newsroom, "snowpack") == []


def test_renamed_author_is_found_by_the_new_name_only(newsroom: Newsroom) -> None:
    author = newsroom.authors.create(Author(name="Gulnara Beisenova"))
    one = story_by(newsroom, author, "Bread prices")
    two = story_by(newsroom, author, "Flour exports")
    assert found(newsroom, "beisenova") == sorted([one.slug, two.slug])
    newsroom.authors.update(replace(newsroom.authors.get(author.id or 0),
                                    name="Gulnara Tulegenova"))
    assert found(newsroom, "tulegenova") == sorted([one.slug, two.slug])
    assert found(newsroom, "beisenova") == []


def test_merged_author_stories_are_found_by_the_kept_name_only(newsroom: Newsroom) -> None:
    keep = newsroom.authors.create(Author(name="Yerlan Abenov"))
    dupe = newsroom.authors.create(Author(name="E. Abenoff"))
    story = story_by(newsroom, dupe, "Rail freight")
    other = story_by(newsroom, keep, "Road freight")
    assert found(newsroom, "abenoff") == [story.slug]
    newsroom.authors.merge(keep.id or 0, dupe.id or 0)
    assert found(newsroom, "abenoff") == []
    assert found(newsroom, "yerlan") == sorted([story.slug, other.slug])


def test_bulk_inserted_stories_are_found(newsroom: Newsroom) -> None:
    author = newsroom.authors.create(Author(name="Aidana Serikova"))
    now = datetime(2025, 3, 1, tzinfo=UTC)
    stories = [
        BulkStory(Article(headline=f"Bulk story {n}", slug=f"bulk-{n}", body=f"Word{n} here.",
                          tags=("pistachio",),
                          byline=(BylineEntry(author.name, Role.REPORTER, author.id),)),
                  now, now)
        for n in range(5)
    ]
    assert insert_stories(newsroom.uow, stories, batch_size=2) == 5
    assert found(newsroom, "word3") == ["bulk-3"]
    assert len(found(newsroom, "pistachio")) == 5
    newsroom.authors.update(replace(newsroom.authors.get(author.id or 0), name="Aidana Nurova"))
    assert len(found(newsroom, "nurova")) == 5
    assert found(newsroom, "serikova") == []


def test_demo_fill_indexes_every_generated_story(newsroom: Newsroom) -> None:
    report = fill_demo_newsroom(newsroom.uow, articles=30, now=datetime(2025, 3, 1, tzinfo=UTC))
    assert report.generated == 30
    with newsroom.uow() as uow:
        stories = uow.session.scalar(select(func.count()).select_from(ArticleRow))
        documents = uow.session.scalar(select(func.count()).select_from(ArticleSearchRow))
    assert stories == documents == report.stories + report.generated
    reporter = newsroom.authors.all()[0]
    mine = newsroom.articles.page(ArticleQuery(author_id=reporter.id), 0, 1000)
    newsroom.authors.update(replace(reporter, name="Zhibek Quokkaeva"))
    assert found(newsroom, "quokkaeva") == sorted(s.slug for s in mine)


def test_a_failure_after_the_flush_takes_the_index_back(newsroom: Newsroom) -> None:
    author = newsroom.authors.create(Author(name="Timur Kassymov"))
    story = story_by(newsroom, author, "Grain silos")
    with pytest.raises(RuntimeError), newsroom.uow() as uow:
        row = uow.authors.get(author.id or 0)
        assert row is not None
        row.name = "Timur Renamedov"
        uow.flush()  # the index is written here, in the same transaction...
        raise RuntimeError("killed between the flush and the commit")
    assert found(newsroom, "kassymov") == [story.slug]  # ...and rolled back with it
    assert found(newsroom, "renamedov") == []


def test_a_rename_killed_between_the_profile_and_the_index_writes_nothing(
    newsroom: Newsroom,
) -> None:
    author = newsroom.authors.create(Author(name="Madina Zhaksylykova"))
    story = story_by(newsroom, author, "Wheat tender")

    def die_at_the_index(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        if statement.lstrip().upper().startswith("UPDATE ARTICLE_SEARCH"):
            raise RuntimeError("killed after the authors UPDATE, before the index UPDATE")

    event.listen(newsroom.engine, "before_cursor_execute", die_at_the_index)
    try:
        with pytest.raises(RuntimeError, match="killed after"):
            newsroom.authors.update(replace(author, name="Madina Serikbayeva"))
    finally:
        event.remove(newsroom.engine, "before_cursor_execute", die_at_the_index)
    assert newsroom.authors.get(author.id or 0).name == "Madina Zhaksylykova"
    assert found(newsroom, "zhaksylykova") == [story.slug]
    assert found(newsroom, "serikbayeva") == []


def test_every_newsroom_indexes_even_when_an_earlier_ones_objects_are_gone(
    tmp_path: Path, _migrated_templates: dict[str, str]
) -> None:
    """Listeners hang on the session class, not on a newsroom's sessionmaker: SQLAlchemy keys
    the latter by ``id()``, a collected one's address came back, and a later newsroom's
    writes went unindexed (about one newsroom in sixty). Each newsroom is a copy of the
    migrated template: opening, not migrating, is what makes the objects."""
    import gc

    from newsdesk.db.search_sync import _note_touched
    from newsdesk.db.session import NewsroomSession
    from newsdesk.services.newsroom import open_newsroom

    assert event.contains(NewsroomSession, "after_flush", _note_touched)
    # Everything alive before the loop is frozen out of the collector's sight: each collect
    # then walks only the newsrooms made here (what must be freed), not the whole suite's heap.
    gc.collect()
    gc.freeze()
    try:
        for number in range(25):
            room = open_newsroom(sqlite_copy(_migrated_templates["sqlite"],
                                             tmp_path / f"n{number}.sqlite3"))
            try:
                with room.uow() as uow:
                    assert isinstance(uow.session, NewsroomSession)
                room.articles.create(Article(headline=f"Wheat harvest {number}"))
                assert found(room, "wheat") == [f"wheat-harvest-{number}"]
            finally:
                room.close()
            gc.collect()
    finally:
        gc.unfreeze()
