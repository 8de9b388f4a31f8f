"""Error templates about the database: busy, read-only, damaged, unreachable."""

from __future__ import annotations

from typing import Final

from newsdesk.ui.noop import QT_TRANSLATE_NOOP

TEMPLATES: Final = frozenset({
    # newsdesk.db.failures: storage and concurrent writes
    QT_TRANSLATE_NOOP("Errors", "the newsroom {where} is busy: another program is writing to "
                                "it ({reason})"),
    QT_TRANSLATE_NOOP("Errors", "the newsroom {where} can be read but not written ({reason})"),
    QT_TRANSLATE_NOOP("Errors", "the newsroom {where} is damaged ({reason})"),
    QT_TRANSLATE_NOOP("Errors", "there is no room left to write to the newsroom {where} "
                                "({reason})"),
    QT_TRANSLATE_NOOP("Errors", "the newsroom file {where} cannot be reached ({reason})"),
    QT_TRANSLATE_NOOP("Errors", "the database server of {where} cannot be reached ({reason})"),
    QT_TRANSLATE_NOOP("Errors", "{situation}; nothing was written and your text is kept: try "
                                "again when it has finished"),
    QT_TRANSLATE_NOOP("Errors", "{situation}; ask whoever manages it, or pick another file"),
    QT_TRANSLATE_NOOP("Errors", "{situation}: restore the newest backup (a {stem}.backup-… file "
                                "beside it) or pick another file; nothing was written to it"),
    QT_TRANSLATE_NOOP("Errors", "{situation}; nothing was written and your text is kept: free "
                                "some disk space, then try again"),
    QT_TRANSLATE_NOOP("Errors", "{situation}; your text is kept: check that its disk or network "
                                "share is still there, then try again"),
    QT_TRANSLATE_NOOP("Errors", "{situation}; your text is kept: check the network or ask "
                                "whoever runs the server, then try again"),
    QT_TRANSLATE_NOOP("Errors", "the database {where} could not do what was asked ({reason}); "
                                "try again, and if it keeps failing, tell whoever manages the "
                                "newsroom"),
    QT_TRANSLATE_NOOP("Errors", "someone else saved the same record in {where} at the same "
                                "time; reload it to see their change, then try again"),
    QT_TRANSLATE_NOOP("Errors", "someone else changed the same records in {where} at the same "
                                "time ({reason}); reload, then try again"),
    QT_TRANSLATE_NOOP("Errors", "{database} on {server}"),
    QT_TRANSLATE_NOOP("Errors", "the newsroom database"),
    # newsdesk.db.change_watch: colleagues' changes on PostgreSQL
    QT_TRANSLATE_NOOP("Errors", "cannot listen for colleagues' changes: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "lost the connection for colleagues' changes: {reason}"),
})  # fmt: skip
