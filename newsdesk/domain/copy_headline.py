"""What a kept copy's headline adds to say which version it is, in the story's language.

The words are stored in the story, so they belong to the story's language, not to the
interface's: an English story copied in a Russian interface gets " (my version)", a Russian
story in an English interface " (моя версия)". The interface catalogue cannot give the other
language's words, hence this small table (as the exported page's labels and the byline keep
theirs). A language without its own words gets the English ones.
"""

from __future__ import annotations

from typing import Final

from newsdesk.domain.countries import is_russian

MY_VERSION_EN: Final = " (my version)"
MY_VERSION_RU: Final = " (моя версия)"
RECOVERED_EN: Final = " (recovered)"
RECOVERED_RU: Final = " (восстановлено)"


def my_version_suffix(language: str) -> str:
    """What the copy of my text ends with when a colleague's newer version keeps the story
    (Save Mine as a Copy): `` (моя версия)`` for a Russian story, `` (my version)`` else."""
    return MY_VERSION_RU if is_russian(language) else MY_VERSION_EN


def recovered_suffix(language: str) -> str:
    """What the recovered text's draft ends with when Keep Both sets it beside the stored
    story: `` (восстановлено)`` for a Russian story, `` (recovered)`` else."""
    return RECOVERED_RU if is_russian(language) else RECOVERED_EN
