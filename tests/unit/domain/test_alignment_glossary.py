"""The aligner learns from the glossary: a term pair both paragraphs name is a shared anchor,
where transliteration cannot tell that SCO is ШОС."""

from __future__ import annotations

from newsdesk.domain.alignment import BeadKind, align_bodies
from newsdesk.domain.glossary import GlossaryTerm, Rendering, term_pairs
from newsdesk.domain.translation_readiness import qa_term_pairs, qa_terms

ORIGINAL = ("Heads of state met in Astana this week for two summits.\n\n"
            "The SCO leaders gathered first.\n\n"
            "The CSTO leaders gathered next.\n\n"
            "Both summits ended without a joint statement on trade.")
# The translator rendered only the SCO paragraph; nothing but the term tells which one.
TRANSLATION = ("Главы государств на этой неделе провели в Астане два саммита.\n\n"
               "Лидеры ШОС собрались первыми.\n\n"
               "Оба саммита завершились без совместного заявления о торговле.")
GLOSSARY = (
    GlossaryTerm(1, (Rendering("en", "SCO"), Rendering("ru", "ШОС"))),
    GlossaryTerm(2, (Rendering("en", "CSTO"), Rendering("ru", "ОДКБ"))),
    GlossaryTerm(3, (Rendering("en", "Jogorku Kenesh"), Rendering("ru", "Жогорку Кенеш"),
                     Rendering("ru", "Жогорку Кенешь", forbidden=True))),
    GlossaryTerm(4, (Rendering("en", "Bishkek"),)),  # no Russian rendering: no pair
)


def _rows(terms: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()) -> list[tuple[str, str]]:
    return [(row.original.text if row.original else "", row.translation.text if row.translation
             else "") for row in align_bodies(ORIGINAL, TRANSLATION, terms)]


def test_without_the_glossary_the_term_paragraph_pairs_wrongly() -> None:
    rows = _rows()
    assert ("The CSTO leaders gathered next.", "Лидеры ШОС собрались первыми.") in rows
    assert ("The SCO leaders gathered first.", "") in rows


def test_the_glossary_pair_makes_it_pair_right() -> None:
    rows = _rows(term_pairs(GLOSSARY, "en", "ru"))
    assert ("The SCO leaders gathered first.", "Лидеры ШОС собрались первыми.") in rows
    assert ("The CSTO leaders gathered next.", "") in rows
    assert len(rows) == 4


def test_inflected_terms_and_their_confidence() -> None:
    original = "Members of the Jogorku Kenesh voted."
    translation = "Депутаты Жогорку Кенеша проголосовали."
    plain = align_bodies(original, translation)[0]
    learnt = align_bodies(original, translation, term_pairs(GLOSSARY, "en", "ru"))[0]
    assert learnt.kind is BeadKind.ONE_ONE
    assert learnt.score > plain.score


def test_pairs_for_the_language_pair_only() -> None:
    assert term_pairs(GLOSSARY, "en", "ru") == (
        (("SCO",), ("ШОС",)),
        (("CSTO",), ("ОДКБ",)),
        (("Jogorku Kenesh",), ("Жогорку Кенеш", "Жогорку Кенешь")),
    )
    assert term_pairs(GLOSSARY, "ru", "en")[0] == (("ШОС",), ("SCO",))
    assert term_pairs(GLOSSARY, "en", "en") == ()
    assert term_pairs(GLOSSARY, "en", "ky") == ()


def test_the_readiness_check_aligns_on_the_same_pairs_as_the_desk() -> None:
    assert qa_term_pairs(qa_terms(GLOSSARY), "en", "ru") == term_pairs(GLOSSARY, "en", "ru")
