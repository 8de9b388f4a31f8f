"""Wire-style facts the dateline formatter needs: AP stand-alone cities, states and months."""

from __future__ import annotations

import unicodedata
from datetime import date

# AP stand-alone cities with the country each one means: "MOSCOW" alone is Russia's capital,
# while Moscow, Idaho still needs its state. From the AP Stylebook lists in NEWSROOM.md.
AP_STANDALONE_US: frozenset[str] = frozenset(
    {
        "ATLANTA", "BALTIMORE", "BOSTON", "CHICAGO", "CINCINNATI", "CLEVELAND", "DALLAS",
        "DENVER", "DETROIT", "HONOLULU", "HOUSTON", "INDIANAPOLIS", "LAS VEGAS", "LOS ANGELES",
        "MIAMI", "MILWAUKEE", "MINNEAPOLIS", "NEW ORLEANS", "NEW YORK", "OKLAHOMA CITY",
        "PHILADELPHIA", "PHOENIX", "PITTSBURGH", "ST. LOUIS", "SALT LAKE CITY", "SAN ANTONIO",
        "SAN DIEGO", "SAN FRANCISCO", "SEATTLE", "WASHINGTON",
    }
)  # fmt: skip

AP_STANDALONE_WORLD: dict[str, str] = {
    "AMSTERDAM": "NL", "BAGHDAD": "IQ", "BANGKOK": "TH", "BEIJING": "CN", "BEIRUT": "LB",
    "BERLIN": "DE", "BRUSSELS": "BE", "CAIRO": "EG", "DJIBOUTI": "DJ", "DUBLIN": "IE",
    "GENEVA": "CH", "GIBRALTAR": "GI", "GUATEMALA CITY": "GT", "HAVANA": "CU",
    "HELSINKI": "FI", "HONG KONG": "HK", "ISLAMABAD": "PK", "ISTANBUL": "TR",
    "JERUSALEM": "IL", "JOHANNESBURG": "ZA", "KUWAIT CITY": "KW", "LONDON": "GB",
    "LUXEMBOURG": "LU", "MACAU": "MO", "MADRID": "ES", "MEXICO CITY": "MX", "MILAN": "IT",
    "MONACO": "MC", "MONTREAL": "CA", "MOSCOW": "RU", "MUNICH": "DE", "NEW DELHI": "IN",
    "OTTAWA": "CA", "PANAMA CITY": "PA", "PARIS": "FR", "PRAGUE": "CZ", "QUEBEC CITY": "CA",
    "RIO DE JANEIRO": "BR", "ROME": "IT", "SAN MARINO": "SM", "SAO PAULO": "BR",
    "SHANGHAI": "CN", "SINGAPORE": "SG", "STOCKHOLM": "SE", "SYDNEY": "AU", "TOKYO": "JP",
    "TORONTO": "CA", "VATICAN CITY": "VA", "VIENNA": "AT", "ZURICH": "CH",
}  # fmt: skip

# Gazetteer spellings that mean an AP stand-alone city (GeoNames says "Saint Louis", "Montréal").
AP_CITY_SYNONYMS: dict[str, str] = {
    "SAINT LOUIS": "ST. LOUIS",
    "ST LOUIS": "ST. LOUIS",
    "NEW YORK CITY": "NEW YORK",
    "WASHINGTON, D.C.": "WASHINGTON",
    "WASHINGTON DC": "WASHINGTON",
    "MACAO": "MACAU",
    "QUEBEC": "QUEBEC CITY",
    "KUWAIT": "KUWAIT CITY",
    "PANAMA": "PANAMA CITY",
    "GUATEMALA": "GUATEMALA CITY",
}

# AP state abbreviations, keyed by postal code; eight states are never abbreviated.
AP_STATES: dict[str, tuple[str, str]] = {
    "AL": ("Alabama", "Ala."), "AK": ("Alaska", "Alaska"), "AZ": ("Arizona", "Ariz."),
    "AR": ("Arkansas", "Ark."), "CA": ("California", "Calif."), "CO": ("Colorado", "Colo."),
    "CT": ("Connecticut", "Conn."), "DE": ("Delaware", "Del."),
    "DC": ("District of Columbia", "D.C."), "FL": ("Florida", "Fla."),
    "GA": ("Georgia", "Ga."), "HI": ("Hawaii", "Hawaii"), "ID": ("Idaho", "Idaho"),
    "IL": ("Illinois", "Ill."), "IN": ("Indiana", "Ind."), "IA": ("Iowa", "Iowa"),
    "KS": ("Kansas", "Kan."), "KY": ("Kentucky", "Ky."), "LA": ("Louisiana", "La."),
    "ME": ("Maine", "Maine"), "MD": ("Maryland", "Md."), "MA": ("Massachusetts", "Mass."),
    "MI": ("Michigan", "Mich."), "MN": ("Minnesota", "Minn."), "MS": ("Mississippi", "Miss."),
    "MO": ("Missouri", "Mo."), "MT": ("Montana", "Mont."), "NE": ("Nebraska", "Neb."),
    "NV": ("Nevada", "Nev."), "NH": ("New Hampshire", "N.H."), "NJ": ("New Jersey", "N.J."),
    "NM": ("New Mexico", "N.M."), "NY": ("New York", "N.Y."),
    "NC": ("North Carolina", "N.C."), "ND": ("North Dakota", "N.D."), "OH": ("Ohio", "Ohio"),
    "OK": ("Oklahoma", "Okla."), "OR": ("Oregon", "Ore."), "PA": ("Pennsylvania", "Pa."),
    "RI": ("Rhode Island", "R.I."), "SC": ("South Carolina", "S.C."),
    "SD": ("South Dakota", "S.D."), "TN": ("Tennessee", "Tenn."), "TX": ("Texas", "Texas"),
    "UT": ("Utah", "Utah"), "VT": ("Vermont", "Vt."), "VA": ("Virginia", "Va."),
    "WA": ("Washington", "Wash."), "WV": ("West Virginia", "W.Va."),
    "WI": ("Wisconsin", "Wis."), "WY": ("Wyoming", "Wyo."),
}  # fmt: skip

_STATE_LOOKUP: dict[str, str] = {
    key.casefold(): ap for code, (name, ap) in AP_STATES.items() for key in (code, name, ap)
}

# Wire months (Reuters, AFP English, Superdesk/AAP): "Sept", March to July in full, no period.
WIRE_MONTHS = ("Jan", "Feb", "March", "April", "May", "June",
               "July", "Aug", "Sept", "Oct", "Nov", "Dec")  # fmt: skip
# AP months: the same words, with a period after the abbreviations.
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June",
             "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")  # fmt: skip
# RIA Novosti's short genitive months ("24 апр", "3 мая"); TASS spells them out via babel.
RIA_MONTHS = ("янв", "фев", "мар", "апр", "мая", "июн",
              "июл", "авг", "сен", "окт", "ноя", "дек")  # fmt: skip


def ap_state(state: str) -> str:
    """AP's abbreviation for a state given as ``PA``, ``Pennsylvania`` or ``Pa.``; else as is."""
    return _STATE_LOOKUP.get(state.strip().casefold(), state.strip())


def is_us_state(state: str) -> bool:
    """Whether ``state`` names a US state by postal code, full name or AP abbreviation."""
    return state.strip().casefold() in _STATE_LOOKUP


def ap_standalone_key(city: str) -> str:
    """The AP list's spelling of ``city``: upper case, accents and synonyms resolved."""
    decomposed = unicodedata.normalize("NFKD", city)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    key = " ".join(bare.upper().split())
    return AP_CITY_SYNONYMS.get(key, key)


def stands_alone(city: str, country_code: str, *, in_us: bool) -> bool:
    """Whether AP prints the city without state or country (country must match if known)."""
    key = ap_standalone_key(city)
    if key in AP_STANDALONE_US and (in_us or not country_code):
        return True
    home = AP_STANDALONE_WORLD.get(key)
    return home is not None and not in_us and country_code in ("", home)


def wire_date(day: date) -> str:
    """``Jan 30``, ``Sept 5``, ``June 3``: the Reuters/AFP/Superdesk day-and-month."""
    return f"{WIRE_MONTHS[day.month - 1]} {day.day}"


def ap_date(day: date) -> str:
    """``Jan. 30``, ``March 1``: AP's month and day (AP keeps the date out of the dateline)."""
    return f"{AP_MONTHS[day.month - 1]} {day.day}"


def ria_date(day: date) -> str:
    """``24 апр``: RIA Novosti's day and short genitive month."""
    return f"{day.day} {RIA_MONTHS[day.month - 1]}"
