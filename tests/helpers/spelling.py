"""Get a real spell checker for a test, or skip locally (never in CI) when enchant is missing."""

from __future__ import annotations

import os

import pytest

from newsdesk.services.spelling import SpellChecker, SpellingUnavailableError, spelling_status
from newsdesk.services.spelling.checker import HouseWords


def in_ci() -> bool:
    """CI installs the dictionaries, so a missing one there is a failure, not a skip."""
    return os.environ.get("CI", "").lower() == "true"


def require_spelling(language: str) -> None:
    """Skip the calling test when spelling cannot run for ``language`` here, except in CI."""
    status = spelling_status(language)
    if status.ok:
        return
    if in_ci():
        pytest.fail(f"spelling must work in CI: {status.message}")
    pytest.skip(status.message)


def real_checker(language: str, house_words: HouseWords | None = None) -> SpellChecker:
    """A SpellChecker on the installed Hunspell dictionary for ``language``."""
    require_spelling(language)
    try:
        return SpellChecker(language, house_words)
    except SpellingUnavailableError as error:  # pragma: no cover - status said ok
        pytest.fail(str(error))
