"""``newsdesk export`` names a story it skipped, and why, in English, whatever the window says."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsdesk.__main__ import main
from newsdesk.domain.article import Article, Dateline
from tests.helpers.newsroom import opened


@pytest.mark.parametrize("fmt", ["html", "ninjs"])
def test_a_story_that_cannot_be_rendered_is_skipped_with_an_english_warning(
    capsys: pytest.CaptureFixture[str], database_url: str, tmp_path: Path, fmt: str
) -> None:
    with opened(database_url) as room:
        room.articles.create(Article(
            headline="Osh market reopens", body="Traders are back.",
            dateline=Dateline(city="Osh", country="Kyrgyzstan", timezone="Mars/Olympus",
                              filed_at=datetime(2025, 4, 1, 9, tzinfo=UTC))))
        room.articles.create(Article(headline="Tariffs rise", body="From May."))
    capsys.readouterr()
    code = main(["--database", database_url, "export", "--all", "--format", fmt,
                 "--out", str(tmp_path / "out")])
    out, err = capsys.readouterr()
    assert code == 1
    assert err.splitlines()[-1] == (
        "warning: skipped 'Osh market reopens': Unknown time zone 'Mars/Olympus' in the "
        "dateline's time zone field; use an IANA name such as Asia/Almaty.")
    assert out.splitlines()[-1].startswith("wrote 1 story (")
