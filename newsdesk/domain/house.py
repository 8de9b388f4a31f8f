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
    """Newsroom-wide choices; every journalist on a shared database sees the same ones.

    The defaults are those of a newsroom nobody has set up yet: no outlet name, no credit and
    no site address, so nothing exported pretends to be a real outlet or links to a made-up
    address. The names users type (``newsdesk house set KEY``) are in
    :mod:`newsdesk.domain.house_keys`; two attributes keep their older names
    (``custom_dateline_template`` is the key ``dateline_template``, ``show_sources_list`` the
    key ``show_sources``) because the exporters read them.
    """

    outlet_name: str = ""
    agency_credit: str = ""
    dateline_style: DatelineStyle = DatelineStyle.AP
    custom_dateline_template: str = "{CITY}, {country} ({agency}) —"
    default_language: str = "en"
    show_sources_list: bool = True
    headline_limit: int = 90
    site_url: str = ""
    """The outlet's web address without a trailing slash; empty: exports link relatively."""
    word_target: int = 600
    """The planned length of a new story in words (0: none), shown beside the word count."""

    @property
    def dateline_template(self) -> str:
        """The custom template under its key's name."""
        return self.custom_dateline_template

    @property
    def show_sources(self) -> bool:
        """Whether exported pages end with the list of cited sources, under its key's name."""
        return self.show_sources_list
