"""Per-language names of profiles and sources: cleaned and checked before they are stored.

Refusals carry a :class:`~newsdesk.domain.errors.Wording`, so the window says them in the
interface language (``newsdesk.ui.error_text`` lists each template) and the CLI in English.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsdesk.domain.errors import InvalidInputError, Wording, wording
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
            wording("'{tag}' is not a language code; use a two- or three-letter one like en "
                    "or ru", tag=tag),
            field=field,
        )
    return language


def _checked_text(text: str, field: str, limit: int | None = None) -> str:
    if "\x00" in text:
        raise InvalidInputError(wording("contains a NUL character"), field=field)
    if limit is not None and len(text) > limit:
        raise InvalidInputError(wording("is longer than {limit} characters", limit=limit),
                                field=field)
    return text


def clean_author_names(names: Iterable[AuthorName]) -> tuple[AuthorName, ...]:
    """One entry per language, names on one line, blank entries dropped, sorted by language."""
    return tuple(AuthorName(*entry) for entry in _cleaned(
        ((n.language, n.name, n.bio) for n in names), "bio", AUTHOR_NAME_LIMIT, None))


def clean_source_names(names: Iterable[SourceName]) -> tuple[SourceName, ...]:
    """One entry per language, name and title on one line, blank entries dropped, sorted."""
    return tuple(SourceName(*entry) for entry in _cleaned(
        ((n.language, n.name, n.title) for n in names), "title", SOURCE_TEXT_LIMIT,
        SOURCE_TEXT_LIMIT))


def _cleaned(entries: Iterable[tuple[str, str, str]], second: str, name_limit: int,
             second_limit: int | None) -> list[tuple[str, str, str]]:
    """(language, name, bio or title) checked and cleaned; a title is one line, a bio not.

    Why refuse a repeated language rather than keep the last: two entries for "ru" mean two
    people typed different Russian names, and picking one would lose the other silently.
    """
    cleaned: dict[str, tuple[str, str, str]] = {}
    for raw_language, raw_name, raw_other in entries:
        language = _language(raw_language, "names")
        name = _checked_text(one_line(raw_name), f"name.{language}", name_limit)
        other = one_line(raw_other) if second_limit is not None else raw_other.strip()
        other = _checked_text(other, f"{second}.{language}", second_limit)
        if not name and not other:
            continue
        if language in cleaned:
            raise InvalidInputError(wording("'{language}' is given twice", language=language),
                                    field=f"name.{language}")
        cleaned[language] = (language, name, other)
    return [cleaned[language] for language in sorted(cleaned)]


def _labels() -> dict[str, Wording]:
    """The parts of a name entry as a refusal names them (translated in the window)."""
    return {"name": wording("name"), "bio": wording("bio"), "title": wording("title")}


def _merged(stored: Iterable[AuthorName | SourceName],
            offered: Iterable[AuthorName | SourceName],
            what: Wording, second: str) -> list[tuple[str, str, str]] | None:
    """``stored`` with ``offered`` filled in where it says nothing, as (language, name,
    bio or title); None when nothing changes. A different non-blank value is refused, never
    overwritten: the registry's name was chosen by someone, and a file must not silently
    replace it."""
    merged = {entry.language: [entry.name, str(getattr(entry, second))] for entry in stored}
    changed = False
    for entry in offered:
        current = merged.setdefault(entry.language, ["", ""])
        for slot, (label, given) in enumerate((("name", entry.name),
                                               (second, str(getattr(entry, second))))):
            if not given or current[slot] == given:
                continue
            if current[slot]:
                raise InvalidInputError(
                    wording("{what} already has the {language} {label} '{stored}', and this "
                            "file gives '{given}'; write the registry's {label} in the file, or "
                            "change the registry first", what=what, language=entry.language,
                            label=_labels()[label], stored=current[slot], given=given),
                    field=f"names.{entry.language}.{label}",
                )
            current[slot] = given
            changed = True
    if not changed:
        return None
    return [(language, name, other) for language, (name, other) in sorted(merged.items())]


def merged_source_names(key: str, stored: Iterable[SourceName],
                        offered: Iterable[SourceName]) -> tuple[SourceName, ...] | None:
    """A registry entry's names with an imported file's added; None when nothing is new."""
    merged = _merged(stored, offered, wording("source '{key}'", key=key), "title")
    return None if merged is None else clean_source_names(SourceName(*t) for t in merged)


def merged_author_names(name: str, stored: Iterable[AuthorName],
                        offered: Iterable[AuthorName]) -> tuple[AuthorName, ...] | None:
    """A profile's names with an imported file's added; None when nothing is new."""
    merged = _merged(stored, offered, wording("the profile '{name}'", name=name), "bio")
    return None if merged is None else clean_author_names(AuthorName(*t) for t in merged)
