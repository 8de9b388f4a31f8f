"""The registry's first guess at a new source's kind: agencies, bodies, documents, sites, people."""

from __future__ import annotations

import pytest

from newsdesk.domain.people import SourceKind
from newsdesk.domain.source_kinds import guess_source_kind

CASES = [
    ("Kazinform", SourceKind.NEWS_AGENCY),
    ("AKIpress news agency", SourceKind.NEWS_AGENCY),
    ("Информационное агентство Казинформ", SourceKind.NEWS_AGENCY),
    ("РИА Новости", SourceKind.NEWS_AGENCY),
    ("Ministry of Energy of Kazakhstan", SourceKind.ORGANISATION),
    ("Министерство энергетики РК", SourceKind.ORGANISATION),
    ("National Bank of Kazakhstan", SourceKind.ORGANISATION),
    ("Верховный суд", SourceKind.ORGANISATION),
    ("ТОО Самрук", SourceKind.ORGANISATION),
    ("Пресс-служба акимата Алматы", SourceKind.ORGANISATION),
    ("Decree No. 45", SourceKind.DOCUMENT),
    ("Указ Президента", SourceKind.DOCUMENT),
    ("Протокол о воде", SourceKind.DOCUMENT),
    ("kapital.kz", SourceKind.WEBSITE),
    ("https://gov.kz/memleket", SourceKind.WEBSITE),
    ("Bakhyt Ospanov", SourceKind.PERSON),
    ("Айсулу Нурлановна", SourceKind.PERSON),
    # People whose names are also words that name institutions or documents.
    ("Jude Law", SourceKind.PERSON),
    ("Tom Banks", SourceKind.PERSON),
    ("Иван Законов", SourceKind.PERSON),
    ("Павел Банков", SourceKind.PERSON),
    ("Сергей Судов", SourceKind.PERSON),
    ("", SourceKind.PERSON),
    # What a Central Asian desk cites every day (QA): short forms, acronyms, local languages.
    ("МИД Казахстана", SourceKind.ORGANISATION),
    ("Минсельхоз", SourceKind.ORGANISATION),
    ("Генпрокуратура", SourceKind.ORGANISATION),
    ("Jogorku Kenesh", SourceKind.ORGANISATION),
    ("Oliy Majlis", SourceKind.ORGANISATION),
    ("Akorda", SourceKind.ORGANISATION),
    ("EBRD", SourceKind.ORGANISATION),
    ("ЕАЭС", SourceKind.ORGANISATION),
    ("Энергетика министрлігі", SourceKind.ORGANISATION),
    ("Vazirlar Mahkamasi", SourceKind.ORGANISATION),
    ("ИА «Кабар»", SourceKind.NEWS_AGENCY),
    ("Sputnik Kazakhstan", SourceKind.NEWS_AGENCY),
    ("Interfax-Kazakhstan", SourceKind.NEWS_AGENCY),
    ("t.me/qalampir", SourceKind.WEBSITE),
    ("Kursiv.media", SourceKind.WEBSITE),
    ("Постановление правительства", SourceKind.DOCUMENT),
    ("Bill Gates", SourceKind.PERSON),
    ("Советбек Исаков", SourceKind.PERSON),
    ("Kim Jong Un", SourceKind.PERSON),
]


@pytest.mark.parametrize(("name", "kind"), CASES)
def test_a_new_source_gets_the_kind_its_name_says(name: str, kind: SourceKind) -> None:
    assert guess_source_kind(name) is kind
