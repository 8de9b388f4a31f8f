"""Authors, sources and the house dictionary in a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsdesk.domain.article import Article, BylineEntry, Role, Status
from newsdesk.domain.errors import InUseError, InvalidInputError
from newsdesk.domain.house import DatelineStyle, HouseSettings
from newsdesk.domain.people import Author, Source, SourceKind
from newsdesk.services.newsroom import Newsroom
from tests.helpers.newsroom import opened


def test_author_with_bylines_cannot_be_deleted_but_can_be_merged(newsroom: Newsroom) -> None:
    keep = newsroom.authors.create(Author(name="Aisulu Nurlanovna", bio="Keeps this bio."))
    dupe = newsroom.authors.create(
        Author(
            name="A. Nurlanovna", bio="Better bio.", roles=(Role.TRANSLATOR,), email="a@tca.test"
        )
    )
    story = newsroom.articles.create(
        Article(headline="Osh market reopens", byline=(BylineEntry(dupe.name, author_id=dupe.id),))
    )
    with pytest.raises(InUseError, match="byline of 1 story"):
        newsroom.authors.delete(dupe.id or 0)
    merged = newsroom.authors.merge(keep.id or 0, dupe.id or 0, bio_from=dupe.id)
    assert merged.bio == "Better bio."
    assert set(merged.roles) == {Role.REPORTER, Role.TRANSLATOR}
    assert merged.email == "a@tca.test"
    assert newsroom.articles.get(story.id or 0).byline[0].author_id == keep.id
    assert [a.name for a in newsroom.authors.all()] == ["Aisulu Nurlanovna"]


def test_status_counts_count_stories_not_byline_places(newsroom: Newsroom) -> None:
    author = newsroom.authors.create(Author(name="Dana Ermekova", roles=(Role.REPORTER, Role.TRANSLATOR)))
    both = (BylineEntry(author.name, Role.REPORTER, author.id), BylineEntry(author.name, Role.TRANSLATOR, author.id))
    newsroom.articles.create(Article(headline="Reported and translated", byline=both))
    counts = newsroom.authors.status_counts(author.id or 0)
    assert counts[Status.DRAFT] == 1


def test_author_validation_names_the_field(newsroom: Newsroom) -> None:
    with pytest.raises(InvalidInputError) as blank:
        newsroom.authors.create(Author(name="   \t "))
    assert blank.value.field == "name"
    with pytest.raises(InvalidInputError) as photo:
        newsroom.authors.create(Author(name="X", photo=b"GIF89a", photo_mime="image/gif"))
    assert photo.value.field == "photo"
    assert newsroom.authors.all() == []


def test_deactivated_authors_leave_the_picker_but_keep_their_stories(newsroom: Newsroom) -> None:
    author = newsroom.authors.create(Author(name="Timur Akhmedov"))
    newsroom.authors.set_active(author.id or 0, False)
    assert newsroom.authors.all(include_inactive=False) == []
    assert newsroom.authors.find("timur-akhmedov").active is False


@pytest.mark.parametrize("key", ["has space", "казинформ", "UPPER", ""])
def test_source_ids_must_be_plain(newsroom: Newsroom, key: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        newsroom.sources.create(Source(key=key, name="Kazinform"))
    assert caught.value.field == "id"


def test_duplicate_source_id_and_anonymous_without_reason_are_refused(newsroom: Newsroom) -> None:
    newsroom.sources.create(Source(key="kazinform", name="Kazinform", kind=SourceKind.NEWS_AGENCY))
    with pytest.raises(InvalidInputError, match="already in the registry"):
        newsroom.sources.create(Source(key="kazinform", name="Another"))
    with pytest.raises(InvalidInputError) as caught:
        newsroom.sources.create(Source(key="insider", name="An official", on_record=False))
    assert caught.value.field == "anonymity_reason"
    ok = newsroom.sources.create(
        Source(
            key="insider", name="An official", on_record=False, anonymity_reason="fears dismissal"
        )
    )
    assert ok.anonymity_reason == "fears dismissal"


def test_where_a_source_is_cited(newsroom: Newsroom) -> None:
    newsroom.sources.create(Source(key="akipress", name="AKIpress", kind=SourceKind.NEWS_AGENCY))
    newsroom.articles.create(
        Article(
            headline="Bishkek tariffs",
            body="[AKIpress](source:akipress) and [again](source:akipress).",
        )
    )
    uses = newsroom.sources.uses("akipress")
    assert [(u.article.headline, u.occurrences) for u in uses] == [("Bishkek tariffs", 2)]
    with pytest.raises(InUseError):
        newsroom.sources.delete("akipress")


def test_house_dictionary_is_shared_through_the_database(database_url: str) -> None:
    with opened(database_url) as first, opened(database_url) as second:
        assert first.house.add_word("en-GB", "Mirziyoyev", added_by="Aisulu") is True
        assert second.house.add_word("en", "Mirziyoyev") is False  # already there
        assert "Mirziyoyev" in second.house.words("en-US")
        added = second.house.import_words("ru", ["# names", "Токаев", "Мирзиёев", "", "Токаев"])
        assert added == 2
        assert first.house.export_words("ru") == "Мирзиёев\nТокаев\n"
        with pytest.raises(InvalidInputError) as caught:
            first.house.import_words("ru", ["Жапаров", "two words"])
        assert caught.value.line == 2
        assert "Жапаров" not in first.house.words("ru")  # one transaction: nothing half-imported


def test_house_settings_round_trip(newsroom: Newsroom) -> None:
    assert newsroom.house.settings() == HouseSettings()
    wanted = replace(
        HouseSettings(),
        outlet_name="Kabar Desk",
        agency_credit="KD",
        dateline_style=DatelineStyle.REUTERS,
    )
    newsroom.house.update_settings(wanted)
    assert newsroom.house.settings() == wanted


def test_one_profile_per_name_whatever_the_case(newsroom: Newsroom) -> None:
    """Bylines and imports find people by name: a second "Jane Roe" would steal her stories."""
    jane = newsroom.authors.create(Author(name="Jane Roe"))
    for name in ("Jane Roe", " jane roe ", "JANE ROE"):
        with pytest.raises(InvalidInputError, match=r"'Jane Roe' already has a profile \(jane-roe\)") as caught:
            newsroom.authors.create(Author(name=name))
        assert caught.value.field == "name"
    other = newsroom.authors.create(Author(name="Jane K. Roe"))
    with pytest.raises(InvalidInputError, match="already has a profile"):
        newsroom.authors.update(replace(other, name="jane roe"))
    assert newsroom.authors.update(replace(jane, bio="Edits her own profile.")).bio  # not herself
    assert [a.name for a in newsroom.authors.all()] == ["Jane K. Roe", "Jane Roe"]
