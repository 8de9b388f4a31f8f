"""The desk aligns with the newsroom's glossary (SQLite and PostgreSQL): a term pair added in
the glossary dialog or the CLI pairs the rows transliteration could not, and the readiness
check aligns on the same pairs so the desk's confirmed rows keep their keys."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from newsdesk.domain.article import Article, BylineEntry, Dateline, Role
from newsdesk.domain.glossary import Rendering
from newsdesk.domain.people import Author
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.translation import TranslationDesk, TranslationService
from tests.helpers.newsroom import opened
from tests.unit.domain.test_alignment_glossary import ORIGINAL, TRANSLATION


@pytest.fixture
def newsroom(database_url: str) -> Iterator[Newsroom]:
    with opened(database_url) as room:
        yield room


def _translation(newsroom: Newsroom) -> int:
    reporter = newsroom.authors.create(Author(name="Aida Bekova", roles=(Role.REPORTER,)))
    original = newsroom.articles.create(Article(
        headline="Two summits in Astana", body=ORIGINAL, language="en",
        dateline=Dateline(city="Astana", country="Kazakhstan"),
        byline=(BylineEntry(reporter.name, Role.REPORTER, reporter.id),)))
    draft = TranslationService(newsroom.uow).start_translation(original.id or 0, "ru")
    saved = newsroom.articles.save(replace(draft, headline="Два саммита в Астане",
                                           body=TRANSLATION))
    return saved.id or 0


def _pairs(desk: TranslationDesk) -> list[tuple[str, str]]:
    return [(p.original.text if p.original else "", p.translation.text if p.translation else "")
            for p in desk.alignment]


def test_the_desk_passes_the_newsrooms_glossary_to_the_aligner(newsroom: Newsroom) -> None:
    tid = _translation(newsroom)
    service = TranslationService(newsroom.uow)
    before = service.desk(tid)
    assert before.terms == ()
    assert ("The SCO leaders gathered first.", "") in _pairs(before)

    newsroom.glossary.add([Rendering("en", "SCO"), Rendering("ru", "ШОС")])
    newsroom.glossary.add([Rendering("en", "Jogorku Kenesh"), Rendering("ky", "Жогорку Кеңеш")])

    after = service.desk(tid)
    assert after.terms == ((("SCO",), ("ШОС",)),)  # the Kyrgyz-only term is not an en-ru pair
    assert ("The SCO leaders gathered first.", "Лидеры ШОС собрались первыми.") in _pairs(after)
    assert ("The CSTO leaders gathered next.", "") in _pairs(after)
    # The rows follow the alignment: the SCO paragraph's row now holds its translation.
    sco = next(row for row in after.rows
               if row.original is not None and "SCO" in row.original.text)
    assert sco.translation is not None and "ШОС" in sco.translation.text
