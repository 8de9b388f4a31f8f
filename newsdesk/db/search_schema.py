"""Backend-specific full-text search objects: SQLite FTS5 or a PostgreSQL tsvector column."""

from __future__ import annotations

from sqlalchemy import Connection

FTS_TABLE = "article_fts"
TSV_COLUMN = "tsv"

_SQLITE_STATEMENTS = (
    # External-content FTS5 over article_search: the text is stored once, the index beside it.
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(document, content='article_search', "
    "content_rowid='article_id', tokenize='unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER article_search_ai AFTER INSERT ON article_search BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, document) VALUES (new.article_id, new.document); END",
    f"CREATE TRIGGER article_search_ad AFTER DELETE ON article_search BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, document) "
    f"VALUES ('delete', old.article_id, old.document); END",
    f"CREATE TRIGGER article_search_au AFTER UPDATE ON article_search BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, document) "
    f"VALUES ('delete', old.article_id, old.document); "
    f"INSERT INTO {FTS_TABLE}(rowid, document) VALUES (new.article_id, new.document); END",
)

_POSTGRESQL_STATEMENTS = (
    # 'simple' keeps every word as written: stories mix English, Russian and Central Asian
    # names, and a stemmer for one language would mangle the others.
    f"ALTER TABLE article_search ADD COLUMN {TSV_COLUMN} tsvector "
    f"GENERATED ALWAYS AS (to_tsvector('simple', document)) STORED",
    f"CREATE INDEX ix_article_search_tsv ON article_search USING gin ({TSV_COLUMN})",
)


def create_search_objects(connection: Connection) -> None:
    statements = {
        "sqlite": _SQLITE_STATEMENTS,
        "postgresql": _POSTGRESQL_STATEMENTS,
    }.get(connection.dialect.name, ())
    for statement in statements:
        connection.exec_driver_sql(statement)


def drop_search_objects(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        for trigger in ("article_search_ai", "article_search_ad", "article_search_au"):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    elif connection.dialect.name == "postgresql":
        connection.exec_driver_sql("DROP INDEX IF EXISTS ix_article_search_tsv")
        connection.exec_driver_sql(f"ALTER TABLE article_search DROP COLUMN IF EXISTS {TSV_COLUMN}")


def is_search_object(name: str | None, type_: str) -> bool:
    """True for the objects above, which the ORM models deliberately do not describe."""
    if name is None:
        return False
    if type_ == "table":
        return name == FTS_TABLE or name.startswith(f"{FTS_TABLE}_")
    if type_ == "column":
        return name == TSV_COLUMN
    if type_ == "index":
        return name == "ix_article_search_tsv"
    return False
