"""Map article languages to dictionary tags, scripts and the Debian packages that supply them."""

from __future__ import annotations

import re
from enum import StrEnum

__all__ = [
    "Script",
    "apt_package",
    "dictionary_tag",
    "language_script",
    "other_script_dictionary",
    "script_of",
]


class Script(StrEnum):
    """The writing systems a newsroom in Central Asia mixes within one story."""

    LATIN = "latin"
    CYRILLIC = "cyrillic"
    OTHER = "other"


# A bare language picks the region its outlets write for; en means en_US unless told otherwise.
_DEFAULT_REGION = {
    "en": "US",
    "ru": "RU",
    "kk": "KZ",
    "uz": "UZ",
    "ky": "KG",
    "tg": "TJ",
    "tk": "TM",
    "uk": "UA",
    "be": "BY",
    "de": "DE",
    "fr": "FR",
    "es": "ES",
    "it": "IT",
    "tr": "TR",
}

_CYRILLIC_LANGUAGES = frozenset({"ru", "kk", "ky", "tg", "uk", "be", "bg", "sr", "mk", "mn", "tt"})

# The dictionary that judges words written in a script other than the story's own.
_SCRIPT_DICTIONARY = {Script.LATIN: "en_US", Script.CYRILLIC: "ru_RU"}

# Debian names the English dictionaries by region and most others by language alone.
_APT_PACKAGES = {
    "en_US": "hunspell-en-us",
    "en_GB": "hunspell-en-gb",
    "en_AU": "hunspell-en-au",
    "en_CA": "hunspell-en-ca",
    "en_ZA": "hunspell-en-za",
    "de_DE": "hunspell-de-de",
    "de_AT": "hunspell-de-at",
    "de_CH": "hunspell-de-ch",
}

_TAG_RE = re.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{4}))?(?:[-_]([A-Za-z]{2}|\d{3}))?$")


def dictionary_tag(language: str) -> str:
    """The enchant tag for a BCP 47 language: ``en`` -> ``en_US``, ``ru-RU`` -> ``ru_RU``.

    Raises ValueError naming the language when it is not a language tag at all, so a typo in an
    article's language field is reported instead of silently disabling spelling.
    """
    match = _TAG_RE.match(language.strip())
    if match is None:
        raise ValueError(
            f"language {language!r} is not a language tag such as 'en', 'en-GB' or 'ru'"
        )
    primary, _script, region = match.groups()
    primary = primary.lower()
    region = region.upper() if region else _DEFAULT_REGION.get(primary)
    return f"{primary}_{region}" if region else primary


def language_script(tag: str) -> Script:
    """The script a language is normally written in (Uzbek and Turkmen are Latin today)."""
    return Script.CYRILLIC if tag[:2].lower() in _CYRILLIC_LANGUAGES else Script.LATIN


def script_of(word: str) -> Script:
    """The script of a word, judged by its first letter (mixed-script words are rare typos)."""
    for char in word:
        if not char.isalpha():
            continue
        code = ord(char)
        if 0x0400 <= code <= 0x052F or 0x1C80 <= code <= 0x1C8F or 0xA640 <= code <= 0xA69F:
            return Script.CYRILLIC
        if code <= 0x024F or 0x1E00 <= code <= 0x1EFF:
            return Script.LATIN
        return Script.OTHER
    return Script.OTHER


def other_script_dictionary(script: Script) -> str | None:
    """The dictionary for words in ``script`` that appear in a story in another script."""
    return _SCRIPT_DICTIONARY.get(script)


def apt_package(tag: str) -> str:
    """The Debian package that installs the Hunspell dictionary ``tag``."""
    if tag in _APT_PACKAGES:
        return _APT_PACKAGES[tag]
    return f"hunspell-{tag.split('_')[0].lower()}"
