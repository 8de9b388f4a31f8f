"""Tells colleagues' windows what a commit changed: ``NOTIFY newsdesk_changes`` on PostgreSQL.

Every write goes through a unit of work's session, so the session carries the announcement,
as it carries the search index (:mod:`newsdesk.db.search_sync`): no service can forget it.

* ``after_flush`` notes the stories, authors, sources, house settings and house words a flush
  wrote; ORM-enabled bulk statements (``session.execute(insert(ArticleRow), [...])``) bypass
  flushes, so ``do_orm_execute`` notes their table with an unknown id (``*``).
* ``before_commit`` flushes what is still pending and sends ``pg_notify`` in the committing
  transaction. PostgreSQL delivers a notification only when that transaction commits and
  drops it on rollback, so a killed or refused write announces nothing.

A payload reads ``ORIGIN kind:id kind:id ...``: ORIGIN names the engine (one per window) that
wrote, so a window can skip what it wrote itself. Payloads stay under PostgreSQL's 8000-byte
limit; a long list is split over several notifications.

SQLite has no notifications; :mod:`newsdesk.db.change_watch` polls ``PRAGMA data_version``.
"""

from __future__ import annotations

import threading
import time
import uuid
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from typing import Any, Final

from sqlalchemy import Engine, event, text
from sqlalchemy.orm import ORMExecuteState, Session

from newsdesk.db.models import (
    ArticleAuthorRow,
    ArticleRow,
    ArticleTagRow,
    AuthorRow,
    GlossaryConceptRow,
    GlossaryTermRow,
    HouseSettingRow,
    HouseWordRow,
    SourceRow,
)
from newsdesk.db.session import NewsroomSession

CHANNEL: Final = "newsdesk_changes"
PAYLOAD_LIMIT: Final = 7900
"""Bytes per payload; PostgreSQL refuses 8000 and more."""
ANY: Final = "*"
"""The id of a change whose rows are not known (a bulk statement)."""

STORY: Final = "story"
AUTHOR: Final = "author"
SOURCE: Final = "source"
HOUSE: Final = "house"
WORD: Final = "word"
GLOSSARY: Final = "glossary"
KINDS: Final = (STORY, AUTHOR, SOURCE, HOUSE, WORD, GLOSSARY)

_PENDING = "newsdesk.changes_pending"
_COMMITTING = "newsdesk.changes_committing"
_TABLE_KINDS: Final = {
    ArticleRow.__tablename__: STORY,
    ArticleAuthorRow.__tablename__: STORY,
    ArticleTagRow.__tablename__: STORY,
    AuthorRow.__tablename__: AUTHOR,
    SourceRow.__tablename__: SOURCE,
    HouseSettingRow.__tablename__: HOUSE,
    HouseWordRow.__tablename__: WORD,
    GlossaryConceptRow.__tablename__: GLOSSARY,
    GlossaryTermRow.__tablename__: GLOSSARY,
}

# One origin per engine: a window (and its newsroom) has one engine, the colleague's another.
_ORIGINS: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()
# What each SQLite engine committed lately, with when: the file cannot say who wrote, so the
# watcher subtracts these (see take_own_changes).
_OWN: weakref.WeakKeyDictionary[Engine, list[tuple[float, tuple[str, str]]]] = (
    weakref.WeakKeyDictionary())
_OWN_LOCK = threading.Lock()
_OWN_FOR = 5.0  # seconds a commit of our own is remembered for the watcher


def origin_of(engine: Engine) -> str:
    """The name this engine's commits carry in their notifications (made on first use)."""
    origin = _ORIGINS.get(engine)
    if origin is None:
        origin = _ORIGINS.setdefault(engine, uuid.uuid4().hex[:16])
    return origin


@dataclass
class _Touched:
    """What the open transaction of one session wrote, until it commits or rolls back."""

    items: set[tuple[str, str]] = field(default_factory=set)


def _touched(session: Session) -> _Touched:
    found: _Touched = session.info.setdefault(_PENDING, _Touched())
    return found


def _note_flushed(session: Session, _context: Any) -> None:
    items = _touched(session).items
    for obj in chain(session.new, session.dirty, session.deleted):
        if isinstance(obj, ArticleRow):
            items.add((STORY, str(obj.id)))
        elif isinstance(obj, ArticleAuthorRow | ArticleTagRow):
            items.add((STORY, str(obj.article_id)))
        elif isinstance(obj, AuthorRow):
            items.add((AUTHOR, str(obj.id)))
        elif isinstance(obj, SourceRow):
            items.add((SOURCE, str(obj.id)))
        elif isinstance(obj, HouseSettingRow):
            items.add((HOUSE, obj.key))
        elif isinstance(obj, HouseWordRow):
            items.add((WORD, obj.language))
        elif isinstance(obj, GlossaryConceptRow):
            items.add((GLOSSARY, str(obj.id)))
        elif isinstance(obj, GlossaryTermRow):
            items.add((GLOSSARY, str(obj.concept_id)))


def _note_bulk(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    kind = _TABLE_KINDS.get(getattr(table, "name", ""))
    if kind is not None:
        _touched(state.session).items.add((kind, ANY))


def _notify(session: Session) -> None:
    # before_commit runs before the commit's own flush: flush here so nothing is missed.
    session.flush()
    touched: _Touched | None = session.info.pop(_PENDING, None)
    if touched is None or not touched.items:
        return
    if session.get_bind().dialect.name != "postgresql":
        session.info[_COMMITTING] = touched
        return
    origin = origin_of(session.get_bind().engine)
    for payload in encode_payloads(origin, touched.items):
        session.execute(text("SELECT pg_notify(:channel, :payload)"),
                        {"channel": CHANNEL, "payload": payload})


def _remember_own(session: Session) -> None:
    touched: _Touched | None = session.info.pop(_COMMITTING, None)
    if touched is None:
        return
    now = time.monotonic()
    with _OWN_LOCK:
        _OWN.setdefault(session.get_bind().engine, []).extend(
            (now, item) for item in touched.items)


def take_own_changes(engine: Engine) -> set[tuple[str, str]]:
    """The ``(kind, id)`` pairs ``engine`` committed lately (SQLite), forgotten once taken."""
    since = time.monotonic() - _OWN_FOR
    with _OWN_LOCK:
        recent = _OWN.pop(engine, [])
    return {item for when, item in recent if when >= since}


def _forget(session: Session, _transaction: Any) -> None:
    if not session.in_transaction():
        session.info.pop(_PENDING, None)
        session.info.pop(_COMMITTING, None)


def encode_payloads(origin: str, items: Iterable[tuple[str, str]]) -> Iterator[str]:
    """``ORIGIN kind:id ...`` strings, each under :data:`PAYLOAD_LIMIT` bytes."""
    payload = origin
    for kind, key in sorted(set(items)):
        word = f" {kind}:{key.replace(' ', '_')}"
        if len((payload + word).encode()) > PAYLOAD_LIMIT:
            yield payload
            payload = origin
        payload += word
    if payload != origin:
        yield payload


def decode_payload(payload: str) -> tuple[str, list[tuple[str, str]]]:
    """The origin and the ``(kind, id)`` pairs of one payload; unknown words are dropped."""
    words = payload.split()
    if not words:
        return "", []
    origin, pairs = words.pop(0), []
    for word in words:
        kind, _, key = word.partition(":")
        if kind in KINDS and key:
            pairs.append((kind, key))
    return origin, pairs


# Once per process, on the class every unit of work's sessions are made from.
event.listen(NewsroomSession, "after_flush", _note_flushed)
event.listen(NewsroomSession, "do_orm_execute", _note_bulk)
event.listen(NewsroomSession, "before_commit", _notify)
event.listen(NewsroomSession, "after_commit", _remember_own)
event.listen(NewsroomSession, "after_soft_rollback", _forget)
