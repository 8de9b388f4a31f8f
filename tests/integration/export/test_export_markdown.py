"""Markdown exports: the interchange file round-trips; the clean flavour suits static sites."""

from __future__ import annotations

from pathlib import Path

import yaml

from newsdesk.domain.article import Status
from newsdesk.domain.house import HouseSettings
from newsdesk.domain.interchange import parse_story
from newsdesk.services.export.batch import ExportFormat, export_stories
from newsdesk.services.export.markdown import to_clean_markdown
from tests.helpers.stories import make_bundle, make_demo_sized_bundles

HOUSE = HouseSettings()


def _front(text: str) -> tuple[dict[str, object], str]:
    _, front, body = text.split("---\n", 2)
    return yaml.safe_load(front), body


def test_interchange_batch_round_trips_through_the_importer(tmp_path: Path) -> None:
    bundles = make_demo_sized_bundles(9, seed=5)
    report = export_stories(iter(bundles), tmp_path, ExportFormat.MARKDOWN, HOUSE)
    assert report.stories_written == 9
    for bundle, path in zip(bundles, report.written, strict=True):
        parsed = parse_story(path.read_text("utf-8"), path.name)
        original = bundle.article
        got = parsed.article
        assert (got.headline, got.deck, got.slug, got.language, got.status, got.tags) == (
            original.headline, original.deck, original.slug, original.language,
            original.status, original.tags)
        assert got.body == original.body.strip("\n")
        assert got.dateline.city == original.dateline.city
        assert [a.name for a in parsed.authors] == [e.name for e in original.byline]
        assert {s.key: s for s in parsed.sources} == bundle.source_by_key()


def test_clean_markdown_has_ssg_front_matter_and_plain_links() -> None:
    text = to_clean_markdown(make_bundle(), HOUSE)
    front, body = _front(text)
    assert front == {
        "title": "Central Asian states agree on summer water quotas",
        "date": "2025-02-14T12:00:00+00:00",
        "authors": ["Aida Nurlanovna"],
        "tags": ["water", "energy"],
        "draft": False,
        "slug": "water-quotas",
        "language": "en",
        "description": "The deal covers the Syr Darya and Amu Darya basins.",
    }
    assert body.lstrip().startswith("ALMATY, Kazakhstan (TCA) — Officials met on Monday, "
                                    "[Kazinform](https://www.inform.kz/) reported.")
    assert "source:" not in body
    assert "[the deputy minister]" not in body and "the deputy minister said" in body
    assert "The World Bank estimates" in body  # no public URL: its words stay, the link goes


def test_clean_markdown_marks_unpublished_stories_as_drafts() -> None:
    front, _ = _front(to_clean_markdown(make_bundle(status=Status.EDITING), HOUSE))
    assert front["draft"] is True


def test_clean_markdown_is_still_readable_by_the_importer() -> None:
    parsed = parse_story(to_clean_markdown(make_bundle(language="ru", slug="ru"), HOUSE), "ru.md")
    assert parsed.article.headline == make_bundle().article.headline
    assert parsed.article.status is Status.PUBLISHED
    assert parsed.article.body.startswith("АЛМАТЫ, Казахстан (TCA) — Чиновники")
