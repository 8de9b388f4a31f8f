"""Keeps the search index true at every flush: the one write path no service can forget.

A story's search document is derived from its headline, deck, body, tags and the names in
its byline (each profile's main name and its names in other languages). Calling the index
by hand after each write was forgotten once (renaming or merging an author left stories
findable only by the old name), so the unit of work's sessions carry two listeners instead:

* ``after_flush`` notes which stories the flush touched: new or changed stories, bylines and
  tags, and every story of an author whose name (in any language) changed. Attribute
  history is still there.
* ``after_flush_postexec`` re-computes those stories' documents from the flushed rows and
  writes them with Core statements in the same transaction, so a rollback takes the index
  back with the story and a killed process leaves neither half.

ORM-enabled bulk statements (``session.execute(insert(ArticleRow), [...])``) bypass flushes;
their one user, :mod:`newsdesk.services.bulk_insert`, writes documents through
:meth:`newsdesk.db.search.SearchIndex.write` in the same batch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from newsdesk.db.models import (
    ArticleAuthorRow,
    ArticleRow,
    ArticleTagRow,
    AuthorNameRow,
    AuthorRow,
)
from newsdesk.db.search import SearchIndex
from newsdesk.db.session import NewsroomSession

_PENDING = "newsdesk.search_pending"


@dataclass
class _Pending:
    """What one or more flushes of a session touched, until the index has caught up."""

    articles: set[int] = field(default_factory=set)
    authors: set[int] = field(default_factory=set)
    gone: set[int] = field(default_factory=set)




def _note_touched(session: Session, _context: Any) -> None:
    pending: _Pending = session.info.setdefault(_PENDING, _Pending())
    for obj in chain(session.new, session.dirty):
        if isinstance(obj, ArticleRow):
            pending.articles.add(obj.id)
        elif isinstance(obj, ArticleAuthorRow | ArticleTagRow):
            pending.articles.add(obj.article_id)
        elif isinstance(obj, AuthorRow) and inspect(obj).attrs.name.history.has_changes():
            pending.authors.add(obj.id)
        elif isinstance(obj, AuthorNameRow):
            pending.authors.add(obj.author_id)
    for obj in session.deleted:
        if isinstance(obj, ArticleRow):
            pending.gone.add(obj.id)
        elif isinstance(obj, ArticleAuthorRow | ArticleTagRow):
            # A byline or tag removed from a story that stays.
            pending.articles.add(obj.article_id)
        elif isinstance(obj, AuthorNameRow):
            pending.authors.add(obj.author_id)  # a name in another language taken away


def _reindex_touched(session: Session, _context: Any) -> None:
    pending: _Pending | None = session.info.pop(_PENDING, None)
    if pending is None:
        return
    touched = set(pending.articles)
    if pending.authors:
        touched.update(
            session.scalars(
                select(ArticleAuthorRow.article_id).where(
                    ArticleAuthorRow.author_id.in_(sorted(pending.authors))
                )
            )
        )
    # Deleted stories take their documents with them (ON DELETE CASCADE).
    touched -= pending.gone
    if touched:
        SearchIndex(session).reindex(touched)


# Once per process, on the class every unit of work's sessions are made from.
event.listen(NewsroomSession, "after_flush", _note_touched)
event.listen(NewsroomSession, "after_flush_postexec", _reindex_touched)
