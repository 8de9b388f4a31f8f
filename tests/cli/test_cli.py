"""The command line as a user runs it: messages, exit codes, and every command on both backends."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from newsdesk.__main__ import main
from newsdesk.domain.query import ArticleQuery
from tests.helpers.newsroom import opened

STORY = """---
headline: Bishkek raises electricity tariffs
slug: bishkek-tariffs
language: en
status: ready
dateline: {city: Bishkek, country: Kyrgyzstan, agency: TCA, date: 2025-04-01}
authors: [Dana Ermekova]
sources:
  - {id: akipress, name: AKIpress, kind: news agency}
tags: [energy]
---
Prices rise by 15 percent from May, [AKIpress reported](source:akipress).
"""

RUSSIAN = """---
headline: Токаев провёл переговоры в Астане
slug: tokaev-astana
language: ru
status: draft
authors: [Ербол Сапаров]
---
Переговоры прошли в Астане.
"""


@pytest.fixture
def stories(tmp_path: Path) -> list[Path]:
    paths = [tmp_path / "tariffs.md", tmp_path / "astana.md"]
    paths[0].write_text(STORY, encoding="utf-8")
    paths[1].write_text(RUSSIAN, encoding="utf-8")
    return paths


def run(capsys: pytest.CaptureFixture[str], database_url: str, *args: str) -> tuple[int, str, str]:
    code = main(["--database", database_url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_list_search_show(
    capsys: pytest.CaptureFixture[str], database_url: str, stories: list[Path]
) -> None:
    code, out, _ = run(capsys, database_url, "import", *map(str, stories))
    assert code == 0
    assert "imported bishkek-tariffs: Bishkek raises electricity tariffs" in out
    code, out, _ = run(capsys, database_url, "list", "--status", "ready")
    assert code == 0 and out.startswith("bishkek-tariffs\tready\ten\t")
    code, out, _ = run(capsys, database_url, "list", "--author", "Ербол")
    assert out.splitlines()[0].startswith("tokaev-astana\tdraft\tru")
    code, out, _ = run(capsys, database_url, "search", "тарифы")
    assert code == 1  # nothing found is said on stderr, with exit code 1
    code, out, _ = run(capsys, database_url, "search", "переговор")
    assert code == 0 and "tokaev-astana" in out
    code, out, _ = run(capsys, database_url, "search", "Bishkek OR Астане")
    assert code == 0 and "bishkek-tariffs" in out and "tokaev-astana" in out
    code, out, _ = run(capsys, database_url, "search", "--", "-Bishkek")  # everything but
    assert code == 0 and "tokaev-astana" in out and "bishkek-tariffs" not in out
    code, out, _ = run(capsys, database_url, "search", '"tariffs Bishkek"')
    assert code == 1  # a phrase keeps its order
    code, out, _ = run(capsys, database_url, "search", "Bishkek OR Астане", "--language", "ru")
    assert code == 0 and out.splitlines()[0].startswith("tokaev-astana\t")
    assert "bishkek-tariffs" not in out  # the filter keeps the Russian stories only
    code, out, err = run(capsys, database_url, "search", "Bishkek", "--status", "Draft")
    assert code == 1 and "among the stories those filters keep" in err
    code, out, err = run(capsys, database_url, "list", "--author", "nobody at all")
    assert code == 0 and out == "" and "no story matches those filters" in err
    code, out, err = run(capsys, database_url, "search", "!!!")
    assert code == 1 and out == "" and "nothing to search for in '!!!'" in err
    code, out, _ = run(capsys, database_url, "search", "--", "-Bishkek")  # as the hint says
    assert code == 0 and "tokaev-astana" in out
    with pytest.raises(SystemExit) as usage:
        run(capsys, database_url, "search", "--limit", "0", "water")
    assert usage.value.code == 2 and "must be at least 1" in capsys.readouterr().err
    code, out, _ = run(capsys, database_url, "authors", "show", "Dana Ermekova")
    assert code == 0 and "dana-ermekova\tDana Ermekova" in out and "ready: 1" in out


def test_import_error_is_one_line_with_exit_1_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text(STORY.replace("(source:akipress)", "(source:ghost)"), encoding="utf-8")
    code, out, err = run(capsys, database_url, "import", str(bad))
    assert code == 1
    assert err.strip().splitlines() == [
        f"error: {bad}:12: field 'body': cites source 'ghost', which is neither in 'sources' "
        "nor in the registry"
    ]
    code, out, _ = run(capsys, database_url, "list")
    assert out == ""


def test_duplicate_slug_needs_update(
    capsys: pytest.CaptureFixture[str], database_url: str, stories: list[Path]
) -> None:
    run(capsys, database_url, "import", str(stories[0]))
    code, _, err = run(capsys, database_url, "import", str(stories[0]))
    assert code == 1 and ("already exists; if this file is a new version of that story, import "
                          "it with update (newsdesk import --update;") in err
    code, out, _ = run(capsys, database_url, "import", "--update", str(stories[0]))
    assert code == 0 and out.startswith("unchanged bishkek-tariffs")  # nothing to record
    stories[0].write_text(stories[0].read_text("utf-8") + "\nOne more line.\n", "utf-8")
    code, out, _ = run(capsys, database_url, "import", "--update", str(stories[0]))
    assert code == 0 and out.startswith("updated bishkek-tariffs")


def test_unknown_front_matter_keys_warn(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "w.md"
    path.write_text("---\nheadline: Warned\ncolour: red\n---\nText\n", encoding="utf-8")
    code, _, err = run(capsys, database_url, "import", str(path))
    assert code == 0
    assert f"warning: {path}: unknown front-matter keys ignored: colour" in err


def test_authors_add_and_list(capsys: pytest.CaptureFixture[str], database_url: str) -> None:
    code, out, _ = run(
        capsys,
        database_url,
        "authors",
        "add",
        "Aigerim Bekova",
        "--role",
        "editor",
        "--role",
        "translator",
    )
    assert code == 0 and out.strip() == "created aigerim-bekova: Aigerim Bekova"
    code, out, _ = run(capsys, database_url, "authors", "list")
    assert out == "aigerim-bekova\tAigerim Bekova\teditor, translator\t\n"
    code, _, err = run(capsys, database_url, "authors", "add", "   ")
    assert code == 1 and "field 'name'" in err


def test_dictionary_commands(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    words = tmp_path / "names.txt"
    words.write_text("Tokayev\nMirziyoyev\n", encoding="utf-8")
    code, out, _ = run(capsys, database_url, "dictionary", "import", str(words), "--language", "en")
    assert code == 0 and "added 2 words" in out
    code, out, _ = run(capsys, database_url, "dictionary", "list", "--language", "en-GB")
    assert out == "Mirziyoyev\nTokayev\n"
    bad = tmp_path / "bad.txt"
    bad.write_text("Japarov\nnot one word\n", encoding="utf-8")
    code, _, err = run(capsys, database_url, "dictionary", "import", str(bad))
    assert code == 1 and f"{bad}:2:" in err


def test_export_needs_a_selection(capsys: pytest.CaptureFixture[str], database_url: str) -> None:
    code, _, err = run(capsys, database_url, "export")
    assert code == 1 and "SLUG..., --all or --status" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["list", "--status", "printed"])
    assert caught.value.code == 2


def test_a_file_that_is_not_a_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    fake = tmp_path / "notes.txt"
    fake.write_text("shopping list\n" * 200)
    code, _, err = run(capsys, str(fake), "list")
    assert code == 1
    assert err.strip() == (
        f"error: {fake} is not a SQLite database (file is not a database); "
        "pick another file with --database"
    )


def test_installed_entry_point_and_environment_variable(
    tmp_path: Path, stories: list[Path]
) -> None:
    """The console script works, honours NEWSDESK_DATABASE_URL, and prints no traceback."""
    env = {**os.environ, "NEWSDESK_DATABASE_URL": f"sqlite:///{tmp_path / 'env.sqlite3'}"}
    script = Path(sys.executable).with_name("newsdesk-cli")
    done = subprocess.run(
        [str(script), "import", str(stories[0])],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    listed = subprocess.run(
        [str(script), "list"], env=env, capture_output=True, text=True, check=False
    )
    assert "bishkek-tariffs" in listed.stdout
    broken = subprocess.run(
        [str(script), "--database", "postgresql://x@127.0.0.1:1/none?connect_timeout=2", "list"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert broken.returncode == 1
    assert "Traceback" not in broken.stderr and broken.stderr.startswith(
        "error: cannot open the database"
    )


def test_export_draws_a_progress_bar_only_on_a_terminal(tmp_path: Path, stories: list[Path]) -> None:
    """On a terminal the export shows its progress; piped into a file it stays quiet."""
    import pty

    database = f"sqlite:///{tmp_path / 'bar.sqlite3'}"
    script = Path(sys.executable).with_name("newsdesk-cli")
    subprocess.run([str(script), "--database", database, "import", *map(str, stories)], check=True,
                   capture_output=True)
    command = [str(script), "--database", database, "export", "--all", "--format", "html",
               "--out", str(tmp_path / "out")]
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(command, stderr=follower, stdout=subprocess.PIPE, check=False,
                              timeout=120)
        os.close(follower)
        follower = -1
        drawn = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            drawn += chunk
    finally:
        os.close(leader)
        if follower != -1:
            os.close(follower)
    assert done.returncode == 0
    assert b"exporting html [" in drawn and b"] 2/2" in drawn
    piped = subprocess.run(command, capture_output=True, check=False, timeout=120)
    assert piped.returncode == 0 and b"[" not in piped.stderr


def test_a_closed_pipe_ends_the_listing_quietly(tmp_path: Path, stories: list[Path]) -> None:
    """`newsdesk list | head -1` prints one line and no BrokenPipeError traceback."""
    database = f"sqlite:///{tmp_path / 'pipe.sqlite3'}"
    script = Path(sys.executable).with_name("newsdesk-cli")
    subprocess.run([str(script), "--database", database, "demo", "--articles", "1500"], check=True,
                   capture_output=True)
    done = subprocess.run(
        f"'{script}' --database '{database}' list --limit 5000 | head -1",
        shell=True, capture_output=True, text=True, check=False, timeout=120,
    )
    assert len(done.stdout.splitlines()) == 1
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr


def test_file_system_errors_are_one_line_naming_the_path(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path, stories: list[Path]
) -> None:
    run(capsys, database_url, "import", *map(str, stories))
    missing = tmp_path / "no-such-folder" / "words.txt"
    code, _, err = run(capsys, database_url, "dictionary", "export", str(missing))
    assert (code, err.strip()) == (1, f"error: {missing}: No such file or directory")
    a_file = tmp_path / "a-file"
    a_file.write_text("not a folder", encoding="utf-8")
    code, _, err = run(capsys, database_url, "export", "--all", "--out", str(a_file / "sub"))
    assert code == 1
    assert err.strip().splitlines()[-1].startswith(f"error: {a_file}")
    assert "Traceback" not in err


def test_an_impossible_date_fails_its_file_and_the_others_are_imported(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path, stories: list[Path]
) -> None:
    bad = tmp_path / "bad-date.md"
    bad.write_text("---\nheadline: Spring session\ndate: 2025-02-30\n---\nBody.\n",
                   encoding="utf-8")
    code, out, err = run(capsys, database_url, "import", str(bad), *map(str, stories))
    assert code == 1
    assert err.strip() == f"error: {bad}:3: field 'date': '2025-02-30' is not a date or time"
    assert "imported bishkek-tariffs" in out and "imported tokaev-astana" in out


def test_an_exported_newsroom_imports_back_whole_with_its_dates(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path
) -> None:
    """Markdown export then import: translations after their originals, dates kept."""
    source_url = f"sqlite:///{tmp_path / 'source.sqlite3'}"
    assert run(capsys, source_url, "demo")[0] == 0
    out = tmp_path / "out"
    code, _, err = run(capsys, source_url, "export", "--all", "--format", "md", "--out", str(out))
    assert code == 0, err
    files = sorted(str(path) for path in out.glob("*.md") if path.name != "index.md")
    code, _, err = run(capsys, database_url, "import", *files)
    assert (code, err) == (0, "")
    with opened(source_url) as original, opened(database_url) as copy:
        before = {s.slug: s for s in original.articles.page(ArticleQuery(), 0, 1000)}
        after = {s.slug: s for s in copy.articles.page(ArticleQuery(), 0, 1000)}
        assert after.keys() == before.keys()
        for slug, story in before.items():
            old, new = original.articles.get(story.id), copy.articles.get(after[slug].id)
            assert new.translation_of == old.translation_of
            assert (new.published_at or new.created_at).date() == \
                (old.published_at or old.created_at).date(), slug


def test_a_mistyped_database_path_is_refused_not_created(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    typo = tmp_path / "typo" / "newsrom.sqlite3"
    for command in (["list"], ["search", "water"], ["export", "--all", "--out", str(tmp_path)]):
        code, out, err = run(capsys, f"sqlite:///{typo}", *command)
        assert (code, out) == (1, "")
        assert err.strip() == (f"error: there is no newsroom at {typo}; check the path, or "
                               "start one with 'newsdesk demo' or 'newsdesk import'")
    assert not typo.parent.exists()
    assert run(capsys, f"sqlite:///{typo}", "demo")[0] == 0  # making one is still one command
    assert run(capsys, f"sqlite:///{typo}", "list")[0] == 0


def test_list_takes_a_tag_in_any_case_and_an_author_by_slug(
    capsys: pytest.CaptureFixture[str], database_url: str, stories: list[Path]
) -> None:
    run(capsys, database_url, "import", *map(str, stories))
    code, out, _ = run(capsys, database_url, "list", "--tag", "ENERGY")
    assert code == 0 and out.startswith("bishkek-tariffs\t")
    code, out, _ = run(capsys, database_url, "list", "--author", "dana-ermekova")
    assert [line.split("\t")[0] for line in out.splitlines()] == ["bishkek-tariffs"]
    code, out, _ = run(capsys, database_url, "list", "--author", "Ербол")  # part of a name
    assert [line.split("\t")[0] for line in out.splitlines()] == ["tokaev-astana"]
    with opened(database_url) as room:
        story = room.articles.get_by_slug("tokaev-astana")
        room.articles.save(replace(story, tags=("Ёлка",)))
    code, out, _ = run(capsys, database_url, "list", "--tag", "елка")  # ё typed as е
    assert [line.split("\t")[0] for line in out.splitlines()] == ["tokaev-astana"]
    code, out, _ = run(capsys, database_url, "list", "--language", "RU")
    assert [line.split("\t")[0] for line in out.splitlines()] == ["tokaev-astana"]


def test_an_error_quoting_what_the_user_typed_never_sends_control_characters_to_the_terminal(
    capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    code, _, err = run(capsys, database_url, "export", "--format", "md", "--out", "out",
                       "bad\x1b]0;pwned\x07slug")
    assert code == 1
    assert "\x1b" not in err and "\x07" not in err
    assert "bad\\x1b]0;pwned\\x07slug" in err
    assert len(err.strip().splitlines()) == 1
