"""What a new story gets from the house when it does not say: language, credit and date.

One rule for every way a story comes in (the window, ``newsdesk import``, a duplicate, a
translation), applied by the services that create stories; the editor only shows it early.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from newsdesk.domain.article import Article
from newsdesk.domain.house import HouseSettings


def with_house_defaults(article: Article, house: HouseSettings, today: date, *,
                        language_given: bool = True) -> Article:
    """``article`` with the house's defaults where it has nothing of its own.

    - no language (blank, or ``language_given`` false: a file without one): the house's;
    - a dateline city without a credit: the house credit;
    - a dateline city without a date or filing time: ``today``.

    A story with no dateline at all keeps none: a date alone would print a dateline the
    writer never asked for. Whatever the story says (a date, a credit) is kept.
    """
    language = article.language.strip()
    if not language or not language_given:
        language = house.default_language
    dateline = article.dateline
    if dateline.city.strip():
        if not dateline.agency.strip() and house.agency_credit:
            dateline = replace(dateline, agency=house.agency_credit)
        if dateline.date is None and dateline.filed_at is None:
            dateline = replace(dateline, date=today)
    if (language, dateline) == (article.language, article.dateline):
        return article
    return replace(article, language=language, dateline=dateline)
