"""IPTC ninjs 3.1 export: every file validates against the vendored official schema."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from newsdesk.domain.article import Status
from newsdesk.domain.house import HouseSettings
from newsdesk.services.export.batch import ExportFormat, export_stories
from newsdesk.services.export.ninjs import to_ninjs
from tests.helpers.stories import make_bundle, make_demo_sized_bundles, poisoned_bundle

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "data" / "standards" / "ninjs-schema_3.1.json"
HOUSE = HouseSettings()
_RFC3339 = re.compile(r"\A\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)\Z")

# jsonschema only checks "uri" and "date-time" with optional packages; these are strict enough.
_FORMATS = FormatChecker()


@_FORMATS.checks("date-time")
def _is_datetime(value: object) -> bool:
    if not isinstance(value, str) or not _RFC3339.match(value):
        return False
    datetime.fromisoformat(value.replace("Z", "+00:00"))
    return True


@_FORMATS.checks("uri")
def _is_uri(value: object) -> bool:
    if not isinstance(value, str) or any(ch.isspace() or ord(ch) > 127 for ch in value):
        return False
    return bool(urlsplit(value).scheme)


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=_FORMATS)


def _errors(validator: Draft202012Validator, item: dict[str, Any]) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(item)]


def test_schema_rejects_a_broken_item(validator: Draft202012Validator) -> None:
    """The validator is really checking: wrong types and unknown fields are caught."""
    item = to_ninjs(make_bundle(), HOUSE)
    assert _errors(validator, item) == []
    assert _errors(validator, item | {"headline": "not a ninjs field"})
    assert _errors(validator, item | {"versionCreated": "yesterday"})
    assert _errors(validator, item | {"pubStatus": "published"})


def test_demo_batch_validates_file_by_file(tmp_path: Path,
                                           validator: Draft202012Validator) -> None:
    report = export_stories(iter(make_demo_sized_bundles(15, seed=3)), tmp_path,
                            ExportFormat.NINJS, HOUSE)
    files = sorted(tmp_path.glob("*.json"))
    assert len(files) == 15 == report.stories_written
    for path in files:
        item = json.loads(path.read_text("utf-8"))
        assert _errors(validator, item) == [], path.name


def test_fields_carry_the_story(validator: Draft202012Validator) -> None:
    original = make_bundle("Original", slug="original").article
    bundle = make_bundle(language="ru", slug="perevod", original=original, city=3)
    item = to_ninjs(bundle, replace(HOUSE, site_url="https://www.timesca.com/"))
    assert _errors(validator, item) == []
    assert item["uri"] == "https://www.timesca.com/stories/perevod.html"
    assert item["language"] == "ru"
    assert item["headlines"] == [{"role": "main", "value": bundle.article.headline}]
    assert item["by"] == "Автор: Aida Nurlanovna"
    assert item["located"] == "Бишкек, Киргизия"
    assert item["versionCreated"] == "2025-02-15T12:00:00+00:00"
    assert item["firstCreated"] == "2025-02-14T09:00:00+00:00"
    assert item["pubStatus"] == "usable"
    assert item["subjects"] == [{"name": "water", "rel": "keyword"},
                                {"name": "energy", "rel": "keyword"}]
    body = item["bodies"][0]
    assert body["contentType"] == "text/html"
    assert body["value"].startswith('<p><span class="dateline">БИШКЕК, Киргизия (TCA) —</span>')
    assert item["associations"][0]["rel"] == "translationOf"
    assert item["associations"][0]["uri"] == "https://www.timesca.com/stories/original.html"


def test_info_sources_have_roles_and_never_name_anonymous_sources() -> None:
    item = to_ninjs(make_bundle(), HOUSE)
    sources = {s["name"]: s for s in item["infoSources"]}
    assert sources["Kazinform"] == {"name": "Kazinform", "role": "reported",
                                    "uri": "https://www.inform.kz/"}
    assert sources["World Bank Central Asia report"]["role"] == "cited"
    assert "uri" not in sources["World Bank Central Asia report"]
    assert not any("withheld" in name for name in sources)


def test_unpublished_story_is_withheld_and_hostile_url_dropped(
    validator: Draft202012Validator,
) -> None:
    bundle = poisoned_bundle("source_url", "javascript:alert(1)")
    item = to_ninjs(make_bundle(status=Status.EDITING), HOUSE)
    assert item["pubStatus"] == "withheld"
    hostile = to_ninjs(bundle, HOUSE)
    assert _errors(validator, hostile) == []
    assert all("uri" not in source for source in hostile["infoSources"])
    assert "javascript" not in json.dumps(hostile)


def test_a_newsroom_that_has_not_named_itself_gets_no_invented_outlet(
    validator: Draft202012Validator,
) -> None:
    from newsdesk.services.export.html import render_article_page

    unnamed = HouseSettings()
    assert unnamed.outlet_name == ""
    item = to_ninjs(make_bundle(), unnamed)
    assert _errors(validator, item) == []
    assert "copyrightHolder" not in item
    page = render_article_page(make_bundle(), unnamed)
    assert "<title>Central Asian states agree on summer water quotas</title>" in page
    assert 'class="masthead"' not in page and 'class="colophon"' not in page
    assert '"publisher"' not in page
    named = render_article_page(make_bundle(), HouseSettings(outlet_name="Kabar Today"))
    assert "— Kabar Today</title>" in named and '"publisher"' in named
