"""Checks a custom dateline template before it is stored: known fields, and a lede kept a lede.

The dateline opens the first paragraph of every story. A template whose text starts like a
Markdown block (``{day}. {CITY}`` gives ``5. BISHKEK``, an ordered list; ``# {CITY}`` a
heading; ``> ``, ``- ``, ``* ``, ``+ ``, ``1) ``) would turn every lede into a list, a heading
or a quote. Whether it does depends on the story (``{day}.`` only bites when there is a
date), so the template is rendered for a set of real datelines and each result is put in front
of a lede the way the exporters do (:func:`~newsdesk.domain.dateline.open_first_paragraph`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Final

from newsdesk.domain.article import Dateline
from newsdesk.domain.dateline import (
    DatelineTemplateError,
    format_dateline,
    open_first_paragraph,
    validate_template,
)
from newsdesk.domain.errors import Wording, wording
from newsdesk.domain.house import DatelineStyle

_LEDE: Final = "Officials met on Monday."
_PROBE: Final = "\x00"

# Datelines as the desk files them: gazetteer cities (with their Russian names), a city that
# stands alone, a US city with its state, with and without country, credit and date, and
# days and months of one and two digits.
SAMPLE_DATELINES: Final[tuple[Dateline, ...]] = (
    Dateline(city="Bishkek", country="Kyrgyzstan", agency="TCA", date=date(2025, 3, 1),
             gazetteer_id=1528675),
    Dateline(city="Almaty", country="Kazakhstan", agency="Reuters", date=date(2024, 12, 24),
             gazetteer_id=1526384),
    Dateline(city="Tashkent", country="UZ", timezone="Asia/Tashkent", gazetteer_id=1512569,
             filed_at=datetime(2025, 9, 30, 21, 15, tzinfo=UTC)),
    Dateline(city="Dushanbe", country="Tajikistan", gazetteer_id=1221874),
    Dateline(city="Beijing", country="China", agency="Xinhua", date=date(2025, 10, 9)),
    Dateline(city="Harrisburg", state="PA", country="US", agency="AP", date=date(2025, 6, 3)),
    Dateline(city="Osh"),
    Dateline(country="Kyrgyzstan", agency="TCA"),
    Dateline(agency="TCA", date=date(2025, 1, 9)),
    Dateline(date=date(2025, 11, 30)),
)


def starts_a_block(dateline_text: str) -> bool:
    """True when ``dateline_text`` at the head of a lede would make it something else.

    Asked of the exporters' own rule: a lede that still is a plain paragraph takes a second
    dateline at its start; one that became a list, heading or quote gets it on a line above.
    """
    lede = f"{dateline_text} {_LEDE}"
    return not open_first_paragraph(lede, _PROBE).startswith(f"{_PROBE} ")


def check_custom_template(template: str,
                          datelines: tuple[Dateline, ...] = SAMPLE_DATELINES) -> None:
    """Raise :class:`DatelineTemplateError` saying why ``template`` cannot be the house's.

    Unknown fields, broken braces and an empty template are named by
    :func:`~newsdesk.domain.dateline.validate_template`; then each of ``datelines`` is
    rendered, and the first whose text would change the Markdown of the lede is quoted.
    """
    validate_template(template)
    for dateline in datelines:
        text = format_dateline(dateline, DatelineStyle.CUSTOM, template=template)
        if text and starts_a_block(text):
            raise DatelineTemplateError(wording(
                "The dateline template makes the first paragraph Markdown of its own: for "
                "{dateline} it gives {text}, which opens a list, heading, quote or table "
                "instead of the story's first sentence. Start the template with the city or a "
                "word, e.g. {example}.", dateline=_describe(dateline), text=repr(text),
                example="{CITY}, {date} ({agency}) —"))


def _describe(dateline: Dateline) -> Wording:
    day = dateline.date or (dateline.filed_at.date() if dateline.filed_at else None)
    return wording("a dateline of {city}, {day}",
                   city=dateline.city or wording("no city"),
                   day=day.isoformat() if day else wording("no date"))
