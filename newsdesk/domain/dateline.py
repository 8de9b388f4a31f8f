"""The one dateline formatter: preview, exporters and CLI all call :func:`format_dateline`.

A well-known newsroom system had one formatter in its client and another on its server, and
they disagreed (one dropped the state and wrote ``Sep``); here every style is a template
rendered by the same code, so they cannot drift apart.

Template fields (for :attr:`DatelineStyle.CUSTOM`; any field in capitals is the upper-cased
value, e.g. ``{CITY}``, ``{COUNTRY}``, ``{AGENCY}``):

==================  ==========================================================================
``{city}``          the city in the story's language (``Almaty``; ``Алматы`` in Russian)
``{city_ru}``       the Russian name of a gazetteer city (``Алматы``), else the city as written
``{country}``       the country in the story's language (an ISO code such as ``KZ`` is
                    spelled out: ``Kazakhstan``, ``Казахстан``)
``{country_code}``  the ISO 3166 code (``KZ``), or the country as written when unknown
``{state}``         the state or region as written (``NSW``, ``PA``)
``{state_ap}``      the AP abbreviation of a US state (``Pa.``), else the state as written
``{region}``        AP's qualifier: the state for US cities, else the country; empty for a
                    city that stands alone (``BEIJING``, ``ATLANTA``)
``{agency}``        the credit (``TCA``, ``Reuters``)
``{date}``          wire day and month (``Jan 30``, ``Sept 5``, ``June 3``)
``{date_ap}``       AP day and month (``Jan. 30``, ``March 1``)
``{date_ru}``       Russian day and genitive month (``24 апреля``)
``{date_ria}``      RIA Novosti's short form (``24 апр``)
``{date_iso}``      ``2024-04-24``
``{day}``           day of the month without a leading zero
``{month}``         wire month (``Sept``); ``{month_ap}`` AP month (``Sept.``)
``{year}``          four-digit year
==================  ==========================================================================

The date is the calendar day at the dateline city: ``filed_at`` converted to ``timezone``
when both are given, else ``filed_at`` in UTC (a naive ``filed_at`` is taken as UTC), else
``date``. Fields that come out empty take their commas, brackets and spaces with them.

A city picked from the gazetteer is printed in the story's language (``language``): a Russian
story opens ``БИШКЕК, Кыргызстан (TCA) —`` in AP style, whatever script the stored name is in
(:mod:`newsdesk.domain.dateline_language`); a city typed by hand is printed as typed.
"""

from __future__ import annotations

import re
from datetime import UTC, date
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.dates import format_date

from newsdesk.domain.article import Dateline
from newsdesk.domain.countries import country_code
from newsdesk.domain.dateline_language import country_text, dateline_in_language, latin_city
from newsdesk.domain.dateline_rules import (
    AP_MONTHS,
    WIRE_MONTHS,
    ap_date,
    ap_state,
    is_us_state,
    ria_date,
    stands_alone,
    wire_date,
)
from newsdesk.domain.dateline_template import (
    DatelineError,
    DatelineTemplateError,
    render,
    template_fields,
)
from newsdesk.domain.errors import wording
from newsdesk.domain.house import DatelineStyle
from newsdesk.domain.place_names import RUSSIAN_NAMES

__all__ = [
    "STYLE_TEMPLATES",
    "TEMPLATE_FIELDS",
    "DatelineError",
    "DatelineTemplateError",
    "dateline_day",
    "format_dateline",
    "open_first_paragraph",
    "validate_template",
]

STYLE_TEMPLATES: dict[DatelineStyle, str] = {
    DatelineStyle.AP: "{CITY}, {region} ({agency}) —",
    DatelineStyle.REUTERS: "{CITY}, {date} ({agency}) -",
    DatelineStyle.AFP: "{CITY}, {date}, {year} ({agency}) -",
    DatelineStyle.SUPERDESK: "{CITY}, {state}, {country_code}, {date} {agency} -",
    DatelineStyle.TASS: "{CITY_RU}, {date_ru}. /{agency}/.",
    DatelineStyle.RIA: "{CITY_RU}, {date_ria} — {agency}.",
}

TEMPLATE_FIELDS: tuple[str, ...] = (
    "city", "city_ru", "country", "country_code", "state", "state_ap", "region", "agency",
    "date", "date_ap", "date_ru", "date_ria", "date_iso", "day", "month", "month_ap", "year",
)  # fmt: skip

_US_NAMES = frozenset({"US", "USA", "U.S.", "UNITED STATES", "UNITED STATES OF AMERICA"})


def dateline_day(dateline: Dateline) -> date | None:
    """The calendar day at the dateline city, by the rule in the module docstring."""
    if dateline.filed_at is None:
        return dateline.date
    instant = dateline.filed_at
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    zone_name = dateline.timezone.strip()
    if not zone_name:
        return instant.astimezone(UTC).date()
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise DatelineError(wording(
            "Unknown time zone {zone} in the dateline's time zone field; use an IANA name such "
            "as Asia/Almaty.", zone=repr(zone_name))) from exc
    return instant.astimezone(zone).date()


def _region(city: str, country: str, code: str, state: str, language: str) -> str:
    """AP's state-or-country after the city, empty when the city stands alone.

    ``city`` is the Latin name (AP's list is English); the country is named in ``language``.
    """
    in_us = code == "US" or country.upper() in _US_NAMES or (not country and is_us_state(state))
    if stands_alone(city, code, in_us=in_us):
        return ""
    if in_us:
        return ap_state(state) if state else ""
    return country_text(country, language)


def _values(dateline: Dateline, *, russian_date: bool, language: str,
            load_names: bool = True) -> dict[str, str]:
    """Every template field's text for this dateline (empty where the dateline has none).

    ``russian_date`` asks for the genitive Russian date from babel, whose locale data takes
    ~0.2 s to load: styles that do not print it must not pay for it (e.g. at start-up).
    """
    named = dateline_in_language(dateline, language, load=load_names)
    city = " ".join(named.city.split())
    country = " ".join(named.country.split())
    state = " ".join(dateline.state.split())
    code = country_code(country)
    russian = RUSSIAN_NAMES.get(dateline.gazetteer_id or 0, "")
    english_city = latin_city(city, dateline.gazetteer_id)
    values = {
        "city": city,
        "city_ru": russian or city,
        "country": country_text(country, language),
        "country_code": code or country,
        "state": state,
        "state_ap": ap_state(state) if state else "",
        "region": _region(english_city, country, code, state, language) if city else "",
        "agency": dateline.agency,
    }
    day = dateline_day(dateline)
    if day is not None:
        values |= {
            "date": wire_date(day),
            "date_ap": ap_date(day),
            "date_ru": format_date(day, format="d MMMM", locale="ru") if russian_date else "",
            "date_ria": ria_date(day),
            "date_iso": day.isoformat(),
            "day": str(day.day),
            "month": WIRE_MONTHS[day.month - 1],
            "month_ap": AP_MONTHS[day.month - 1],
            "year": str(day.year),
        }
    return values


def validate_template(template: str) -> None:
    """Raise :class:`DatelineTemplateError` naming the first field the formatter lacks."""
    if not template.strip():
        raise DatelineTemplateError(wording(
            "The custom dateline template is empty; for example: {example}",
            example="{CITY}, {country} ({agency}) —"))
    for name in template_fields(template):
        base = name.lower() if name.isupper() else name
        if base not in TEMPLATE_FIELDS:
            raise DatelineTemplateError(wording(
                "Unknown field {field} in the dateline template; known fields: {known}.",
                field="{" + name + "}", known=", ".join("{" + f + "}" for f in TEMPLATE_FIELDS)),
                field=name)


def format_dateline(dateline: Dateline, style: DatelineStyle, *, template: str = "",
                    language: str = "en", load_names: bool = True) -> str:
    """The text that opens the first paragraph, closing separator included, no trailing space.

    ``template`` is used only with :attr:`DatelineStyle.CUSTOM`; ``language`` is the story's
    (a gazetteer city and its country are named in it; ``load_names=False`` never waits for
    the gazetteer, see :func:`~newsdesk.domain.dateline_language.place_name`). Returns ``""``
    for an empty dateline.
    """
    style = DatelineStyle(style)
    pattern = template if style is DatelineStyle.CUSTOM else STYLE_TEMPLATES[style]
    validate_template(pattern)
    if dateline.is_empty:
        return ""
    fields = {name.lower() for name in template_fields(pattern)}
    values = _values(dateline, russian_date="date_ru" in fields, language=language,
                     load_names=load_names)
    values |= {name.upper(): value.upper() for name, value in values.items()}
    return render(pattern, values)


_INLINE_TAGS = "a|abbr|b|br|code|em|i|img|kbd|mark|q|s|small|span|strong|sub|sup|time|u"
_BLOCK_START = re.compile(
    r"^ {0,3}(#{1,6}(\s|$)|>|[-+*](\s|$)|\d{1,9}[.)](\s|$)|\||"
    rf"<(?!/?({_INLINE_TAGS})\b)[A-Za-z!/?]|([-*_] *){{3,}}$)"
)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_LIST_ITEM = re.compile(r"^ {0,3}([-+*]|\d{1,9}[.)])(\s|$)")


def _first_paragraph_line(lines: list[str]) -> int | None:
    """Index of the line that starts the first plain paragraph, or ``None`` if there is none."""
    fence = ""
    previous_blank = True  # the start of the document counts as a paragraph break
    in_block = False  # a quote, table or HTML block runs on until a blank line
    in_list = False  # a list also owns the indented paragraphs after blank lines
    for index, line in enumerate(lines):
        if fence:
            if line.strip().startswith(fence):
                fence, previous_blank = "", True
            continue
        if not line.strip():
            previous_blank, in_block = True, False
            continue
        opening = _FENCE.match(line)
        if opening:
            fence = opening.group(1)[:3]
            continue
        indented = line.startswith((" ", "\t"))
        if (in_list and indented) or (previous_blank and line.startswith(("    ", "\t"))):
            previous_blank = False  # list content or indented code
            continue
        if _BLOCK_START.match(line):
            heading = line.lstrip().startswith("#")
            in_list = bool(_LIST_ITEM.match(line))
            in_block, previous_blank = not heading, heading
            continue
        next_line = lines[index + 1] if index + 1 < len(lines) else ""
        if previous_blank and not in_block and not _SETEXT.match(next_line):
            return index
        in_list = in_list and not previous_blank
        previous_blank = False
    return None


def open_first_paragraph(body_markdown: str, dateline_text: str) -> str:
    """Put ``dateline_text`` and one space at the head of the body's first plain paragraph.

    Leading headings, lists, quotes, code, tables and HTML blocks are passed over. A body with
    no plain paragraph gets the dateline as a paragraph of its own at the top.
    """
    dateline_text = dateline_text.strip()
    if not dateline_text:
        return body_markdown
    lines = body_markdown.split("\n")
    index = _first_paragraph_line(lines)
    if index is None:
        rest = body_markdown.lstrip("\n")
        return f"{dateline_text}\n\n{rest}" if rest.strip() else dateline_text
    line = lines[index]
    indent = len(line) - len(line.lstrip(" "))
    lines[index] = f"{line[:indent]}{dateline_text} {line[indent:]}"
    return "\n".join(lines)
