"""The database drivers' own reasons ("database is locked"), in words the catalogue translates.

A storage error quotes the driver's first line as ``{reason}`` so the English log and CLI keep
what a technician looks up. In the window that line would be the only English in a Russian
sentence, so :func:`newsdesk.ui.error_text.wording_text` puts a known reason in the interface
language and a reason not listed here ("the details are in the log") in its place wherever the
sentence around it was translated. SQLite's messages are fixed per result code and libpq's
are stable; a pattern matches anywhere in the line, ignoring case (psycopg wraps libpq's
reason: "connection failed: connection to server at …, port 5432 failed: Connection refused").
"""

from __future__ import annotations

import re
from typing import Final

from newsdesk.ui.error_texts import opening, storage
from newsdesk.ui.noop import QT_TRANSLATE_NOOP

_NAME: Final = r"[\"']?(?P<name>[\w.$-]+)[\"']?"

# (pattern, phrase): the first pattern found in the driver's line wins; ``{name}`` in a phrase
# is the table, column or database the driver named.
DRIVER_REASONS: Final[tuple[tuple[re.Pattern[str], str], ...]] = tuple(
    (re.compile(pattern, re.IGNORECASE), phrase) for pattern, phrase in (
        # SQLite (sqlite3_errstr and sqlite3_errmsg)
        (r"database table is locked", QT_TRANSLATE_NOOP("Errors", "a table is locked")),
        (r"database is locked", QT_TRANSLATE_NOOP("Errors", "the database is locked")),
        (r"database schema has changed",
         QT_TRANSLATE_NOOP("Errors", "the database's structure changed meanwhile")),
        (r"locking protocol", QT_TRANSLATE_NOOP("Errors", "the file could not be locked")),
        (r"readonly database|read-only database|read-only transaction",
         QT_TRANSLATE_NOOP("Errors", "the database can only be read")),
        (r"access permission denied|not authorized|authorization denied",
         QT_TRANSLATE_NOOP("Errors", "access was denied")),
        (r"database disk image is malformed|database corruption|is corrupt",
         QT_TRANSLATE_NOOP("Errors", "the database file is damaged")),
        (r"file is not a database|not a database",
         QT_TRANSLATE_NOOP("Errors", "the file is not a database")),
        (r"database or disk is full|no space left on device|could not extend file",
         QT_TRANSLATE_NOOP("Errors", "the disk is full")),
        (r"disk I/O error|input/output error",
         QT_TRANSLATE_NOOP("Errors", "the disk could not be read or written")),
        (r"unable to open database file",
         QT_TRANSLATE_NOOP("Errors", "the database file cannot be opened")),
        (r"no such table: " + _NAME, QT_TRANSLATE_NOOP("Errors", "there is no table {name}")),
        (r"no such column: " + _NAME, QT_TRANSLATE_NOOP("Errors", "there is no column {name}")),
        (r"UNIQUE constraint failed|duplicate key value",
         QT_TRANSLATE_NOOP("Errors", "a record with the same key exists already")),
        (r"FOREIGN KEY constraint failed|violates foreign key constraint",
         QT_TRANSLATE_NOOP("Errors", "a record it refers to is missing")),
        # PostgreSQL: the server's and libpq's words
        (r"connection refused",
         QT_TRANSLATE_NOOP("Errors", "the server refused the connection")),
        (r"server closed the connection unexpectedly|connection reset|broken pipe",
         QT_TRANSLATE_NOOP("Errors", "the server closed the connection unexpectedly")),
        (r"terminating connection due to administrator command",
         QT_TRANSLATE_NOOP("Errors", "the server's administrator ended the connection")),
        (r"the connection is (?:closed|lost)|connection already closed|consuming input failed",
         QT_TRANSLATE_NOOP("Errors", "the connection is closed")),
        (r"timeout expired|timed out",
         QT_TRANSLATE_NOOP("Errors", "the connection timed out")),
        (r"could not translate host name|name or service not known|failed to resolve host",
         QT_TRANSLATE_NOOP("Errors", "the server's name cannot be found")),
        (r"the database system is (?:starting up|shutting down|in recovery mode|not yet "
         r"accepting connections)",
         QT_TRANSLATE_NOOP("Errors", "the server is starting up or shutting down")),
        (r"too many clients|too many connections|remaining connection slots",
         QT_TRANSLATE_NOOP("Errors", "the server has too many connections")),
        (r"could not serialize access",
         QT_TRANSLATE_NOOP("Errors", "another transaction changed the same records")),
        (r"deadlock detected",
         QT_TRANSLATE_NOOP("Errors", "two transactions were waiting for each other")),
        (r"canceling statement due to lock timeout|could not obtain lock",
         QT_TRANSLATE_NOOP("Errors", "a lock could not be taken in time")),
        (r"canceling statement due to statement timeout",
         QT_TRANSLATE_NOOP("Errors", "the request took too long")),
        (r"password authentication failed",
         QT_TRANSLATE_NOOP("Errors", "the password was not accepted")),
        (r"database " + _NAME + r" does not exist",
         QT_TRANSLATE_NOOP("Errors", "there is no database {name}")),
        (r"permission denied",
         QT_TRANSLATE_NOOP("Errors", "permission denied")),
    ))

UNKNOWN_REASON: Final = QT_TRANSLATE_NOOP("Errors", "the details are in the log")
"""Said in place of a driver's reason not listed above, in a sentence said in another language."""

# The templates whose ``{reason}`` is a driver's (or SQLAlchemy's) own line.
QUOTING_DRIVER: Final = frozenset(
    template for template in storage.TEMPLATES | opening.TEMPLATES if "{reason}" in template)

TEMPLATES: Final = frozenset(phrase for _pattern, phrase in DRIVER_REASONS) | {UNKNOWN_REASON}


def known_reason(said: str) -> tuple[str, dict[str, str]] | None:
    """The phrase for the driver's line ``said`` and the names to fill into it, if listed."""
    for pattern, phrase in DRIVER_REASONS:
        found = pattern.search(said)
        if found is not None:
            return phrase, {key: value for key, value in found.groupdict().items()
                            if value is not None}
    return None
