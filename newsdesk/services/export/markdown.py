"""Markdown exports: the lossless interchange file and a clean flavour for static sites."""

from __future__ import annotations

from typing import Any

import yaml

from newsdesk.domain.article import Status
from newsdesk.domain.bundle import StoryBundle
from newsdesk.domain.citations import replace_citation_targets
from newsdesk.domain.dateline import open_first_paragraph
from newsdesk.domain.house import HouseSettings
from newsdesk.domain.interchange import dump_story
from newsdesk.services.export.html import dateline_for
from newsdesk.services.export.jsonld import iso, published
from newsdesk.services.export.labels import language_tag
from newsdesk.services.export.links import article_slug, public_bundle
from newsdesk.services.html_safety import clean_text, safe_link

# The C emitter when PyYAML was built with libyaml: ten times faster on a thousand files.
_Dumper: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def to_interchange_markdown(bundle: StoryBundle) -> str:
    """The newsroom's own format (front matter + ``source:`` citations); re-importable as is."""
    return dump_story(bundle)


def to_clean_markdown(bundle: StoryBundle, house: HouseSettings) -> str:
    """Markdown a static-site generator (Hugo, Jekyll, Eleventy) can publish without our registry.

    Citations become plain links to the source's URL, or just their words when the source has
    no public URL or is anonymous; the dateline opens the first paragraph as the house writes it.
    """
    bundle = public_bundle(bundle)
    article = bundle.article
    by_key = bundle.source_by_key()

    def resolve(key: str) -> str | None:
        source = by_key.get(key)
        if source is None or not source.on_record:
            return None
        return safe_link(source.url)

    body = replace_citation_targets(clean_text(article.body), resolve)
    dateline = dateline_for(article, house)
    if dateline:
        body = open_first_paragraph(body, dateline)
    front: dict[str, Any] = {
        "title": clean_text(article.headline),
        "date": iso(published(article)),
        "authors": [clean_text(author.name) for author in bundle.authors]
        or [clean_text(entry.name) for entry in article.byline],
        "tags": [clean_text(tag) for tag in article.tags],
        "draft": article.status is not Status.PUBLISHED,
        "slug": article_slug(article),
        "language": language_tag(article.language, house.default_language),
    }
    if article.deck.strip():
        front["description"] = clean_text(article.deck)
    if front["date"] is None:
        del front["date"]
    text = yaml.dump(front, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    return f"---\n{text}---\n\n{body.strip()}\n"
