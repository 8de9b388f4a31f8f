"""Slugs: short, URL- and file-safe names derived from headlines (Cyrillic transliterated)."""

from __future__ import annotations

import re
from collections.abc import Callable

from slugify import slugify

MAX_SLUG_LENGTH = 80
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def make_slug(text: str, *, max_length: int = MAX_SLUG_LENGTH) -> str:
    """``Казахстан и Узбекистан`` -> ``kazakhstan-i-uzbekistan``; never empty."""
    # Uzbek and English apostrophes belong inside the word: Oʻzbekiston -> ozbekiston.
    text = re.sub(r"[ʻʼ’']", "", text)
    slug = slugify(text, max_length=max_length, word_boundary=True, save_order=True)
    return slug or "story"


def is_valid_slug(slug: str) -> bool:
    return bool(SLUG_PATTERN.match(slug)) and len(slug) <= MAX_SLUG_LENGTH * 2


def unique_slug(base: str, taken: Callable[[str], bool]) -> str:
    """``base``, else ``base-2``, ``base-3``…: the first the database does not have yet."""
    if not taken(base):
        return base
    counter = 2
    while taken(f"{base}-{counter}"):
        counter += 1
    return f"{base}-{counter}"
