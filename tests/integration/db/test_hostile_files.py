"""Hostile story files imported into a real database: refused by name and line, or made safe.

The files live in ``tests/data/hostile/files`` (see its README); ``cases.json`` says what each
one must do. Files that cannot be committed (a named pipe, ``/dev/zero``, 11 MB) are made here.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from newsdesk.domain.article import Article
from newsdesk.domain.errors import InvalidInputError
from newsdesk.domain.query import ArticleQuery
from newsdesk.services.importer import MAX_STORY_FILE_BYTES
from newsdesk.services.newsroom import Newsroom
from tests.helpers.newsroom import opened

FILES = Path(__file__).resolve().parents[2] / "data" / "hostile" / "files"
CASES: dict[str, dict[str, object]] = json.loads((FILES / "cases.json").read_text("utf-8"))
REFUSED = sorted(name for name, case in CASES.items() if "refused" in case)
CLEANED = sorted(name for name, case in CASES.items() if "cleaned" in case)
CLI = [sys.executable, "-m", "newsdesk"]
CONTROL = {chr(code) for code in (*range(0x20), *range(0x7F, 0xA0))}


def _nothing_written(newsroom: Newsroom) -> None:
    assert newsroom.articles.count(ArticleQuery()) == 0
    assert newsroom.authors.all() == []
    assert newsroom.sources.all() == []


def test_every_corpus_file_has_a_case() -> None:
    assert sorted(p.name for p in FILES.glob("*.md")) == sorted(CASES)


@pytest.mark.parametrize("name", REFUSED)
def test_hostile_file_is_refused_by_name_and_line_and_writes_nothing(
    newsroom: Newsroom, name: str
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        newsroom.importer.import_file(FILES / name)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(str(FILES / name))
    pattern = str(CASES[name]["refused"])
    assert re.search(pattern, message), message
    _nothing_written(newsroom)


@pytest.mark.parametrize("name", CLEANED)
def test_one_line_fields_are_stored_without_controls_or_line_breaks(
    newsroom: Newsroom, name: str
) -> None:
    result = newsroom.importer.import_file(FILES / name)
    expected = CASES[name]["cleaned"]
    assert isinstance(expected, dict)
    bundle = newsroom.articles.bundle_by_slug(result.article.slug)
    article = bundle.article
    stored = {
        "headline": article.headline,
        "deck": article.deck,
        "byline": [entry.name for entry in article.byline],
        "tags": list(article.tags),
        "city": article.dateline.city,
        "country": article.dateline.country,
        "source_name": next((source.name for source in bundle.sources), None),
    }
    assert {key: stored[key] for key in expected} == expected
    one_line_values = [article.headline, article.deck, article.slug, *article.tags,
                       *stored["byline"], article.dateline.city, article.dateline.country,
                       *(author.name for author in newsroom.authors.all()),
                       *(source.name for source in newsroom.sources.all())]
    assert not CONTROL & set("".join(one_line_values))


def test_saving_cleans_one_line_fields_too(newsroom: Newsroom) -> None:
    """The editor's save goes through the same write path as the import."""
    story = newsroom.articles.create(Article(headline="Plain headline", body="Body."))
    saved = newsroom.articles.save(
        replace(story, headline="Two\nlines\x1b[2J\x07", tags=("a\tb", "c\x9b")))
    assert (saved.headline, saved.tags) == ("Two lines[2J", ("a b", "c"))
    assert newsroom.articles.get(story.id or 0).headline == "Two lines[2J"


# -- files that are not stories ---------------------------------------------------------------


def _cli(database_url: str, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The real command line in a child process: a hang fails the test instead of hanging it."""
    return subprocess.run([*CLI, "--database", database_url, *args], capture_output=True,
                          text=True, check=False, timeout=60, cwd=cwd)


def _one_line_error(done: subprocess.CompletedProcess[str], path: Path | str, words: str) -> None:
    assert done.returncode == 1, done
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert lines == [f"error: {path}: {words}"], lines


def test_a_named_pipe_is_refused_not_waited_on(database_url: str, tmp_path: Path) -> None:
    fifo = tmp_path / "story.md"
    os.mkfifo(fifo)
    done = _cli(database_url, "import", str(fifo))
    _one_line_error(done, fifo, "is a named pipe (FIFO), not a story file; import Markdown files "
                    "only")


def test_dev_zero_is_refused_without_reading_it(database_url: str, tmp_path: Path) -> None:
    done = _cli(database_url, "import", "/dev/zero")
    _one_line_error(done, "/dev/zero",
                    "is a device, not a story file; import Markdown files only")
    link = tmp_path / "zero.md"
    link.symlink_to("/dev/zero")  # a harmless-looking name changes nothing
    _one_line_error(_cli(database_url, "import", str(link)), link,
                    "is a device, not a story file; import Markdown files only")


def test_a_folder_and_an_oversized_file_are_refused(database_url: str, tmp_path: Path) -> None:
    big = tmp_path / "big.md"
    with big.open("wb") as handle:  # sparse: 11 MB on paper, nothing on disk
        handle.write(b"---\nheadline: Big\n---\n")
        handle.truncate(MAX_STORY_FILE_BYTES + 1024 * 1024)
    folder = tmp_path / "folder.md"
    folder.mkdir()
    story = tmp_path / "fine.md"
    story.write_text("---\nheadline: A fine story\n---\nBody.\n", encoding="utf-8")
    done = _cli(database_url, "import", str(big), str(folder), str(story))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        f"error: {big}: is 11.0 MB; a story file may be at most 10 MB (is it really a story?)",
        f"error: {folder}: is a folder, not a story file; import Markdown files only",
    ]
    assert done.stdout.strip() == "imported a-fine-story: A fine story"  # the others go in


def test_list_escapes_control_characters_already_in_the_database(database_url: str) -> None:
    """Rows written before cleaning existed (or by another program) never reach a terminal raw."""
    with opened(database_url) as room:
        room.articles.create(Article(headline="Placeholder", slug="raw-row", body="Body."))
    engine = create_engine(database_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE articles SET headline = :h WHERE slug = 'raw-row'"),
                               {"h": "Markets\x1b[2J\x1b]0;pwned\x07 rally\ttoday\nagain\x9b"})
    finally:
        engine.dispose()
    done = _cli(database_url, "list")
    assert done.returncode == 0, done.stderr
    assert not CONTROL - {"\n", "\t"} & set(done.stdout)
    row = done.stdout.splitlines()[0].split("\t")
    assert row[0] == "raw-row"
    assert row[4] == "Markets\\x1b[2J\\x1b]0;pwned\\x07 rally\\ttoday\\nagain\\x9b"


# -- translations and slugs ----------------------------------------------------------------------


def _story(slug: str, headline: str, translation_of: str = "", body: str = "Body.") -> str:
    link = f"translation_of: {translation_of}\n" if translation_of else ""
    return f"---\nheadline: {headline}\nslug: {slug}\n{link}---\n{body}\n"


def test_a_loop_of_translations_is_refused_and_nothing_changes(newsroom: Newsroom) -> None:
    importer = newsroom.importer
    importer.import_text(_story("water-en", "Water deal"), filename="en.md")
    importer.import_text(_story("water-ru", "Сделка по воде", "water-en"), filename="ru.md")
    importer.import_text(_story("water-kk", "Су келісімі", "water-ru"), filename="kk.md")
    before = newsroom.articles.get_by_slug("water-en")
    for filename, translation_of, loop in (
        ("loop2.md", "water-ru", "water-en -> water-ru -> water-en"),
        ("loop3.md", "water-kk", "water-en -> water-kk -> water-ru -> water-en"),
    ):
        with pytest.raises(InvalidInputError) as caught:
            importer.import_text(_story("water-en", "Water deal", translation_of, "New text."),
                                 filename=filename, update=True)
        assert str(caught.value).startswith(f"{filename}:4: field 'translation_of': ")
        assert f"a loop of translations ({loop})" in str(caught.value)
    with pytest.raises(InvalidInputError, match=r"self\.md:4: field 'translation_of': names "
                       r"the story itself \('water-en'\)"):
        importer.import_text(_story("water-en", "Water deal", "water-en", "New text."),
                             filename="self.md", update=True)
    with pytest.raises(InvalidInputError, match=r"a loop of translations \(water-en -> "
                       r"water-en\)"):  # the editor's save checks the same
        newsroom.articles.save(replace(before, translation_of="water-en", body="New text."))
    after = newsroom.articles.get_by_slug("water-en")
    # The revision recorded before the write went with the refused transaction.
    assert (after.body, after.version, after.translation_of) == ("Body.", before.version, None)
    assert newsroom.articles.revisions(after.id or 0) == []


def test_a_slug_clash_with_another_story_asks_for_a_slug_not_an_update(
    newsroom: Newsroom,
) -> None:
    importer = newsroom.importer
    importer.import_text(_story("budget", "Parliament passes the budget"), filename="a.md")
    importer.import_text(_story("budget-2", "Budget, part two"), filename="b.md")
    with pytest.raises(InvalidInputError) as other:
        importer.import_text(_story("budget", "Kyrgyz budget airline expands"), filename="c.md")
    assert str(other.value) == (
        "c.md:3: field 'slug': slug 'budget' is taken by another story, 'Parliament passes the "
        "budget'; give this file its own slug: in the front matter (slug: budget-3, say); only "
        "if it is a new version of that story, import it with --update"
    )
    with pytest.raises(InvalidInputError) as same:
        importer.import_text(_story("budget", "Parliament passes the Budget!", body="New."),
                             filename="d.md")
    assert "already exists; if this file is a new version of that story, import it with " \
        "update (newsdesk import --update;" in str(same.value)
    assert newsroom.articles.get_by_slug("budget").body == "Body."


_KILLED_IMPORT = """
import os, signal, sys
from pathlib import Path
import newsdesk.services.importer as importer
from newsdesk.services.newsroom import open_newsroom

real_write = importer.write_article

def write_then_die(uow, row, article):
    real_write(uow, row, article)
    uow.flush()  # the revision and the cleaned story are in the database, uncommitted
    os.kill(os.getpid(), signal.SIGKILL)

importer.write_article = write_then_die
room = open_newsroom(sys.argv[1])
room.importer.import_file(Path(sys.argv[2]), update=True)
"""


def test_an_import_killed_between_its_writes_leaves_the_story_as_it_was(
    database_url: str, tmp_path: Path
) -> None:
    with opened(database_url) as room:
        room.importer.import_text(_story("markets", "Markets rally in Almaty"), filename="a.md")
    hostile = tmp_path / "b.md"
    hostile.write_text('---\nheadline: "Markets\\e[2J rally\\nin Almaty"\nslug: markets\n'
                       "authors: [New Person]\n---\nNew text.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", _KILLED_IMPORT, database_url, str(hostile)],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == -9, done.stderr
    with opened(database_url) as room:
        story = room.articles.get_by_slug("markets")
        assert (story.headline, story.body, story.version) == ("Markets rally in Almaty",
                                                              "Body.", 1)
        assert room.articles.revisions(story.id or 0) == []
        assert room.authors.all() == []
        again = room.importer.import_file(hostile, update=True)  # and it goes in whole later
        assert (again.article.headline, again.article.body) == ("Markets[2J rally in Almaty",
                                                                "New text.")
