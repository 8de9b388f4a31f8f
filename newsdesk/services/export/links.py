"""Where a story and an author live: one rule for HTML, JSON-LD and ninjs, and for a batch.

A link goes to the story's file in the same export folder when the story is in the export,
else to the outlet's site when one is configured, else nowhere: never to a placeholder
domain such as ``example.org``, which would publish links that lead to someone else's page.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Final
from urllib.parse import quote, urljoin, urlsplit

from newsdesk.domain.article import Article
from newsdesk.domain.bundle import StoryBundle
from newsdesk.domain.house import HouseSettings
from newsdesk.domain.names_in_language import bundle_in_language
from newsdesk.domain.people import Author
from newsdesk.domain.slugs import make_slug

# RFC 2606 / RFC 6761 names reserved for documentation and tests: nobody's real site.
_PLACEHOLDER_DOMAINS: Final = frozenset({"example.com", "example.net", "example.org"})
_RESERVED_TOP_LEVEL: Final = frozenset({"example", "invalid", "test", "localhost", "local"})


def article_slug(article: Article) -> str:
    return article.slug or make_slug(article.headline)


def author_slug(author: Author) -> str:
    return author.slug or make_slug(author.name)


def is_placeholder_host(host: str) -> bool:
    """True for ``example.org``, ``news.example``, ``x.invalid``, ``localhost``…"""
    name = host.rstrip(".").lower()
    if not name:
        return True
    top = name.rsplit(".", 1)[-1]
    return (top in _RESERVED_TOP_LEVEL or name in _PLACEHOLDER_DOMAINS
            or any(name.endswith("." + domain) for domain in _PLACEHOLDER_DOMAINS))


def site_base(house: HouseSettings) -> str:
    """The configured site address ending in ``/``; empty when there is no real one.

    An empty setting, something that is not an http(s) address, and the reserved example
    domains all mean "no site": exports then link only within themselves.
    """
    raw = house.site_url.strip()
    if not raw:
        return ""
    try:
        parts = urlsplit(raw)
        host = parts.hostname or ""
    except ValueError:
        return ""
    if parts.scheme not in ("http", "https") or is_placeholder_host(host):
        return ""
    return raw.rstrip("/") + "/"


def story_url(article: Article, house: HouseSettings) -> str:
    """The story's public address on the outlet's site, or "" when no site is configured."""
    base = site_base(house)
    return urljoin(base, f"stories/{quote(article_slug(article))}.html") if base else ""


def default_author_url(author: Author, house: HouseSettings) -> str:
    base = site_base(house)
    return urljoin(base, f"authors/{quote(author_slug(author))}.html") if base else ""


def absolute(url: str, house: HouseSettings) -> str:
    """JSON-LD prefers absolute URLs; without a site a batch's relative link stays relative."""
    base = site_base(house)
    return urljoin(base, url) if base and url else url


def story_identifier(article: Article, house: HouseSettings) -> str:
    """A story's global identifier (ninjs ``uri``): its address, or a URN when there is none.

    The URN is a name-based UUID of the outlet and the slug, so exporting the same story
    again gives the same identifier, and no made-up web address is ever published.
    """
    url = story_url(article, house)
    if url:
        return url
    name = f"newsdesk:{house.outlet_name.strip()}:story:{article_slug(article)}"
    return uuid.uuid5(uuid.NAMESPACE_URL, name).urn


@dataclass(frozen=True)
class ExportLinks:
    """The file each story of one export is written to, so its pages link to each other.

    ``files`` maps a slug to its file name in the export folder (a batch decides the names
    before the first page is rendered); a story not in it is linked on the site, if any.
    """

    files: Mapping[str, str] = field(default_factory=dict)

    def href(self, article: Article, house: HouseSettings) -> str:
        """A relative link within the export, else the site address, else ""."""
        return self.files.get(article_slug(article)) or story_url(article, house)


NO_EXPORT: Final = ExportLinks()


def leads_nowhere(url: str) -> bool:
    """True for a link to a reserved example domain: it can never reach a real page."""
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return False
    return host is not None and is_placeholder_host(host)


def public_bundle(bundle: StoryBundle) -> StoryBundle:
    """``bundle`` as a reader gets it: people and sources named in the story's language, and
    source addresses on example domains dropped before it is published.

    Registries filled from samples (the demo newsroom's own) hold such addresses; a reader
    would get a dead link, so the source is shown by name only.
    """
    bundle = bundle_in_language(bundle)
    if not any(leads_nowhere(source.url) for source in bundle.sources):
        return bundle
    sources = tuple(replace(source, url="") if leads_nowhere(source.url) else source
                    for source in bundle.sources)
    return replace(bundle, sources=sources)
