"""A first guess at what kind of source a new registry entry is, from its name.

Reporters add sources mid-story; most are people, but wire agencies, ministries and decrees are
common, and the kind matters (attribution to an agency reads differently). The registry form
offers this guess until the user picks a kind, so "Kazinform" or "МИД Казахстана" do not go in
as people. It is a guess, tuned to stay quiet: names of people must come out as people ("Jude
Law", "Bill Gates", "Иван Законов", "Советбек Исаков", "Kim Jong Un"), and the user's own
choice always wins.
"""

from __future__ import annotations

import re

from newsdesk.domain.people import SourceKind

_AGENCY_NAMES = frozenset({
    "ap", "afp", "reuters", "bloomberg", "tass", "ria", "interfax", "sputnik", "xinhua",
    "kazinform", "akipress", "kabar", "uza", "khovar", "asia-plus", "trend", "apa", "24.kz",
    "anadolu", "dpa", "efe", "ansa", "kyodo", "yonhap", "irna", "tca", "novosti", "тасс",
    "риа", "интерфакс", "спутник", "синьхуа", "казинформ", "акипресс", "кабар", "ховар", "уза",
    "новости",
})
# Abbreviations, matched as written (capitals), so "Un" in "Kim Jong Un" is not the UN.
_AGENCY_ABBREVIATIONS = frozenset({"ИА", "МИА", "ИАА"})
_ORGANISATION_ABBREVIATIONS = frozenset({
    "UN", "EU", "IMF", "EBRD", "ADB", "AIIB", "OSCE", "CSTO", "EAEU", "SCO", "CIS", "WHO",
    "UNICEF", "UNDP", "UNHCR", "NATO", "OPEC", "WTO", "WB", "USAID", "CAREC", "ICRC",
    "ООН", "МВФ", "ЕБРР", "АБР", "ОБСЕ", "ОДКБ", "ЕАЭС", "ШОС", "СНГ", "ВОЗ", "ВТО", "ЕАБР",
    "МИД", "МВД", "МЧС", "ГКНБ", "КНБ", "СНБ", "ГНС", "КГД", "АО", "ТОО", "ООО", "ОАО", "ПАО",
    "JSC", "LLC", "LLP", "PLC",
})
# English words match whole; Russian (and Kazakh, Uzbek) stems match the start of a word with
# at most a short inflection after it ("министерства", "прокуратуры").
_AGENCY_EN = frozenset({"agency", "news", "newswire"})
_AGENCY_RU = ("агентств", "информбюро")
_DOCUMENT_EN = frozenset({"report", "decree", "law", "protocol", "resolution", "statement",
                          "memorandum", "agreement", "treaty", "communique", "communiqué"})
_DOCUMENT_RU = ("указ", "закон", "постановлени", "протокол", "доклад", "отчет", "соглашени",
                "меморандум", "заявлени", "распоряжени", "приказ", "коммюнике")
_ORGANISATION_EN = frozenset({
    "ministry", "committee", "council", "bank", "company", "corporation", "government",
    "office", "fund", "union", "association", "parliament", "court", "university", "institute",
    "administration", "authority", "service", "department", "embassy", "commission", "senate",
    "cabinet", "prosecutor's", "prosecutor", "akimat", "hokimiyat", "akorda", "mazhilis",
    "majilis", "jogorku", "kenesh", "oliy", "majlis", "vazirligi", "vazirlar", "mahkamasi",
    "qo'mitasi", "komiteti", "kazmunaygas", "samruk-kazyna",
})
_ORGANISATION_RU = (
    "министерств", "министрлiгi", "министрлігі", "комитет", "совет", "банк", "нацбанк",
    "компани", "корпораци", "правительств", "фонд", "союз", "ассоциаци", "парламент", "мажилис",
    "сенат", "жогорку", "олий", "суд", "университет", "институт", "администраци", "акимат",
    "хокимият", "мэри", "посольств", "комисси", "служб", "пресс-служб", "департамент",
    "управлени", "прокуратур", "генпрокуратур", "кабмин", "акорда", "минюст", "минсельхоз",
    "минтруд", "минфин", "минздрав", "минэнерго", "минобр", "минтранс", "минкульт", "минцифр",
    "минэконом", "миннацэконом", "минпром", "минводхоз",
)
_INFLECTION = re.compile(
    r"(?:|а|я|у|ю|е|ы|и|о|ом|ем|ой|ей|ам|ям|ами|ями|ах|ях|ия|ии|ию|ией|ого|ому|ым|ых)")
# Stems that are institutions whatever their ending; other words ending like a surname
# ("Законов", "Банков", "Судов") are people.
_SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ова", "ева", "ёва", "ина", "ский", "ская", "ко")
_WORD = re.compile(r"[\w'’.-]+")
_WEBSITE = re.compile(
    r"^(https?://|www\.)|(^|\s)t\.me/|\.(com|org|net|kz|kg|uz|tj|tm|ru|cn|info|me|media|io|"
    r"news|asia|tv|online|site|press)(/|$)", re.IGNORECASE)


def guess_source_kind(name: str) -> SourceKind:
    """The likeliest kind for a source called ``name``; a person when nothing says otherwise."""
    text = " ".join(name.split())
    if not text:
        return SourceKind.PERSON
    if _WEBSITE.search(text):
        return SourceKind.WEBSITE
    written = _WORD.findall(text)
    words = [word.casefold().strip(".'’") for word in written]
    parts = [part for word in words for part in word.split("-") if part]
    if (text.casefold() in _AGENCY_NAMES or any(word in _AGENCY_NAMES for word in words + parts)
            or any(word in _AGENCY_ABBREVIATIONS for word in written)
            or any(_is(word, _AGENCY_EN, _AGENCY_RU) for word in words)):
        return SourceKind.NEWS_AGENCY
    # A document names itself first ("Decree No. 45", "Указ Президента"); a person whose
    # surname is such a word ("Jude Law") does not.
    if words and _is(words[0], _DOCUMENT_EN, _DOCUMENT_RU):
        return SourceKind.DOCUMENT
    if (any(word.strip(".,«»\"") in _ORGANISATION_ABBREVIATIONS for word in written)
            or any(_is(word, _ORGANISATION_EN, _ORGANISATION_RU) for word in words)):
        return SourceKind.ORGANISATION
    return SourceKind.PERSON


def _is(word: str, english: frozenset[str], stems: tuple[str, ...]) -> bool:
    if word in english:
        return True
    for stem in stems:
        if word.startswith(stem) and _INFLECTION.fullmatch(word[len(stem):]):
            return not (word.endswith(_SURNAME_ENDINGS) and word != stem)
    return False
