"""Reading a revision snapshot (the JSON of ``mapping.snapshot_of``) back into an Article."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from newsdesk.domain.article import Article, BylineEntry, Dateline, Role, Status
from newsdesk.domain.errors import InvalidInputError, Wording, wording


def _text(data: dict[str, Any], key: str, revision: Wording) -> str:
    value = data.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidInputError(wording("{revision} holds {kind} instead of text",
                                        revision=revision, kind=type(value).__name__),
                                field=key)
    return value


def _date(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def _instant(value: object) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


def article_from_snapshot(
    snapshot: dict[str, Any], *, article_id: int | None = None, number: int | None = None
) -> Article:
    """The story as it was when the revision was recorded.

    Older snapshots may lack fields that were added since; those come back as the Article
    defaults rather than failing, because a history must stay readable.
    """
    revision = (wording("revision {number}", number=number) if number is not None
                else wording("the revision"))
    dateline = snapshot.get("dateline") or {}
    if not isinstance(dateline, dict):
        raise InvalidInputError(wording("{revision} has a malformed dateline",
                                        revision=revision), field="dateline")
    byline = tuple(
        BylineEntry(name=str(entry.get("name", "")), role=Role(entry.get("role", "reporter")),
                    author_id=entry.get("author_id"))
        for entry in snapshot.get("byline") or ()
        if isinstance(entry, dict)
    )
    revision_of = snapshot.get("translation_of_revision")
    return Article(
        id=article_id,
        headline=_text(snapshot, "headline", revision),
        deck=_text(snapshot, "deck", revision),
        slug=_text(snapshot, "slug", revision),
        body=_text(snapshot, "body", revision),
        language=_text(snapshot, "language", revision) or "en",
        status=Status(snapshot.get("status") or Status.DRAFT),
        dateline=Dateline(
            city=_text(dateline, "city", revision),
            country=_text(dateline, "country", revision),
            agency=_text(dateline, "agency", revision),
            date=_date(dateline.get("date")),
            timezone=_text(dateline, "timezone", revision),
            state=_text(dateline, "state", revision),
            gazetteer_id=dateline.get("gazetteer_id"),
            filed_at=_instant(dateline.get("filed_at")),
        ),
        byline=byline,
        tags=tuple(str(tag) for tag in snapshot.get("tags") or ()),
        version=int(snapshot.get("version") or 0),
        translation_of=snapshot.get("translation_of") or None,
        translation_of_revision=int(revision_of) if revision_of is not None else None,
        published_at=_instant(snapshot.get("published_at")),
    )
