"""Standalone HTML5 pages for a story, an author and a batch (browser, preview and PDF)."""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from functools import cache, lru_cache
from importlib import resources
from typing import Final

from babel.dates import format_date

from newsdesk.domain.article import Article, Status
from newsdesk.domain.bundle import StoryBundle
from newsdesk.domain.byline import format_byline
from newsdesk.domain.citations import cited_keys
from newsdesk.domain.dateline import format_dateline
from newsdesk.domain.house import HouseSettings
from newsdesk.domain.names_in_language import author_in_language
from newsdesk.domain.people import Author, Source
from newsdesk.services.export.jsonld import (
    advertised_translations,
    iso,
    modified,
    news_article,
    published,
    role_of,
)
from newsdesk.services.export.labels import Labels, labels_for, language_tag
from newsdesk.services.export.links import (
    NO_EXPORT,
    ExportLinks,
    article_slug,
    default_author_url,
    public_bundle,
    story_url,
)
from newsdesk.services.html_safety import clean_text, esc, json_for_script, safe_link
from newsdesk.services.render import render_bio_html, render_body

_IMAGE_TYPES: Final = {
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"GIF87a": "image/gif",
    b"GIF89a": "image/gif",
}


@cache
def page_css() -> str:
    """Read once: the same stylesheet is inlined into every page of a batch."""
    return (resources.files("newsdesk") / "assets" / "export" / "article.css").read_text("utf-8")


def dateline_for(article: Article, house: HouseSettings) -> str:
    """The dateline exactly as the house style writes it (the domain's one formatter)."""
    if article.dateline.is_empty:
        return ""
    return clean_text(format_dateline(article.dateline, house.dateline_style,
                                      template=house.custom_dateline_template,
                                      language=article.language))


def photo_data_uri(author: Author) -> str | None:
    """The photo as a ``data:`` URI, only for bytes that really are a PNG, JPEG, GIF or WebP.

    The type is read from the bytes, not from ``photo_mime``: a stored MIME type of
    ``text/html`` must never become ``data:text/html``.
    """
    photo = author.photo
    if not photo:
        return None
    mime = next((kind for magic, kind in _IMAGE_TYPES.items() if photo.startswith(magic)), None)
    if mime is None and photo[:4] == b"RIFF" and photo[8:12] == b"WEBP":
        mime = "image/webp"
    if mime is None:
        return None
    return f"data:{mime};base64,{base64.b64encode(photo).decode('ascii')}"


@lru_cache(maxsize=4096)
def _human_date(moment: datetime, locale: str) -> str:
    return format_date(moment, format="long", locale=locale)


def _time(moment: datetime | None, label: str, labels: Labels) -> str:
    if moment is None:
        return ""
    return (f'{esc(label)} <time datetime="{iso(moment)}">'
            f"{esc(_human_date(moment, labels.locale))}</time>")


def _plain_excerpt(html_text: str, limit: int = 200) -> str:
    """Readable text for a meta description: no tags, no Markdown, cut at a word."""
    spaced = re.sub(r"</?(?:p|div|br|li|ul|ol|h[1-6]|blockquote)\b[^>]*>", " ", html_text)
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", spaced)).split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def _head(title: str, lang: str, description: str, extra: str = "") -> str:
    meta = f'<meta name="description" content="{esc(description)}">\n' if description else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n{meta}<style>\n{page_css()}</style>\n{extra}</head>\n"
    )


def _titled(text: str, house: HouseSettings) -> str:
    """A page title with the outlet's name after it, when the newsroom has named itself."""
    outlet = clean_text(house.outlet_name)
    return f"{text} — {outlet}" if outlet else text


def _masthead(house: HouseSettings, home: str | None) -> str:
    if not house.outlet_name.strip():
        return ""  # a newsroom that has not named itself gets no empty banner
    name = esc(house.outlet_name)
    inner = f'<a href="{esc(home)}">{name}</a>' if home else name
    return f'<header class="masthead"><p class="outlet">{inner}</p></header>\n'


def _colophon(house: HouseSettings) -> str:
    if not house.outlet_name.strip():
        return "</body>\n</html>\n"
    return f'<footer class="colophon">{esc(house.outlet_name)}</footer>\n</body>\n</html>\n'


def _author_box(bundle: StoryBundle, labels: Labels,
                author_url: Callable[[Author], str] | None) -> str:
    if not bundle.authors:
        return ""
    parts = [f'<aside class="author-box">\n<h2>{esc(labels.about_author)}</h2>\n']
    for index, author in enumerate(bundle.authors):
        name = esc(author.name)
        photo = photo_data_uri(author)
        image = (f'<img src="{photo}" alt="{esc(labels.photo_of.format(name=author.name))}"'
                 ' width="96" height="96">' if photo else "")
        role = labels.roles[role_of(author, index, bundle.article)]
        link = ""
        url = author_url(author) if author_url is not None else ""
        if url:  # no site configured and no author pages in the export: nowhere to go
            link = (f'<p class="more-link"><a href="{esc(url)}">'
                    f"{esc(labels.more_from.format(name=author.name))}</a></p>")
        parts.append(
            f'<div class="author">{image}<div>'
            f'<p class="author-name">{name}</p><p class="author-role">{esc(role)}</p>'
            f'<div class="author-bio">{render_bio_html(author.bio)}</div>{link}</div></div>\n'
        )
    parts.append("</aside>\n")
    return "".join(parts)


def public_sources(bundle: StoryBundle, cited: tuple[str, ...] | None = None) -> list[Source]:
    """Sources a reader may see, cited ones first in citation order; anonymous ones never.

    ``cited`` is what the renderer found; without it the body is scanned again.
    """
    by_key = bundle.source_by_key()
    keys = cited if cited is not None else tuple(cited_keys(bundle.article.body))
    order = [key for key in keys if key in by_key]
    order += [source.key for source in bundle.sources if source.key not in order]
    return [by_key[key] for key in order if by_key[key].on_record]


def _sources_list(bundle: StoryBundle, labels: Labels, cited: tuple[str, ...]) -> str:
    items = []
    for source in public_sources(bundle, cited):
        text = esc(source.name)
        if source.title:
            text += f", {esc(source.title)}"
        url = safe_link(source.url)
        items.append(f'<li><a href="{esc(url)}">{text}</a></li>' if url else f"<li>{text}</li>")
    if not items:
        return ""
    return (f'<section class="sources">\n<h2>{esc(labels.sources)}</h2>\n<ol>\n'
            + "\n".join(items) + "\n</ol>\n</section>\n")


def _tags(article: Article, labels: Labels) -> str:
    tags = [tag for tag in article.tags if clean_text(tag).strip()]
    if not tags:
        return ""
    items = "".join(f"<li>{esc(tag)}</li>" for tag in tags)
    return (f'<section class="tags">\n<h2>{esc(labels.tags)}</h2>\n'
            f'<ul class="tag-list">{items}</ul>\n</section>\n')


def _linked_headline(article: Article, house: HouseSettings, links: ExportLinks) -> str:
    """The headline in its own language, linked where the story can really be reached."""
    lang = language_tag(article.language)
    href = links.href(article, house)
    if not href:
        return f'<span lang="{lang}">{esc(article.headline)}</span>'
    return (f'<a href="{esc(href)}" hreflang="{lang}" lang="{lang}">'
            f"{esc(article.headline)}</a>")


def _translations(bundle: StoryBundle, house: HouseSettings, labels: Labels,
                  links: ExportLinks) -> str:
    parts = []
    original, translations = advertised_translations(bundle)
    if original is not None:
        parts.append(f"<p>{esc(labels.translated_from)}: "
                     f"{_linked_headline(original, house, links)}</p>")
    if translations:
        items = "".join(f"<li>{_linked_headline(item, house, links)}</li>"
                        for item in translations)
        parts.append(f"<p>{esc(labels.translations)}:</p><ul>{items}</ul>")
    if not parts:
        return ""
    return '<section class="translations">\n' + "\n".join(parts) + "\n</section>\n"


def alternate_links(bundle: StoryBundle, house: HouseSettings, links: ExportLinks) -> str:
    """``<link rel="alternate" hreflang>`` for the page and each published language version.

    Listed only when there is another version to point to, and each only with a real
    address (a file of this export or the site's): search engines want the set to name the
    page itself too. No ``x-default``: no page here chooses a language for the reader.
    """
    original, translations = advertised_translations(bundle)
    others = ([original] if original is not None else []) + list(translations)
    family = [bundle.article, *others] if others else []
    tags = []
    seen: set[tuple[str, str]] = set()
    for article in family:
        href = links.href(article, house)
        lang = language_tag(article.language, house.default_language)
        if href and (lang, href) not in seen:
            seen.add((lang, href))
            tags.append(f'<link rel="alternate" hreflang="{lang}" href="{esc(href)}">\n')
    return "".join(tags) if len(tags) > 1 else ""


def render_article_page(bundle: StoryBundle, house: HouseSettings, *,
                        author_url: Callable[[Author], str] | None = None,
                        for_preview: bool = False, links: ExportLinks = NO_EXPORT) -> str:
    """One story as a complete HTML5 page; the window's preview calls this very function.

    ``author_url`` gives each author box its "More articles" link (a batch passes relative
    ``authors/…`` paths); without it the link and the JSON-LD point at the outlet's site.
    ``for_preview`` keeps the layout and only marks the page, so the preview never drifts
    from what is published. ``links`` names the files of a batch, so a translation and its
    original in the same export link to each other relatively.
    """
    bundle = public_bundle(bundle)
    article = bundle.article
    lang = language_tag(article.language, house.default_language)
    labels = labels_for(lang)
    link_for: Callable[[Author], str] = author_url or (
        lambda author: default_author_url(author, house))
    dateline = dateline_for(article, house)
    jsonld = news_article(bundle, house, dateline_text=dateline, author_url=link_for,
                          links=links)
    title = _titled(clean_text(article.headline), house)
    script = (alternate_links(bundle, house, links)
              + f'<script type="application/ld+json">{json_for_script(jsonld)}</script>\n')
    byline = clean_text(format_byline(article.byline, lang)) if article.byline else ""
    when = published(article)
    changed = modified(article)
    if article.status is Status.PUBLISHED:
        meta = [_time(when, labels.published, labels)]
        if changed is not None and when is not None and changed.date() != when.date():
            meta.append(_time(changed, labels.updated, labels))
    else:
        note = labels.unpublished[article.status]
        meta = [f'<strong class="unpublished">{esc(note)}</strong>',
                _time(changed, labels.updated, labels)]
    meta_html = " · ".join(part for part in meta if part)
    body = render_body(article.body, bundle.source_by_key(), dateline_text=dateline)
    return "".join((
        _head(title, lang, article.deck, script),
        f'<body class="{"preview" if for_preview else "story"}">\n',
        _masthead(house, None),
        "<main>\n<article>\n<header class=\"article-header\">\n",
        f'<h1 class="headline">{esc(article.headline)}</h1>\n',
        f'<p class="deck">{esc(article.deck)}</p>\n' if article.deck.strip() else "",
        f'<p class="byline">{esc(byline)}</p>\n' if byline else "",
        f'<p class="meta">{meta_html}</p>\n' if meta_html else "",
        "</header>\n",
        f'<div class="article-body">\n{body.html}\n</div>\n',
        _sources_list(bundle, labels, body.cited_keys) if house.show_sources_list else "",
        _tags(article, labels),
        _translations(bundle, house, labels, links),
        "</article>\n",
        _author_box(bundle, labels, author_url or link_for),
        "</main>\n",
        _colophon(house),
    ))


def _story_item(bundle: StoryBundle, href: str, labels: Labels) -> str:
    article = bundle.article
    when = published(article)
    date_html = ""
    if when is not None:
        date_html = (f'<p><time datetime="{iso(when)}">'
                     f"{esc(_human_date(when, labels.locale))}</time></p>")
    deck = f"<p>{esc(article.deck)}</p>" if article.deck.strip() else ""
    # A batch may hold drafts and spiked stories: the contents page says so, as each page does.
    note = labels.unpublished.get(article.status) if article.status is not Status.PUBLISHED \
        else None
    status_html = f'<p><strong class="unpublished">{esc(note)}</strong></p>' if note else ""
    lang = language_tag(article.language)
    title = (f'<a href="{esc(href)}" lang="{lang}">{esc(article.headline)}</a>' if href
             else f'<span lang="{lang}">{esc(article.headline)}</span>')
    return f"<li><h2>{title}</h2>{deck}{status_html}{date_html}</li>"


def _newest_first(bundles: Iterable[StoryBundle]) -> list[StoryBundle]:
    floor = datetime.min

    def key(bundle: StoryBundle) -> tuple[float, str]:
        moment = published(bundle.article)
        stamp = moment.timestamp() if moment is not None else floor.toordinal()
        return (stamp, bundle.article.headline)

    return sorted(bundles, key=key, reverse=True)


def render_author_page(author: Author, bundles: Iterable[StoryBundle], house: HouseSettings, *,
                       story_href: Callable[[Article], str] | None = None) -> str:
    """An author's page: photo, bio and their *published* stories, newest first.

    ``story_href`` maps a story to its link (a batch passes ``../file.html``); by default the
    outlet's public story URL.
    """
    href = story_href or (lambda article: story_url(article, house))
    stories = _newest_first(b for b in bundles if b.article.status is Status.PUBLISHED)
    lang = language_tag(stories[0].article.language if stories else house.default_language)
    labels = labels_for(lang)
    author = author_in_language(author, lang)  # the page's language names the author too
    heading = labels.author_stories.format(name=author.name)
    photo = photo_data_uri(author)
    image = (f'<img src="{photo}" alt="{esc(labels.photo_of.format(name=author.name))}"'
             ' width="96" height="96">' if photo else "")
    items = "\n".join(_story_item(b, href(b.article), labels) for b in stories)
    listing = (f'<ul class="story-list">\n{items}\n</ul>\n' if items
               else f"<p>{esc(labels.no_stories)}</p>\n")
    return "".join((
        _head(_titled(clean_text(author.name), house), lang,
              _plain_excerpt(render_bio_html(author.bio))),
        '<body class="author-page">\n',
        _masthead(house, None),
        "<main>\n",
        f'<div class="author">{image}<div><h1 class="headline">{esc(heading)}</h1>'
        f'<div class="author-bio">{render_bio_html(author.bio)}</div></div></div>\n',
        listing,
        "</main>\n",
        _colophon(house),
    ))


def render_index_page(bundles: Sequence[StoryBundle] | Iterable[StoryBundle],
                      house: HouseSettings, *,
                      story_href: Callable[[Article], str] | None = None) -> str:
    """The table of contents of a batch, newest first; links go to the batch's own files."""
    href = story_href or (lambda article: f"{article_slug(article)}.html")
    stories = _newest_first(bundles)
    lang = language_tag(house.default_language)
    labels = labels_for(lang)
    items = "\n".join(_story_item(b, href(b.article), labels) for b in stories)
    listing = f'<ul class="story-list">\n{items}\n</ul>\n' if items else ""
    return "".join((
        _head(f"{clean_text(house.outlet_name)} — {labels.stories}"
              if house.outlet_name.strip() else labels.stories, lang, ""),
        '<body class="index-page">\n',
        _masthead(house, None),
        f'<main>\n<h1 class="headline">{esc(labels.stories)}</h1>\n{listing}</main>\n',
        _colophon(house),
    ))
