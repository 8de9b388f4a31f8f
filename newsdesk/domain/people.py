"""Author profiles and the source registry as plain values."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Final, Protocol, TypeVar

from newsdesk.domain.article import Role


class SourceKind(StrEnum):
    """What kind of thing a source is; agencies matter for wire attribution."""

    PERSON = "person"
    NEWS_AGENCY = "news agency"
    ORGANISATION = "organisation"
    DOCUMENT = "document"
    WEBSITE = "website"


NAME_LANGUAGE: Final = re.compile(r"\A[a-z]{2,3}\Z")
"""What per-language names are keyed by: a base language (``ru``), not a region (``ru-KG``)."""


def name_language(tag: str) -> str:
    """``ru-RU``/``RU_kg`` -> ``ru``: a name is given per language, not per regional variant."""
    return tag.strip().replace("_", "-").split("-")[0].lower()


class _InLanguage(Protocol):
    @property
    def language(self) -> str: ...


_Entry = TypeVar("_Entry", bound=_InLanguage)


def _entry_for(entries: Sequence[_Entry], language: str) -> _Entry | None:
    wanted = name_language(language)
    return next((entry for entry in entries if entry.language == wanted), None)


@dataclass(frozen=True)
class AuthorName:
    """A profile's name and bio in one more language (Sergey Kwan / Сергей Кван).

    Either may be blank: that part then falls back to the profile's main name or bio.
    """

    language: str
    name: str = ""
    bio: str = ""


@dataclass(frozen=True)
class SourceName:
    """A registry entry's name and title in one more language, for stories in it."""

    language: str
    name: str = ""
    title: str = ""


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
    names: tuple[AuthorName, ...] = ()
    """The name and bio in other languages, one entry per language, sorted by language."""

    def name_in(self, language: str) -> str:
        """The name a story in ``language`` prints; the main name when none is given."""
        entry = _entry_for(self.names, language)
        return entry.name if entry is not None and entry.name.strip() else self.name

    def bio_in(self, language: str) -> str:
        """The bio an author box in ``language`` shows; the main bio when none is given."""
        entry = _entry_for(self.names, language)
        return entry.bio if entry is not None and entry.bio.strip() else self.bio


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
    names: tuple[SourceName, ...] = ()
    """The name and title in other languages, one entry per language, sorted by language."""

    def name_in(self, language: str) -> str:
        """The name a story in ``language`` lists; the main name when none is given."""
        entry = _entry_for(self.names, language)
        return entry.name if entry is not None and entry.name.strip() else self.name

    def title_in(self, language: str) -> str:
        """The title in ``language``; the main title when none is given."""
        entry = _entry_for(self.names, language)
        return entry.title if entry is not None and entry.title.strip() else self.title
