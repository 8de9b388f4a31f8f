"""A reported English story and its Russian translation, made through the real services."""

from __future__ import annotations

from dataclasses import replace

from newsdesk.domain.article import Article, BylineEntry, Role
from newsdesk.domain.people import Author
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.translation import TranslationService


def translated_story(
    newsroom: Newsroom, *, original: Article, headline: str, body: str, language: str = "ru"
) -> Article:
    """``original`` stored with a reporter's byline, then translated on the desk into
    ``language`` and saved with ``headline`` and ``body``: the translation, as stored."""
    reporter = newsroom.authors.create(Author(name="Aida Bekova", roles=(Role.REPORTER,)))
    stored = newsroom.articles.create(replace(
        original, byline=(BylineEntry(reporter.name, Role.REPORTER, reporter.id),)))
    draft = TranslationService(newsroom.uow).start_translation(stored.id or 0, language)
    return newsroom.articles.save(replace(draft, headline=headline, body=body))

