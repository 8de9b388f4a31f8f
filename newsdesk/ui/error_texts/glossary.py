"""Error templates about glossary terms and their CSV and TBX files."""

from __future__ import annotations

from typing import Final

from newsdesk.ui.noop import QT_TRANSLATE_NOOP

TEMPLATES: Final = frozenset({
    # newsdesk.services.glossary: terms, CSV and TBX files
    QT_TRANSLATE_NOOP("Errors", "the {language} {kind} is empty; type the term or leave that "
                                "language out"),
    QT_TRANSLATE_NOOP("Errors", "the {language} {kind} '{text}…' is too long for a term"),
    QT_TRANSLATE_NOOP("Errors", "rendering"),
    QT_TRANSLATE_NOOP("Errors", "forbidden variant"),
    QT_TRANSLATE_NOOP("Errors", "a term needs at least one rendering that is not forbidden"),
    QT_TRANSLATE_NOOP("Errors", "there is no glossary term #{id}"),
    QT_TRANSLATE_NOOP("Errors", "is neither a .csv nor a .tbx file"),
    QT_TRANSLATE_NOOP("Errors", "is not UTF-8 text ({reason})"),
    QT_TRANSLATE_NOOP("Errors", "is empty; the first line names the columns, e.g. en,ru,note"),
    QT_TRANSLATE_NOOP("Errors", "is not CSV: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "a column has no name; name each column by a language code (en,"
                                " ru), forbidden_<code> or note"),
    QT_TRANSLATE_NOOP("Errors", "has {cells} cells for {columns} columns"),
    QT_TRANSLATE_NOOP("Errors", "is not a TBX file: it starts with <{name}>"),
    QT_TRANSLATE_NOOP("Errors", "<{name}> has no xml:lang"),
    QT_TRANSLATE_NOOP("Errors", "<{name}> has no <term>"),
    QT_TRANSLATE_NOOP("Errors", "is empty, not a TBX file"),
})  # fmt: skip
