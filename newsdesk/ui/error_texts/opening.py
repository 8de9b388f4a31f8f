"""Error templates about opening a newsroom: its URL, schema, damage and backups."""

from __future__ import annotations

from typing import Final

from newsdesk.ui.noop import QT_TRANSLATE_NOOP

TEMPLATES: Final = frozenset({
    # newsdesk.db.engine, .migrate, .integrity and newsdesk.services.newsroom: opening one
    QT_TRANSLATE_NOOP("Errors", "'{url}' is not a database URL; use e.g. "
                                "sqlite:///path/newsroom.db or postgresql://user@host/dbname"),
    QT_TRANSLATE_NOOP("Errors", "unsupported database URL {url}: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "{file} is not a SQLite database ({reason}); pick another file "
                                "with --database"),
    QT_TRANSLATE_NOOP("Errors", "cannot open the database {where}: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "this database was last opened by a newer Newsdesk (schema "
                                "{stored}); this release knows schemas up to {head}. Update "
                                "Newsdesk to open it."),
    QT_TRANSLATE_NOOP("Errors", "there is no newsroom at {path}; check the path, or start one "
                                "with 'newsdesk demo' or 'newsdesk import'"),
    QT_TRANSLATE_NOOP("Errors", "only a newsroom file can be replaced by its backup"),
    QT_TRANSLATE_NOOP("Errors", "the newsroom {where} is damaged ({reason}). Nothing more is "
                                "written to it. {advice}"),
    QT_TRANSLATE_NOOP("Errors", "Open the newest backup, {backup}, instead (Newsdesk offers it "
                                "when the window opens; or quit and copy it over {file})."),
    QT_TRANSLATE_NOOP("Errors", "the file"),
    QT_TRANSLATE_NOOP("Errors", "No backup was found beside it: pick another file, or restore it "
                                "from your own backups."),
    QT_TRANSLATE_NOOP("Errors", "the newsroom file {path} is empty (0 bytes): it was cut short (a "
                                "full disk, an interrupted copy). Nothing is written to it. "
                                "{advice}"),
    QT_TRANSLATE_NOOP("Errors", "Open the newest backup, {backup}, instead."),
    QT_TRANSLATE_NOOP("Errors", "If you meant to start a new newsroom there, delete the empty "
                                "file first; otherwise restore it from your own backups."),
})  # fmt: skip
