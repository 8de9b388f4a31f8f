"""Errors in the interface language: the domain's English wordings, translated for the window.

Domain, service and storage errors are raised with a :class:`~newsdesk.domain.errors.Wording`
(an English template and the values filled into it), so the CLI and the log stay English.
Each template is listed here once; the window translates it in the "Errors" context and
fills the same values back in (a value that is itself a wording is translated too). A
template not listed, or an error raised with plain text, is shown as it is: English is
better than nothing. Field names in "field 'headline':" are translated from their own table.
"""

from __future__ import annotations

import errno
from typing import Final

from PySide6.QtCore import QCoreApplication

from newsdesk.domain.errors import (
    InvalidInputError,
    NotReadyError,
    StorageError,
    Wording,
)
from newsdesk.ui.noop import QT_TRANSLATE_NOOP
from newsdesk.ui.readiness_text import problem_text

CONTEXT: Final = "Errors"

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
    # newsdesk.domain.house_keys and the dateline formatter: house settings
    QT_TRANSLATE_NOOP("Errors", "'{name}' is not a house setting; the keys are: {keys}"),
    QT_TRANSLATE_NOOP("Errors", "'{text}' has a query, fragment or login in it; give only the "
                                "site's address"),
    QT_TRANSLATE_NOOP("Errors", "'{text}' has a space in it; {advice}"),
    QT_TRANSLATE_NOOP("Errors", "'{text}' is a placeholder address that reaches no site; give "
                                "the outlet's own address, or leave it empty and exports link "
                                "only to their own files"),
    QT_TRANSLATE_NOOP("Errors", "'{text}' is not a dateline style; choose one of: {styles}"),
    QT_TRANSLATE_NOOP("Errors", "'{text}' is not a language tag Newsdesk knows; use one like "
                                "en, ru or en-GB"),
    QT_TRANSLATE_NOOP("Errors", "'{text}' is not a web address; {advice}"),
    QT_TRANSLATE_NOOP("Errors", "'{text}' is not a whole number"),
    QT_TRANSLATE_NOOP("Errors", "'{text}' is not an http or https address; {advice}"),
    QT_TRANSLATE_NOOP("Errors", "'{text}' is not yes or no"),
    QT_TRANSLATE_NOOP("Errors", "The custom dateline template is empty; for example: {example}"),
    QT_TRANSLATE_NOOP("Errors", "The dateline field {field} has a format suffix; write it as "
                                "{field}."),
    QT_TRANSLATE_NOOP("Errors", "The dateline template has an empty field {empty}; name it, "
                                "e.g. {example}."),
    QT_TRANSLATE_NOOP("Errors", "The dateline template makes the first paragraph Markdown of "
                                "its own: for {dateline} it gives {text}, which opens a list, "
                                "heading, quote or table instead of the story's first sentence."
                                " Start the template with the city or a word, e.g. {example}."),
    QT_TRANSLATE_NOOP("Errors", "The dateline template {template} has unbalanced braces "
                                "({problem}); write fields as {field} and a literal brace as "
                                "{brace}."),
    QT_TRANSLATE_NOOP("Errors", "Unknown field {field} in the dateline template; known fields: "
                                "{known}."),
    QT_TRANSLATE_NOOP("Errors", "Unknown time zone {zone} in the dateline's time zone field; "
                                "use an IANA name such as Asia/Almaty."),
    QT_TRANSLATE_NOOP("Errors", "a dateline of {city}, {day}"),
    QT_TRANSLATE_NOOP("Errors", "must be a whole number, not {value}"),
    QT_TRANSLATE_NOOP("Errors", "must be between 0 (no target) and {high} words, not {value}"),
    QT_TRANSLATE_NOOP("Errors", "must be between {low} and {high} characters, not {value}"),
    QT_TRANSLATE_NOOP("Errors", "must be one line without control characters"),
    QT_TRANSLATE_NOOP("Errors", "must be text, not {value}"),
    QT_TRANSLATE_NOOP("Errors", "must be yes or no, not {value}"),
    QT_TRANSLATE_NOOP("Errors", "no city"),
    QT_TRANSLATE_NOOP("Errors", "no date"),
    QT_TRANSLATE_NOOP("Errors", "write the outlet's address like https://your-outlet.kg, or "
                                "leave it empty"),
    # newsdesk.services.authors, .sources and .names: profiles, sources, names per language
    QT_TRANSLATE_NOOP("Errors", "is empty: a profile needs a name"),
    QT_TRANSLATE_NOOP("Errors", "is longer than {limit} characters"),
    QT_TRANSLATE_NOOP("Errors", "contains a NUL character"),
    QT_TRANSLATE_NOOP("Errors", "'{email}' is not an e-mail address"),
    QT_TRANSLATE_NOOP("Errors", "'{kind}' photos are not accepted; use PNG, JPEG or WebP"),
    QT_TRANSLATE_NOOP("Errors", "is {size} MB after scaling; the limit is 2 MB"),
    QT_TRANSLATE_NOOP("Errors", "pick at least one role"),
    QT_TRANSLATE_NOOP("Errors", "author #{id} does not exist"),
    QT_TRANSLATE_NOOP("Errors", "no author named '{name}'"),
    QT_TRANSLATE_NOOP("Errors", "'{slug}' is another author's"),
    QT_TRANSLATE_NOOP("Errors", "{name} is in the byline of 1 story; merge the profile into "
                                "another or deactivate it instead"),
    QT_TRANSLATE_NOOP("Errors", "{name} is in the byline of {count} stories; merge the profile "
                                "into another or deactivate it instead"),
    QT_TRANSLATE_NOOP("Errors", "cannot merge a profile into itself"),
    QT_TRANSLATE_NOOP("Errors", "one of the profiles to merge no longer exists"),
    QT_TRANSLATE_NOOP("Errors", "'{name}' was changed elsewhere (version {stored}, yours "
                                "{yours}); reload it to see the newer text"),
    QT_TRANSLATE_NOOP("Errors", "'{name}' was saved elsewhere at the same time; reload it to "
                                "see the newer text"),
    QT_TRANSLATE_NOOP("Errors", "'{name}' already has a profile ({slug}); open that one, or "
                                "tell the two people apart, e.g. with a middle initial"),
    QT_TRANSLATE_NOOP("Errors", "'{key}' is not a valid id: lowercase latin letters, digits, - "
                                "and _, no spaces"),
    QT_TRANSLATE_NOOP("Errors", "is empty: a source needs a name"),
    QT_TRANSLATE_NOOP("Errors", "an anonymous source needs the reason anonymity was granted"),
    QT_TRANSLATE_NOOP("Errors", "is empty: an anonymous source must carry the reason anonymity "
                                "was granted"),
    QT_TRANSLATE_NOOP("Errors", "no source with id '{key}'"),
    QT_TRANSLATE_NOOP("Errors", "the id '{key}' is already in the registry"),
    QT_TRANSLATE_NOOP("Errors", "source #{id} does not exist"),
    QT_TRANSLATE_NOOP("Errors", "'{name}' is cited in 1 story; it cannot be deleted"),
    QT_TRANSLATE_NOOP("Errors", "'{name}' is cited in {count} stories; it cannot be deleted"),
    QT_TRANSLATE_NOOP("Errors", "is empty: give the source a short id such as 'kazinform'"),
    QT_TRANSLATE_NOOP("Errors", "'{key}' contains a space; use '-' instead, e.g. "
                                "'{suggestion}'"),
    QT_TRANSLATE_NOOP("Errors", "'{key}' contains Cyrillic letters; ids use latin letters only,"
                                " e.g. '{suggestion}'"),
    QT_TRANSLATE_NOOP("Errors", "'{key}' has capital letters; ids are lowercase, e.g. "
                                "'{suggestion}'"),
    QT_TRANSLATE_NOOP("Errors", "'{key}' may hold only lowercase latin letters, digits, '-' and "
                                "'_', starting with a letter or digit"),
    QT_TRANSLATE_NOOP("Errors", "'{key}' is already in the registry; choose another id"),
    QT_TRANSLATE_NOOP("Errors", "'{tag}' is not a language code; use a two- or three-letter one "
                                "like en or ru"),
    QT_TRANSLATE_NOOP("Errors", "'{language}' is given twice"),
    QT_TRANSLATE_NOOP("Errors", "{what} already has the {language} {label} '{stored}', and this "
                                "file gives '{given}'; write the registry's {label} in the file, "
                                "or change the registry first"),
    QT_TRANSLATE_NOOP("Errors", "source '{key}'"),
    QT_TRANSLATE_NOOP("Errors", "the profile '{name}'"),
    QT_TRANSLATE_NOOP("Errors", "name"),
    QT_TRANSLATE_NOOP("Errors", "bio"),
    QT_TRANSLATE_NOOP("Errors", "title"),
    QT_TRANSLATE_NOOP("Errors", "must be a mapping like {{ru: {{name: …, {second}: …}}}}"),
    QT_TRANSLATE_NOOP("Errors", "'{tag}' is not a language code; use one like en or ru"),
    QT_TRANSLATE_NOOP("Errors", "language '{language}' is given twice"),
    QT_TRANSLATE_NOOP("Errors", "unknown keys {keys}; use name and {second}"),
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
    # newsdesk.services.house and .spelling: the house dictionary and spelling
    QT_TRANSLATE_NOOP("Errors", "'{word}' is not a single word"),
    QT_TRANSLATE_NOOP("Errors", "Spelling: {tag} ({provider})"),
    QT_TRANSLATE_NOOP("Errors", "Spelling is off: the enchant library is not installed. Install "
                                "it with: sudo apt-get install {packages}"),
    QT_TRANSLATE_NOOP("Errors", "Spelling is off: no Hunspell dictionary for {tag} is installed."
                                " Install it with: sudo apt-get install {packages}"),
    # newsdesk.services.export and newsdesk.printing: export folders
    QT_TRANSLATE_NOOP("Errors", "exists and is not a folder"),
    QT_TRANSLATE_NOOP("Errors", "exists and is not a folder; the author pages go there: move it "
                                "away"),
    QT_TRANSLATE_NOOP("Errors", "is a symbolic link, and an export never writes through one (it "
                                "may lead out of the export folder); remove it or export to "
                                "another folder"),
    QT_TRANSLATE_NOOP("Errors", "is a symbolic link, and an export never writes through one; "
                                "remove it or export to another folder"),
    # newsdesk.services.images and newsdesk.ui.people.photo: a profile's photo file
    QT_TRANSLATE_NOOP("Errors", "cannot open the file: {reason}"),
    QT_TRANSLATE_NOOP("Errors", "is not a regular file"),
    QT_TRANSLATE_NOOP("Errors", "is empty, not an image"),
    QT_TRANSLATE_NOOP("Errors", "is {size} MB; photos up to {limit} MB are accepted"),
    QT_TRANSLATE_NOOP("Errors", "is not a PNG, JPEG or WebP image"),
    QT_TRANSLATE_NOOP("Errors", "is {width}×{height} pixels; use a smaller picture"),
    QT_TRANSLATE_NOOP("Errors", "is damaged or not a picture ({reason})"),
    QT_TRANSLATE_NOOP("Errors", "could not be converted to a thumbnail"),
})  # fmt: skip

# The fields an error names in the window, as the user knows them.
FIELDS: Final = {
    "headline": QT_TRANSLATE_NOOP("Errors", "headline"),
    "deck": QT_TRANSLATE_NOOP("Errors", "deck"),
    "body": QT_TRANSLATE_NOOP("Errors", "body"),
    "slug": QT_TRANSLATE_NOOP("Errors", "slug"),
    "language": QT_TRANSLATE_NOOP("Errors", "language"),
    "tags": QT_TRANSLATE_NOOP("Errors", "tags"),
    "byline": QT_TRANSLATE_NOOP("Errors", "byline"),
    "status": QT_TRANSLATE_NOOP("Errors", "status"),
    "dateline": QT_TRANSLATE_NOOP("Errors", "dateline"),
    "dateline.city": QT_TRANSLATE_NOOP("Errors", "dateline city"),
    "dateline.country": QT_TRANSLATE_NOOP("Errors", "dateline country"),
    "dateline.agency": QT_TRANSLATE_NOOP("Errors", "dateline credit"),
    "dateline.state": QT_TRANSLATE_NOOP("Errors", "dateline state"),
    "dateline.timezone": QT_TRANSLATE_NOOP("Errors", "dateline time zone"),
    "outlet_name": QT_TRANSLATE_NOOP("Errors", "outlet name"),
    "agency_credit": QT_TRANSLATE_NOOP("Errors", "agency credit"),
    "dateline_style": QT_TRANSLATE_NOOP("Errors", "dateline style"),
    "dateline_template": QT_TRANSLATE_NOOP("Errors", "dateline template"),
    "site_url": QT_TRANSLATE_NOOP("Errors", "site address"),
    "default_language": QT_TRANSLATE_NOOP("Errors", "default language"),
    "headline_limit": QT_TRANSLATE_NOOP("Errors", "headline limit"),
    "word_target": QT_TRANSLATE_NOOP("Errors", "word target"),
    "show_sources": QT_TRANSLATE_NOOP("Errors", "sources list"),
    # A profile's and a source's fields, and their names per language.
    "name": QT_TRANSLATE_NOOP("Errors", "name"),
    "bio": QT_TRANSLATE_NOOP("Errors", "bio"),
    "title": QT_TRANSLATE_NOOP("Errors", "title"),
    "email": QT_TRANSLATE_NOOP("Errors", "e-mail"),
    "photo": QT_TRANSLATE_NOOP("Errors", "photo"),
    "roles": QT_TRANSLATE_NOOP("Errors", "roles"),
    "author": QT_TRANSLATE_NOOP("Errors", "profile"),
    "id": QT_TRANSLATE_NOOP("Errors", "id"),
    "url": QT_TRANSLATE_NOOP("Errors", "web address"),
    "anonymity_reason": QT_TRANSLATE_NOOP("Errors", "anonymity reason"),
    "anonymity reason": QT_TRANSLATE_NOOP("Errors", "anonymity reason"),
    "names": QT_TRANSLATE_NOOP("Errors", "names in other languages"),
    "name.en": QT_TRANSLATE_NOOP("Errors", "name in English"),
    "name.ru": QT_TRANSLATE_NOOP("Errors", "name in Russian"),
    "bio.en": QT_TRANSLATE_NOOP("Errors", "bio in English"),
    "bio.ru": QT_TRANSLATE_NOOP("Errors", "bio in Russian"),
    "title.en": QT_TRANSLATE_NOOP("Errors", "title in English"),
    "title.ru": QT_TRANSLATE_NOOP("Errors", "title in Russian"),
    # The desk, the memory, revisions and the house dictionary.
    "revision": QT_TRANSLATE_NOOP("Errors", "revision"),
    "translation_of": QT_TRANSLATE_NOOP("Errors", "original"),
    "row": QT_TRANSLATE_NOOP("Errors", "row"),
    "reason": QT_TRANSLATE_NOOP("Errors", "reason"),
    "token": QT_TRANSLATE_NOOP("Errors", "ignored text"),
    "source language": QT_TRANSLATE_NOOP("Errors", "source language"),
    "target language": QT_TRANSLATE_NOOP("Errors", "target language"),
    "side": QT_TRANSLATE_NOOP("Errors", "side"),
    "phrase": QT_TRANSLATE_NOOP("Errors", "phrase"),
    "word": QT_TRANSLATE_NOOP("Errors", "word"),
}

# Fields whose file is the field's own value (a photo the user picked), not a file the field
# is written in: named in the interface language even with the file before them.
PICKED_FILE_FIELDS: Final = frozenset({"photo"})

# What the operating system said, by errno: its own words are English (strerror).
OS_REASONS: Final = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "there is no such file or folder"),
    errno.EACCES: QT_TRANSLATE_NOOP("Errors", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Errors", "the operation is not permitted"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Errors", "no space left on the disk"),
    errno.EROFS: QT_TRANSLATE_NOOP("Errors", "the disk is read-only"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Errors", "it is a folder"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Errors", "a part of the path is not a folder"),
    errno.EEXIST: QT_TRANSLATE_NOOP("Errors", "it exists already"),
    errno.EIO: QT_TRANSLATE_NOOP("Errors", "the disk could not be read or written"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Errors", "the name is too long"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def wording_text(wording: Wording) -> str:
    """``wording`` in the interface language; its English words when the template is unknown."""
    template = _tr(wording.template) if wording.template in TEMPLATES else wording.template
    values = {key: wording_text(value) if isinstance(value, Wording) else value
              for key, value in wording.values.items()}
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError):  # a broken translation: the English is right
        return str(wording)


def field_text(field: str) -> str:
    """A field's name in the interface language (a file's own key, ``authors[0].name``, as is)."""
    return _tr(FIELDS[field]) if field in FIELDS else field


def _located(exc: InvalidInputError, message: str) -> str:
    """The file, line and field before ``message``, as ``location_message`` puts them.

    In a file the field is the key as written there (``date``, ``authors[0].name``): that is
    what the user looks for; in the window it is the field's name in the interface language.
    """
    where = exc.file
    if exc.line is not None:
        where = (f"{where}:{exc.line}" if where
                 else _tr(QT_TRANSLATE_NOOP("Errors", "line {line}")).format(line=exc.line))
    prefix = f"{where}: " if where else ""
    name = (exc.field if exc.file and exc.field not in PICKED_FILE_FIELDS
            else field_text(exc.field))
    field = (_tr(QT_TRANSLATE_NOOP("Errors", "field “{field}”: ")).format(field=name)
             if exc.field else "")
    return f"{prefix}{field}{message}"


def error_text(exc: BaseException) -> str:
    """What the window says about ``exc``, in the interface language where it can."""
    if isinstance(exc, NotReadyError):
        shown = [problem_text(problem) for problem in exc.problems[:3]]
        text = _tr(QT_TRANSLATE_NOOP("Errors", "Not ready: {problems}")).format(
            problems=" ".join(shown))
        extra = len(exc.problems) - len(shown)
        if extra > 0:
            text += " " + _tr(QT_TRANSLATE_NOOP("Errors", "And {count} more.")).format(
                count=extra)
        return text
    if isinstance(exc, InvalidInputError):
        return _located(exc, message_text(exc))
    found = getattr(exc, "wording", None)  # a NewsdeskError, or a DatelineError (ValueError)
    if isinstance(found, Wording):
        return wording_text(found)
    if isinstance(exc, OSError) and exc.errno is not None:
        return os_error_text(exc)
    return str(exc) or type(exc).__name__


def os_error_text(error: OSError) -> str:
    """``/out/x.html: permission denied`` in the interface language, the path as it is; a
    reason not in the table in the system's own words."""
    reason = (_tr(OS_REASONS[error.errno]) if error.errno in OS_REASONS
              else error.strerror or str(error))
    return f"{error.filename}: {reason}" if error.filename else reason


def message_text(exc: InvalidInputError) -> str:
    """What is wrong, without file, line or field: for a problem shown beside its field."""
    return wording_text(exc.wording) if exc.wording is not None else exc.message


def situation_text(exc: StorageError) -> str:
    """What happened to the database, without the advice, in the interface language."""
    if exc.situation_wording is not None:
        return wording_text(exc.situation_wording)
    return exc.situation
