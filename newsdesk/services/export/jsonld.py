"""schema.org ``NewsArticle`` metadata for a story page, so search engines read it as news."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from newsdesk.domain.article import Article, Role, Status
from newsdesk.domain.bundle import StoryBundle
from newsdesk.domain.house import HouseSettings
from newsdesk.domain.people import Author
from newsdesk.services.export.labels import language_tag
from newsdesk.services.export.links import NO_EXPORT, ExportLinks, absolute, site_base, story_url
from newsdesk.services.html_safety import clean_text


def iso(moment: datetime | None) -> str | None:
    """ISO 8601 to the second: HTML ``datetime`` allows at most three fraction digits."""
    return moment.isoformat(timespec="seconds") if moment is not None else None


def published(article: Article) -> datetime | None:
    return article.published_at or article.created_at or article.updated_at


def modified(article: Article) -> datetime | None:
    return article.updated_at or published(article)


def role_of(author: Author, index: int, article: Article) -> Role:
    """The role ``author`` played on this story, as its byline says (by id, slug or place)."""
    for entry in article.byline:
        if (author.id is not None and entry.author_id == author.id) or (
            author.slug and entry.author_slug == author.slug
        ):
            return entry.role
    if index < len(article.byline):
        return article.byline[index].role
    return author.roles[0] if author.roles else Role.REPORTER


def advertised_translations(bundle: StoryBundle) -> tuple[Article | None, tuple[Article, ...]]:
    """The original and the translations a page may name: published ones only.

    A published original must not announce a translation still in draft (its headline and
    address would leak before the desk releases it), and the same holds the other way.
    """
    original = bundle.original
    if original is not None and original.status is not Status.PUBLISHED:
        original = None
    translations = tuple(t for t in bundle.translations if t.status is Status.PUBLISHED)
    return original, translations


def _work(article: Article, house: HouseSettings, links: ExportLinks) -> dict[str, Any]:
    work: dict[str, Any] = {
        "@type": "NewsArticle",
        "headline": clean_text(article.headline),
        "inLanguage": language_tag(article.language, house.default_language),
    }
    href = links.href(article, house)
    if href:
        work["url"] = href
    return work


def _person(author: Author, author_url: Callable[[Author], str],
            house: HouseSettings) -> dict[str, Any]:
    person: dict[str, Any] = {"@type": "Person", "name": clean_text(author.name)}
    url = absolute(author_url(author), house)
    if url:
        person["url"] = url
    return person


def _people(bundle: StoryBundle, author_url: Callable[[Author], str],
            house: HouseSettings) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(authors, translators): a translator is schema.org ``translator``, never ``author``.

    A translation whose byline names only its translators credits the original's writers as
    its authors: they wrote the work being translated.
    """
    article = bundle.article
    authors: list[dict[str, Any]] = []
    translators: list[dict[str, Any]] = []
    for index, author in enumerate(bundle.authors):
        is_translator = role_of(author, index, article) is Role.TRANSLATOR
        (translators if is_translator else authors).append(_person(author, author_url, house))
    if not authors and bundle.original is not None:
        authors = [{"@type": "Person", "name": clean_text(entry.name)}
                   for entry in bundle.original.byline if entry.role is not Role.TRANSLATOR]
    return authors, translators


def news_article(bundle: StoryBundle, house: HouseSettings, *, dateline_text: str,
                 author_url: Callable[[Author], str],
                 links: ExportLinks = NO_EXPORT) -> dict[str, Any]:
    """The JSON-LD object; every value is plain text, escaping is the writer's job.

    Addresses appear only where they are real: the site's when one is configured, a file of
    the same export for a story in it; otherwise the property is left out.
    """
    article = bundle.article
    authors, translators = _people(bundle, author_url, house)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": clean_text(article.headline),
    }
    url = story_url(article, house)
    if url:
        data["url"] = url
    data["inLanguage"] = language_tag(article.language, house.default_language)
    data["author"] = authors
    if translators:
        data["translator"] = translators
    if house.outlet_name.strip():  # no invented publisher for a newsroom without a name
        publisher: dict[str, Any] = {"@type": "Organization",
                                     "name": clean_text(house.outlet_name)}
        if site_base(house):
            publisher["url"] = site_base(house)
        data["publisher"] = publisher
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
    original, translations = advertised_translations(bundle)
    if original is not None:
        data["translationOfWork"] = _work(original, house, links)
    if translations:
        data["workTranslation"] = [_work(item, house, links) for item in translations]
    return data
