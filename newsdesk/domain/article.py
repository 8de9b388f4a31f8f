"""Article, byline and dateline values that every layer passes around (frozen, ORM-free)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Status(StrEnum):
    """Workflow states; ``archived`` is the spike (killed, never published)."""

    DRAFT = "draft"
    EDITING = "editing"
    READY = "ready"
    PUBLISHED = "published"
    ARCHIVED = "archived"


class Role(StrEnum):
    """What a person did for a story or does in the newsroom."""

    REPORTER = "reporter"
    EDITOR = "editor"
    TRANSLATOR = "translator"
    PHOTOGRAPHER = "photographer"


@dataclass(frozen=True)
class Dateline:
    """Where and when a story was filed; formatted by :mod:`newsdesk.domain.dateline`.

    ``timezone`` is the IANA zone of the city (``Asia/Almaty``): the Superdesk/AAP style prints
    the day *at the dateline city*, so ``filed_at`` (an aware UTC instant) is converted to it.
    ``date`` is the plain calendar date when no instant is known.
    """

    city: str = ""
    country: str = ""
    agency: str = ""
    date: date | None = None
    timezone: str = ""
    state: str = ""
    gazetteer_id: int | None = None
    filed_at: datetime | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.city or self.country or self.agency or self.date or self.filed_at)


@dataclass(frozen=True)
class BylineEntry:
    """One person in a byline, in order, with the role they played on this story."""

    name: str
    role: Role = Role.REPORTER
    author_id: int | None = None
    author_slug: str = ""


@dataclass(frozen=True)
class Article:
    """A story as the services hand it to the UI, the CLI and the exporters."""

    headline: str
    body: str = ""
    deck: str = ""
    slug: str = ""
    language: str = "en"
    status: Status = Status.DRAFT
    dateline: Dateline = field(default_factory=Dateline)
    byline: tuple[BylineEntry, ...] = ()
    tags: tuple[str, ...] = ()
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    published_at: datetime | None = None
    version: int = 0
    translation_of: str | None = None  # slug of the original
    translation_of_revision: int | None = None  # the original's revision number it was made from
    translations: tuple[str, ...] = ()  # slugs of stories made from this one
    source_keys: tuple[str, ...] = ()  # registry sources attached to the story (cited or not)


@dataclass(frozen=True)
class ArticleSummary:
    """A row of the article list: enough to show and sort, nothing heavy like the body."""

    id: int
    headline: str
    slug: str
    status: Status
    language: str
    byline: str
    dateline_city: str
    updated_at: datetime | None
    tags: tuple[str, ...] = ()
