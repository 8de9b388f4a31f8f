"""Error templates about the translators' desk: translations and their rows."""

from __future__ import annotations

from typing import Final

from newsdesk.ui.noop import QT_TRANSLATE_NOOP

TEMPLATES: Final = frozenset({
    # newsdesk.services.translation and .segments: the translators' desk
    QT_TRANSLATE_NOOP("Errors", "'{headline}' is already in '{language}'; pick another "
                                "language"),
    QT_TRANSLATE_NOOP("Errors", "'{headline}' already has a '{language}' translation: "
                                "'{slug}'"),
    QT_TRANSLATE_NOOP("Errors", "'{headline}' was changed elsewhere (version {theirs}, yours "
                                "{yours}); reopen the desk to see the newer text"),
    QT_TRANSLATE_NOOP("Errors", "the original of '{headline}' is no longer in the newsroom (it "
                                "was deleted); the translation is kept as a story of its own"),
    QT_TRANSLATE_NOOP("Errors", "'{headline}' is not a translation: it has no original to "
                                "compare with"),
    QT_TRANSLATE_NOOP("Errors", "'{headline}' was saved elsewhere meanwhile (version {theirs}, "
                                "the desk has {yours}); the desk shows the newer text again, "
                                "then confirm the rows once more"),
    QT_TRANSLATE_NOOP("Errors", "'{key}' is not a row of the desk"),
    QT_TRANSLATE_NOOP("Errors", "a row of '{headline}' was changed{by} at the same time (now "
                                "{state}); nothing of this step was stored: look at the row "
                                "again, then confirm it"),
    QT_TRANSLATE_NOOP("Errors", " by {who}"),
    QT_TRANSLATE_NOOP("Errors", "untranslated"),
    QT_TRANSLATE_NOOP("Errors", "draft"),
    QT_TRANSLATE_NOOP("Errors", "translated"),
    QT_TRANSLATE_NOOP("Errors", "reviewed"),
    QT_TRANSLATE_NOOP("Errors", "cleared"),
    QT_TRANSLATE_NOOP("Errors", "say why this problem may be ignored"),
    QT_TRANSLATE_NOOP("Errors", "the token is longer than {limit} characters; fix the row "
                                "instead"),
})  # fmt: skip
