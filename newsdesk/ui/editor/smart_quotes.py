"""Typographic quotes for the article's language, chosen from the text before the cursor."""

from __future__ import annotations

from typing import Final

# Languages whose newsrooms print «ёлочки» outside and „лапки“ inside.
_GUILLEMET_LANGUAGES: Final = frozenset({"ru", "uk", "be", "kk", "ky", "tg", "uz"})
# After these a quote mark opens; after anything else (a letter, a full stop) it closes.
_OPENING_CONTEXT: Final = frozenset("([{<—–-/“‘«„\u00a0")
STRAIGHT_QUOTES: Final = frozenset({'"', "'"})


def uses_guillemets(language: str) -> bool:
    return language.replace("_", "-").split("-")[0].lower() in _GUILLEMET_LANGUAGES


def _opens(before: str) -> bool:
    return not before or before[-1].isspace() or before[-1] in _OPENING_CONTEXT


def smart_quote(mark: str, before: str, language: str) -> str:
    """The character to insert for a typed straight ``mark`` after the text ``before``.

    ``before`` is the paragraph up to the cursor: in Russian a quote inside an open «…» is
    „…“, and which mark closes depends on what is still open. An apostrophe inside a word
    (Russia’s, Oʻzbekiston) is always the typographic ’. Any other ``mark`` comes back as is.
    """
    if mark not in STRAIGHT_QUOTES:
        return mark
    opening = _opens(before)
    if mark == "'":
        return "‘" if opening else "’"
    if not uses_guillemets(language):
        return "“" if opening else "”"
    inner_open = before.count("„") > before.count("“")
    outer_open = before.count("«") > before.count("»")
    if opening:
        return "„" if outer_open and not inner_open else "«"
    if inner_open:
        return "“"
    return "»"
