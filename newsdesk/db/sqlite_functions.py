"""SQL functions every SQLite connection of the newsroom registers, with no SQLAlchemy import.

The engine's connections and the start-up reader (``first_page``) must sort and compare alike;
this module serves both, and is light enough for the start-up path.
"""

from __future__ import annotations


def unicode_lower(value: str | None) -> str | None:
    """SQLite's own lower() folds only ASCII; names and headlines here are often Cyrillic."""
    return value.lower() if isinstance(value, str) else value
