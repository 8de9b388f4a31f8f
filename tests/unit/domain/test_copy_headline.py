"""My copy's headline says "my version" in the story's language."""

from __future__ import annotations

import pytest

from newsdesk.domain.copy_headline import my_version_suffix


@pytest.mark.parametrize(("language", "suffix"), [
    ("en", " (my version)"), ("en-GB", " (my version)"), ("ru", " (моя версия)"),
    ("ru-KZ", " (моя версия)"), ("ru_RU", " (моя версия)"), ("kk", " (my version)"),
    ("", " (my version)"),
])
def test_the_suffix_follows_the_story_s_language(language: str, suffix: str) -> None:
    assert my_version_suffix(language) == suffix
