"""A story's people and sources named in the story's own language, for everything a reader sees.

A profile written as "Sergey Kwan" with a Russian name "Сергей Кван", and a source entry
"Sergei Shoigu, Russia's defence minister" with "Сергей Шойгу, министр обороны России": a
Russian story's byline, author box, JSON-LD, ninjs and sources list use the Russian ones, an
English story the main ones. One function does it for every exporter and the preview, so
they cannot disagree; a language with no name given falls back to the main name, field by
field.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from newsdesk.domain.article import Article, BylineEntry
from newsdesk.domain.bundle import StoryBundle
from newsdesk.domain.people import Author, Source


def author_in_language(author: Author, language: str) -> Author:
    """``author`` with the name and bio a reader of ``language`` sees."""
    name, bio = author.name_in(language), author.bio_in(language)
    if (name, bio) == (author.name, author.bio):
        return author
    return replace(author, name=name, bio=bio)


def source_in_language(source: Source, language: str) -> Source:
    """``source`` with the name and title a reader of ``language`` sees."""
    name, title = source.name_in(language), source.title_in(language)
    if (name, title) == (source.name, source.title):
        return source
    return replace(source, name=name, title=title)


def byline_in_language(
    byline: Sequence[BylineEntry], profiles: Iterable[Author], language: str
) -> tuple[BylineEntry, ...]:
    """``byline`` with each name a reader of ``language`` sees, from its profile (matched by
    id, else slug; an entry without one keeps its name). The exporters (through
    :func:`bundle_in_language`) and the editor's byline line both call this, so the line
    under the byline table is the one the page prints."""
    known = tuple(profiles)
    by_id = {author.id: author for author in known if author.id is not None}
    by_slug = {author.slug: author for author in known if author.slug}

    def named(entry: BylineEntry) -> BylineEntry:
        author = by_id.get(entry.author_id) if entry.author_id is not None else None
        author = author or by_slug.get(entry.author_slug)
        if author is None:
            return entry
        name = author.name_in(language)
        return entry if name == entry.name else replace(entry, name=name)

    return tuple(named(entry) for entry in byline)


def _byline_in(article: Article, profiles: tuple[Author, ...], language: str) -> Article:
    """``article`` with its byline named in ``language`` (see :func:`byline_in_language`)."""
    byline = byline_in_language(article.byline, profiles, language)
    return article if byline == article.byline else replace(article, byline=byline)


def bundle_in_language(bundle: StoryBundle, language: str | None = None) -> StoryBundle:
    """``bundle`` with its authors, byline and sources named in ``language`` (by default the
    story's own). The original's byline is named from the same profiles: a translation
    credits its original's writers, and they are usually in its byline too."""
    wanted = language if language is not None else bundle.article.language
    article = _byline_in(bundle.article, bundle.authors, wanted)
    original = bundle.original
    if original is not None:
        original = _byline_in(original, bundle.authors, wanted)
    return replace(
        bundle,
        article=article,
        authors=tuple(author_in_language(author, wanted) for author in bundle.authors),
        sources=tuple(source_in_language(source, wanted) for source in bundle.sources),
        original=original,
    )
