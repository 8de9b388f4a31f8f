"""A dateline in the story's language: a gazetteer place named as that language names it.

A story keeps the gazetteer id of its city, so the city is one place with a name per
language: ``Бишкек, Кыргызстан`` in a Russian story, ``Bishkek, Kyrgyzstan`` in an English
one. A story whose language changes keeps its place and shows it in the new language; a
city or country typed by hand (no gazetteer id) stays exactly as typed.

Only a name in the other script is replaced (Cyrillic in an English story, Latin in a
Russian one), so a spelling the editor chose in the story's own script is never overwritten.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsdesk.domain.article import Dateline
from newsdesk.domain.countries import country_code, country_name_in, is_russian
from newsdesk.domain.place_names import LATIN_NAMES, RUSSIAN_NAMES

__all__ = [
    "country_text",
    "dateline_in_language",
    "has_cyrillic",
    "latin_city",
    "place_name",
]

_CYRILLIC = re.compile("[\u0400-\u04ff]")
# A Russian name typed by hand still finds its English one (AP's stand-alone list is English).
_LATIN_BY_RUSSIAN: dict[str, str] = {
    russian.casefold(): LATIN_NAMES[place] for place, russian in RUSSIAN_NAMES.items()
}


def has_cyrillic(text: str) -> bool:
    """Whether ``text`` is written (at least partly) in Cyrillic."""
    return _CYRILLIC.search(text) is not None


def place_name(geonameid: int, language: str, *, load: bool = True) -> str:
    """The place's name in ``language``: the hand-kept table, else the gazetteer; ``""`` if none.

    The table covers the cities the desk files from, so a dateline is usually named without
    loading the gazetteer (a third of a second); a small town loads it once, on first need.
    ``load=False`` (the GUI thread, while a worker loads it) asks only a gazetteer already
    loaded, never waits for one.
    """
    table = RUSSIAN_NAMES if is_russian(language) else LATIN_NAMES
    name = table.get(geonameid)
    if name:
        return name
    from newsdesk.domain import gazetteer  # heavy: only when needed

    found = gazetteer.default_gazetteer() if load else gazetteer.loaded_gazetteer()
    return found.name_in(geonameid, language) if found is not None else ""


def _in_other_script(text: str, language: str) -> bool:
    return bool(text.strip()) and has_cyrillic(text) != is_russian(language)


def _is_code(country: str) -> bool:
    text = country.strip()
    return len(text) == 2 and text.isupper()


def dateline_in_language(dateline: Dateline, language: str, *, load: bool = True) -> Dateline:
    """``dateline`` with its gazetteer city and country named in ``language``.

    Without a gazetteer id nothing changes (a hand-typed place stays as typed); an ISO code
    stays a code (:func:`country_text` spells it out when printed); a place with no name in
    the language keeps the one it has. ``load``: as for :func:`place_name`.
    """
    if dateline.gazetteer_id is None:
        return dateline
    city, country = dateline.city, dateline.country
    if _in_other_script(city, language):
        city = place_name(dateline.gazetteer_id, language, load=load) or city
    if _in_other_script(country, language) and not _is_code(country):
        code = country_code(country)
        country = (country_name_in(code, language) if code else "") or country
    if (city, country) == (dateline.city, dateline.country):
        return dateline
    return replace(dateline, city=city, country=country)


def country_text(country: str, language: str) -> str:
    """The country as a dateline prints it: an ISO code spelled out in ``language``."""
    text = country.strip()
    if _is_code(text):
        return country_name_in(text, language) or text
    return text


def latin_city(city: str, gazetteer_id: int | None) -> str:
    """The city's Latin name when the tables know it (for AP's stand-alone list), else ``city``."""
    if not has_cyrillic(city):
        return city
    if gazetteer_id is not None and gazetteer_id in LATIN_NAMES:
        return LATIN_NAMES[gazetteer_id]
    return _LATIN_BY_RUSSIAN.get(city.casefold(), city)
