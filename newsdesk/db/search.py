"""Full-text search over one document per story: FTS5 on SQLite, tsvector on PostgreSQL."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Select, delete, select, text
from sqlalchemy.orm import Session

from newsdesk.db.models import ArticleRow, ArticleSearchRow
from newsdesk.db.search_schema import FTS_TABLE

_WORD = re.compile(r"[\w’']+", re.UNICODE)
# Russian writers mostly type е for ё ("елки", "Пугачева"): both sides of a search use е.
_YO = str.maketrans("ёЁ", "еЕ")


def fold_for_search(text: str) -> str:
    """The text as both the index and a query see it: ё and е are one letter."""
    return text.translate(_YO)


def search_terms(query: str) -> list[str]:
    """Words of a query; apostrophes split as the tokenizers split them."""
    words = _WORD.findall(fold_for_search(query))
    return [part for word in words for part in re.split(r"[’']", word) if part]


def document_of(row: ArticleRow) -> str:
    """The text a story is found by: headline, deck, body, tags and author names."""
    parts = [row.headline, row.deck, row.body]
    parts.extend(tag.tag for tag in row.tag_rows)
    parts.extend(entry.author.name for entry in row.byline)
    return fold_for_search("\n".join(part for part in parts if part))


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
        """A sub-select of matching article ids, or None when the query has no words.

        The last word is matched as a prefix so results come while the user is still typing.
        """
        terms = search_terms(query)
        if not terms:
            return None
        dialect = self._session.get_bind().dialect.name
        if dialect == "sqlite":
            expression = " ".join(f'"{term}"' for term in terms[:-1])
            expression = f'{expression} "{terms[-1]}"*'.strip()
            return (
                select(text("rowid"))
                .select_from(text(FTS_TABLE))
                .where(text(f"{FTS_TABLE} MATCH :fts_query").bindparams(fts_query=expression))
            )
        tsquery = " & ".join(
            [_pg_lexeme(term) for term in terms[:-1]] + [_pg_lexeme(terms[-1]) + ":*"]
        )
        return select(ArticleSearchRow.article_id).where(
            text("article_search.tsv @@ to_tsquery('simple', :ts_query)").bindparams(
                ts_query=tsquery
            )
        )


def _pg_lexeme(term: str) -> str:
    # Quoted lexemes keep to_tsquery from reading user text as operators.
    return "'" + term.lower().replace("'", "''").replace("\\", "\\\\") + "'"
