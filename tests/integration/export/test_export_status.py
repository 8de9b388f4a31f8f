"""A story that is not published never looks published in an export."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from newsdesk.domain.article import Status
from newsdesk.domain.house import HouseSettings
from newsdesk.services.export.html import render_article_page, render_index_page
from tests.helpers.stories import make_bundle


def _jsonld(page: str) -> dict[str, object]:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert match is not None
    data: dict[str, object] = json.loads(match.group(1))
    return data


@pytest.mark.parametrize(
    ("status", "note"),
    [
        (Status.DRAFT, "Draft — not published"),
        (Status.EDITING, "In editing — not published"),
        (Status.READY, "Ready — not yet published"),
        (Status.ARCHIVED, "Spiked — withdrawn"),
    ],
)
def test_unpublished_pages_say_so_and_claim_no_publication_date(status: Status, note: str) -> None:
    bundle = make_bundle()
    bundle = replace(bundle, article=replace(bundle.article, status=status, published_at=None))
    page = render_article_page(bundle, HouseSettings())
    assert f'<strong class="unpublished">{note}</strong>' in page
    assert ">Published <" not in page
    assert "datePublished" not in _jsonld(page)


def test_a_published_page_carries_its_publication_date() -> None:
    bundle = make_bundle()
    when = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
    bundle = replace(bundle, article=replace(bundle.article, status=Status.PUBLISHED,
                                             published_at=when))
    page = render_article_page(bundle, HouseSettings())
    assert 'class="unpublished"' not in page
    assert 'Published <time datetime="2025-03-14' in page
    assert str(_jsonld(page)["datePublished"]).startswith("2025-03-14")


def test_russian_drafts_are_marked_in_russian() -> None:
    bundle = make_bundle()
    bundle = replace(bundle, article=replace(bundle.article, language="ru", status=Status.DRAFT))
    assert "Черновик — не опубликовано" in render_article_page(bundle, HouseSettings())


def test_author_page_description_is_plain_text() -> None:
    from newsdesk.domain.people import Author
    from newsdesk.services.export.html import render_author_page

    author = Author(name="Dana Ermekova", id=7, bio="Covers **transport** and [roads](https://x.kz) in *Almaty*.")
    page = render_author_page(author, [], HouseSettings())
    description = re.search(r'<meta name="description" content="([^"]*)"', page)
    assert description is not None
    assert description.group(1) == "Covers transport and roads in Almaty."


def test_the_contents_page_marks_what_is_not_published() -> None:
    published = make_bundle()
    published = replace(published, article=replace(
        published.article, headline="Out in the world", status=Status.PUBLISHED,
        published_at=datetime(2025, 3, 14, 9, 30, tzinfo=UTC)))
    draft = make_bundle()
    draft = replace(draft, article=replace(draft.article, headline="Still a draft",
                                           slug="still-a-draft", status=Status.DRAFT))
    page = render_index_page([published, draft], HouseSettings())
    items = {item.split("</a>")[0].rsplit(">", 1)[-1]: item
             for item in page.split("<li>")[1:]}
    assert '<strong class="unpublished">Draft — not published</strong>' in items["Still a draft"]
    assert 'class="unpublished"' not in items["Out in the world"]
