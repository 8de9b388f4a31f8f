"""Error templates about the translation memory and its TMX files."""

from __future__ import annotations

from typing import Final

from newsdesk.ui.noop import QT_TRANSLATE_NOOP

TEMPLATES: Final = frozenset({
    # newsdesk.services.translation_memory, .tmx and .safe_xml: the memory and its files
    QT_TRANSLATE_NOOP("Errors", "'{tag}' is not a known language code; use one like en, ru or "
                                "en-US"),
    QT_TRANSLATE_NOOP("Errors", "source and target are both '{language}'"),
    QT_TRANSLATE_NOOP("Errors", "'{side}' is neither 'source' nor 'target'"),
    QT_TRANSLATE_NOOP("Errors", "is empty: give a word or phrase to look for"),
    QT_TRANSLATE_NOOP("Errors", "is not a TMX file: it starts with <{name}>, not <tmx>"),
    QT_TRANSLATE_NOOP("Errors", "a <tuv> has no xml:lang"),
    QT_TRANSLATE_NOOP("Errors", "this <tu> needs segments in two languages, it has {found}"),
    QT_TRANSLATE_NOOP("Errors", "only '{language}'"),
    QT_TRANSLATE_NOOP("Errors", "none"),
    QT_TRANSLATE_NOOP("Errors", "this <tu> has no segment in its source language '{language}'"),
    QT_TRANSLATE_NOOP("Errors", "cannot be read: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "is empty, not a TMX file"),
    QT_TRANSLATE_NOOP("Errors", "the import of {file} was cancelled; nothing of it was kept"),
    QT_TRANSLATE_NOOP("Errors", "declares the entity '{name}'; entities are refused in files "
                                "from outside (they can expand without end or read other "
                                "files)"),
    QT_TRANSLATE_NOOP("Errors", "refers to an external entity; it is not read"),
    QT_TRANSLATE_NOOP("Errors", "is not well-formed XML: {reason}{hint}"),
    QT_TRANSLATE_NOOP("Errors", " (the file ends too early: was it cut off?)"),
})  # fmt: skip
