"""Author profiles and registry sources carry a version: a save over a colleague's newer one
is refused with ConflictError, also when the colleague's save lands mid-save (SQLite and
PostgreSQL, two newsrooms on one database)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from newsdesk.domain.errors import ConflictError
from newsdesk.domain.people import Author, Source
from newsdesk.services.newsroom import Newsroom
from tests.helpers.newsroom import opened


@pytest.fixture
def rooms(database_url: str) -> Iterator[tuple[Newsroom, Newsroom]]:
    with opened(database_url) as mine, opened(database_url) as theirs:
        yield mine, theirs


def colleague_saves_mid_flush(save: Callable[[], object]) -> None:
    """Run ``save`` (a colleague's, in the other newsroom) just before our next flush: after
    our version check, before our UPDATE."""
    def before_flush(_session: Session, _context: object, _instances: object) -> None:
        save()

    event.listen(Session, "before_flush", before_flush, once=True)


def test_stale_profile_save_is_refused_and_keeps_theirs(rooms: tuple[Newsroom, Newsroom]) -> None:
    mine, theirs = rooms
    created = mine.authors.create(Author(name="Saule Akhmetova", bio="Economy desk."))
    assert created.version == 1
    their_copy = theirs.authors.get(created.id or 0)
    saved = theirs.authors.update(replace(their_copy, bio="Energy desk since May."))
    assert saved.version == 2
    with pytest.raises(ConflictError) as refused:
        mine.authors.update(replace(created, bio="Markets and banks."))
    assert str(refused.value) == (
        "'Saule Akhmetova' was changed elsewhere (version 2, yours 1); reload it to see the "
        "newer text")
    assert mine.authors.get(created.id or 0).bio == "Energy desk since May."
    again = mine.authors.update(replace(mine.authors.get(created.id or 0), bio="Markets."))
    assert (again.bio, again.version) == ("Markets.", 3)


def test_profile_saved_by_a_colleague_mid_save_is_refused(
    rooms: tuple[Newsroom, Newsroom],
) -> None:
    mine, theirs = rooms
    created = mine.authors.create(Author(name="Nurlan Omarov", bio="Sport."))
    colleague_saves_mid_flush(lambda: theirs.authors.update(
        replace(theirs.authors.get(created.id or 0), bio="Football and boxing.")))
    with pytest.raises(ConflictError, match="saved elsewhere at the same time"):
        mine.authors.update(replace(created, name="Nurlan Omarov Jr", bio="Chess."))
    stored = mine.authors.get(created.id or 0)
    assert (stored.name, stored.bio, stored.version) == ("Nurlan Omarov", "Football and boxing.", 2)


def test_stale_source_save_is_refused(rooms: tuple[Newsroom, Newsroom]) -> None:
    mine, theirs = rooms
    created = mine.sources.create(Source(key="kazstat", name="Kazakh statistics bureau"))
    theirs.sources.update(replace(theirs.sources.get("kazstat"), title="Bureau of National "
                                                                        "Statistics"))
    with pytest.raises(ConflictError) as refused:
        mine.sources.update(replace(created, notes="Monthly CPI on the 1st."))
    assert str(refused.value) == (
        "'Kazakh statistics bureau' was changed elsewhere (version 2, yours 1); reload it to "
        "see the newer text")
    stored = mine.sources.get("kazstat")
    assert (stored.title, stored.notes, stored.version) == ("Bureau of National Statistics", "", 2)


def test_source_saved_by_a_colleague_mid_save_is_refused(
    rooms: tuple[Newsroom, Newsroom],
) -> None:
    mine, theirs = rooms
    created = mine.sources.create(Source(key="akorda", name="Akorda press office"))
    colleague_saves_mid_flush(lambda: theirs.sources.update(
        replace(theirs.sources.get("akorda"), contact="+7 7172 00 00 00")))
    with pytest.raises(ConflictError, match="saved elsewhere at the same time"):
        mine.sources.update(replace(created, contact="press@akorda.test"))
    assert mine.sources.get("akorda").contact == "+7 7172 00 00 00"


def test_deactivating_reads_the_newest_version(rooms: tuple[Newsroom, Newsroom]) -> None:
    mine, theirs = rooms
    created = mine.authors.create(Author(name="Asel Ibraeva"))
    theirs.authors.update(replace(created, bio="Culture."))
    assert mine.authors.set_active(created.id or 0, False).version == 3
