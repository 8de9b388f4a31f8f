"""``newsdesk revisions``: the history list, the word diff, and one-line errors (both backends)."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest

from newsdesk.__main__ import main
from newsdesk.cli.revision_commands import marked, print_diff, wants_colour
from newsdesk.domain.article import Article
from newsdesk.domain.revision_diff import story_diff
from tests.helpers.newsroom import opened


def run(capsys: pytest.CaptureFixture[str], database_url: str, *args: str) -> tuple[int, str, str]:
    code = main(["--database", database_url, *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def tariffs(database_url: str) -> str:
    with opened(database_url) as room:
        story = room.articles.create(Article(
            headline="Bishkek raises tariffs", slug="tariffs",
            body="Prices rise by 15 percent from May.\n\nThe ministry gave no reason."))
        room.articles.record_revision(story.id or 0, note="first take", who="Dana Ermekova")
        story = room.articles.save(replace(
            story, headline="Bishkek raises electricity tariffs",
            body="Prices rise by 20 percent from May.\n\nThe ministry gave no reason."))
        room.articles.record_revision(story.id or 0, note="new\x1b[2J figure", who="Aibek")
        room.articles.save(replace(story, deck="Unrecorded deck"))
    return "tariffs"


def test_list_prints_one_line_per_revision_newest_first(
    capsys: pytest.CaptureFixture[str], database_url: str, tariffs: str
) -> None:
    code, out, err = run(capsys, database_url, "revisions", tariffs)
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 2
    number, when, who, note, headline = lines[0].split("\t")
    assert (number, who, headline) == ("2", "Aibek", "Bishkek raises electricity tariffs")
    assert len(when) == len("2025-04-01 10:00")
    # A control character stored in a note is shown escaped, never sent to the terminal.
    assert note == "new\\x1b[2J figure" and "\x1b" not in out
    assert lines[1].split("\t")[2:] == ["Dana Ermekova", "first take", "Bishkek raises tariffs"]


def test_diff_of_two_revisions_marks_words_like_git(
    capsys: pytest.CaptureFixture[str], database_url: str, tariffs: str
) -> None:
    code, out, _ = run(capsys, database_url, "revisions", tariffs, "--diff", "1", "2")
    assert code == 0
    assert out.splitlines() == [
        "--- revision 1",
        "+++ revision 2",
        "headline: Bishkek raises {+electricity +}tariffs",
        "paragraph 1: Prices rise by [-15-]{+20+} percent from May.",
    ]
    assert "\x1b" not in out  # not a TTY: no colours


def test_diff_against_current(capsys: pytest.CaptureFixture[str], database_url: str,
                              tariffs: str) -> None:
    code, out, _ = run(capsys, database_url, "revisions", tariffs, "--diff", "2", "current")
    assert code == 0
    assert out.splitlines() == ["--- revision 2", "+++ current", "deck: {+Unrecorded deck+}"]
    code, out, _ = run(capsys, database_url, "revisions", tariffs, "--diff", "CURRENT", "current")
    assert out.splitlines()[-1] == "no difference in headline, deck or body"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("revisions", "nope"), "error: no story with slug 'nope'\n"),
        (("revisions", "tariffs", "--diff", "1", "7"),
         "error: 'tariffs' has no revision 7 (it has revisions 1 to 2)\n"),
        (("revisions", "tariffs", "--diff", "one", "2"),
         "error: field 'revision': 'one' is not a revision: give its number (as listed) or "
         "'current'\n"),
    ],
)
def test_bad_slug_or_revision_is_one_line_and_exit_1(
    capsys: pytest.CaptureFixture[str], database_url: str, tariffs: str,
    args: tuple[str, ...], message: str,
) -> None:
    code, out, err = run(capsys, database_url, *args)
    assert (code, out, err) == (1, "", message)


def test_a_story_without_revisions_says_so(capsys: pytest.CaptureFixture[str],
                                           database_url: str) -> None:
    with opened(database_url) as room:
        room.articles.create(Article(headline="Fresh", slug="fresh"))
    code, out, err = run(capsys, database_url, "revisions", "fresh")
    assert (code, out) == (0, "")
    assert "'fresh' has no revisions yet" in err


def test_colours_only_for_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    diff = story_diff(Article(headline="Old words"), Article(headline="New words"))
    field = diff.changes[0]
    assert marked(field, colour=True) == "\x1b[31m[-Old-]\x1b[0m\x1b[32m{+New+}\x1b[0m words"

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert wants_colour(Tty()) and not wants_colour(io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not wants_colour(Tty())


def test_print_diff_without_changes(capsys: pytest.CaptureFixture[str]) -> None:
    story = Article(headline="Same")
    print_diff(story_diff(story, story), 1, None, colour=False)
    assert capsys.readouterr().out.splitlines() == [
        "--- revision 1", "+++ current", "no difference in headline, deck or body"]
