"""House settings in a real database (SQLite and PostgreSQL): set, refused, reset, shared."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, select

from newsdesk.db.models import HouseSettingRow
from newsdesk.db.repositories import HouseRepository
from newsdesk.domain.article import Article
from newsdesk.domain.errors import InvalidInputError
from newsdesk.domain.house import DatelineStyle, HouseSettings
from newsdesk.services.newsroom import Newsroom
from tests.helpers.newsroom import opened


def _rows(database_url: str) -> dict[str, object]:
    """What the database holds, read past the services (JSON decoded per backend)."""
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(select(HouseSettingRow.key, HouseSettingRow.value)).all()
    finally:
        engine.dispose()
    return {key: value for key, value in rows}


def test_a_new_newsroom_is_unconfigured_until_named_or_written_in(newsroom: Newsroom) -> None:
    house = newsroom.house
    assert house.settings() == HouseSettings()
    assert house.is_unconfigured()
    house.newsroom_id()  # the journal's internal key is not a setting
    assert house.is_unconfigured()
    house.set_values({"outlet_name": "Kabar Desk", "agency_credit": "KD"})
    assert not house.is_unconfigured()
    house.reset("outlet_name")
    house.reset("agency_credit")
    assert house.is_unconfigured()
    newsroom.articles.create(Article(headline="A first story"))
    assert not house.is_unconfigured()  # a newsroom with stories is somebody's


def test_settings_set_by_one_client_are_read_by_another(database_url: str) -> None:
    with opened(database_url) as first, opened(database_url) as second:
        first.house.set_text("site_url", "https://Kabar.kg/")
        first.house.set_text("dateline_style", "custom")
        first.house.set_text("dateline_template", "{CITY} ({agency}), {date_ap} —")
        first.house.set_text("headline_limit", "75")
        first.house.set_text("show_sources", "no")
        seen = second.house.settings()
    assert seen.site_url == "https://kabar.kg"
    assert seen.dateline_style is DatelineStyle.CUSTOM
    assert seen.dateline_template == "{CITY} ({agency}), {date_ap} —"
    assert (seen.headline_limit, seen.show_sources) == (75, False)
    assert _rows(database_url)["dateline_style"] == "custom"


@pytest.mark.parametrize(
    ("key", "value", "why"),
    [
        ("headline_limit", "5", "must be between 10 and 500"),
        ("headline_limit", "lots", "is not a whole number"),
        ("word_target", "many", "is not a whole number"),
        ("dateline_style", "nyt", "is not a dateline style"),
        ("dateline_template", "{day}. {CITY} —", "makes the first paragraph Markdown"),
        ("dateline_template", "{CITY} {nonsense}", "Unknown field {nonsense}"),
        ("site_url", "www.kabar.kg", "is not an http or https address"),
        ("default_language", "klingon", "is not a language tag"),
        ("show_sources", "perhaps", "is not yes or no"),
        ("outlet_name", "Kabar\x1b[2J", "must be one line without control characters"),
        ("paywall", "on", "'paywall' is not a house setting"),
        ("_newsroom_id", "mine", "'_newsroom_id' is not a house setting"),
    ],
)
def test_bad_input_names_the_key_and_stores_nothing(
    newsroom: Newsroom, database_url: str, key: str, value: str, why: str
) -> None:
    before = _rows(database_url)
    with pytest.raises(InvalidInputError, match=why) as caught:
        newsroom.house.set_text(key, value)
    assert caught.value.field == key
    assert _rows(database_url) == before


def test_a_batch_with_one_bad_value_stores_none_of_it(newsroom: Newsroom,
                                                       database_url: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        newsroom.house.set_values({"outlet_name": "Kabar Desk", "headline_limit": 3})
    assert caught.value.field == "headline_limit"
    assert _rows(database_url) == {}
    with pytest.raises(InvalidInputError, match="field 'site_url'"):
        newsroom.house.update_settings(HouseSettings(outlet_name="X", site_url="example"))
    assert _rows(database_url) == {}


def test_a_failure_between_two_writes_leaves_nothing_half_written(
    newsroom: Newsroom, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    newsroom.house.set_values({"outlet_name": "Before", "agency_credit": "B"})
    real_put = HouseRepository.put_setting
    calls: list[str] = []

    def put_then_fail(self: HouseRepository, key: str, value: object) -> None:
        calls.append(key)
        if len(calls) == 2:
            raise OSError("the disk went away between two settings")
        real_put(self, key, value)

    monkeypatch.setattr(HouseRepository, "put_setting", put_then_fail)
    with pytest.raises(OSError, match="between two settings"):
        newsroom.house.set_values({"outlet_name": "After", "agency_credit": "A"})
    monkeypatch.undo()
    assert calls == ["outlet_name", "agency_credit"]
    assert _rows(database_url) == {"outlet_name": "Before", "agency_credit": "B"}


def test_reset_brings_back_the_default_and_older_names_are_replaced(
    newsroom: Newsroom, database_url: str
) -> None:
    # An earlier release stored every attribute under its own name (the demo did).
    with newsroom.uow() as uow:
        uow.house.put_setting("show_sources_list", False)
        uow.house.put_setting("custom_dateline_template", "{CITY} —")
        uow.commit()
    assert newsroom.house.settings().show_sources is False
    assert newsroom.house.settings().dateline_template == "{CITY} —"
    newsroom.house.set_text("show_sources", "yes")
    rows = _rows(database_url)
    assert rows["show_sources"] is True and "show_sources_list" not in rows
    newsroom.house.reset("dateline_template")
    assert "custom_dateline_template" not in _rows(database_url)
    assert newsroom.house.settings() == HouseSettings()


def test_rows_written_by_a_newer_release_are_listed_and_never_break_reading(
    newsroom: Newsroom
) -> None:
    with newsroom.uow() as uow:
        uow.house.put_setting("paywall", {"after": 3})
        uow.house.put_setting("headline_limit", 90.5)
        uow.house.put_setting("outlet_name", "Kabar Desk")
        uow.commit()
    stored = newsroom.house.stored()
    assert stored.settings == HouseSettings(outlet_name="Kabar Desk")
    assert {row.key for row in stored.ignored} == {"paywall", "headline_limit"}
    newsroom.house.set_text("headline_limit", "80")  # a value of this release replaces it
    assert {row.key for row in newsroom.house.stored().ignored} == {"paywall"}
