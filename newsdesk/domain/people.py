"""Author profiles and the source registry as plain values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from newsdesk.domain.article import Role


class SourceKind(StrEnum):
    """What kind of thing a source is; agencies matter for wire attribution."""

    PERSON = "person"
    NEWS_AGENCY = "news agency"
    ORGANISATION = "organisation"
    DOCUMENT = "document"
    WEBSITE = "website"


@dataclass(frozen=True)
class Author:
    """A newsroom profile: who can appear in a byline and in an author box."""

    name: str
    slug: str = ""
    roles: tuple[Role, ...] = (Role.REPORTER,)
    bio: str = ""
    email: str = ""
    phone: str = ""
    photo: bytes | None = None
    photo_mime: str = ""
    languages: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    active: bool = True
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    version: int = 1
    """The stored version this profile was read at; a save from an older one is refused."""


@dataclass(frozen=True)
class Source:
    """An entry in the source registry; ``key`` is what the text cites as ``source:key``."""

    key: str
    name: str
    kind: SourceKind = SourceKind.PERSON
    title: str = ""
    url: str = ""
    contact: str = ""
    on_record: bool = True
    anonymity_reason: str = ""
    notes: str = ""
    id: int | None = None
    version: int = 1
    """The stored version this entry was read at; a save from an older one is refused."""
