"""Spell checking without Qt: tokens of a Markdown story, Hunspell verdicts, and availability."""

from __future__ import annotations

from newsdesk.services.spelling.availability import (
    SpellingStatus,
    SpellingUnavailableError,
    available_languages,
    spelling_status,
)
from newsdesk.services.spelling.checker import HouseWords, SpellChecker
from newsdesk.services.spelling.tokens import WordSpan, iter_words, iter_words_in_line

__all__ = [
    "HouseWords",
    "SpellChecker",
    "SpellingStatus",
    "SpellingUnavailableError",
    "WordSpan",
    "available_languages",
    "iter_words",
    "iter_words_in_line",
    "spelling_status",
]
