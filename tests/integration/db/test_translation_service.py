"""The translators' desk service on real SQLite and PostgreSQL, over the demo newsroom."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from newsdesk.domain.article import Role, Status
from newsdesk.domain.errors import ConflictError, InvalidInputError
from newsdesk.domain.translation_changes import ChangeKind
from newsdesk.services.demo import fill_demo_newsroom
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.translation import TranslationService
from tests.helpers.newsroom import opened


@pytest.fixture
def newsroom(database_url: str) -> Iterator[Newsroom]:
    with opened(database_url) as room:
        fill_demo_newsroom(room.uow)
        yield room


@pytest.fixture
def service(newsroom: Newsroom) -> TranslationService:
    return TranslationService(newsroom.uow)


def _edit_original(newsroom: Newsroom, old: str, new: str) -> None:
    original = newsroom.articles.get_by_slug("water-schedule-tashkent")
    assert old in original.body
    newsroom.articles.save(replace(original, body=original.body.replace(old, new)))


def test_imported_pair_is_untracked_until_marked_synced(
    newsroom: Newsroom, service: TranslationService
) -> None:
    # As an import leaves a pair (the demo marks its own pair up to date afterwards).
    demo = newsroom.articles.get_by_slug("water-schedule-tashkent-ru")
    ru = newsroom.articles.save(replace(demo, translation_of_revision=None))
    assert ru.id is not None
    desk = service.desk(ru.id)
    assert desk.original.slug == "water-schedule-tashkent"
    assert not desk.tracked and desk.flags == ()
    assert len(desk.rows) == 10 and all(r.original and r.translation for r in desk.rows)

    synced = service.mark_synced(ru.id, version=ru.version, who="Nilufar Rakhimova")
    assert synced.translation_of_revision == newsroom.articles.latest_revision_number(
        desk.original.id or 0) == 1
    assert synced.version == ru.version + 1
    assert service.desk(ru.id).up_to_date


def test_edit_of_the_original_is_flagged_on_the_translation_then_cleared(
    newsroom: Newsroom, service: TranslationService
) -> None:
    ru = newsroom.articles.get_by_slug("water-schedule-tashkent-ru")
    assert ru.id is not None
    service.mark_synced(ru.id)
    _edit_original(newsroom, "at least 1.1 billion", "at least 1.3 billion")

    desk = service.desk(ru.id)
    (flag,) = desk.flags
    assert flag.kind is ChangeKind.CHANGED
    assert flag.translation_paragraph is not None
    assert "1,1 млрд" in flag.translation_paragraph.text
    then = desk.original_then
    assert then is not None and "1.1 billion" in then.body
    # The revision reads back as the whole story, not just its body.
    assert (then.headline, then.dateline, then.byline, then.tags, then.status) == (
        desk.original.headline, desk.original.dateline,
        tuple(replace(e, author_slug="") for e in desk.original.byline),
        desk.original.tags, desk.original.status)
    assert desk.base_revision == 1 and desk.latest_revision == 1  # the edit is not recorded yet

    # Syncing records the edited text as revision 2 and clears the flag.
    synced = service.mark_synced(ru.id, who="Nilufar Rakhimova")
    assert synced.translation_of_revision == 2
    assert service.desk(ru.id).up_to_date
    # Syncing again without a change records nothing new.
    assert service.mark_synced(ru.id).translation_of_revision == 2
    assert newsroom.articles.latest_revision_number(desk.original.id or 0) == 2


def test_mark_synced_refuses_a_stale_version_and_a_non_translation(
    newsroom: Newsroom, service: TranslationService
) -> None:
    ru = newsroom.articles.get_by_slug("water-schedule-tashkent-ru")
    en = newsroom.articles.get_by_slug("water-schedule-tashkent")
    assert ru.id is not None and en.id is not None
    revisions = newsroom.articles.latest_revision_number(en.id)
    newsroom.articles.save(replace(ru, deck=ru.deck + " Обновлено."))
    with pytest.raises(ConflictError):
        service.mark_synced(ru.id, version=ru.version)
    with pytest.raises(InvalidInputError) as error:
        service.desk(en.id)
    assert error.value.field == "translation_of"
    assert newsroom.articles.latest_revision_number(en.id) == revisions  # nothing half-written


def test_start_translation_scaffolds_a_tracked_draft(
    newsroom: Newsroom, service: TranslationService
) -> None:
    original = newsroom.articles.get_by_slug("osh-border-market")
    assert original.id is not None
    translator = next(a for a in newsroom.authors.all() if Role.TRANSLATOR in a.roles)
    draft = service.start_translation(original.id, "ru", "Nilufar Rakhimova",
                                      translator_id=translator.id)
    assert draft.slug == "osh-border-market-ru"
    assert draft.status is Status.DRAFT and draft.language == "ru"
    assert draft.translation_of == original.slug
    assert draft.translation_of_revision == newsroom.articles.latest_revision_number(original.id)
    assert draft.body == original.body and draft.tags == original.tags
    assert draft.dateline == original.dateline
    assert draft.source_keys == original.source_keys
    assert draft.byline[-1].author_id == translator.id
    assert draft.byline[-1].role is Role.TRANSLATOR
    assert all(e.role is not Role.EDITOR for e in draft.byline)
    assert [e.note for e in newsroom.articles.revisions(original.id)] == [
        "Translation into ru started"]
    assert newsroom.articles.bundle(original.id).article.translations == (draft.slug,)
    assert draft.id is not None and service.desk(draft.id).up_to_date


def test_start_translation_refuses_same_language_and_a_second_one(
    newsroom: Newsroom, service: TranslationService
) -> None:
    en = newsroom.articles.get_by_slug("water-schedule-tashkent")
    assert en.id is not None
    revisions = newsroom.articles.latest_revision_number(en.id)
    for language, words in (("en", "already in 'en'"), ("ru", "water-schedule-tashkent-ru"),
                            ("Russian", "not a language tag")):
        with pytest.raises(InvalidInputError) as error:
            service.start_translation(en.id, language)
        assert error.value.field == "language" and words in str(error.value)
    assert newsroom.articles.latest_revision_number(en.id) == revisions  # none recorded


def test_second_start_reuses_the_revision_that_holds_the_text(
    newsroom: Newsroom, service: TranslationService
) -> None:
    original = newsroom.articles.get_by_slug("anzob-tunnel-repairs")
    assert original.id is not None
    first = service.start_translation(original.id, "ru")
    second = service.start_translation(original.id, "kk")
    assert first.translation_of_revision == second.translation_of_revision == 1
    assert {t.slug for t in service.translations(original.id)} == {first.slug, second.slug}
    assert first.id is not None and service.original_id(first.id) == original.id
