"""English plurals for strings that carry Qt's ``%n`` and a ``word(s)`` marker.

A source text such as ``"Imported %n story(s)."`` is what the translator sees (Russian needs
three forms, given in the catalogue). Without a catalogue, or in English, Qt returns the
source as it is; ``english_plural`` then writes "1 story" / "2 stories" instead of "story(s)".
"""

from __future__ import annotations

import re

_MARKED = re.compile(r"(\w+)\(s\)")


def _plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def english_plural(text: str, count: int) -> str:
    """``text`` with each ``word(s)`` made singular or plural for ``count``."""
    return _MARKED.sub(lambda m: m.group(1) if count == 1 else _plural(m.group(1)), text)
