"""Full-text search over one document per story: FTS5 on SQLite, tsvector on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, cast

from sqlalchemy import (
    ColumnClause,
    Select,
    Table,
    bindparam,
    delete,
    insert,
    inspect,
    literal_column,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.util import identity_key

from newsdesk.db.models import ArticleAuthorRow, ArticleRow, ArticleSearchRow
from newsdesk.db.search_schema import FTS_TABLE
from newsdesk.domain.search_syntax import (
    SearchExpression,
    SearchTerm,
    parse_search,
    searchable_text,
)


def document_of(row: ArticleRow) -> str:
    """The text a story is found by: headline, deck, body, tags and author names (in every
    language the profile has one: "Кван" finds Sergey Kwan's English stories too)."""
    parts = [row.headline, row.deck, row.body]
    parts.extend(tag.tag for tag in row.tag_rows)
    for entry in row.byline:
        parts.append(entry.author.name)
        parts.extend(other.name for other in entry.author.names if other.name)
    return searchable_text("\n".join(part for part in parts if part))


_SEARCH = cast(Table, ArticleSearchRow.__table__)
_CHUNK = 500


def _loaded_whole(row: ArticleRow) -> bool:
    """True when every attribute the document needs is in memory (no lazy load, no SQL)."""
    state = inspect(row)
    if state.expired_attributes or {"headline", "deck", "body", "byline", "tag_rows"} & set(
        state.unloaded
    ):
        return False
    return all("author" not in inspect(entry).unloaded
               and "names" not in inspect(entry.author).unloaded for entry in row.byline)


class SearchIndex:
    """Writes each story's search document and answers queries with ranked ids.

    Services never call the writing half: :mod:`newsdesk.db.search_sync` re-indexes every
    story a flush touched, and the bulk inserter hands its documents to :meth:`write`.
    """

    def __init__(self, session: Session) -> None:
        self._session = session

    def reindex(self, article_ids: Iterable[int]) -> None:
        """Recompute and store the documents of these stories from their flushed rows.

        A story the session already holds whole (the one just saved) is read from memory:
        on a PostgreSQL server across a network each query saved is a round trip.
        """
        documents: dict[int, str] = {}
        ids: list[int] = []
        for article_id in sorted(set(article_ids)):
            held = self._session.identity_map.get(identity_key(ArticleRow, article_id))
            if isinstance(held, ArticleRow) and _loaded_whole(held):
                documents[article_id] = document_of(held)
            else:
                ids.append(article_id)
        self.write(documents)
        for start in range(0, len(ids), _CHUNK):
            rows = self._session.scalars(
                select(ArticleRow)
                .options(
                    selectinload(ArticleRow.byline).joinedload(ArticleAuthorRow.author),
                    selectinload(ArticleRow.tag_rows),
                )
                .where(ArticleRow.id.in_(ids[start : start + _CHUNK]))
            ).all()
            self.write({row.id: document_of(row) for row in rows})

    def write(self, documents: Mapping[int, str], *, new: bool = False) -> None:
        """Store ``documents`` (article id -> text) as Core statements on the session's
        connection, so it can run inside a flush; ``new``: none of them is stored yet."""
        if not documents:
            return
        connection = self._session.connection()
        stored: dict[int, str] = {}
        if not new:
            stored = {
                article_id: document
                for article_id, document in connection.execute(
                    select(_SEARCH.c.article_id, _SEARCH.c.document).where(
                        _SEARCH.c.article_id.in_(list(documents))
                    )
                )
            }
        missing = [
            {"article_id": article_id, "document": document}
            for article_id, document in documents.items()
            if article_id not in stored
        ]
        changed = [
            {"target": article_id, "new_document": document}
            for article_id, document in documents.items()
            if article_id in stored and stored[article_id] != document
        ]
        if missing:
            connection.execute(insert(_SEARCH), missing)
        if changed:
            connection.execute(
                update(_SEARCH)
                .where(_SEARCH.c.article_id == bindparam("target"))
                .values(document=bindparam("new_document")),
                changed,
            )

    def remove(self, article_id: int) -> None:
        self._session.execute(
            delete(ArticleSearchRow).where(ArticleSearchRow.article_id == article_id)
        )

    def matching_ids(self, query: str) -> Select[Any] | None:
        """A sub-select of matching article ids, or None when the query asks for nothing.

        ``query`` is search box syntax (:mod:`newsdesk.domain.search_syntax`): words, "exact
        phrases", OR and -exclusions; the last plain word matches as a prefix.
        """
        expression = parse_search(query)
        if expression.is_empty:
            return None
        if self._session.get_bind().dialect.name == "sqlite":
            return _fts5_ids(expression)
        return select(ArticleSearchRow.article_id).where(
            text("article_search.tsv @@ to_tsquery('simple', :ts_query)").bindparams(
                ts_query=_tsquery(expression)
            )
        )


# -- SQLite FTS5 ---------------------------------------------------------------------------
_ROWID: ColumnClause[int] = literal_column("rowid")


def _fts5_ids(expression: SearchExpression) -> Select[Any]:
    def matching(fts_query: str) -> Select[Any]:
        return (
            select(_ROWID)
            .select_from(text(FTS_TABLE))
            # unique: the wanted and the unwanted halves each keep their own value.
            .where(text(f"{FTS_TABLE} MATCH :q").bindparams(
                bindparam("q", value=fts_query, unique=True)
            ))
        )

    if not expression.excluded:
        return matching(_fts5_required(expression))
    unwanted = matching(" OR ".join(_fts5_term(term) for term in expression.excluded))
    if not expression.required:
        # FTS5's NOT needs something on its left: "everything but" is a plain NOT IN.
        return select(ArticleRow.id).where(ArticleRow.id.not_in(unwanted))
    return matching(_fts5_required(expression)).where(_ROWID.not_in(unwanted))


def _fts5_required(expression: SearchExpression) -> str:
    groups = [" OR ".join(_fts5_term(term) for term in group) for group in expression.required]
    return " AND ".join(f"({group})" for group in groups)


def _fts5_term(term: SearchTerm) -> str:
    # Words are \w runs, so they never contain a quote; a quoted string is a phrase.
    return f'"{" ".join(term.words)}"' + ("*" if term.prefix else "")


# -- PostgreSQL tsquery --------------------------------------------------------------------
def _tsquery(expression: SearchExpression) -> str:
    parts = [
        "(" + " | ".join(_ts_term(term) for term in group) + ")" for group in expression.required
    ]
    parts += [f"!({_ts_term(term)})" for term in expression.excluded]
    return " & ".join(parts)


def _ts_term(term: SearchTerm) -> str:
    lexemes = [_pg_lexeme(word) for word in term.words]
    if term.prefix:
        lexemes[-1] += ":*"
    return " <-> ".join(lexemes)


def _pg_lexeme(term: str) -> str:
    # Quoted lexemes keep to_tsquery from reading user text as operators.
    return "'" + term.lower().replace("'", "''").replace("\\", "\\\\") + "'"
