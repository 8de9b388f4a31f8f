"""Names per language on profiles and sources (issues 12 and 14), on SQLite and PostgreSQL:
stored and read back, versioned like the rest of the profile, found by search, kept by an
upgrade from 0008, and never half-written when a save dies between the profile and its names.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import event

from newsdesk.db.engine import make_engine
from newsdesk.db.first_page import read_first_page
from newsdesk.db.migrate import alembic_config, current_revision
from newsdesk.db.models import AuthorNameRow, SourceNameRow
from newsdesk.db.schema_version import SCHEMA_HEAD
from newsdesk.domain.article import Article, BylineEntry
from newsdesk.domain.errors import ConflictError, InvalidInputError
from newsdesk.domain.people import Author, AuthorName, Source, SourceName
from newsdesk.domain.query import ArticleQuery
from newsdesk.services.newsroom import Newsroom
from tests.helpers.newsroom import opened

ROOT = Path(__file__).resolve().parents[3]
KWAN_RU = AuthorName("ru", "Сергей Кван", "Пишет об энергетике Центральной Азии.")
SHOIGU_RU = SourceName("ru", "Сергей Шойгу", "министр обороны России")


def _kwan(room: Newsroom) -> Author:
    return room.authors.create(Author(name="Sergey Kwan", bio="Covers energy.",
                                      names=(KWAN_RU,)))


def test_a_profile_keeps_its_russian_name_and_bio(room: Newsroom) -> None:
    created = _kwan(room)
    stored = room.authors.get(created.id or 0)
    assert stored.names == (KWAN_RU,)
    assert (stored.name_in("ru-KG"), stored.bio_in("ru")) == (KWAN_RU.name, KWAN_RU.bio)
    assert (stored.name_in("en"), stored.bio_in("en")) == ("Sergey Kwan", "Covers energy.")
    assert room.authors.all()[0].names == (KWAN_RU,)


def test_names_are_cleaned_and_blank_ones_dropped(room: Newsroom) -> None:
    created = room.authors.create(Author(name="Aida Bekova", names=(
        AuthorName("RU", "  Аида\nБекова ", ""), AuthorName("uz", " ", "  "))))
    assert created.names == (AuthorName("ru", "Аида Бекова", ""),)


@pytest.mark.parametrize(("names", "field", "message"), [
    ((AuthorName("russian", "Сергей Кван"),), "names", "'russian' is not a language code"),
    ((AuthorName("ru", "Сергей Кван"), AuthorName("ru-RU", "Сергей Квань")), "name.ru",
     "'ru' is given twice"),
    ((AuthorName("ru", "С" * 201),), "name.ru", "longer than 200 characters"),
    ((AuthorName("ru", "Сергей", "био\x00"),), "bio.ru", "NUL"),
])
def test_bad_names_are_refused_and_nothing_is_stored(
    room: Newsroom, names: tuple[AuthorName, ...], field: str, message: str,
) -> None:
    with pytest.raises(InvalidInputError, match=message) as refused:
        room.authors.create(Author(name="Sergey Kwan", names=names))
    assert refused.value.field == field
    assert room.authors.all() == []


def test_a_change_of_names_alone_is_a_new_version(room: Newsroom) -> None:
    created = room.authors.create(Author(name="Sergey Kwan"))
    named = room.authors.update(replace(created, names=(KWAN_RU,)))
    assert (named.version, named.names) == (2, (KWAN_RU,))
    unnamed = room.authors.update(replace(named, names=()))
    assert (unnamed.version, unnamed.names) == (3, ())
    same = room.authors.update(replace(unnamed, bio="Energy."))
    assert same.version == 4


def test_a_stale_save_does_not_overwrite_a_colleagues_russian_name(
    database_url: str, room: Newsroom,
) -> None:
    created = room.authors.create(Author(name="Sergey Kwan"))
    with opened(database_url) as theirs:
        theirs.authors.update(replace(theirs.authors.get(created.id or 0), names=(KWAN_RU,)))
    with pytest.raises(ConflictError, match="changed elsewhere"):
        room.authors.update(replace(created, bio="Energy and water."))
    assert room.authors.get(created.id or 0).names == (KWAN_RU,)


def test_a_source_keeps_its_name_and_title_per_language(room: Newsroom) -> None:
    created = room.sources.create(Source(
        key="shoigu", name="Sergei Shoigu", title="Russia's defence minister",
        names=(SHOIGU_RU,)))
    stored = room.sources.get("shoigu")
    assert stored.names == (SHOIGU_RU,)
    assert (stored.name_in("ru"), stored.title_in("ru")) == (SHOIGU_RU.name, SHOIGU_RU.title)
    assert (stored.name_in("en"), stored.title_in("en")) == (
        "Sergei Shoigu", "Russia's defence minister")
    changed = room.sources.update(replace(created, names=(
        SHOIGU_RU, SourceName("ky", "Сергей Шойгу", "Орусиянын коргоо министри"))))
    assert changed.version == 2
    assert [entry.language for entry in room.sources.get("shoigu").names] == ["ky", "ru"]
    with pytest.raises(ConflictError):
        room.sources.update(replace(created, names=()))


def test_merging_profiles_keeps_the_names_the_kept_one_lacks(room: Newsroom) -> None:
    keep = room.authors.create(Author(name="Sergey Kwan"))
    gone = room.authors.create(Author(name="S. Kwan", names=(
        KWAN_RU, AuthorName("ky", "Сергей Кван"))))
    room.authors.update(replace(keep, names=(AuthorName("ky", "Сергей Кван"),)))
    merged = room.authors.merge(keep.id or 0, gone.id or 0)
    assert merged.names == (AuthorName("ky", "Сергей Кван"), KWAN_RU)


def test_a_story_is_found_by_its_authors_russian_name(room: Newsroom) -> None:
    author = room.authors.create(Author(name="Sergey Kwan"))
    story = room.articles.create(Article(
        headline="Power lines reach Naryn", body="The grid grew.",
        byline=(BylineEntry(author.name, author_id=author.id),)))
    assert room.articles.page(ArticleQuery(text="Кван"), 0, 10) == []
    room.authors.update(replace(author, names=(KWAN_RU,)))
    for query in (ArticleQuery(text="Кван"), ArticleQuery(author_name="кван")):
        assert [s.id for s in room.articles.page(query, 0, 10)] == [story.id]
    room.authors.update(replace(room.authors.get(author.id or 0), names=()))
    assert room.articles.page(ArticleQuery(text="Кван"), 0, 10) == []


def test_upgrading_from_0008_keeps_profiles_and_sources(database_url: str) -> None:
    engine = make_engine(database_url)
    command.downgrade(alembic_config(engine), "0008")  # as the previous release left it
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO authors (id, name, slug, roles, bio, email, phone, photo_mime, "
            "languages, links, active, created_at, updated_at, version) VALUES (7, "
            "'Sergey Kwan', 'sergey-kwan', '[\"reporter\"]', 'Energy.', '', '', '', '[\"en\"]', "
            "'[]', true, '2026-11-01 10:00:00', '2026-11-01 10:00:00', 3)")
        connection.exec_driver_sql(
            "INSERT INTO sources (id, key, name, kind, title, url, contact, on_record, "
            "anonymity_reason, notes, created_at, version) VALUES (4, 'shoigu', "
            "'Sergei Shoigu', 'person', 'Minister', '', '', true, '', '', "
            "'2026-11-01 10:00:00', 2)")
    engine.dispose()
    with opened(database_url) as room:
        assert current_revision(room.engine) == SCHEMA_HEAD
        author = room.authors.get(7)
        assert (author.name, author.bio, author.version, author.names) == (
            "Sergey Kwan", "Energy.", 3, ())
        source = room.sources.get("shoigu")
        assert (source.name, source.title, source.version, source.names) == (
            "Sergei Shoigu", "Minister", 2, ())
        assert room.authors.update(replace(author, names=(KWAN_RU,))).version == 4


class _InjectedError(RuntimeError):
    pass


def test_a_profile_save_that_fails_between_profile_and_names_writes_nothing(
    room: Newsroom,
) -> None:
    created = room.authors.create(Author(name="Sergey Kwan", bio="Energy."))

    def fail(*_args: object) -> None:
        raise _InjectedError("injected after the profile's UPDATE, before the names' INSERT")

    event.listen(AuthorNameRow, "before_insert", fail)
    try:
        with pytest.raises(_InjectedError):
            room.authors.update(replace(created, name="Sergei Kwan", bio="Water.",
                                        names=(KWAN_RU,)))
    finally:
        event.remove(AuthorNameRow, "before_insert", fail)
    stored = room.authors.get(created.id or 0)
    assert (stored.name, stored.bio, stored.version, stored.names) == (
        "Sergey Kwan", "Energy.", 1, ())


def test_a_source_save_that_fails_half_way_writes_nothing(room: Newsroom) -> None:
    created = room.sources.create(Source(key="shoigu", name="Sergei Shoigu"))

    def fail(*_args: object) -> None:
        raise _InjectedError("injected before the names' INSERT")

    event.listen(SourceNameRow, "before_insert", fail)
    try:
        with pytest.raises(_InjectedError):
            room.sources.update(replace(created, title="Minister", names=(SHOIGU_RU,)))
    finally:
        event.remove(SourceNameRow, "before_insert", fail)
    stored = room.sources.get("shoigu")
    assert (stored.title, stored.version, stored.names) == ("", 1, ())


KILLED_SAVE = """
import os, signal, sys
from dataclasses import replace
from sqlalchemy import event
from newsdesk.db.models import AuthorNameRow
from newsdesk.domain.people import AuthorName
from newsdesk.services.newsroom import open_newsroom

room = open_newsroom(sys.argv[1])
author = room.authors.all()[0]
event.listen(AuthorNameRow, "before_insert",
             lambda *args: os.kill(os.getpid(), signal.SIGKILL))
room.authors.update(replace(author, bio="Water.", names=(AuthorName("ru", "Сергей Кван"),)))
"""


def test_a_profile_save_killed_between_profile_and_names_leaves_the_old_profile(
    database_url: str,
) -> None:
    with opened(database_url) as room:
        created = room.authors.create(Author(name="Sergey Kwan", bio="Energy."))
    done = subprocess.run([sys.executable, "-c", KILLED_SAVE, database_url], cwd=ROOT,
                          env=dict(os.environ), capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == -signal.SIGKILL, done.stdout + done.stderr
    with opened(database_url) as room:
        stored = room.authors.get(created.id or 0)
        assert (stored.bio, stored.version, stored.names) == ("Energy.", 1, ())


def test_the_story_list_prints_a_russian_storys_byline_in_russian(
    database_url: str, room: Newsroom,
) -> None:
    kwan = room.authors.create(Author(name="Sergey Kwan", names=(KWAN_RU,)))
    for headline, language in (("Power lines reach Naryn", "en"),
                               ("ЛЭП дошла до Нарына", "ru-KG")):
        room.articles.create(Article(headline=headline, language=language,
                                     byline=(BylineEntry(kwan.name, author_id=kwan.id),)))
    listed = {s.headline: s.byline for s in room.articles.page(ArticleQuery(), 0, 10)}
    assert listed == {"Power lines reach Naryn": "By Sergey Kwan",
                      "ЛЭП дошла до Нарына": "Автор: Сергей Кван"}
    # The story itself keeps the profile's main name: the editor and revisions use it.
    assert {e.name for s in room.articles.page(ArticleQuery(), 0, 10)
            for e in room.articles.get(s.id).byline} == {"Sergey Kwan"}
    if database_url.startswith("sqlite"):
        # The start-up reader paints the same list before the newsroom opens.
        page = read_first_page(database_url, ArticleQuery(), 10)
        assert page is not None
        assert list(page.rows) == room.articles.page(ArticleQuery(), 0, 10)
