"""A first guess at what kind of source a new registry entry is, from its name.

Reporters add sources mid-story; most are people, but wire agencies, ministries and decrees are
common, and the kind matters (attribution to an agency reads differently). The registry form
offers this guess until the user picks a kind, so "Kazinform" or "Министерство энергетики" do
not go in as people. It is a guess, tuned to stay quiet: names of people must come out as
people ("Jude Law", "Иван Законов", "Tom Banks"), and the user's own choice always wins.
"""

from __future__ import annotations

import re

from newsdesk.domain.people import SourceKind

_AGENCY_NAMES = frozenset({
    "ap", "afp", "reuters", "bloomberg", "tass", "ria", "ria novosti", "interfax", "sputnik",
    "xinhua", "kazinform", "akipress", "kabar", "uza", "khovar", "asia-plus", "trend", "apa",
    "anadolu", "dpa", "efe", "ansa", "kyodo", "yonhap", "irna", "tca", "тасс", "риа",
    "риа новости", "интерфакс", "спутник", "синьхуа", "казинформ", "акипресс", "кабар",
    "ховар", "уза",
})
# English words match whole (plural allowed); Russian stems match the start of a word, since
# Russian inflects ("министерства", "министерству").
_AGENCY_EN = {"agency", "news", "newswire"}
_AGENCY_RU = ("агентств", "новост", "информбюро")
_DOCUMENT_EN = {"report", "decree", "law", "protocol", "resolution", "statement", "memorandum",
                "agreement", "treaty", "order", "communique", "communiqué", "bill", "draft"}
_DOCUMENT_RU = ("указ", "закон", "постановлен", "протокол", "доклад", "отчет", "соглашен",
                "меморандум", "заявлени", "распоряжен", "приказ", "коммюнике")
_ORGANISATION_EN = {"ministry", "committee", "council", "bank", "company", "corporation",
                    "government", "office", "fund", "union", "association", "parliament",
                    "court", "university", "institute", "administration", "authority",
                    "service", "department", "ltd", "llc", "jsc", "inc", "plc", "un", "eu",
                    "embassy", "commission", "agency's", "akimat", "hokimiyat"}
_ORGANISATION_RU = ("министерств", "минэнерго", "минфин", "минздрав", "комитет", "совет",
                    "банк", "компани", "корпорац", "правительств", "фонд", "союз", "ассоциац",
                    "парламент", "мажилис", "жогорку", "олий", "суд", "университет", "институт",
                    "администрац", "акимат", "хокимият", "мэри", "посольств", "комисси",
                    "служб", "пресс-служб", "департамент", "управлени")
_ORGANISATION_RU_WORDS = {"ао", "тоо", "ооо", "оао", "пао", "ип"}
# A Russian surname is often a noun plus -ов/-ев/-ин ("Законов", "Банков", "Советов").
_SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ова", "ева", "ёва", "ина", "ский", "ская", "ко")
# Stems that are institutions whatever their ending, even one that looks like a surname's.
_STEM_WORDS = ("министерств", "правительств", "агентств", "посольств", "университет",
               "институт", "комитет", "администрац")
_WORD = re.compile(r"[\w'’.-]+")
_WEBSITE = re.compile(r"^(https?://|www\.)|\.(com|org|net|kz|kg|uz|tj|tm|ru|cn|info)(/|$)",
                      re.IGNORECASE)


def guess_source_kind(name: str) -> SourceKind:
    """The likeliest kind for a source called ``name``; a person when nothing says otherwise."""
    text = " ".join(name.split())
    if not text:
        return SourceKind.PERSON
    if _WEBSITE.search(text):
        return SourceKind.WEBSITE
    if text.casefold() in _AGENCY_NAMES:
        return SourceKind.NEWS_AGENCY
    words = [word.casefold().strip(".'’") for word in _WORD.findall(text)]
    if any(_is(word, _AGENCY_EN, _AGENCY_RU) for word in words):
        return SourceKind.NEWS_AGENCY
    # A document names itself first ("Decree No. 45", "Указ Президента"); a person whose
    # surname is such a word ("Jude Law") does not.
    if words and _is(words[0], _DOCUMENT_EN, _DOCUMENT_RU):
        return SourceKind.DOCUMENT
    if any(word in _ORGANISATION_RU_WORDS or _is(word, _ORGANISATION_EN, _ORGANISATION_RU)
           for word in words):
        return SourceKind.ORGANISATION
    return SourceKind.PERSON


def _is(word: str, english: set[str], russian_stems: tuple[str, ...]) -> bool:
    if word in english:
        return True
    return (word.startswith(russian_stems) and len(word) > 2
            and not (word.endswith(_SURNAME_ENDINGS) and not word.startswith(_STEM_WORDS)))
