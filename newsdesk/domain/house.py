"""House settings: the outlet's name, credit and style choices, kept in the database."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class DatelineStyle(StrEnum):
    """The dateline styles the formatter knows; ``custom`` uses the outlet's template."""

    AP = "ap"
    REUTERS = "reuters"
    AFP = "afp"
    SUPERDESK = "superdesk"
    TASS = "tass"
    RIA = "ria"
    CUSTOM = "custom"


@dataclass(frozen=True)
class HouseSettings:
    """Newsroom-wide choices; every journalist on a shared database sees the same ones."""

    outlet_name: str = "The Times of Central Asia"
    agency_credit: str = "TCA"
    dateline_style: DatelineStyle = DatelineStyle.AP
    custom_dateline_template: str = "{CITY}, {country} ({agency}) —"
    default_language: str = "en"
    show_sources_list: bool = True
    headline_limit: int = 90
    site_url: str = "https://example.org"
