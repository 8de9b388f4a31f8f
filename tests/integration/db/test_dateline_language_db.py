"""A saved story's dateline in its language, on SQLite and PostgreSQL: one place, two names."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from newsdesk.domain.article import Article
from newsdesk.domain.gazetteer import dateline_from_place, default_gazetteer
from newsdesk.domain.house import HouseSettings
from newsdesk.services.export.html import render_article_page
from newsdesk.services.export.markdown import to_clean_markdown
from newsdesk.services.export.ninjs import to_ninjs
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.translation import TranslationService

BISHKEK = 1528675
HOUSE = HouseSettings(outlet_name="The Times of Central Asia", agency_credit="TCA")


def _bishkek_story(newsroom: Newsroom, language: str) -> Article:
    place = default_gazetteer().get(BISHKEK)
    assert place is not None
    dateline = dateline_from_place(place, agency="TCA", date=date(2025, 3, 1))
    return newsroom.articles.create(Article(
        headline="Parliament passes the water law", slug=f"water-law-{language}",
        body="The parliament passed the law on Tuesday.", language=language,
        dateline=dateline))


def _exports(newsroom: Newsroom, article_id: int) -> str:
    bundle = newsroom.articles.bundle(article_id)
    ninjs = to_ninjs(bundle, HOUSE)
    return "\n".join([render_article_page(bundle, HOUSE), to_clean_markdown(bundle, HOUSE),
                      str(ninjs["located"]), str(ninjs["bodies"])])


def test_a_russian_translation_names_the_original_s_place_in_russian(
    newsroom: Newsroom,
) -> None:
    original = _bishkek_story(newsroom, "en")
    assert original.id is not None
    translation = TranslationService(newsroom.uow).start_translation(original.id, "ru")
    stored = newsroom.articles.get(translation.id or 0).dateline
    assert (stored.city, stored.country, stored.gazetteer_id, stored.timezone) == (
        "Бишкек", "Кыргызстан", BISHKEK, "Asia/Bishkek")
    exported = _exports(newsroom, translation.id or 0)
    assert "БИШКЕК, Кыргызстан (TCA) —" in exported
    assert "Бишкек, Кыргызстан" in exported  # ninjs' located
    assert "BISHKEK" not in exported and "Kyrgyzstan" not in exported
    assert "BISHKEK, Kyrgyzstan (TCA) —" in _exports(newsroom, original.id)


def test_a_story_whose_language_changes_keeps_its_place_in_the_new_language(
    newsroom: Newsroom,
) -> None:
    story = _bishkek_story(newsroom, "en")
    # Stored with the English names, then switched to Russian (the CLI, an import, a script):
    russian = newsroom.articles.save(replace(story, language="ru"))
    assert russian.dateline.gazetteer_id == BISHKEK
    exported = _exports(newsroom, russian.id or 0)
    assert "БИШКЕК, Кыргызстан (TCA) —" in exported
    assert "BISHKEK" not in exported
    back = newsroom.articles.save(replace(russian, language="en-GB"))
    assert "BISHKEK, Kyrgyzstan (TCA) —" in _exports(newsroom, back.id or 0)
