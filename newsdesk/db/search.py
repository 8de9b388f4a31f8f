"""Full-text search over one document per story: FTS5 on SQLite, tsvector on PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnClause, Select, bindparam, delete, literal_column, select, text
from sqlalchemy.orm import Session

from newsdesk.db.models import ArticleRow, ArticleSearchRow
from newsdesk.db.search_schema import FTS_TABLE
from newsdesk.domain.search_syntax import (
    SearchExpression,
    SearchTerm,
    parse_search,
    searchable_text,
)


def document_of(row: ArticleRow) -> str:
    """The text a story is found by: headline, deck, body, tags and author names."""
    parts = [row.headline, row.deck, row.body]
    parts.extend(tag.tag for tag in row.tag_rows)
    parts.extend(entry.author.name for entry in row.byline)
    return searchable_text("\n".join(part for part in parts if part))


class SearchIndex:
    """Keeps each story's search document current and answers queries with ranked ids."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def index(self, row: ArticleRow) -> None:
        document = document_of(row)
        existing = self._session.get(ArticleSearchRow, row.id)
        if existing is None:
            self._session.add(ArticleSearchRow(article_id=row.id, document=document))
        elif existing.document != document:
            existing.document = document

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
