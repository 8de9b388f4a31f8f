"""The few words an exported page prints itself, in the story's language (English or Russian)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from newsdesk.domain.article import Role, Status

_LANGUAGE_TAG: Final = re.compile(r"\A[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*\Z")


@dataclass(frozen=True)
class Labels:
    """UI words of one language; names stay as the newsroom typed them."""

    locale: str
    sources: str
    more_from: str  # "{name}" is replaced with the author's name
    about_author: str
    tags: str
    published: str
    updated: str
    translated_from: str
    translations: str
    stories: str
    author_stories: str
    no_stories: str
    photo_of: str
    anonymous: str
    roles: dict[Role, str]
    # Said on every page of a story that is not (or no longer) published, so a draft that is
    # exported for review can never pass for the published story.
    unpublished: dict[Status, str]


ENGLISH: Final = Labels(
    locale="en",
    sources="Sources",
    more_from="More articles from {name}",
    about_author="About the author",
    tags="Tags",
    published="Published",
    updated="Updated",
    translated_from="Translated from",
    translations="Also available in",
    stories="Stories",
    author_stories="Articles by {name}",
    no_stories="No published stories yet.",
    photo_of="Photo of {name}",
    anonymous="Source granted anonymity",
    roles={Role.REPORTER: "Reporter", Role.EDITOR: "Editor", Role.TRANSLATOR: "Translator",
           Role.PHOTOGRAPHER: "Photographer"},
    unpublished={Status.DRAFT: "Draft — not published",
                 Status.EDITING: "In editing — not published",
                 Status.READY: "Ready — not yet published",
                 Status.ARCHIVED: "Spiked — withdrawn"},
)

RUSSIAN: Final = Labels(
    locale="ru",
    sources="Источники",
    more_from="Ещё статьи автора: {name}",
    about_author="Об авторе",
    tags="Теги",
    published="Опубликовано",
    updated="Обновлено",
    translated_from="Перевод с оригинала",
    translations="Эта статья на других языках",
    stories="Материалы",
    author_stories="Статьи автора: {name}",
    no_stories="Опубликованных материалов пока нет.",
    photo_of="Фотография: {name}",
    anonymous="Источник на условиях анонимности",
    roles={Role.REPORTER: "Корреспондент", Role.EDITOR: "Редактор",
           Role.TRANSLATOR: "Переводчик", Role.PHOTOGRAPHER: "Фотограф"},
    unpublished={Status.DRAFT: "Черновик — не опубликовано",
                 Status.EDITING: "На редактуре — не опубликовано",
                 Status.READY: "Готово — ещё не опубликовано",
                 Status.ARCHIVED: "Снято с публикации"},
)


def language_tag(language: str, fallback: str = "en") -> str:
    """A valid BCP 47 tag for ``lang``/``inLanguage``; a malformed value falls back.

    Why: ``<html lang="x y">`` is a validator error, and the language comes from user input.
    """
    for candidate in (language.strip(), fallback.strip()):
        if _LANGUAGE_TAG.match(candidate):
            return candidate
    return "en"


def labels_for(language: str) -> Labels:
    return RUSSIAN if language.lower().split("-")[0] == "ru" else ENGLISH
