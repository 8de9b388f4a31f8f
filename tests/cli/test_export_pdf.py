"""``newsdesk export --format pdf``: real PDFs from the command line, with no display at all."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.helpers.pdf_text import pdf_text

STORY = """---
headline: {headline}
slug: {slug}
language: {language}
status: {status}
dateline: {{city: {city}, country: {country}, agency: TCA, date: 2025-04-01}}
authors: [{author}]
---
{body}
"""
STORIES = [
    dict(headline="Bishkek raises electricity tariffs", slug="bishkek-tariffs", language="en",
         status="ready", city="Bishkek", country="Kyrgyzstan", author="Dana Ermekova",
         body="Prices rise from May, the Energy Ministry said."),
    dict(headline="Алматы открыл центральный парк", slug="almaty-park", language="ru",
         status="draft", city="Almaty", country="Kazakhstan", author="Ербол Сапаров",
         body="«Это лучший парк в регионе», — сказала жительница города."),
]
CLI = [sys.executable, "-m", "newsdesk"]


def clean_env() -> dict[str, str]:
    """The environment of a cron job or an SSH session: no display, no Qt platform chosen."""
    gone = {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XAUTHORITY"}
    return {key: value for key, value in os.environ.items() if key not in gone}


def newsdesk(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, "--database", url, *args], env=clean_env(), capture_output=True,
                          text=True, check=False, timeout=120)


@pytest.fixture
def newsroom_url(database_url: str, tmp_path: Path) -> str:
    files = []
    for story in STORIES:
        path = tmp_path / f"{story['slug']}.md"
        path.write_text(STORY.format(**story), encoding="utf-8")
        files.append(str(path))
    done = newsdesk(database_url, "import", *files)
    assert done.returncode == 0, done.stderr
    return database_url


def test_every_story_becomes_a_pdf_without_a_display(newsroom_url: str, tmp_path: Path) -> None:
    out = tmp_path / "pdf"

    done = newsdesk(newsroom_url, "export", "--format", "pdf", "--all", "--out", str(out))

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"wrote 2 stories (2 files) to {out}"
    assert sorted(p.name for p in out.iterdir()) == ["almaty-park.pdf", "bishkek-tariffs.pdf"]
    english = " ".join(pdf_text(out / "bishkek-tariffs.pdf").split())
    assert "Bishkek raises electricity tariffs" in english
    assert "BISHKEK, Kyrgyzstan (TCA) — Prices rise from May" in english
    russian = " ".join(pdf_text(out / "almaty-park.pdf").split())
    assert "Алматы открыл центральный парк" in russian and "Это лучший парк" in russian


def test_one_story_by_slug_and_a_status(newsroom_url: str, tmp_path: Path) -> None:
    done = newsdesk(newsroom_url, "export", "--format", "pdf", "almaty-park",
                    "--out", str(tmp_path / "one"))
    assert done.returncode == 0, done.stderr
    assert [p.name for p in (tmp_path / "one").iterdir()] == ["almaty-park.pdf"]
    assert (tmp_path / "one" / "almaty-park.pdf").read_bytes().startswith(b"%PDF")

    done = newsdesk(newsroom_url, "export", "--format", "pdf", "--status", "ready",
                    "--out", str(tmp_path / "ready"))
    assert done.returncode == 0, done.stderr
    assert [p.name for p in (tmp_path / "ready").iterdir()] == ["bishkek-tariffs.pdf"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--all", "--authors"), "error: --authors writes HTML author pages"),
        (("no-such-story",), "no-such-story"),
        ((), "error: name the stories to export"),
        (("--all", "--out", "FILE"), "exists and is not a folder"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(
    newsroom_url: str, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    (tmp_path / "FILE").write_text("not a folder", encoding="utf-8")
    out = ["--out", str(tmp_path / "out")] if "--out" not in args else []
    args = tuple(str(tmp_path / "FILE") if a == "FILE" else a for a in args)

    done = newsdesk(newsroom_url, "export", "--format", "pdf", *args, *out)

    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1 and message in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_batch_that_fails_on_its_second_pdf_leaves_the_first_whole_and_no_scrap(
    newsroom_url: str, tmp_path: Path
) -> None:
    """Printing fails in the middle of the second story: no half PDF, no temporary file."""
    out = tmp_path / "pdf"
    script = textwrap.dedent(f"""
        import sys
        import newsdesk.printing.pdf as pdf
        real, calls = pdf._print, []
        def failing(document, path, author=""):
            calls.append(path)
            if len(calls) == 2:
                path.write_bytes(b"%PDF-1.4 half a page")  # Qt had begun writing
                raise OSError(28, "No space left on device", str(path))
            real(document, path, author)
        pdf._print = failing
        from newsdesk.__main__ import main
        sys.exit(main({["--database", newsroom_url, "export", "--format", "pdf", "--all",
                        "--out", str(out)]!r}))
    """)
    done = subprocess.run([sys.executable, "-c", script], env=clean_env(), capture_output=True,
                          text=True, check=False, timeout=120)

    assert done.returncode == 1 and "No space left on device" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    [whole] = list(out.iterdir())  # the first story only, complete; nothing else
    assert whole.suffix == ".pdf" and pdf_text(whole).strip()


def test_other_formats_never_load_qt(newsroom_url: str, tmp_path: Path) -> None:
    script = textwrap.dedent(f"""
        import sys
        from newsdesk.__main__ import main
        code = main({["--database", newsroom_url, "export", "--format", "md", "--all",
                      "--out", str(tmp_path / "md")]!r})
        assert "PySide6" not in sys.modules, "Qt was imported for a Markdown export"
        sys.exit(code)
    """)
    done = subprocess.run([sys.executable, "-c", script], env=clean_env(), capture_output=True,
                          text=True, check=False, timeout=120)

    assert done.returncode == 0, done.stderr
