"""What the desk's header needs to open on a story, read in one go on the task runner."""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.domain.article import Article
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.translation import TranslationService


@dataclass(frozen=True)
class DeskOpening:
    """The original, its translations, and the translation the desk shows first (None when
    the story has no translation yet)."""

    original: Article
    translations: tuple[Article, ...]
    chosen: int | None


def read_opening(service: TranslationService, newsroom: Newsroom,
                 article_id: int) -> DeskOpening:
    """On a worker: the story the desk opens for ``article_id`` (its original when it is a
    translation), that original's translations, and which to align first: the translation
    asked for, else the original's first."""
    original_id = service.original_id(article_id)
    original = newsroom.articles.get(original_id)
    translations = tuple(service.translations(original_id))
    chosen = article_id if article_id != original_id else (
        translations[0].id if translations else None)
    return DeskOpening(original, translations, chosen)
