"""An Article as plain JSON data and back, for the recovery journal (no database involved).

The journal must survive a release that adds a field, and must never turn a damaged file into
a story: decoding checks every field's type and raises ``ValueError`` naming the field.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any, TypeVar

from newsdesk.domain.article import Article, BylineEntry, Dateline, Role, Status

_E = TypeVar("_E", Status, Role)


def article_to_json(article: Article) -> dict[str, Any]:
    """Everything a user can edit, plus the identity and version the edits were made on."""
    dateline = article.dateline
    return {
        "id": article.id,
        "version": article.version,
        "created_at": _instant(article.created_at),
        "headline": article.headline,
        "deck": article.deck,
        "body": article.body,
        "slug": article.slug,
        "language": article.language,
        "status": str(article.status),
        "tags": list(article.tags),
        "translation_of": article.translation_of,
        "translation_of_revision": article.translation_of_revision,
        "dateline": {
            "city": dateline.city,
            "country": dateline.country,
            "agency": dateline.agency,
            "date": dateline.date.isoformat() if dateline.date else None,
            "timezone": dateline.timezone,
            "state": dateline.state,
            "gazetteer_id": dateline.gazetteer_id,
            "filed_at": _instant(dateline.filed_at),
        },
        "byline": [
            {"name": e.name, "role": str(e.role), "author_id": e.author_id,
             "author_slug": e.author_slug}
            for e in article.byline
        ],
    }


def article_from_json(data: object) -> Article:
    """The Article ``article_to_json`` wrote; ``ValueError`` naming the field otherwise."""
    record = _mapping(data, "story")
    dateline = _mapping(record.get("dateline", {}), "dateline")
    byline_items = record.get("byline", [])
    if not isinstance(byline_items, list):
        raise ValueError("field 'byline' is not a list")
    byline = tuple(
        BylineEntry(
            name=_text(entry, "name"),
            role=_enum(Role, entry.get("role", "reporter"), "byline role"),
            author_id=_optional_int(entry, "author_id"),
            author_slug=_text(entry, "author_slug"),
        )
        for entry in (_mapping(item, "byline entry") for item in byline_items)
    )
    tags = record.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ValueError("field 'tags' is not a list of words")
    article = Article(
        headline=_text(record, "headline"),
        body=_text(record, "body"),
        deck=_text(record, "deck"),
        slug=_text(record, "slug"),
        language=_text(record, "language") or "en",
        status=_enum(Status, record.get("status", "draft"), "status"),
        tags=tuple(tags),
        byline=byline,
        id=_optional_int(record, "id"),
        version=_optional_int(record, "version") or 0,
        created_at=_parse_instant(record.get("created_at"), "created_at"),
        translation_of=_optional_text(record, "translation_of"),
        translation_of_revision=_optional_int(record, "translation_of_revision"),
    )
    raw_date = dateline.get("date")
    try:
        day = date.fromisoformat(raw_date) if isinstance(raw_date, str) else None
    except ValueError as exc:
        raise ValueError("field 'dateline.date' is not a date") from exc
    return replace(article, dateline=Dateline(
        city=_text(dateline, "city"),
        country=_text(dateline, "country"),
        agency=_text(dateline, "agency"),
        date=day,
        timezone=_text(dateline, "timezone"),
        state=_text(dateline, "state"),
        gazetteer_id=_optional_int(dateline, "gazetteer_id"),
        filed_at=_parse_instant(dateline.get("filed_at"), "dateline.filed_at"),
    ))


def same_text(a: Article, b: Article) -> bool:
    """Whether two versions of a story read the same: every field a user edits is equal."""
    return editable_fields(a) == editable_fields(b)


def editable_fields(article: Article) -> tuple[object, ...]:
    return (article.headline, article.deck, article.body, article.slug, article.language,
            article.status, article.dateline, article.byline, article.tags)


def _instant(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_instant(value: object, field: str) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"field '{field}' is not a time")
    try:
        return datetime.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"field '{field}' is not a time") from exc


def _mapping(value: object, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"the {what} is not a JSON object")
    return value


def _text(record: dict[str, Any], field: str) -> str:
    value = record.get(field, "")
    if not isinstance(value, str):
        raise ValueError(f"field '{field}' is not text")
    return value


def _optional_text(record: dict[str, Any], field: str) -> str | None:
    value = record.get(field)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"field '{field}' is not text")
    return value


def _optional_int(record: dict[str, Any], field: str) -> int | None:
    value = record.get(field)
    if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
        raise ValueError(f"field '{field}' is not a whole number")
    return value


def _enum(kind: type[_E], value: object, field: str) -> _E:
    try:
        return kind(str(value))
    except ValueError as exc:
        raise ValueError(f"field '{field}' has an unknown value {value!r}") from exc
