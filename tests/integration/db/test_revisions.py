"""A story's history on SQLite and PostgreSQL: list, read, compare and restore revisions."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from newsdesk.domain.article import Article, BylineEntry, Role, Status
from newsdesk.domain.errors import ConflictError, InvalidInputError, NotFoundError
from newsdesk.domain.people import Author
from newsdesk.domain.query import ArticleQuery
from newsdesk.domain.revision_diff import TextField
from newsdesk.domain.translation_changes import SegmentKind
from newsdesk.services import article_writer
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.revisions import parse_which
from tests.helpers.newsroom import opened

FIRST_BODY = "Tariffs rise by 15 percent from May.\n\nThe ministry gave no reason."
SECOND_BODY = "Tariffs rise by 20 percent from June.\n\nThe ministry gave no reason."


def _story_with_two_revisions(newsroom: Newsroom) -> Article:
    author = newsroom.authors.create(Author(name="Dana Ermekova", roles=(Role.REPORTER,)))
    story = newsroom.articles.create(Article(
        headline="Bishkek raises tariffs", body=FIRST_BODY, tags=("energy",),
        byline=(BylineEntry(author.name, author_id=author.id),)))
    newsroom.articles.record_revision(story.id or 0, note="first take", who="Dana")
    story = newsroom.articles.save(replace(story, headline="Bishkek raises electricity tariffs",
                                           body=SECOND_BODY, tags=("energy", "Kyrgyzstan")))
    newsroom.articles.record_revision(story.id or 0, note="new figures", who="Aibek")
    return story


def test_history_lists_number_who_note_and_headline(newsroom: Newsroom) -> None:
    story = _story_with_two_revisions(newsroom)
    history = newsroom.revisions.history(story.id or 0)
    assert [(r.number, r.author_name, r.note, r.headline) for r in history] == [
        (2, "Aibek", "new figures", "Bishkek raises electricity tariffs"),
        (1, "Dana", "first take", "Bishkek raises tariffs"),
    ]
    assert newsroom.revisions.story(story.slug).id == story.id


def test_a_revision_reads_back_as_the_whole_story_it_was(newsroom: Newsroom) -> None:
    story = _story_with_two_revisions(newsroom)
    first = newsroom.revisions.text(story.id or 0, 1)
    assert (first.headline, first.body, first.tags) == ("Bishkek raises tariffs", FIRST_BODY,
                                                        ("energy",))
    assert newsroom.revisions.text(story.id or 0, None).body == SECOND_BODY


def test_diff_of_two_revisions_and_of_a_revision_against_now(newsroom: Newsroom) -> None:
    story = _story_with_two_revisions(newsroom)
    diff = newsroom.revisions.diff(story.id or 0, 1, 2)
    headline = diff.fields[0]
    assert headline.field is TextField.HEADLINE
    assert [(s.kind, s.text) for s in headline.segments if s.kind is not SegmentKind.EQUAL] == [
        (SegmentKind.INSERTED, "electricity ")]
    first_paragraph = diff.changes[1]
    assert first_paragraph.old_text == "Tariffs rise by 15 percent from May."
    assert first_paragraph.new_text == "Tariffs rise by 20 percent from June."
    assert not newsroom.revisions.diff(story.id or 0, 2, None).changed
    assert newsroom.revisions.diff(story.id or 0, None, 1).changed


def test_unknown_revision_and_story_are_named(newsroom: Newsroom) -> None:
    story = _story_with_two_revisions(newsroom)
    with pytest.raises(NotFoundError, match=r"no revision 9 \(it has revisions 1 to 2\)"):
        newsroom.revisions.text(story.id or 0, 9)
    with pytest.raises(NotFoundError, match="no story with slug 'nope'"):
        newsroom.revisions.story("nope")
    with pytest.raises(NotFoundError):
        newsroom.revisions.history(12345)
    with pytest.raises(InvalidInputError, match="'x1' is not a revision"):
        parse_which("x1")
    assert parse_which(" Current ") is None and parse_which("3") == 3


def test_restore_keeps_the_current_text_then_records_the_restore(newsroom: Newsroom) -> None:
    story = _story_with_two_revisions(newsroom)
    edited = newsroom.articles.save(replace(story, body=SECOND_BODY + "\n\nA third paragraph.",
                                            status=Status.EDITING))
    result = newsroom.revisions.restore(edited.id or 0, 1, version=edited.version, who="Aisulu")
    assert result.kept_current_as == 3 and result.revision == 4
    restored = newsroom.articles.get(edited.id or 0)
    assert (restored.headline, restored.body, restored.tags) == (
        "Bishkek raises tariffs", FIRST_BODY, ("energy",))
    assert restored.status is Status.EDITING and restored.slug == story.slug  # words only
    assert restored.version == result.article.version
    notes = [(r.number, r.note, r.author_name) for r in newsroom.revisions.history(story.id or 0)]
    assert notes[:2] == [(4, "Restored revision 1", "Aisulu"),
                         (3, "Before restoring revision 1", "Aisulu")]
    assert newsroom.revisions.text(story.id or 0, 3).body.endswith("A third paragraph.")
    assert not newsroom.revisions.diff(story.id or 0, 4, None).changed
    # The search index follows the restored text.
    found = newsroom.articles.page(ArticleQuery(text="May"), 0, 10)
    assert [s.slug for s in found] == [story.slug]


def test_restore_does_not_duplicate_a_current_latest_revision(newsroom: Newsroom) -> None:
    story = _story_with_two_revisions(newsroom)  # revision 2 holds the stored text
    result = newsroom.revisions.restore(story.id or 0, 1, version=story.version)
    assert result.kept_current_as is None and result.revision == 3


def test_restore_is_refused_when_someone_saved_meanwhile(newsroom: Newsroom) -> None:
    story = _story_with_two_revisions(newsroom)
    newsroom.articles.save(replace(story, deck="A colleague's deck"))
    with pytest.raises(ConflictError, match="changed elsewhere"):
        newsroom.revisions.restore(story.id or 0, 1, version=story.version)
    assert newsroom.articles.get(story.id or 0).deck == "A colleague's deck"
    assert len(newsroom.revisions.history(story.id or 0)) == 2


def test_restore_failing_half_way_leaves_nothing_written(
    newsroom: Newsroom, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = _story_with_two_revisions(newsroom)
    edited = newsroom.articles.save(replace(story, body="Unsaved-to-history text."))
    real = article_writer.record_revision
    calls: list[str] = []

    def failing(*args: object, **kwargs: object) -> int:
        calls.append(str(kwargs.get("note")))
        if len(calls) == 2:  # the text is written, the closing revision is not
            raise RuntimeError("injected between the save and the last revision")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(article_writer, "record_revision", failing)
    with pytest.raises(RuntimeError, match="injected"):
        newsroom.revisions.restore(edited.id or 0, 1, version=edited.version)
    assert calls == ["Before restoring revision 1", "Restored revision 1"]
    after = newsroom.articles.get(edited.id or 0)
    assert (after.body, after.version) == ("Unsaved-to-history text.", edited.version)
    assert len(newsroom.revisions.history(story.id or 0)) == 2


_KILLED_RESTORE = """
import os, signal, sys
from newsdesk.services import article_writer
from newsdesk.services.newsroom import open_newsroom
real = article_writer.write_article
def write_then_die(uow, row, article):
    real(uow, row, article)
    uow.flush()  # the restored text has reached the database, uncommitted
    os.kill(os.getpid(), signal.SIGKILL)
article_writer.write_article = write_then_die
room = open_newsroom(sys.argv[1])
room.revisions.restore(int(sys.argv[2]), 1, version=int(sys.argv[3]))
"""


def test_restore_killed_mid_way_leaves_the_story_as_it_was(
    newsroom: Newsroom, database_url: str, tmp_path: Path
) -> None:
    story = _story_with_two_revisions(newsroom)
    edited = newsroom.articles.save(replace(story, body="Text before the crash."))
    done = subprocess.run(
        [sys.executable, "-c", _KILLED_RESTORE, database_url, str(edited.id), str(edited.version)],
        cwd=Path(__file__).resolve().parents[3], capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])},
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    with opened(database_url) as again:
        after = again.articles.get(edited.id or 0)
        assert (after.body, after.version) == ("Text before the crash.", edited.version)
        assert len(again.revisions.history(story.id or 0)) == 2
