"""Error templates about a story's revisions and restoring one."""

from __future__ import annotations

from typing import Final

from newsdesk.ui.noop import QT_TRANSLATE_NOOP

TEMPLATES: Final = frozenset({
    # newsdesk.services.revisions
    QT_TRANSLATE_NOOP("Errors", "'{text}' is not a revision: give its number (as listed) or "
                                "'{current}'"),
    QT_TRANSLATE_NOOP("Errors", "'{slug}' has no revision {which} ({known})"),
    QT_TRANSLATE_NOOP("Errors", "it has revisions 1 to {latest}"),
    QT_TRANSLATE_NOOP("Errors", "it has no revisions yet"),
    QT_TRANSLATE_NOOP("Errors", "{revision} holds {kind} instead of text"),
    QT_TRANSLATE_NOOP("Errors", "{revision} has a malformed dateline"),
    QT_TRANSLATE_NOOP("Errors", "revision {number}"),
    QT_TRANSLATE_NOOP("Errors", "the revision"),
    QT_TRANSLATE_NOOP("Errors", "'{headline}' was changed elsewhere (version {theirs}, yours "
                                "{yours}); reopen it to see the newer text before restoring"),
    QT_TRANSLATE_NOOP("Errors", "'{headline}' was saved elsewhere at the same time; reopen it "
                                "to see the newer text before restoring"),
})  # fmt: skip
