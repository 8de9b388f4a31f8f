"""Conversions between ORM rows and domain values, so no ORM object leaves the db layer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm.attributes import flag_modified

from newsdesk.db.models import (
    ArticleRow,
    AuthorNameRow,
    AuthorRow,
    SourceNameRow,
    SourceRow,
)
from newsdesk.domain.article import Article, ArticleSummary, BylineEntry, Dateline, Role, Status
from newsdesk.domain.byline import format_byline
from newsdesk.domain.people import (
    Author,
    AuthorName,
    Source,
    SourceKind,
    SourceName,
    name_language,
)


def dateline_from_row(row: ArticleRow) -> Dateline:
    return Dateline(
        city=row.dateline_city,
        country=row.dateline_country,
        agency=row.dateline_agency,
        date=row.dateline_date,
        timezone=row.dateline_timezone,
        state=row.dateline_state,
        gazetteer_id=row.dateline_gazetteer_id,
        filed_at=row.dateline_filed_at,
    )


def dateline_columns(dateline: Dateline) -> dict[str, Any]:
    """The articles table's dateline columns for ``dateline`` (ORM writes and bulk inserts)."""
    return {
        "dateline_city": dateline.city,
        "dateline_country": dateline.country,
        "dateline_agency": dateline.agency,
        "dateline_date": dateline.date,
        "dateline_timezone": dateline.timezone,
        "dateline_state": dateline.state,
        "dateline_gazetteer_id": dateline.gazetteer_id,
        "dateline_filed_at": dateline.filed_at,
    }


def apply_dateline(row: ArticleRow, dateline: Dateline) -> None:
    for column, value in dateline_columns(dateline).items():
        setattr(row, column, value)


def byline_from_row(row: ArticleRow, language: str | None = None) -> tuple[BylineEntry, ...]:
    """The byline with the profiles' main names, or their names in ``language`` (the story
    list prints a Russian story's byline as "Автор: Сергей Кван", like its exports)."""
    return tuple(
        BylineEntry(
            name=(entry.author.name if language is None
                  else _name_in(entry.author, language)),
            role=Role(entry.role),
            author_id=entry.author_id,
            author_slug=entry.author.slug,
        )
        for entry in row.byline
    )


def _name_in(author: AuthorRow, language: str) -> str:
    wanted = name_language(language)
    other = next((n.name for n in author.names if n.language == wanted and n.name.strip()), "")
    return other or author.name


def article_from_row(row: ArticleRow) -> Article:
    return Article(
        id=row.id,
        headline=row.headline,
        deck=row.deck,
        slug=row.slug,
        body=row.body,
        language=row.language,
        status=Status(row.status),
        dateline=dateline_from_row(row),
        byline=byline_from_row(row),
        tags=tuple(tag.tag for tag in row.tag_rows),
        created_at=row.created_at,
        updated_at=row.updated_at,
        published_at=row.published_at,
        version=row.version,
        translation_of=row.original.slug if row.original is not None else None,
        translation_of_revision=row.translation_of_revision,
        source_keys=tuple(sorted(citation.key for citation in row.citations)),
    )


def summary_from_row(row: ArticleRow) -> ArticleSummary:
    return ArticleSummary(
        id=row.id,
        headline=row.headline,
        slug=row.slug,
        status=Status(row.status),
        language=row.language,
        byline=format_byline(byline_from_row(row, row.language), row.language),
        dateline_city=row.dateline_city,
        updated_at=row.updated_at,
        tags=tuple(tag.tag for tag in row.tag_rows),
    )


def author_from_row(row: AuthorRow) -> Author:
    return Author(
        id=row.id,
        name=row.name,
        slug=row.slug,
        roles=tuple(Role(role) for role in row.roles),
        bio=row.bio,
        email=row.email,
        phone=row.phone,
        photo=row.photo,
        photo_mime=row.photo_mime,
        languages=tuple(row.languages),
        links=tuple(row.links),
        active=row.active,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
        names=author_names_of(row),
    )


def author_names_of(row: AuthorRow) -> tuple[AuthorName, ...]:
    return tuple(AuthorName(n.language, n.name, n.bio)
                 for n in sorted(row.names, key=lambda n: n.language))


def source_names_of(row: SourceRow) -> tuple[SourceName, ...]:
    return tuple(SourceName(n.language, n.name, n.title)
                 for n in sorted(row.names, key=lambda n: n.language))


def apply_author_names(row: AuthorRow, names: tuple[AuthorName, ...]) -> None:
    """Make the profile's per-language rows say ``names`` (one entry per language)."""
    _apply_names(row, author_names_of(row), names, "bio",
                 lambda language, name, bio: AuthorNameRow(language=language, name=name,
                                                           bio=bio))


def apply_source_names(row: SourceRow, names: tuple[SourceName, ...]) -> None:
    """Make the entry's per-language rows say ``names`` (one entry per language)."""
    _apply_names(row, source_names_of(row), names, "title",
                 lambda language, name, title: SourceNameRow(language=language, name=name,
                                                             title=title))


def _apply_names(row: AuthorRow | SourceRow, stored: tuple[Any, ...],
                 names: tuple[AuthorName, ...] | tuple[SourceName, ...], second: str,
                 make: Callable[[str, str, str], Any]) -> None:
    """Update, add and remove ``row``'s name rows in place (never delete and re-insert a
    language's row: the same primary key twice in one flush is refused)."""
    if stored == tuple(sorted(names, key=lambda n: n.language)):
        return
    wanted = {entry.language: entry for entry in names}
    rows: list[Any] = row.names
    for gone in [n for n in rows if n.language not in wanted]:
        rows.remove(gone)
    held = {n.language: n for n in rows}
    for language, entry in wanted.items():
        name_row = held.get(language)
        if name_row is None:
            rows.append(make(language, entry.name, getattr(entry, second)))
        else:
            name_row.name = entry.name
            setattr(name_row, second, getattr(entry, second))
    _bump_version(row)


def _bump_version(row: AuthorRow | SourceRow) -> None:
    """A change of the names alone is a new version of the profile or entry: the child rows
    do not touch the parent's row, so without this a colleague's older copy (which lacks
    the names) would still save over them unchallenged."""
    if row.id is not None:
        flag_modified(row, "name")


def apply_author(row: AuthorRow, author: Author) -> None:
    row.name = author.name
    row.slug = author.slug
    row.roles = [str(role) for role in author.roles]
    row.bio = author.bio
    row.email = author.email
    row.phone = author.phone
    row.photo = author.photo
    row.photo_mime = author.photo_mime
    row.languages = list(author.languages)
    row.links = list(author.links)
    row.active = author.active
    apply_author_names(row, author.names)


def source_from_row(row: SourceRow) -> Source:
    return Source(
        id=row.id,
        key=row.key,
        name=row.name,
        kind=SourceKind(row.kind),
        title=row.title,
        url=row.url,
        contact=row.contact,
        on_record=row.on_record,
        anonymity_reason=row.anonymity_reason,
        notes=row.notes,
        version=row.version,
        names=source_names_of(row),
    )


def apply_source(row: SourceRow, source: Source) -> None:
    row.key = source.key
    row.name = source.name
    row.kind = str(source.kind)
    row.title = source.title
    row.url = source.url
    row.contact = source.contact
    row.on_record = source.on_record
    row.anonymity_reason = source.anonymity_reason
    row.notes = source.notes
    apply_source_names(row, source.names)


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def snapshot_of(article: Article) -> dict[str, Any]:
    """Every field of a story as JSON, for a revision that can be shown or restored later."""
    dateline = article.dateline
    return {
        "headline": article.headline,
        "deck": article.deck,
        "slug": article.slug,
        "body": article.body,
        "language": article.language,
        "status": str(article.status),
        "dateline": {
            "city": dateline.city,
            "country": dateline.country,
            "agency": dateline.agency,
            "date": _jsonable(dateline.date),
            "timezone": dateline.timezone,
            "state": dateline.state,
            "gazetteer_id": dateline.gazetteer_id,
            "filed_at": _jsonable(dateline.filed_at),
        },
        "byline": [
            {"name": e.name, "role": str(e.role), "author_id": e.author_id} for e in article.byline
        ],
        "tags": list(article.tags),
        "translation_of": article.translation_of,
        "translation_of_revision": article.translation_of_revision,
        "version": article.version,
        "published_at": _jsonable(article.published_at),
    }
