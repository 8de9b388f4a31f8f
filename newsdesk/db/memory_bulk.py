"""Bulk loading of translation-memory pairs for a big import (TMX), inside the caller's transaction.

A pair's row goes in per batch (its id is needed for its words), but its index words wait in a
temporary table and go into ``translation_memory_tokens`` once, sorted, at ``finish()``:
inserting 1.7 million (word, pair) rows in key order touches each index page once instead of
once per batch, which is most of what made a 100,000-unit import slow. PostgreSQL loads with
COPY (psycopg 3 ``cursor.copy()``) through a staging table, so duplicates are still skipped by
``pair_hash``; SQLite uses the driver's ``executemany``. Nothing is committed here: a cancel, an
error or a kill before the caller commits leaves the memory as it was (temporary tables go
with the connection's transaction or session).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from newsdesk.db.models import MemoryPairRow

_PAIRS = cast(Table, MemoryPairRow.__table__)
PAIR_COLUMNS = tuple(column.name for column in _PAIRS.columns if column.name != "id")
_STAGED_PAIRS = "memory_import_pairs"
_STAGED_TOKENS = "memory_import_tokens"


class BulkPairLoader:
    """Adds batches of new pairs; their index words are written by ``finish()``.

    Use one loader per import and call ``finish()`` before committing; rows a batch offers
    that are stored already (same ``pair_hash``) are skipped, as ``insert_pairs`` does.
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        self._postgresql = session.get_bind().dialect.name == "postgresql"
        self._started = False

    def _start(self) -> None:
        if self._started:
            return
        connection = self._session.connection()
        if self._postgresql:
            columns = ", ".join(PAIR_COLUMNS)
            connection.exec_driver_sql(
                f"CREATE TEMP TABLE {_STAGED_PAIRS} ON COMMIT DROP AS "
                f"SELECT {columns} FROM translation_memory WITH NO DATA")
            connection.exec_driver_sql(
                f"CREATE TEMP TABLE {_STAGED_TOKENS} (token varchar(64), memory_id integer) "
                "ON COMMIT DROP")
        else:
            connection.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{_STAGED_TOKENS}")
            connection.exec_driver_sql(
                f"CREATE TEMP TABLE {_STAGED_TOKENS} (token TEXT, memory_id INTEGER)")
        self._started = True

    def add(self, rows: Sequence[dict[str, Any]], tokens: Sequence[set[str]]) -> int:
        """Insert the pairs of ``rows`` not stored yet and stage their words; how many."""
        if not rows:
            return 0
        self._start()
        inserted = self._insert_pgsql(rows) if self._postgresql else self._insert_sqlite(rows)
        token_rows = [
            (token, inserted[row["pair_hash"]])
            for row, words in zip(rows, tokens, strict=True)
            if row["pair_hash"] in inserted
            for token in words
        ]
        if token_rows:
            self._stage_tokens(token_rows)
        return len(inserted)

    def finish(self) -> None:
        """Write the staged words into the word index, in key order, and drop the staging."""
        if not self._started:
            return
        connection = self._session.connection()
        connection.exec_driver_sql(
            "INSERT INTO translation_memory_tokens (token, memory_id) "
            f"SELECT token, memory_id FROM {_STAGED_TOKENS} ORDER BY token, memory_id")
        connection.exec_driver_sql(f"DROP TABLE {_STAGED_TOKENS}")
        if self._postgresql:
            connection.exec_driver_sql(f"DROP TABLE {_STAGED_PAIRS}")
        self._started = False

    def _insert_sqlite(self, rows: Sequence[dict[str, Any]]) -> dict[str, int]:
        statement = (
            sqlite.insert(_PAIRS)
            .on_conflict_do_nothing(index_elements=["pair_hash"])
            .returning(_PAIRS.c.id, _PAIRS.c.pair_hash)
        )
        result = self._session.connection().execute(statement, list(rows))
        return {pair_hash: pair_id for pair_id, pair_hash in result.all()}

    def _insert_pgsql(self, rows: Sequence[dict[str, Any]]) -> dict[str, int]:
        cursor = self._driver_cursor()
        try:
            with cursor.copy(f"COPY {_STAGED_PAIRS} ({', '.join(PAIR_COLUMNS)}) "
                             "FROM STDIN") as copy:
                for row in rows:
                    copy.write_row([row[name] for name in PAIR_COLUMNS])
            columns = ", ".join(PAIR_COLUMNS)
            cursor.execute(
                f"INSERT INTO translation_memory ({columns}) SELECT {columns} "
                f"FROM {_STAGED_PAIRS} ON CONFLICT (pair_hash) DO NOTHING "
                "RETURNING id, pair_hash")
            inserted = {str(pair_hash): int(pair_id) for pair_id, pair_hash in cursor.fetchall()}
            cursor.execute(f"TRUNCATE {_STAGED_PAIRS}")
        finally:
            cursor.close()
        return inserted

    def _stage_tokens(self, token_rows: list[tuple[str, int]]) -> None:
        cursor = self._driver_cursor()
        try:
            if self._postgresql:
                with cursor.copy(f"COPY {_STAGED_TOKENS} (token, memory_id) FROM STDIN") as copy:
                    for token_row in token_rows:
                        copy.write_row(token_row)
            else:
                cursor.executemany(
                    f"INSERT INTO {_STAGED_TOKENS} (token, memory_id) VALUES (?, ?)", token_rows)
        finally:
            cursor.close()

    def _driver_cursor(self) -> Any:
        """The DBAPI cursor of the session's connection (same transaction): COPY and a plain
        ``executemany`` skip SQLAlchemy's per-row parameter processing."""
        return self._session.connection().connection.cursor()
