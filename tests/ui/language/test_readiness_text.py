"""Readiness problems reach a Russian desk in Russian: the domain's sentences, matched and translated."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from newsdesk.domain.article import Article, Dateline
from newsdesk.domain.workflow import readiness_problems
from newsdesk.ui.readiness_text import TEMPLATES, translate_message
from newsdesk.ui.translator import install_ui_language


@pytest.fixture
def russian(qtbot: QtBot, russian_catalogue: Path) -> None:
    del qtbot
    assert install_ui_language("ru", russian_catalogue) == "ru"


def test_english_stays_word_for_word(qtbot: QtBot) -> None:
    del qtbot
    for template in TEMPLATES:
        assert translate_message(template) == template
    assert translate_message("Something nobody listed.") == "Something nobody listed."


def test_the_story_checks_read_in_russian(russian: None) -> None:
    del russian
    story = Article(headline="", body="«Это лучший парк в регионе», — пишут.\n\nЕщё абзац.",
                    dateline=Dateline(city=""), language="ru")
    texts = [translate_message(p.message) for p in readiness_problems(story, {})]
    assert "Заголовок пуст." in texts
    assert "В дейтлайне не указан город." in texts
    assert "В подписи нет автора." in texts


def test_sentences_with_fields_keep_the_users_words(russian: None) -> None:
    del russian
    assert translate_message("Paragraph 3: The number “5,2” is not in the translation.") == (
        "Абзац 3: Числа «5,2» нет в переводе.")
    quote = ("The quote “Paragraph 2 is mine” in paragraphs 2–3 does not say who said it: "
             "add the speaker (“…,” she said) or cite a source.")
    assert translate_message(quote) == (
        "Цитата «Paragraph 2 is mine» (абзацы 2–3) не указывает, кто это сказал: добавьте "
        "автора слов («…», — сказала она) или сошлитесь на источник.")
    assert translate_message("Deck of the original changed since it was translated: review "
                             "the translation.") == (
        "Подзаголовок: оригинал изменился после перевода — проверьте перевод.")
