"""``newsdesk check`` and the rule behind it: a ready story with a problem is kept, not published."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from newsdesk.__main__ import main
from newsdesk.domain.article import Status
from newsdesk.domain.errors import NotReadyError
from tests.helpers.newsroom import opened

GOOD = """---
headline: Bishkek raises electricity tariffs
slug: bishkek-tariffs
language: en
status: ready
dateline: {city: Bishkek, country: Kyrgyzstan, agency: TCA, date: 2025-04-01}
authors: [Dana Ermekova]
---
Prices rise from May, the Energy Ministry said.
"""

# A draft: no dateline city, no byline, and a short quote nobody said.
BAD = """---
headline: Almaty reopens its central park
slug: almaty-park
language: ru
status: draft
---
Парк открыли в субботу.

«Это лучший парк в регионе».
"""

QUOTE = "\n\n«Это лучший парк в регионе»."


@pytest.fixture
def newsroom_url(database_url: str, tmp_path: Path) -> str:
    files = [tmp_path / "good.md", tmp_path / "bad.md"]
    files[0].write_text(GOOD, encoding="utf-8")
    files[1].write_text(BAD, encoding="utf-8")
    assert main(["--database", database_url, "import", *map(str, files)]) == 0
    return database_url


def run(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--database", url, "check", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_every_problem_is_one_line_naming_story_and_field_with_exit_1(
    capsys: pytest.CaptureFixture[str], newsroom_url: str
) -> None:
    code, out, err = run(capsys, newsroom_url, "almaty-park", "bishkek-tariffs")

    assert code == 1
    lines = [line.split("\t") for line in out.splitlines()]
    assert [(slug, field) for slug, field, _ in lines] == [
        ("almaty-park", "dateline"),
        ("almaty-park", "byline"),
        ("almaty-park", "body"),
    ]
    assert "“Это лучший парк в регионе”" in lines[2][2] and "сказала она" in lines[2][2]
    assert err.strip() == "3 problems in 1 of 2 stories"


def test_a_story_without_problems_exits_0(
    capsys: pytest.CaptureFixture[str], newsroom_url: str
) -> None:
    code, out, err = run(capsys, newsroom_url, "bishkek-tariffs")

    assert (code, out) == (0, "")
    assert err.strip() == "1 story checked: no problem"


def test_status_checks_every_story_in_that_status(
    capsys: pytest.CaptureFixture[str], newsroom_url: str
) -> None:
    code, out, _ = run(capsys, newsroom_url, "--status", "draft")
    assert code == 1 and {line.split("\t")[0] for line in out.splitlines()} == {"almaty-park"}

    code, out, _ = run(capsys, newsroom_url, "--status", "ready")
    assert (code, out) == (0, "")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "error: name the stories to check: SLUG... or --status STATUS (not both)"),
        (("bishkek-tariffs", "--status", "ready"), "error: name the stories to check"),
        (("no-such-story",), "no-such-story"),
    ],
)
def test_bad_input_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], newsroom_url: str, args: tuple[str, ...], message: str
) -> None:
    code, out, err = run(capsys, newsroom_url, *args)

    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err and "Traceback" not in err


def test_a_ready_story_that_gains_a_problem_keeps_its_text_but_cannot_be_published(
    capsys: pytest.CaptureFixture[str], newsroom_url: str
) -> None:
    with opened(newsroom_url) as newsroom:
        service = newsroom.articles
        story = service.get_by_slug("bishkek-tariffs")
        saved = service.save(replace(story, body=story.body + QUOTE))
        assert saved.status is Status.READY and saved.body.endswith(QUOTE.strip())

        with pytest.raises(NotReadyError) as refused:
            service.set_status(saved.id or 0, Status.PUBLISHED, version=saved.version)
        assert "Это лучший парк в регионе" in refused.value.message
        with pytest.raises(NotReadyError):  # nor by a save that changes the status
            service.save(replace(saved, status=Status.PUBLISHED))
        kept = service.get(saved.id or 0)
        assert (kept.status, kept.version, kept.body) == (Status.READY, saved.version, saved.body)

        code, out, _ = run(capsys, newsroom_url, "bishkek-tariffs")
        assert code == 1 and out.startswith("bishkek-tariffs\tbody\t")

        fixed = service.save(replace(kept, body=kept.body.replace("».", "», — сказала она.")))
        published = service.set_status(fixed.id or 0, Status.PUBLISHED, version=fixed.version)
        assert published.status is Status.PUBLISHED


def test_a_published_story_that_gains_a_problem_is_still_saved(newsroom_url: str) -> None:
    with opened(newsroom_url) as newsroom:
        service = newsroom.articles
        story = service.get_by_slug("bishkek-tariffs")
        published = service.set_status(story.id or 0, Status.PUBLISHED, version=story.version)

        saved = service.save(replace(published, body=published.body + QUOTE))

        assert saved.status is Status.PUBLISHED and saved.body.endswith(QUOTE.strip())
        assert service.check_ready(saved)  # `newsdesk check` and the list still show it
