"""The words that attribute a claim (said, сообщил…) and the figures that need a source."""

from __future__ import annotations

import re
from typing import Final

_ENGLISH_VERBS: Final = (
    "said", "says", "say", "told", "tells", "added", "adds", "reported", "reports",
    "according to", "stated", "noted", "announced", "announces", "explained",
    "explains", "wrote", "writes", "asked", "asks", "quoted",
    # Common wire verbs beyond the style guide's list: each one names who is speaking.
    "warned", "stressed", "emphasized", "emphasised", "insisted", "described", "called",
    "urged", "recalled", "confirmed", "replied", "argued", "declared", "admitted",
    "acknowledged", "commented", "remarked", "citing", "quoting", "cited",
)  # fmt: skip
# Stems with the endings they take (-л/-ла/-ли/-ло); ё is folded to е before matching.
_RUSSIAN_PAST_STEMS: Final = (
    "сказа", "заяви", "сообщи", "отмети", "добави", "подчеркну", "поясни", "написа",
    "рассказа", "уточни", "процитирова", "напомни", "подтверди", "предупреди", "завери",
    "призва", "ответи", "призна", "замети", "указа", "возрази", "констатирова", "говори",
    "описа",
)  # fmt: skip
_RUSSIAN_PHRASES: Final = (
    "по словам", "по данным", "как передает", "как сообщает", "сообщает", "сообщают",
    "сообщается", "говорится", "говорит", "говорят", "заявляет", "заявляют", "отмечает",
    "отмечают", "подчеркивает", "поясняет", "пишет", "пишут", "передает", "рассказывает",
    "цитирует", "как выразился", "как выразилась", "как выразились",
)  # fmt: skip


def _words_pattern(phrases: tuple[str, ...]) -> str:
    # Spaces in a phrase match any run of whitespace, NBSP included (wire copy is full of them).
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases)


_RUSSIAN: Final = (
    rf"(?:{'|'.join(_RUSSIAN_PAST_STEMS)})(?:л|ла|ли|ло)|{_words_pattern(_RUSSIAN_PHRASES)}"
)
# One list for every language: a Russian story quoting an English statement (or a story filed
# under the wrong language) must not raise false alarms, and the scripts never collide.
# "As Japarov put it, …": the speaker sits between the two words, within one clause.
_PUT_IT: Final = r"as\s[^.!?;:]{1,80}?\sput\s+it"
_VERB_RE: Final = re.compile(
    rf"(?<![\w-])(?:{_words_pattern(_ENGLISH_VERBS)}|{_PUT_IT}|{_RUSSIAN})(?!\w)",
    re.IGNORECASE,
)

_NUMBER: Final = r"\d+(?:[.,]\d+)?"
_MAGNITUDE: Final = (
    r"thousand|million|billion|trillion|mln|bn|тыс\.?|тысяч\w*|млн|млрд|трлн|миллион\w*"
    r"|миллиард\w*|триллион\w*"
)
_CURRENCY_WORD: Final = (
    r"dollars?|euros?|tenge|soms?|sums?|somoni|manats?|rubles?|roubles?|yuan|yen|pounds"
    r"|USD|EUR|KZT|KGS|UZS|TJS|TMT|RUB|CNY|долл\.?|доллар\w*|евро|рубл\w*|тенге|сом\w*|сум\w*"
    r"|сомони|манат\w*|юан\w*"
)
_UNIT: Final = (
    r"percent|per\s+cent|percentage\s+points?|процент\w*|п\.\s*п\.|km|kilomet(?:er|re)s?|miles"
    r"|tons|tonnes|kg|hectares|ha|barrels|cubic\s+met(?:er|re)s|megawatts?|gigawatts?|MW|GW"
    r"|kWh|litres|liters|people|residents|км|километр\w*|тонн\w*|кг|гектар\w*|га|баррел\w*"
    r"|кубометр\w*|куб\.\s*м|мегаватт\w*|МВт|ГВт|кВт\W?ч|литр\w*|человек"
)
_STATISTIC: Final = re.compile(
    rf"[$€£¥₽]\s?{_NUMBER}(?:\s(?:{_MAGNITUDE}))?"
    rf"|(?<![\w.,]){_NUMBER}\s?%"
    rf"|(?<![\w.,]){_NUMBER}\s(?:(?:{_MAGNITUDE})\s)?(?:{_CURRENCY_WORD}|{_UNIT})(?!\w)"
    rf"|(?<![\w.,]){_NUMBER}\s(?:{_MAGNITUDE})(?!\w)"
    r"|(?<![\w.,])\d{1,3}(?:(?:,|[\u00a0\u202f ])\d{3})+(?![\d\w])",
    re.IGNORECASE,
)


def find_attribution_verb(text: str) -> re.Match[str] | None:
    """The first attribution word in ``text`` (English or Russian, whole words, any case)."""
    return _VERB_RE.search(text.replace("ё", "е").replace("Ё", "Е"))


def find_statistics(text: str) -> list[re.Match[str]]:
    """Figures an editor would want sourced: percentages, sums of money, amounts with units.

    Years (2025), dates and bare small numbers are not statistics; list numbering never reaches
    here because the Markdown layer blanks list markers.
    """
    return list(_STATISTIC.finditer(text))
