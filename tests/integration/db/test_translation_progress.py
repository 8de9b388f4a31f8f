"""The translations' progress line for the story list and details (SQLite and PostgreSQL):
counted as the desk counts it, for a page of stories in one read, an original getting one line
per translation and a translation its own."""

from __future__ import annotations

from dataclasses import replace

from newsdesk.domain.article import Article, BylineEntry, Dateline, Role
from newsdesk.domain.errors import NotFoundError
from newsdesk.domain.people import Author
from newsdesk.domain.segments import HEADLINE_KEY, Progress, SegmentChange, SegmentState
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.translation import TranslationService
from newsdesk.services.translation_progress import TranslationProgressService

EN_BODY = ("The increase affects 250,000 households, the council said.\n\n"
           "Tariffs were last raised in 2019.\n\n"
           "The council meets again in May.")


def _original(newsroom: Newsroom, headline: str = "Water tariffs rise") -> Article:
    try:
        reporter = newsroom.authors.find("Aida Bekova")
    except NotFoundError:
        reporter = newsroom.authors.create(Author(name="Aida Bekova", roles=(Role.REPORTER,)))
    return newsroom.articles.create(Article(
        headline=headline, body=EN_BODY, language="en",
        dateline=Dateline(city="Bishkek", country="Kyrgyzstan"),
        byline=(BylineEntry(reporter.name, Role.REPORTER, reporter.id),)))


def _line(service: TranslationProgressService, story_id: int) -> list[tuple[int, Progress]]:
    return [(entry.translation_id, entry.progress) for entry in service.of_story(story_id)]


def test_progress_follows_the_translators_rows_and_the_originals_changes(
    newsroom: Newsroom,
) -> None:
    original = _original(newsroom)
    oid = original.id or 0
    service = TranslationProgressService(newsroom.uow)
    assert service.of_story(oid) == ()  # no translation yet: no line

    draft = TranslationService(newsroom.uow).start_translation(oid, "ru")
    tid = draft.id or 0
    # A fresh draft is the original's text: every row untranslated but the headline it kept.
    assert _line(service, tid) == [(tid, Progress("ru", 0, 4, 0))]
    saved = newsroom.articles.save(replace(
        draft, headline="Тарифы на воду растут",
        body=EN_BODY.replace("The increase affects 250,000 households, the council said.",
                             "Повышение затронет 250 000 домохозяйств, сообщил кенеш.")))
    newsroom.segments.set_states(tid, [
        SegmentChange(HEADLINE_KEY, SegmentState.REVIEWED, 0)], translation_version=saved.version)
    ru = (tid, Progress("ru", 1, 4, 0))
    assert _line(service, tid) == [ru]
    assert _line(service, oid) == [ru]  # the original shows its translation's line

    # The original changes a number (must review) and loses a comma (minor): two flags.
    newsroom.articles.save(replace(
        newsroom.articles.get(oid),
        body=EN_BODY.replace("250,000", "260,000").replace("again in May", "again, in May")))
    assert _line(service, oid) == [(tid, Progress("ru", 1, 4, 2))]
    assert service.of_stories([oid])[oid][0].progress.text() == "RU: 1/4 translated, 2 flagged"


def test_a_page_gets_every_line_in_one_call(newsroom: Newsroom) -> None:
    first, second = _original(newsroom), _original(newsroom, "Bread prices fall")
    lonely = _original(newsroom, "Nobody translates this")
    translations = TranslationService(newsroom.uow)
    ru = translations.start_translation(first.id or 0, "ru")
    ky = translations.start_translation(first.id or 0, "ky")
    other = translations.start_translation(second.id or 0, "ru")
    page = [first.id or 0, lonely.id or 0, other.id or 0]

    found = TranslationProgressService(newsroom.uow).of_stories(page)

    assert set(found) == {first.id, other.id}  # the lonely original has no line
    assert [(e.translation_id, e.progress.language) for e in found[first.id or 0]] == [
        (ru.id, "ru"), (ky.id, "ky")]
    assert [(e.translation_id, e.original_id) for e in found[other.id or 0]] == [
        (other.id, second.id)]
    assert found[other.id or 0][0].progress == Progress("ru", 0, 4, 0)
