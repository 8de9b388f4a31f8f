"""Every SELECT and bulk INSERT of the translation memory, the same on SQLite and PostgreSQL."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from typing import Any, cast

from sqlalchemy import Engine, Table, and_, func, insert, or_, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from newsdesk.db.memory_bulk import BulkPairLoader
from newsdesk.db.models import ArticleRow, MemoryPairRow, MemoryTokenRow

log = logging.getLogger(__name__)

_PAIRS = cast(Table, MemoryPairRow.__table__)
_TOKENS = cast(Table, MemoryTokenRow.__table__)
ENTRY_COLUMNS = (
    MemoryPairRow.id, MemoryPairRow.source_language, MemoryPairRow.target_language,
    MemoryPairRow.source_text, MemoryPairRow.target_text, MemoryPairRow.segment,
    MemoryPairRow.origin, MemoryPairRow.story_slug, MemoryPairRow.story_headline,
    MemoryPairRow.translator, MemoryPairRow.created_at,
)
"""What a lookup hands back per pair (``MemoryEntry``'s fields), plus the folded source."""


class MemoryRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def insert_pairs(self, rows: Sequence[dict[str, Any]], tokens: Sequence[set[str]]) -> int:
        """Insert pairs not stored yet (by ``pair_hash``) with their index words; how many.

        ``tokens[i]`` are the index words of ``rows[i]``. One multi-row statement per batch:
        the 100,000 units of a big TMX file go in within seconds on both backends.
        """
        if not rows:
            return 0
        dialect = self._session.get_bind().dialect.name
        maker = postgresql.insert if dialect == "postgresql" else sqlite.insert
        statement = (
            maker(_PAIRS)
            .on_conflict_do_nothing(index_elements=["pair_hash"])
            .returning(_PAIRS.c.id, _PAIRS.c.pair_hash)
        )
        connection = self._session.connection()
        inserted = {h: i for i, h in connection.execute(statement, list(rows)).all()}
        token_rows = [
            {"token": token, "memory_id": inserted[row["pair_hash"]]}
            for row, words in zip(rows, tokens, strict=True)
            if row["pair_hash"] in inserted
            for token in words
        ]
        if token_rows:
            connection.execute(insert(_TOKENS), token_rows)
        return len(inserted)

    def bulk_loader(self) -> BulkPairLoader:
        """A loader for a big import in this session's transaction (see ``memory_bulk``)."""
        return BulkPairLoader(self._session)

    def refresh_statistics(self) -> None:
        """After a big import, let PostgreSQL plan and read the memory tables as they are now.

        ANALYZE: the planner planned for an empty table (sequential scans, seconds per lookup)
        until autovacuum came by. VACUUM: it marks the new pages all-visible, so a lookup's
        index-only scans of ``translation_memory_tokens`` stop visiting the table for every
        posting (p95 over 100,000 pairs 53 -> 20 ms). VACUUM cannot run in a transaction, so
        this uses its own autocommit connection; call it after the import committed. A
        failure (not the tables' owner, server gone) is logged: the import stands, and
        autovacuum does the same later.
        """
        bind = self._session.get_bind()
        engine = bind if isinstance(bind, Engine) else bind.engine
        if engine.dialect.name != "postgresql":
            return
        try:
            with engine.connect() as connection:
                connection = connection.execution_options(isolation_level="AUTOCOMMIT")
                connection.exec_driver_sql(
                    "VACUUM (ANALYZE) translation_memory, translation_memory_tokens")
        except DBAPIError:
            log.warning("the memory tables' statistics were not refreshed", exc_info=True)

    def is_empty(self) -> bool:
        return self._session.execute(select(MemoryPairRow.id).limit(1)).first() is None

    def count(self, source_language: str = "", target_language: str = "") -> int:
        statement = select(func.count()).select_from(MemoryPairRow)
        if source_language:
            statement = statement.where(MemoryPairRow.source_language == source_language)
        if target_language:
            statement = statement.where(MemoryPairRow.target_language == target_language)
        return int(self._session.execute(statement).scalar_one())

    def language_pairs(self) -> list[tuple[str, str]]:
        rows = self._session.execute(
            select(MemoryPairRow.source_language, MemoryPairRow.target_language).distinct()
        ).all()
        return sorted((str(a), str(b)) for a, b in rows)

    def exact(self, source_hash: str, limit: int) -> Sequence[Any]:
        """Pairs whose ``source_hash`` (languages and normal source text) is this one."""
        return self._session.execute(
            select(*ENTRY_COLUMNS, MemoryPairRow.source_folded, MemoryPairRow.source_hash)
            .where(MemoryPairRow.source_hash == source_hash)
            .order_by(MemoryPairRow.created_at.desc(), MemoryPairRow.id.desc())
            .limit(limit)
        ).all()

    def frequencies(self, tokens: Sequence[str], cap: int) -> list[int]:
        """How many pairs hold each word, counted up to ``cap`` (enough to tell rare ones).

        One statement for all words, written as SQL text: building it as a SQLAlchemy
        expression cost more than running it.
        """
        if not tokens:
            return []
        parts = [
            f"SELECT {i} AS k, COUNT(*) AS n FROM (SELECT memory_id FROM "
            f"translation_memory_tokens WHERE token = :t{i} LIMIT :cap) AS c{i}"
            for i in range(len(tokens))
        ]
        params: dict[str, Any] = {f"t{i}": token for i, token in enumerate(tokens)}
        params["cap"] = cap
        counts: dict[int, int] = {
            int(k): int(n)
            for k, n in self._session.execute(text(" UNION ALL ".join(parts)), params)
        }
        return [int(counts.get(i, 0)) for i in range(len(tokens))]

    def ranked_ids(self, weighted: Sequence[tuple[str, float]], per_word: int,
                   limit: int) -> list[int]:
        """Pair ids by the summed weight of the words they share, best first.

        Each word contributes at most its ``per_word`` newest postings, so the work stays
        bounded when every word is common; the database does the counting, only ``limit``
        ids come back.
        """
        if not weighted:
            return []
        parts = [
            f"SELECT memory_id, CAST(:w{i} AS REAL) AS w FROM (SELECT memory_id FROM "
            f"translation_memory_tokens WHERE token = :t{i} ORDER BY memory_id DESC "
            f"LIMIT :per_word) AS p{i}"
            for i in range(len(weighted))
        ]
        params: dict[str, Any] = {"per_word": per_word, "limit": limit}
        for i, (token, weight) in enumerate(weighted):
            params[f"t{i}"], params[f"w{i}"] = token, weight
        statement = (f"SELECT memory_id, SUM(w) AS s FROM ({' UNION ALL '.join(parts)}) AS q "
                     "GROUP BY memory_id ORDER BY s DESC, memory_id DESC LIMIT :limit")
        return [int(row[0]) for row in self._session.execute(text(statement), params)]

    def entries(self, ids: Sequence[int], lengths: tuple[int, int],
                exact_hash: str) -> Sequence[Any]:
        """The pairs ``ids`` whose source length is in the band, and every exact match."""
        condition = MemoryPairRow.source_hash == exact_hash
        if ids:
            condition = or_(condition, and_(MemoryPairRow.id.in_(ids),
                                            MemoryPairRow.source_length.between(*lengths)))
        return self._session.execute(
            select(*ENTRY_COLUMNS, MemoryPairRow.source_folded, MemoryPairRow.source_hash)
            .where(condition)
        ).all()

    def in_band(self, source_language: str, target_language: str, lengths: tuple[int, int],
                limit: int) -> Sequence[Any]:
        """Pairs of the length band, newest first: short texts with no index word."""
        return self._session.execute(
            select(*ENTRY_COLUMNS, MemoryPairRow.source_folded, MemoryPairRow.source_hash)
            .where(MemoryPairRow.source_language == source_language,
                   MemoryPairRow.target_language == target_language,
                   MemoryPairRow.source_length.between(*lengths))
            .order_by(MemoryPairRow.id.desc())
            .limit(limit)
        ).all()

    def concordance(self, language: str, side: str, pattern: str,
                    limit: int) -> Sequence[Any]:
        """Pairs whose folded ``side`` ('source' or 'target') in ``language`` is LIKE
        ``pattern`` (already folded and escaped with backslash)."""
        if side == "source":
            column, lang = MemoryPairRow.source_folded, MemoryPairRow.source_language
        else:
            column, lang = MemoryPairRow.target_folded, MemoryPairRow.target_language
        return self._session.execute(
            select(*ENTRY_COLUMNS)
            .where(lang == language, column.like(pattern, escape="\\"))
            .order_by(MemoryPairRow.created_at.desc(), MemoryPairRow.id.desc())
            .limit(limit)
        ).all()

    def iterate(self, source_language: str = "", target_language: str = "",
                batch: int = 2000) -> Iterator[Any]:
        """Every pair (optionally of one language pair) in id order, a batch at a time."""
        last = 0
        while True:
            conditions = [MemoryPairRow.id > last]
            if source_language:
                conditions.append(MemoryPairRow.source_language == source_language)
            if target_language:
                conditions.append(MemoryPairRow.target_language == target_language)
            rows = self._session.execute(
                select(*ENTRY_COLUMNS).where(and_(*conditions))
                .order_by(MemoryPairRow.id).limit(batch)
            ).all()
            if not rows:
                return
            yield from rows
            last = rows[-1].id

    def linked_translations(self) -> Sequence[tuple[ArticleRow, ArticleRow]]:
        """(original, translation) for every story that translates another."""
        original = ArticleRow.__table__.alias("original")
        ids = self._session.execute(
            select(ArticleRow.id, original.c.id)
            .join(original, original.c.id == ArticleRow.translation_of_id)
            .order_by(ArticleRow.id)
        ).all()
        pairs = []
        for translation_id, original_id in ids:
            translation = self._session.get(ArticleRow, translation_id)
            source = self._session.get(ArticleRow, original_id)
            if translation is not None and source is not None:
                pairs.append((source, translation))
        return pairs

    def has_linked_translations(self) -> bool:
        return self._session.execute(
            select(ArticleRow.id).where(ArticleRow.translation_of_id.is_not(None)).limit(1)
        ).first() is not None
