"""The demo newsroom on a real database: what a new user sees the first time the app opens."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsdesk.db.engine import make_engine
from newsdesk.db.uow import UnitOfWorkFactory, unit_of_work_factory
from newsdesk.domain.article import Role, Status
from newsdesk.domain.attribution import Severity, check_attribution
from newsdesk.domain.bundle import StoryBundle
from newsdesk.domain.citations import citation_counts, find_citations
from newsdesk.domain.query import ArticleQuery
from newsdesk.services.articles import ArticleService
from newsdesk.services.authors import AuthorService
from newsdesk.services.demo import NewsroomNotEmptyError, fill_demo_newsroom, is_empty
from newsdesk.services.demo_generator import StaffMember, generate_stories
from newsdesk.services.export.html import render_article_page
from newsdesk.services.house import HouseService
from newsdesk.services.sources import SourceService

NOW = datetime(2025, 10, 1, tzinfo=UTC)


@pytest.fixture
def uow(database_url: str) -> Iterator[UnitOfWorkFactory]:
    engine = make_engine(database_url)
    yield unit_of_work_factory(engine)
    engine.dispose()


@pytest.fixture
def filled(uow: UnitOfWorkFactory) -> UnitOfWorkFactory:
    fill_demo_newsroom(uow, articles=30, seed=7, now=NOW)
    return uow


GENERATED_SUFFIXES = tuple(f"-7-{n}" for n in range(1, 31))  # seed 7, stories 1..30


def _all_bundles(uow: UnitOfWorkFactory) -> list[StoryBundle]:
    return list(ArticleService(uow).iter_bundles(ArticleQuery()))


def test_demo_staff_has_reporter_editor_and_translator_with_bios_and_photos(
    filled: UnitOfWorkFactory,
) -> None:
    authors = AuthorService(filled).all()
    assert len(authors) >= 3
    roles = {role for author in authors for role in author.roles}
    assert {Role.REPORTER, Role.EDITOR, Role.TRANSLATOR} <= roles
    for author in authors:
        sentences = len(re.findall(r"[.!?](?=\s|$)", author.bio.strip()))
        assert 2 <= sentences <= 4, author.name
        assert author.photo is not None and author.photo.startswith(b"\x89PNG")
        assert "@" in author.email


def test_demo_stories_cover_languages_statuses_and_house_settings(
    filled: UnitOfWorkFactory,
) -> None:
    articles = ArticleService(filled)
    bundles = _all_bundles(filled)
    demo = [b.article for b in bundles if not b.article.slug.endswith(GENERATED_SUFFIXES)]
    assert len(demo) >= 12
    assert {a.language.split("-")[0] for a in demo} == {"en", "ru"}
    assert "en-GB" in {a.language for a in demo}  # British-spelled copy is checked as en-GB
    assert {a.status for a in demo} == set(Status)
    assert articles.status_counts()[Status.PUBLISHED] >= 3
    for article in demo:
        assert article.dateline.city and article.dateline.agency, article.slug
        assert 250 <= len(article.body.split()) <= 700, article.slug
        assert article.tags, article.slug
    settings = HouseService(filled).settings()
    assert (settings.outlet_name, settings.agency_credit) == ("The Times of Central Asia", "TCA")


def test_the_translation_is_linked_to_its_original(filled: UnitOfWorkFactory) -> None:
    articles = ArticleService(filled)
    translations = [b for b in _all_bundles(filled) if b.article.translation_of]
    assert len(translations) == 1
    translation = translations[0]
    original = articles.bundle_by_slug(translation.article.translation_of or "")
    assert translation.article.language == "ru" and original.article.language == "en"
    assert translation.article.slug in original.article.translations
    assert Role.TRANSLATOR in {entry.role for entry in translation.article.byline}
    # Left up to date by its translator: the desk flags the original's next change at once.
    assert translation.article.translation_of_revision == 1
    assert articles.latest_revision_number(original.article.id or 0) == 1


def test_every_citation_resolves_and_ready_stories_pass_the_attribution_check(
    filled: UnitOfWorkFactory,
) -> None:
    registry = {source.key: source for source in SourceService(filled).all()}
    assert any(not s.on_record and s.anonymity_reason for s in registry.values())
    unattributed_drafts = 0
    for bundle in _all_bundles(filled):
        article = bundle.article
        cited = {ref.key for ref in find_citations(article.body)}
        assert cited, article.slug
        assert cited <= set(registry), (article.slug, cited - set(registry))
        assert cited <= {source.key for source in bundle.sources}
        errors = [
            f for f in check_attribution(article.body, registry, language=article.language)
            if f.severity is Severity.ERROR
        ]
        if article.status in (Status.READY, Status.PUBLISHED):
            assert not errors, (article.slug, errors)
            assert article.byline and article.dateline.city
        elif errors and article.status is Status.DRAFT:
            unattributed_drafts += 1
    assert unattributed_drafts >= 1  # the desk has something to catch


def test_generated_stories_are_wire_length_and_mixed(filled: UnitOfWorkFactory) -> None:
    bundles = _all_bundles(filled)
    generated = [b.article for b in bundles if b.article.slug.endswith(GENERATED_SUFFIXES)]
    assert len(generated) == 30
    assert all(600 <= len(a.body.split()) <= 1200 for a in generated)
    assert {a.language for a in generated} == {"en-GB", "ru"}
    assert all(a.byline and a.tags and a.dateline.city for a in generated)
    assert all(a.created_at and (NOW - a.created_at).days <= 731 for a in generated)
    found = ArticleService(filled).count(ArticleQuery(text=generated[0].byline[0].name))
    assert found >= 1  # generated stories are in the search index


def test_the_russian_demo_stories_name_staff_and_sources_in_russian(
    uow: UnitOfWorkFactory,
) -> None:
    """A Russian story's byline, author box and sources list are Cyrillic (issue 14), from the
    Russian names the demo's profiles and registry carry; its English original keeps theirs."""
    fill_demo_newsroom(uow)
    house = HouseService(uow).settings()
    bundles = {bundle.article.slug: bundle for bundle in _all_bundles(uow)}
    pages = {slug: render_article_page(bundle, house) for slug, bundle in bundles.items()
             if bundle.article.language == "ru"}
    assert len(pages) == 4
    water = pages["water-schedule-tashkent-ru"]
    assert '<p class="byline">Текст: Айгерим Сарсенбаева, перевод: Нилуфар Рахимова</p>' in water
    assert '<p class="author-name">Айгерим Сарсенбаева</p>' in water
    assert "пишет об экономике и энергетике Казахстана" in water  # her Russian bio
    assert ("<li>Дильшод Юсупов, гидролог, Центральноазиатский центр водных исследований, "
            "Ташкент</li>") in water
    assert "Казинформ, национальное информационное агентство Казахстана</a></li>" in water
    winter = pages["kyrgyzstan-winter-electricity-ru"]
    assert '<p class="byline">Текст: Бакыт Осмоналиев, редактор: Данияр Тохтаров</p>' in winter
    assert "AKIpress, кыргызское информационное агентство</a></li>" in winter  # brand kept
    staff = {author.name for author in AuthorService(uow).all()}
    for slug, page in pages.items():
        assert [name for name in staff if name in page] == [], slug
        byline = re.search(r'<p class="byline">(.*?)</p>', page)
        assert byline is not None and not re.search("[A-Za-z]", byline.group(1)), slug
        boxes = re.findall(r'<p class="author-name">(.*?)</p>', page)
        assert boxes and all(re.fullmatch("[А-Яа-яЁё ]+", name) for name in boxes), slug
    original = render_article_page(bundles["water-schedule-tashkent"], house)
    assert '<p class="author-name">Aigerim Sarsenbayeva</p>' in original
    assert "Сарсенбаева" not in original and "Дильшод" not in original


def test_filling_twice_is_refused_and_writes_nothing(filled: UnitOfWorkFactory) -> None:
    articles = ArticleService(filled)
    before = articles.count(ArticleQuery())
    assert not is_empty(filled)
    with pytest.raises(NewsroomNotEmptyError, match="already has stories"):
        fill_demo_newsroom(filled, articles=5)
    assert articles.count(ArticleQuery()) == before
    assert len(AuthorService(filled).all()) == 6


def test_an_empty_database_is_empty_until_filled(uow: UnitOfWorkFactory) -> None:
    assert is_empty(uow)
    calls: list[tuple[int, int]] = []
    report = fill_demo_newsroom(uow, progress=lambda done, total: calls.append((done, total)))
    assert not is_empty(uow)
    assert report.generated == 0
    assert calls[-1] == (report.stories, report.stories)
    assert ArticleService(uow).count(ArticleQuery()) == report.stories


def test_the_same_seed_gives_the_same_stories() -> None:
    staff = [StaffMember("Aigerim Sarsenbayeva", (Role.REPORTER,)),
             StaffMember("Daniyar Tokhtarov", (Role.EDITOR, Role.REPORTER))]  # fmt: skip
    first = list(generate_stories(40, seed=11, now=NOW, staff=staff))
    again = list(generate_stories(40, seed=11, now=NOW, staff=staff))
    other = list(generate_stories(40, seed=12, now=NOW, staff=staff))
    assert first == again
    assert [s.article.body for s in first] != [s.article.body for s in other]
    assert len({s.article.slug for s in first}) == 40
    # The generator's own citation counts are what the Markdown parser finds.
    assert all(s.citations == citation_counts(s.article.body) for s in first)


def test_demo_house_dictionary_knows_the_demo_names(database_url: str) -> None:
    """The demo stories open without red underlines under the names a newsroom would know."""
    from newsdesk.services.newsroom import open_newsroom

    newsroom = open_newsroom(database_url)
    try:
        fill_demo_newsroom(newsroom.uow)
        assert {"Toktogulov", "Kara-Suu", "Mirziyoyev"} <= newsroom.house.words("en")
        assert {"Токаев", "Алматы"} <= newsroom.house.words("ru")
    finally:
        newsroom.close()


@pytest.mark.spelling
def test_a_newcomers_first_window_opens_an_english_story_at_its_target_with_nothing_flagged(
    tmp_path: Path,
) -> None:
    """The newest story on the desk (what a first window opens) shows the desk at its best."""
    from newsdesk.domain.query import DESK_QUERY
    from newsdesk.services.newsroom import open_newsroom
    from newsdesk.services.spelling.checker import SpellChecker
    from newsdesk.services.spelling.tokens import iter_words
    from tests.helpers.spelling import require_spelling

    require_spelling("en")

    room = open_newsroom(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    try:
        fill_demo_newsroom(room.uow)
        first = room.articles.page(DESK_QUERY, 0, 1)[0]
        story = room.articles.get(first.id)
        assert story.language.startswith("en")
        assert len(story.body.split()) >= room.house.settings().word_target
        assert room.articles.check_ready(story) == []
        checker = SpellChecker(story.language, room.house)
        words = [span.word for text in (story.headline, story.deck, story.body)
                 for span in iter_words(text)]
        assert [word for word in words if not checker.check(word)] == []
    finally:
        room.close()
