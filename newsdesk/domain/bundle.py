"""A story with everything needed to publish it: the article, its people and its sources."""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.domain.article import Article
from newsdesk.domain.people import Author, Source


@dataclass(frozen=True)
class StoryBundle:
    """What the preview, every exporter and the CLI render from, so they all agree.

    ``authors`` are the full profiles of the byline, in byline order (the byline's roles stay on
    ``article.byline``); ``sources`` are the registry entries the story cites or has attached.
    ``original`` is set when the story is a translation; ``translations`` lists stories made
    from it.
    """

    article: Article
    authors: tuple[Author, ...] = ()
    sources: tuple[Source, ...] = ()
    original: Article | None = None
    translations: tuple[Article, ...] = ()

    def source_by_key(self) -> dict[str, Source]:
        return {source.key: source for source in self.sources}
