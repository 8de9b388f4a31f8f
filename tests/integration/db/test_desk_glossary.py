"""The desk aligns with the newsroom's glossary (SQLite and PostgreSQL): a term pair added in
the glossary dialog or the CLI pairs the rows transliteration could not, and the readiness
check aligns on the same pairs so the desk's confirmed rows keep their keys."""

from __future__ import annotations

from newsdesk.domain.article import Article, Dateline
from newsdesk.domain.glossary import Rendering
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.translation import TranslationDesk, TranslationService
from tests.helpers.translations import translated_story
from tests.unit.domain.test_alignment_glossary import ORIGINAL, TRANSLATION


def _translation(newsroom: Newsroom) -> int:
    saved = translated_story(newsroom, original=Article(
        headline="Two summits in Astana", body=ORIGINAL, language="en",
        dateline=Dateline(city="Astana", country="Kazakhstan")),
        headline="Два саммита в Астане", body=TRANSLATION)
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
