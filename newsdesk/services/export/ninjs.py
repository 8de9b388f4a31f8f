"""IPTC ninjs 3.1 (News in JSON) for wires and websites that ingest news items."""

from __future__ import annotations

from typing import Any, Final

from newsdesk.domain.article import Article, Status
from newsdesk.domain.bundle import StoryBundle
from newsdesk.domain.byline import format_byline
from newsdesk.domain.dateline_language import dateline_in_language
from newsdesk.domain.house import HouseSettings
from newsdesk.domain.people import SourceKind
from newsdesk.services.export.html import dateline_for, public_sources
from newsdesk.services.export.jsonld import advertised_translations, iso, modified, published
from newsdesk.services.export.labels import language_tag
from newsdesk.services.export.links import article_slug, public_bundle, story_identifier
from newsdesk.services.html_safety import clean_text, safe_link
from newsdesk.services.render import render_body

NINJS_SCHEMA_URI: Final = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json"
# Agencies and documents supplied the reporting; people and websites are cited in the text.
_SOURCE_ROLES: Final = {
    SourceKind.NEWS_AGENCY: "reported",
    SourceKind.DOCUMENT: "cited",
    SourceKind.PERSON: "cited",
    SourceKind.ORGANISATION: "cited",
    SourceKind.WEBSITE: "cited",
}
_PUB_STATUS: Final = {Status.PUBLISHED: "usable", Status.ARCHIVED: "canceled"}


def _located(article: Article) -> str:
    """Where it was filed, named in the story's language (like the dateline that opens it)."""
    dateline = dateline_in_language(article.dateline, article.language)
    return ", ".join(clean_text(part) for part in (dateline.city, dateline.state,
                                                   dateline.country) if part.strip())


def _association(article: Article, house: HouseSettings, name: str, rel: str) -> dict[str, Any]:
    return {
        "name": name,
        "rel": rel,
        "uri": story_identifier(article, house),
        "type": "text",
        "language": language_tag(article.language, house.default_language),
        "headlines": [{"role": "main", "value": clean_text(article.headline)}],
    }


def to_ninjs(bundle: StoryBundle, house: HouseSettings) -> dict[str, Any]:
    """One story as a ninjs 3.1 object (validates against the IPTC schema).

    Translations are ``associations``: ninjs 3.1 has no translation field of its own, so the
    original is named ``original`` (rel ``translationOf``) and each version made from this
    story ``translation-<lang>`` (rel ``hasTranslation``); only published ones, so an original
    never announces a translation still in draft. ``uri`` is an identifier, not a link: the
    site address when one is configured, else a stable ``urn:uuid:`` (never a made-up domain).
    Anonymous sources are left out of ``infoSources``: their names must not leave the newsroom.
    """
    bundle = public_bundle(bundle)
    article = bundle.article
    dateline = dateline_for(article, house)
    body = render_body(article.body, bundle.source_by_key(), dateline_text=dateline)
    item: dict[str, Any] = {
        "standard": {"name": "ninjs", "version": "3.1", "schema": NINJS_SCHEMA_URI},
        "uri": story_identifier(article, house),
        "type": "text",
        "representationType": "full",
        "language": language_tag(article.language, house.default_language),
        "slugline": article_slug(article),
        "version": str(article.version),
        "pubStatus": _PUB_STATUS.get(article.status, "withheld"),
        "headlines": [{"role": "main", "value": clean_text(article.headline)}],
        "bodies": [{"role": "main", "contentType": "text/html", "value": body.html,
                    "wordCount": len(article.body.split())}],
    }
    if house.outlet_name.strip():
        item["copyrightHolder"] = clean_text(house.outlet_name)
    if article.deck.strip():
        item["descriptions"] = [{"role": "summary", "contentType": "text/plain",
                                 "value": clean_text(article.deck)}]
    if article.byline:
        item["by"] = clean_text(format_byline(article.byline, item["language"]))
        item["people"] = [{"name": clean_text(entry.name), "rel": str(entry.role)}
                          for entry in article.byline]
    located = _located(article)
    if located:
        item["located"] = located
    for key, moment in (("firstCreated", article.created_at or published(article)),
                        ("versionCreated", modified(article))):
        stamp = iso(moment)
        if stamp is not None:
            item[key] = stamp if moment is None or moment.tzinfo else stamp + "Z"
    sources = []
    for source in public_sources(bundle, body.cited_keys):
        entry: dict[str, Any] = {"name": clean_text(source.name),
                                 "role": _SOURCE_ROLES.get(source.kind, "cited")}
        url = safe_link(source.url)
        if url is not None and not url.startswith("mailto:"):
            entry["uri"] = url
        sources.append(entry)
    if sources:
        item["infoSources"] = sources
    if article.tags:
        item["subjects"] = [{"name": clean_text(tag), "rel": "keyword"} for tag in article.tags]
    associations = []
    original, translations = advertised_translations(bundle)
    if original is not None:
        associations.append(_association(original, house, "original", "translationOf"))
    for translation in translations:
        lang = language_tag(translation.language)
        associations.append(_association(translation, house, f"translation-{lang}",
                                         "hasTranslation"))
    if associations:
        item["associations"] = associations
    return item
