"""Finding glossary terms in a text: whole words, case and ё folded, Russian endings."""

from __future__ import annotations

from newsdesk.domain.glossary import Glossary, GlossaryTerm, Rendering, renders, terms_in

KENESH = GlossaryTerm(1, (Rendering("en", "Jogorku Kenesh"), Rendering("ru", "Жогорку Кенеш")))
SCO = GlossaryTerm(2, (Rendering("en", "SCO"), Rendering("ru", "ШОС"),
                       Rendering("ru", "Шанхайская пятёрка", forbidden=True)), "an alliance")
SHOIGU = GlossaryTerm(3, (Rendering("en", "Sergei Shoigu"), Rendering("ru", "Сергей Шойгу")))
TERMS = (KENESH, SCO, SHOIGU)


def test_russian_inflections_match_by_stem() -> None:
    text = "Депутаты Жогорку Кенеша встретились с Сергеем Шойгу на саммите ШОС."
    hits = terms_in(text, "ru", TERMS, "en")
    assert [(hit.found, hit.expected) for hit in hits] == [
        ("Жогорку Кенеша", ("Jogorku Kenesh",)),
        ("Сергеем Шойгу", ("Sergei Shoigu",)),
        ("ШОС", ("SCO",)),
    ]
    assert text[hits[0].start:hits[0].end] == "Жогорку Кенеша"


def test_whole_words_and_case_only() -> None:
    assert terms_in("The sco met. SCOPE and disco are not terms.", "en", TERMS)[0].found == "sco"
    assert len(terms_in("The sco met. SCOPE and disco are not terms.", "en", TERMS)) == 1
    assert terms_in("ШОСовцы", "ru", TERMS) == ()  # a short Cyrillic term must be whole
    assert terms_in("Жогорку Кенешевский", "ru", TERMS) == ()  # more than a Russian ending


def test_yo_folded_and_forbidden_variants() -> None:
    glossary = Glossary(TERMS)
    hits = glossary.find("о Шанхайской пятерке", "ru", forbidden=True)
    assert [hit.found for hit in hits] == ["Шанхайской пятерке"]
    assert glossary.find("о Шанхайской пятерке", "ru") == ()
    english = glossary.find("The SCO summit", "en", "ru")
    assert english[0].expected == ("ШОС",) and english[0].forbidden == ("Шанхайская пятёрка",)


def test_renders_checks_a_translation() -> None:
    assert renders("депутаты Жогорку Кенеша", "ru", ["Жогорку Кенеш"])
    assert not renders("депутаты парламента", "ru", ["Жогорку Кенеш"])


def test_a_term_of_the_other_language_is_not_found() -> None:
    assert terms_in("Жогорку Кенеш", "en", TERMS) == ()
