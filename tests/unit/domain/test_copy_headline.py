"""A kept copy's headline says which version it is ("my version", "recovered") in the
story's language."""

from __future__ import annotations

import pytest

from newsdesk.domain.copy_headline import my_version_suffix, recovered_suffix


@pytest.mark.parametrize(("language", "suffix"), [
    ("en", " (my version)"), ("en-GB", " (my version)"), ("ru", " (моя версия)"),
    ("ru-KZ", " (моя версия)"), ("ru_RU", " (моя версия)"), ("kk", " (my version)"),
    ("", " (my version)"),
])
def test_the_suffix_follows_the_story_s_language(language: str, suffix: str) -> None:
    assert my_version_suffix(language) == suffix


@pytest.mark.parametrize(("language", "suffix"), [
    ("en", " (recovered)"), ("ru", " (восстановлено)"), ("ru-KZ", " (восстановлено)"),
    ("kk", " (recovered)"),
])
def test_the_recovered_suffix_follows_the_story_s_language(language: str, suffix: str) -> None:
    assert recovered_suffix(language) == suffix
