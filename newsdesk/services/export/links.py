"""Where a story and an author live on the outlet's site: one rule for HTML, JSON-LD and ninjs."""

from __future__ import annotations

from urllib.parse import quote, urljoin

from newsdesk.domain.article import Article
from newsdesk.domain.house import HouseSettings
from newsdesk.domain.people import Author
from newsdesk.domain.slugs import make_slug


def article_slug(article: Article) -> str:
    return article.slug or make_slug(article.headline)


def author_slug(author: Author) -> str:
    return author.slug or make_slug(author.name)


def site_base(house: HouseSettings) -> str:
    return house.site_url.strip().rstrip("/") + "/"


def story_url(article: Article, house: HouseSettings) -> str:
    """The story's public address; ninjs ``uri`` and JSON-LD ``url`` both use it."""
    return urljoin(site_base(house), f"stories/{quote(article_slug(article))}.html")


def default_author_url(author: Author, house: HouseSettings) -> str:
    return urljoin(site_base(house), f"authors/{quote(author_slug(author))}.html")


def absolute(url: str, house: HouseSettings) -> str:
    """JSON-LD wants absolute URLs; batch pages link relatively (``authors/x.html``)."""
    return urljoin(site_base(house), url)
