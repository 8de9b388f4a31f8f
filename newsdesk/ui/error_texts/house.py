"""Error templates about house settings and the dateline template."""

from __future__ import annotations

from typing import Final

from newsdesk.ui.noop import QT_TRANSLATE_NOOP

TEMPLATES: Final = frozenset({
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
})  # fmt: skip
