"""PDF for the legal desk: Qt prints the same HTML page the export writes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from newsdesk.domain.house import HouseSettings
from newsdesk.services.export.html import render_article_page
from newsdesk.ui.pdf_export import export_pdf
from tests.helpers.pdf_text import pdf_text
from tests.helpers.stories import make_bundle, make_demo_sized_bundles

# "More articles from …" links to the author's page on the outlet's site: a site is set.
HOUSE = HouseSettings(outlet_name="The Times of Central Asia", agency_credit="TCA",
                      site_url="https://www.timesca.com")


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_pdf_has_the_headline_dateline_and_author_photo(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "story.pdf"
    export_pdf(render_article_page(make_bundle(), HOUSE), path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    text = _flat(pdf_text(path))
    assert "Central Asian states agree on summer water quotas" in text
    assert "ALMATY, Kazakhstan (TCA) — Officials met on Monday" in text
    assert "More articles from Aida Nurlanovna" in text
    assert b"/Subtype /Image" in data  # the embedded photo survived the trip through Qt
    assert '"@context"' not in text  # the JSON-LD is metadata, not print


def test_long_russian_story_prints_on_several_a4_pages(qtbot: QtBot, tmp_path: Path) -> None:
    bundle = make_demo_sized_bundles(3, seed=4)[2]
    assert bundle.article.language == "ru"
    path = tmp_path / "ru.pdf"
    export_pdf(render_article_page(bundle, HOUSE), path)
    data = path.read_bytes()
    assert len(re.findall(rb"/Type /Page\b", data)) >= 2
    assert b"/MediaBox [0 0 595" in data  # A4 is 595 x 842 points
    assert _flat(bundle.article.headline) in _flat(pdf_text(path))


def test_unwritable_path_raises_an_error_naming_it(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "story.pdf"
    with pytest.raises(OSError, match=r"missing-folder/story\.pdf: cannot write"):
        export_pdf(render_article_page(make_bundle(), HOUSE), target)
