"""Dates and weekdays in English and Russian text ("April 24, 2018", "24 апреля", "во вторник").

Month and weekday names come from babel's locale data, so the spellings are the ones the
datelines use; Russian declines them, so the genitive comes from babel ("format" width) and the
other cases ("в апреле", "к маю", "во вторник", "в пятницу") from a small table of endings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from babel.dates import get_day_names, get_month_names


@dataclass(frozen=True)
class DateMention:
    """A calendar date (any of year, month, day may be unknown) or a weekday, with its span.

    ``weekday`` is 0 for Monday, as in :mod:`datetime`; a weekday mention has no month or day.
    """

    text: str
    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None

    @property
    def is_weekday(self) -> bool:
        return self.weekday is not None


def _base(language: str) -> str:
    return language.split("-")[0].split("_")[0].lower()


def _soft_or_hard(nominative: str) -> tuple[str, tuple[str, ...]]:
    """Stem and case endings of a Russian month: апрель -> апрел + я/ю/е/ем; март -> март + а..."""
    if nominative.endswith(("ь", "й")):
        return nominative[:-1], ("ь", "й", "я", "ю", "е", "ем", "ём")
    return nominative, ("", "а", "у", "е", "ом")


@cache
def _month_words(language: str, *, abbreviated: bool = True) -> dict[str, int]:
    """Lower-case month words of ``language`` (every case for Russian) to month numbers.

    Abbreviations ("апр.", "Sept.") count only next to a day number; a bare "дек" is no month.
    """
    words: dict[str, int] = {}
    for width in ("wide", "abbreviated") if abbreviated else ("wide",):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, language).items():
                words[name.lower().rstrip(".")] = number
    if language == "ru":
        for number, name in get_month_names("wide", "stand-alone", "ru").items():
            stem, endings = _soft_or_hard(name.lower())
            for ending in endings:
                words[stem + ending] = number
        words.pop("ма", None)
        words.pop("маь", None)
        if abbreviated:
            words.update({"фев": 2, "сен": 9, "ноя": 11})
    if language == "en" and abbreviated:
        words["sept"] = 9
    return words


# Russian weekdays take these endings: вторник/вторника/по вторникам; пятница/пятницу/пятницы.
_RU_WEEKDAY_ENDINGS: Final = {
    "к": ("", "а", "у", "ом", "е", "и", "ам", "ах"),
    "г": ("", "а", "у", "ом", "е", "и", "ам", "ах"),
    "а": ("а", "у", "ы", "е", "ой", "ам", "ах"),
    "е": ("е", "я", "ю", "ем", "ям", "ьям"),
}
# "среда" is also "environment" (окружающей среды, в среде экспертов): only the weekday's
# unambiguous forms count.
_RU_WEDNESDAY: Final = ("среду", "средам")


@cache
def _weekday_words(language: str) -> dict[str, int]:
    words: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in get_day_names("wide", context, language).items():
            words[name.lower()] = number
    if language == "ru":
        for number, name in get_day_names("wide", "stand-alone", "ru").items():
            lower = name.lower()
            if number == 2:
                words.pop(lower, None)
                words.update((form, 2) for form in _RU_WEDNESDAY)
                continue
            stem = lower if lower[-1] in "кг" else lower[:-1]
            for ending in _RU_WEEKDAY_ENDINGS[lower[-1]]:
                words[stem + ending] = number
    if language == "en":
        words.update({name + "s": number for name, number in list(words.items())})
    return words


def _alternation(words: dict[str, int]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


# Digits that could be a numeric date (2018-04-24, 24.04.2018, 24.04); without them and without a
# month or weekday name a row skips the big pattern (most rows of a story).
_NUMERIC_DATE_HINT: Final = re.compile(r"\d{4}-\d\d-\d|\d\.[01]?\d(?:\.\d|(?![\d,]))")
_DAY = r"(?P<day>[0-3]?\d)"
_DAY2 = r"(?:\s*[-–]\s*(?P<day2>[0-3]?\d))?"
_YEAR = r"(?P<year>1\d{3}|2\d{3})"
_ISO = r"(?P<iso>(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))(?!\d)"
_DOTTED = r"(?P<dotted>(?P<dd>[0-3]?\d)\.(?P<dm>[01]?\d)\.(?P<dy>\d{4}|\d{2}))(?![\d.,]\d)"
_MONTH_BEFORE_YEAR_WORDS: Final = ("in", "on", "of", "since", "until", "till", "by", "from",
                                    "early", "late", "mid", "last", "next", "this", "through",
                                    "during", "before", "after", "between", "and", "to", "end")


@cache
def _pattern(language: str) -> re.Pattern[str]:
    months = _alternation(_month_words(language))
    bare = _alternation(_month_words(language, abbreviated=False))
    weekdays = _alternation(_weekday_words(language))
    boundary_start = r"(?<![\w\d])"
    boundary_end = r"(?![^\W\d_])"
    if language == "ru":
        forms = [
            rf"{_DAY}{_DAY2}\s+(?P<m1>{months})\.?(?:\s+{_YEAR}(?:\s*(?:года|году|г\.))?)?",
            rf"(?P<m2>{bare})(?:\s+(?P<year2>1\d{{3}}|2\d{{3}})(?!\d)(?:\s*(?:года|году|г\.))?)?",
            # "24.04" without a year: Russian writes a decimal comma, so a dot between two
            # two-digit numbers is a short date.
            r"(?P<short>(?P<sd>[0-3]\d)\.(?P<sm>[01]\d))(?![\d.,]\d)",
        ]
    else:
        forms = [
            rf"(?P<m1>{months})\.?\s+{_DAY}(?:st|nd|rd|th)?{_DAY2}(?!\d)(?:,?\s+{_YEAR}(?!\d))?",
            rf"(?P<day3>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<day4>[0-3]?\d))?"
            rf"\s+(?:of\s+)?(?P<m3>{months})\.?(?:,?\s+(?P<year3>1\d{{3}}|2\d{{3}})(?!\d))?",
            rf"(?P<m2>{bare})(?:,?\s+(?P<year2>1\d{{3}}|2\d{{3}})(?!\d))?",
        ]
    weekday = rf"(?P<weekday>{weekdays})"
    body = "|".join([_ISO, _DOTTED, *forms, weekday])
    return re.compile(rf"{boundary_start}(?:{body}){boundary_end}", re.IGNORECASE)


def _valid(month: int | None, day: int | None) -> bool:
    return (month is None or 1 <= month <= 12) and (day is None or 1 <= day <= 31)


def _english_month_ok(text: str, match: re.Match[str], word: str, has_number: bool) -> bool:
    """English month names must be capitalised; a bare "May" or "March" must look like a date."""
    if not word[:1].isupper():
        return False
    if has_number or word.lower() not in ("may", "march"):
        return True
    before = text[: match.start()].rstrip().rsplit(None, 1)
    previous = before[-1].lower().rstrip("-") if before else ""
    return previous in _MONTH_BEFORE_YEAR_WORDS


def find_dates(text: str, language: str) -> list[DateMention]:
    """Every date and weekday in ``text``, in order; unknown languages read like English."""
    base = _base(language)
    lang = base if base in ("ru", "en") else "en"
    if not _may_hold_names(text, lang) and _NUMERIC_DATE_HINT.search(text) is None:
        return []
    months = _month_words(lang)
    weekdays = _weekday_words(lang)
    found: list[DateMention] = []
    for match in _pattern(lang).finditer(text):
        groups = match.groupdict()
        span_text = match.group()
        if groups["weekday"]:
            word = groups["weekday"]
            if lang == "en" and not word[:1].isupper():
                continue
            found.append(
                DateMention(span_text, match.start(), match.end(), weekday=weekdays[word.lower()])
            )
            continue
        year: int | None
        day: int | None
        if groups["iso"]:
            year, month, day = int(groups["iy"]), int(groups["im"]), int(groups["id"])
        elif groups["dotted"]:
            year = int(groups["dy"])
            year = year + 2000 if year < 100 else year
            month, day = int(groups["dm"]), int(groups["dd"])
        elif groups.get("short"):
            year, month, day = None, int(groups["sm"]), int(groups["sd"])
        else:
            word = groups.get("m1") or groups.get("m2") or groups.get("m3") or ""
            day_text = groups.get("day") or groups.get("day3")
            year_text = groups.get("year") or groups.get("year2") or groups.get("year3")
            if lang == "en" and not _english_month_ok(
                text, match, word, bool(day_text or year_text)
            ):
                continue
            month = months[word.lower().rstrip(".")]
            day = int(day_text) if day_text else None
            year = int(year_text) if year_text else None
            second = groups.get("day2") or groups.get("day4")
            if second and _valid(month, int(second)) and day is not None:
                # "24-25 апреля": two dates sharing a month, each reported on its own.
                found.append(DateMention(span_text, match.start(), match.end(), year, month, day))
                day = int(second)
        if not _valid(month, day):
            continue
        if span_text.endswith(".") and not groups.get("dy"):
            # "24 апреля." ends a sentence; only abbreviations ("Sept.", "апр.") keep their dot.
            word = (groups.get("m1") or groups.get("m3") or groups.get("m2") or "").lower()
            if word in _month_words(lang, abbreviated=False):
                span_text = span_text[:-1]
                found.append(DateMention(span_text, match.start(), match.end() - 1, year, month,
                                         day))
                continue
        found.append(DateMention(span_text, match.start(), match.end(), year, month, day))
    return found


_RU_NAME_HINT: Final = re.compile(
    r"январ|феврал|март|апрел|ма[йяюе]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
    r"понедельник|вторник|сред[уа]|четверг|пятниц|суббот|воскресен|янв|фев|сен|ноя|окт|дек|авг|апр",
    re.IGNORECASE,
)
_EN_NAME_HINT: Final = re.compile(
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday"
)


def _may_hold_names(text: str, language: str) -> bool:
    """A cheap pre-check so rows without any month or weekday skip the big pattern."""
    hint = _RU_NAME_HINT if language == "ru" else _EN_NAME_HINT
    return hint.search(text) is not None
