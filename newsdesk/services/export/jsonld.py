"""schema.org ``NewsArticle`` metadata for a story page, so search engines read it as news."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from newsdesk.domain.article import Article, Status
from newsdesk.domain.bundle import StoryBundle
from newsdesk.domain.house import HouseSettings
from newsdesk.domain.people import Author
from newsdesk.services.export.labels import language_tag
from newsdesk.services.export.links import absolute, site_base, story_url
from newsdesk.services.html_safety import clean_text


def iso(moment: datetime | None) -> str | None:
    """ISO 8601 to the second: HTML ``datetime`` allows at most three fraction digits."""
    return moment.isoformat(timespec="seconds") if moment is not None else None


def published(article: Article) -> datetime | None:
    return article.published_at or article.created_at or article.updated_at


def modified(article: Article) -> datetime | None:
    return article.updated_at or published(article)


def _work(article: Article, house: HouseSettings) -> dict[str, Any]:
    return {
        "@type": "NewsArticle",
        "headline": clean_text(article.headline),
        "inLanguage": language_tag(article.language, house.default_language),
        "url": story_url(article, house),
    }


def news_article(bundle: StoryBundle, house: HouseSettings, *, dateline_text: str,
                 author_url: Callable[[Author], str]) -> dict[str, Any]:
    """The JSON-LD object; every value is plain text, escaping is the writer's job."""
    article = bundle.article
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": clean_text(article.headline),
        "url": story_url(article, house),
        "inLanguage": language_tag(article.language, house.default_language),
        "author": [
            {"@type": "Person", "name": clean_text(author.name),
             "url": absolute(author_url(author), house)}
            for author in bundle.authors
        ],
        "publisher": {"@type": "Organization", "name": clean_text(house.outlet_name),
                      "url": site_base(house)},
    }
    if article.deck:
        data["description"] = clean_text(article.deck)
    # Only a story that went out has a publication date; a draft's creation is not one.
    went_out = article.published_at if article.status is not Status.DRAFT else None
    for key, moment in (("datePublished", went_out),
                        ("dateModified", modified(article))):
        if moment is not None:
            data[key] = iso(moment)
    if dateline_text:
        data["dateline"] = dateline_text
    if article.tags:
        data["keywords"] = [clean_text(tag) for tag in article.tags]
    if bundle.original is not None:
        data["translationOfWork"] = _work(bundle.original, house)
    if bundle.translations:
        data["workTranslation"] = [_work(item, house) for item in bundle.translations]
    return data
