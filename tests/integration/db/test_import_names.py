"""Importing names in other languages (issue 12): a translation's own names for registry
sources become that language's names in the same transaction as the story; a clash with a
name the registry already has is refused, naming the file and the source; the interchange
file carries profiles' and sources' names, so an export imports back with them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk.domain.errors import InvalidInputError
from newsdesk.domain.interchange import dump_story
from newsdesk.domain.people import Author, AuthorName, Source, SourceName
from newsdesk.domain.query import ArticleQuery
from newsdesk.services.newsroom import Newsroom
from tests.helpers.newsroom import opened

ORIGINAL = """---
headline: Shoigu visits Bishkek
slug: shoigu-bishkek
language: en
authors: [{name: Sergey Kwan, role: reporter}]
sources:
  - {id: shoigu, name: Sergei Shoigu, title: "Russia's defence minister"}
---
The talks were useful, [Shoigu said](source:shoigu).
"""

TRANSLATION = """---
headline: Шойгу посетил Бишкек
slug: shoigu-bishkek-ru
language: ru
translation_of: shoigu-bishkek
authors:
  - {name: Сергей Кван, role: reporter}
  - {name: Aida Bekova, role: translator}
sources:
  - {id: shoigu, name: Сергей Шойгу, title: министр обороны России}
---
Переговоры были полезными, [сказал Шойгу](source:shoigu).
"""


@pytest.fixture
def room(database_url: str) -> Iterator[Newsroom]:
    with opened(database_url) as newsroom:
        newsroom.authors.create(Author(name="Sergey Kwan",
                                       names=(AuthorName("ru", "Сергей Кван"),)))
        yield newsroom


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_translations_source_names_become_its_languages(room: Newsroom,
                                                           tmp_path: Path) -> None:
    room.importer.import_file(_file(tmp_path, "shoigu.md", ORIGINAL))
    room.importer.import_file(_file(tmp_path, "shoigu-ru.md", TRANSLATION))
    source = room.sources.get("shoigu")
    assert (source.name, source.title, source.version) == (
        "Sergei Shoigu", "Russia's defence minister", 2)
    assert source.names == (SourceName("ru", "Сергей Шойгу", "министр обороны России"),)
    story = room.articles.get_by_slug("shoigu-bishkek-ru")
    # "Сергей Кван" is Sergey Kwan's Russian name: his profile, not a new person.
    assert [entry.name for entry in story.byline] == ["Sergey Kwan", "Aida Bekova"]
    assert [a.name for a in room.authors.all()] == ["Aida Bekova", "Sergey Kwan"]


def test_importing_it_again_changes_nothing(room: Newsroom, tmp_path: Path) -> None:
    room.importer.import_file(_file(tmp_path, "shoigu.md", ORIGINAL))
    room.importer.import_file(_file(tmp_path, "shoigu-ru.md", TRANSLATION))
    again = room.importer.import_file(_file(tmp_path, "shoigu-ru.md", TRANSLATION),
                                      update=True)
    assert again.unchanged
    assert room.sources.get("shoigu").version == 2


def test_a_clashing_name_is_refused_with_the_file_and_the_source(
    room: Newsroom, tmp_path: Path,
) -> None:
    room.importer.import_file(_file(tmp_path, "shoigu.md", ORIGINAL))
    source = room.sources.get("shoigu")
    room.sources.update(Source(**{**source.__dict__, "names": (
        SourceName("ru", "Сергей Кужугетович Шойгу"),)}))
    path = _file(tmp_path, "shoigu-ru.md", TRANSLATION)
    with pytest.raises(InvalidInputError) as refused:
        room.importer.import_file(path)
    assert str(refused.value) == (
        f"{path}:9: field 'sources[0].names.ru.name': source 'shoigu' already has the ru name "
        "'Сергей Кужугетович Шойгу', and this file gives 'Сергей Шойгу'; write the registry's "
        "name in the file, or change the registry first")
    # Nothing of the file is in: no story, and the registry's entry as it was.
    assert [s.slug for s in room.articles.page(ArticleQuery(), 0, 10)] == ["shoigu-bishkek"]
    stored = room.sources.get("shoigu")
    assert stored.names == (SourceName("ru", "Сергей Кужугетович Шойгу"),)
    assert stored.title_in("ru") == "Russia's defence minister"


def test_a_story_that_fails_later_takes_the_learned_names_back(
    room: Newsroom, tmp_path: Path,
) -> None:
    room.importer.import_file(_file(tmp_path, "shoigu.md", ORIGINAL))
    broken = TRANSLATION.replace("Переговоры", "[Ссылка](source:nobody) Переговоры")
    with pytest.raises(InvalidInputError, match="nobody"):
        room.importer.import_file(_file(tmp_path, "shoigu-ru.md", broken))
    taken = TRANSLATION.replace("slug: shoigu-bishkek-ru", "slug: shoigu-bishkek")
    with pytest.raises(InvalidInputError, match="slug"):
        room.importer.import_file(_file(tmp_path, "shoigu-ru.md", taken))
    assert room.sources.get("shoigu").names == ()


def test_a_story_that_is_not_a_translation_leaves_the_entry_alone(
    room: Newsroom, tmp_path: Path,
) -> None:
    room.importer.import_file(_file(tmp_path, "shoigu.md", ORIGINAL))
    other = TRANSLATION.replace("translation_of: shoigu-bishkek\n", "")
    room.importer.import_file(_file(tmp_path, "other.md", other))
    assert room.sources.get("shoigu").names == ()


def test_the_interchange_file_round_trips_the_names(room: Newsroom, tmp_path: Path) -> None:
    room.importer.import_file(_file(tmp_path, "shoigu.md", ORIGINAL))
    room.importer.import_file(_file(tmp_path, "shoigu-ru.md", TRANSLATION))
    kwan = room.authors.find("Sergey Kwan")
    room.authors.update(Author(**{**kwan.__dict__, "names": (
        AuthorName("ru", "Сергей Кван", "Пишет об энергетике."),)}))
    text = dump_story(room.articles.bundle_by_slug("shoigu-bishkek-ru"))
    assert "names:" in text and "министр обороны России" in text
    target = tmp_path / "other.sqlite3"
    with opened(f"sqlite:///{target}") as fresh:
        fresh.importer.import_file(_file(tmp_path, "a.md", ORIGINAL))
        fresh.importer.import_file(_file(tmp_path, "b.md", text))
        assert fresh.sources.get("shoigu").names == (
            SourceName("ru", "Сергей Шойгу", "министр обороны России"),)
        assert fresh.authors.find("Sergey Kwan").names == (
            AuthorName("ru", "Сергей Кван", "Пишет об энергетике."),)
        assert fresh.authors.find("Сергей Кван").name == "Sergey Kwan"


def test_a_bad_language_in_names_names_the_line(room: Newsroom, tmp_path: Path) -> None:
    text = ORIGINAL.replace('title: "Russia\'s defence minister"}',
                            'names: {russian: {name: Шойгу}}}')
    path = _file(tmp_path, "bad.md", text)
    with pytest.raises(InvalidInputError) as refused:
        room.importer.import_file(path)
    assert refused.value.field == "sources[0].names.russian"
    assert "'russian' is not a language code" in str(refused.value)
    assert room.sources.all() == []
