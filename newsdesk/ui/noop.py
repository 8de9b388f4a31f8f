"""``QT_TRANSLATE_NOOP`` typed for mypy: marks a string for the catalogue, translated later.

PySide6 types its own as returning ``object``; this one returns the text as ``str``.
lupdate finds the marker by its name, so the name must stay Qt's.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Return ``text`` untouched; lupdate files it under ``context`` for the translator."""
    del context
    return text
