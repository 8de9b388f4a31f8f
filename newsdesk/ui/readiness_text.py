"""Readiness problems in the interface language: the domain's English sentences, translated.

The domain builds its messages from fixed English sentences (workflow, attribution, the
translation checks). Each is listed here once as a template with named fields; a message is
matched against them, the template is translated in the "Readiness" context and the fields
are filled back in (each field translated again, so "paragraph 3" inside a sentence is too).
A message that matches nothing is shown as it is: English is better than nothing.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from PySide6.QtCore import QCoreApplication

from newsdesk.domain.workflow import Problem
from newsdesk.ui.noop import QT_TRANSLATE_NOOP

CONTEXT: Final = "Readiness"

# Most specific first: "{row}: {message}" would swallow everything else.
TEMPLATES: Final = (
    QT_TRANSLATE_NOOP("Readiness", "The headline is empty."),
    QT_TRANSLATE_NOOP("Readiness", "The dateline has no city."),
    QT_TRANSLATE_NOOP("Readiness", "No author in the byline."),
    QT_TRANSLATE_NOOP("Readiness", "The story has no body text."),
    QT_TRANSLATE_NOOP("Readiness", "The quote “{quote}” in {where} does not say who said it: "
                                   "add the speaker ({example}) or cite a source."),
    QT_TRANSLATE_NOOP("Readiness", "Paragraph {number} gives figures ({figures}) without saying "
                                   "where they come from: cite a source or attribute them."),
    QT_TRANSLATE_NOOP("Readiness", "The citation “{text}” points to source “{key}”, which is not "
                                   "in the source registry: add the source or correct the key."),
    QT_TRANSLATE_NOOP("Readiness", "The citation “{text}” uses “source:{key}”, which is not a "
                                   "valid source key: use lowercase letters, digits, “-” and "
                                   "“_”."),
    QT_TRANSLATE_NOOP("Readiness", "“{name}” is cited off the record but the registry gives no "
                                   "reason for anonymity: add the reason to the source, or name "
                                   "the source."),
    # newsdesk.domain.translation_readiness
    QT_TRANSLATE_NOOP("Readiness", "{row} of the original changed since it was translated: "
                                   "review the translation."),
    QT_TRANSLATE_NOOP("Readiness", "{row} of the original is new since the translation was "
                                   "made: translate it."),
    QT_TRANSLATE_NOOP("Readiness", "{row}: the original's paragraph it translates has since been "
                                   "removed: remove or review the translation."),
    QT_TRANSLATE_NOOP("Readiness", "The original's {field} changed since it was translated: "
                                   "review the translation."),
    # newsdesk.domain.translation_qa.MESSAGE_TEMPLATES
    QT_TRANSLATE_NOOP("Readiness", "The number “{token}” is not in the translation."),
    QT_TRANSLATE_NOOP("Readiness", "The number “{token}” is not in the original."),
    QT_TRANSLATE_NOOP("Readiness", "The date “{token}” is not in the translation."),
    QT_TRANSLATE_NOOP("Readiness", "The date “{token}” reads “{other}” in the translation."),
    QT_TRANSLATE_NOOP("Readiness", "The date “{token}” is not in the original."),
    QT_TRANSLATE_NOOP("Readiness", "The weekday “{token}” is not in the translation."),
    QT_TRANSLATE_NOOP("Readiness", "The weekday “{token}” reads “{other}” in the translation."),
    QT_TRANSLATE_NOOP("Readiness", "The citation of “{token}” is missing from the translation."),
    QT_TRANSLATE_NOOP("Readiness", "The citation of “{token}” became “{other}” in the "
                                   "translation."),
    QT_TRANSLATE_NOOP("Readiness", "The translation cites “{token}”, which the original row does "
                                   "not."),
    QT_TRANSLATE_NOOP("Readiness", "The glossary renders “{token}” as “{rendering}”; the "
                                   "translation does not."),
    QT_TRANSLATE_NOOP("Readiness", "The glossary says to write “{rendering}” instead of "
                                   "“{token}”."),
    QT_TRANSLATE_NOOP("Readiness", "This row is not translated yet."),
    QT_TRANSLATE_NOOP("Readiness", "The translation is the same as the original."),
    QT_TRANSLATE_NOOP("Readiness", "The translation is mostly not in the alphabet of its "
                                   "language ({language})."),
    QT_TRANSLATE_NOOP("Readiness", "The words “{token}” look untranslated."),
    # Pieces that appear inside the sentences above.
    QT_TRANSLATE_NOOP("Readiness", "paragraph {number}"),
    QT_TRANSLATE_NOOP("Readiness", "paragraphs {first}–{last}"),
    QT_TRANSLATE_NOOP("Readiness", "Paragraph {number}"),
    QT_TRANSLATE_NOOP("Readiness", "Headline"),
    QT_TRANSLATE_NOOP("Readiness", "Deck"),
    QT_TRANSLATE_NOOP("Readiness", "headline"),
    QT_TRANSLATE_NOOP("Readiness", "deck"),
    QT_TRANSLATE_NOOP("Readiness", "“…,” she said"),
    QT_TRANSLATE_NOOP("Readiness", "{row}: {message}"),
)
# Fields holding the user's own words (a quote, a key): never translated.
_VERBATIM: Final = frozenset({"quote", "text", "key", "name", "token", "other", "rendering",
                              "figures", "number", "first", "last", "language"})
_FIELD = re.compile(r"\{(\w+)\}")
# Paragraph numbers are digits: "Paragraph {number}" must not swallow "Paragraph 3: The …".
_FIELD_PATTERNS: Final = {"number": r"\d+", "first": r"\d+", "last": r"\d+"}


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = _FIELD.split(template)
    regex = "".join(re.escape(part) if i % 2 == 0
                    else f"(?P<{part}>{_FIELD_PATTERNS.get(part, '.+?')})"
                    for i, part in enumerate(parts))
    return re.compile(regex + r"\Z", re.DOTALL)


def translate_message(message: str) -> str:
    """``message`` in the interface language when it is one of the domain's sentences."""
    for template in TEMPLATES:
        match = _pattern(template).match(message)
        if match is None:
            continue
        fields = {name: value if name in _VERBATIM else translate_message(value)
                  for name, value in match.groupdict().items()}
        return QCoreApplication.translate(CONTEXT, template).format(**fields)
    return message


def problem_text(problem: Problem) -> str:
    """What the readiness panel, the list's tooltip and the desk say about ``problem``."""
    return translate_message(problem.message)
