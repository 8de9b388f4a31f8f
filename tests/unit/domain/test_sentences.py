"""The sentence splitter on English and Russian news copy: abbreviations, numbers, quotes."""

from __future__ import annotations

import pytest

from newsdesk.domain.sentences import split_sentences


@pytest.mark.parametrize(("text", "expected"), [
    ("Mr. Smith arrived in the U.S. capital on Monday. He left on Tuesday.",
     ["Mr. Smith arrived in the U.S. capital on Monday.", "He left on Tuesday."]),
    ("GDP grew 5.3 percent. Inflation slowed to 8.1 percent.",
     ["GDP grew 5.3 percent.", "Inflation slowed to 8.1 percent."]),
    ("“We are ready,” he said. “Are you?” she asked. Nobody answered!",
     ["“We are ready,” he said.", "“Are you?” she asked.", "Nobody answered!"]),
    ("Dr. J. Smith of Acme Inc. spoke. Then Gen. Brown did.",
     ["Dr. J. Smith of Acme Inc. spoke.", "Then Gen. Brown did."]),
    ("Exports reached $1.3 billion in 2018. In 2019 they fell.",
     ["Exports reached $1.3 billion in 2018.", "In 2019 they fell."]),
])
def test_english(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Рост составил 5,3%. Инфляция замедлилась до 8,1%.",
     ["Рост составил 5,3%.", "Инфляция замедлилась до 8,1%."]),
    ("Об этом сообщил глава ведомства, т.е. министр. Он выступил 24 апреля.",
     ["Об этом сообщил глава ведомства, т.е. министр.", "Он выступил 24 апреля."]),
    ("В 2018 г. экспорт вырос на 1,3 млрд долларов. Это рекорд.",
     ["В 2018 г. экспорт вырос на 1,3 млрд долларов.", "Это рекорд."]),
    ("«Мы готовы», — сказал А. Петров. «Это успех!» — заявил министр. Зал молчал.",
     ["«Мы готовы», — сказал А. Петров.", "«Это успех!» — заявил министр.", "Зал молчал."]),
    ("Цена — 120 тыс. руб. за тонну. — Дорого, — признал он.",
     ["Цена — 120 тыс. руб. за тонну.", "— Дорого, — признал он."]),
    ("Москва, ул. Тверская, д. 7. Вход свободный.",
     ["Москва, ул. Тверская, д. 7.", "Вход свободный."]),
])
def test_russian(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_one_sentence_and_blank() -> None:
    assert split_sentences("  Just one sentence without an end  ") == [
        "Just one sentence without an end"]
    assert split_sentences("   ") == []
