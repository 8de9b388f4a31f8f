"""Per-language names of profiles and sources: cleaned and checked before they are stored."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from newsdesk.domain.errors import InvalidInputError
from newsdesk.domain.one_line import one_line
from newsdesk.domain.people import (
    NAME_LANGUAGE,
    AuthorName,
    SourceName,
    name_language,
)

AUTHOR_NAME_LIMIT = 200
SOURCE_TEXT_LIMIT = 300


def _language(tag: str, field: str) -> str:
    language = name_language(tag)
    if not NAME_LANGUAGE.match(language):
        raise InvalidInputError(
            f"'{tag}' is not a language code; use a two- or three-letter one like en or ru",
            field=field,
        )
    return language


def _checked_text(text: str, field: str, limit: int | None = None) -> str:
    if "\x00" in text:
        raise InvalidInputError("contains a NUL character", field=field)
    if limit is not None and len(text) > limit:
        raise InvalidInputError(f"is longer than {limit} characters", field=field)
    return text


def clean_author_names(names: Iterable[AuthorName]) -> tuple[AuthorName, ...]:
    """One entry per language, names on one line, blank entries dropped, sorted by language.

    Why refuse a repeated language rather than keep the last: two entries for "ru" mean two
    people typed different Russian names, and picking one would lose the other silently.
    """
    cleaned: dict[str, AuthorName] = {}
    for entry in names:
        language = _language(entry.language, "names")
        name = _checked_text(one_line(entry.name), f"name.{language}", AUTHOR_NAME_LIMIT)
        bio = _checked_text(entry.bio.strip(), f"bio.{language}")
        if not name and not bio:
            continue
        if language in cleaned:
            raise InvalidInputError(f"'{language}' is given twice", field=f"name.{language}")
        cleaned[language] = replace(entry, language=language, name=name, bio=bio)
    return tuple(cleaned[language] for language in sorted(cleaned))


def clean_source_names(names: Iterable[SourceName]) -> tuple[SourceName, ...]:
    """One entry per language, name and title on one line, blank entries dropped, sorted."""
    cleaned: dict[str, SourceName] = {}
    for entry in names:
        language = _language(entry.language, "names")
        name = _checked_text(one_line(entry.name), f"name.{language}", SOURCE_TEXT_LIMIT)
        title = _checked_text(one_line(entry.title), f"title.{language}", SOURCE_TEXT_LIMIT)
        if not name and not title:
            continue
        if language in cleaned:
            raise InvalidInputError(f"'{language}' is given twice", field=f"name.{language}")
        cleaned[language] = replace(entry, language=language, name=name, title=title)
    return tuple(cleaned[language] for language in sorted(cleaned))


def _merged(stored: Iterable[tuple[str, str, str]], offered: Iterable[tuple[str, str, str]],
            what: str, second: str) -> list[tuple[str, str, str]] | None:
    """``stored`` (language, name, second) with ``offered`` filled in where it says nothing;
    None when nothing changes. A different non-blank value is refused, never overwritten:
    the registry's name was chosen by someone, and a file must not silently replace it."""
    merged = {language: [name, other] for language, name, other in stored}
    changed = False
    for language, name, other in offered:
        current = merged.setdefault(language, ["", ""])
        for slot, (label, given) in enumerate((("name", name), (second, other))):
            if not given or current[slot] == given:
                continue
            if current[slot]:
                raise InvalidInputError(
                    f"{what} already has the {language} {label} '{current[slot]}', and this "
                    f"file gives '{given}'; write the registry's {label} in the file, or "
                    "change the registry first",
                    field=f"names.{language}.{label}",
                )
            current[slot] = given
            changed = True
    if not changed:
        return None
    return [(language, name, other) for language, (name, other) in sorted(merged.items())]


def merged_source_names(key: str, stored: Iterable[SourceName],
                        offered: Iterable[SourceName]) -> tuple[SourceName, ...] | None:
    """A registry entry's names with an imported file's added; None when nothing is new."""
    merged = _merged(((n.language, n.name, n.title) for n in stored),
                     ((n.language, n.name, n.title) for n in offered),
                     f"source '{key}'", "title")
    return None if merged is None else clean_source_names(SourceName(*t) for t in merged)


def merged_author_names(name: str, stored: Iterable[AuthorName],
                        offered: Iterable[AuthorName]) -> tuple[AuthorName, ...] | None:
    """A profile's names with an imported file's added; None when nothing is new."""
    merged = _merged(((n.language, n.name, n.bio) for n in stored),
                     ((n.language, n.name, n.bio) for n in offered),
                     f"the profile '{name}'", "bio")
    return None if merged is None else clean_author_names(AuthorName(*t) for t in merged)
