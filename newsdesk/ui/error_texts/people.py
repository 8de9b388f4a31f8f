"""Error templates about profiles, sources, their names per language and photos."""

from __future__ import annotations

from typing import Final

from newsdesk.ui.noop import QT_TRANSLATE_NOOP

TEMPLATES: Final = frozenset({
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
