"""Error templates about stories: validation, conflicts, story files and imports."""

from __future__ import annotations

from typing import Final

from newsdesk.ui.noop import QT_TRANSLATE_NOOP

TEMPLATES: Final = frozenset({
    # newsdesk.domain.validation
    QT_TRANSLATE_NOOP("Errors", "is {length} characters long; the limit is {limit}"),
    QT_TRANSLATE_NOOP("Errors", "contains a NUL character, which cannot be stored"),
    QT_TRANSLATE_NOOP("Errors", "is empty: every story needs a headline"),
    QT_TRANSLATE_NOOP("Errors", "'{slug}' may hold only lowercase latin letters, digits and "
                                "hyphens"),
    QT_TRANSLATE_NOOP("Errors", "'{language}' is not a language tag like en, ru or en-GB"),
    QT_TRANSLATE_NOOP("Errors", "'{tag}…' is longer than 100 characters"),
    QT_TRANSLATE_NOOP("Errors", "'{tag}' holds a comma, which separates tags; make it two tags "
                                "or drop the comma"),
    # newsdesk.services.articles: conflicts
    QT_TRANSLATE_NOOP("Errors", "'{headline}' was changed elsewhere; reopen it first"),
    QT_TRANSLATE_NOOP("Errors", "'{headline}' was changed elsewhere (version {theirs}, yours "
                                "{yours}); reopen it to see the newer text"),
    QT_TRANSLATE_NOOP("Errors", "'{headline}' was saved elsewhere at the same time; reopen it "
                                "to see the newer text"),
    # newsdesk.domain.interchange and newsdesk.services.importer: story files
    QT_TRANSLATE_NOOP("Errors", "front matter opened with '---' on line 1 is never closed"),
    QT_TRANSLATE_NOOP("Errors", "the file is empty"),
    QT_TRANSLATE_NOOP("Errors", "must be text, not {kind}"),
    QT_TRANSLATE_NOOP("Errors", "is empty"),
    QT_TRANSLATE_NOOP("Errors", "is missing"),
    QT_TRANSLATE_NOOP("Errors", "contains a NUL byte; the file is probably not text"),
    QT_TRANSLATE_NOOP("Errors", "not valid UTF-8 (byte 0x{byte}); save the file as UTF-8"),
    QT_TRANSLATE_NOOP("Errors", "'{value}' is not a date; write YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("Errors", "'{value}' is not a date or time"),
    QT_TRANSLATE_NOOP("Errors", "front matter must be a mapping of 'key: value' lines"),
    QT_TRANSLATE_NOOP("Errors", "malformed front matter: {problem}"),
    QT_TRANSLATE_NOOP("Errors", "is missing: every story needs a headline"),
    QT_TRANSLATE_NOOP("Errors", "'{slug}' is not a valid slug: lowercase latin letters, digits "
                                "and hyphens"),
    QT_TRANSLATE_NOOP("Errors", "'{language}' is not a BCP 47 language tag like en, ru or en-GB"),
    QT_TRANSLATE_NOOP("Errors", "must be a whole number"),
    QT_TRANSLATE_NOOP("Errors", "lists or quotes nested {depth} levels deep; the limit is "
                                "{limit}: flatten the list or quote on this line"),
    QT_TRANSLATE_NOOP("Errors", "names the story itself ('{slug}'); a translation names the "
                                "slug of its original"),
    QT_TRANSLATE_NOOP("Errors", "appears twice (first on line {line}); keep one of them"),
    QT_TRANSLATE_NOOP("Errors", "unknown role '{value}'; use one of {choices}"),
    QT_TRANSLATE_NOOP("Errors", "each author is a name or a mapping with 'name'"),
    QT_TRANSLATE_NOOP("Errors", "must be a mapping with id, name and kind"),
    QT_TRANSLATE_NOOP("Errors", "'{key}' is not a valid source id: use lowercase latin letters,"
                                " digits, - and _"),
    QT_TRANSLATE_NOOP("Errors", "source id '{key}' is defined twice"),
    QT_TRANSLATE_NOOP("Errors", "unknown kind '{kind}'; use one of {choices}"),
    QT_TRANSLATE_NOOP("Errors", "cannot read the file: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "is {size} MB; a story file may be at most {limit} MB (is it "
                                "really a story?)"),
    QT_TRANSLATE_NOOP("Errors", "slug '{slug}' is taken by another story, '{headline}'; give "
                                "this file its own slug: in the front matter (slug: {free}, "
                                "say); only if it is a new version of that story, import it "
                                "with --update"),
    QT_TRANSLATE_NOOP("Errors", "a story with slug '{slug}' already exists; if this file is a "
                                "new version of that story, import it with update (newsdesk "
                                "import --update; the current text is kept as a revision); "
                                "otherwise give it its own slug: in the front matter"),
    # newsdesk.services.articles, .article_writer, .importer and .bulk_insert: stories
    QT_TRANSLATE_NOOP("Errors", "no story with slug '{slug}'"),
    QT_TRANSLATE_NOOP("Errors", "story #{id} does not exist (was it deleted?)"),
    QT_TRANSLATE_NOOP("Errors", "'{slug}' is used by another story"),
    QT_TRANSLATE_NOOP("Errors", "'{headline}' was changed since (version {theirs}, expected "
                                "{yours})"),
    QT_TRANSLATE_NOOP("Errors", "'{headline}' was changed since (version {theirs}, expected "
                                "{yours}); spike it instead if it should go"),
    QT_TRANSLATE_NOOP("Errors", "no story with slug '{slug}' to be a translation of"),
    QT_TRANSLATE_NOOP("Errors", "'{slug}' cannot be this story's original: that would make a "
                                "loop of translations ({loop}); name the story it was "
                                "translated from"),
    QT_TRANSLATE_NOOP("Errors", "'{name}' has no author profile"),
    QT_TRANSLATE_NOOP("Errors", "'{name}' has no author profile (story '{slug}')"),
    QT_TRANSLATE_NOOP("Errors", "author #{id} no longer exists"),
    QT_TRANSLATE_NOOP("Errors", "cites source '{key}', which is neither in 'sources' nor in the "
                                "registry"),
    QT_TRANSLATE_NOOP("Errors", "is {kind}, not a story file; import Markdown files only"),
    QT_TRANSLATE_NOOP("Errors", "a folder"),
    QT_TRANSLATE_NOOP("Errors", "a named pipe (FIFO)"),
    QT_TRANSLATE_NOOP("Errors", "a device"),
    QT_TRANSLATE_NOOP("Errors", "a socket"),
    QT_TRANSLATE_NOOP("Errors", "not a regular file"),
})  # fmt: skip
