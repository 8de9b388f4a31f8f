"""Stories in a real database (SQLite and PostgreSQL): save, conflict, search, workflow."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsdesk.domain.article import Article, BylineEntry, Dateline, Role, Status
from newsdesk.domain.errors import ConflictError, InvalidInputError, NotFoundError, NotReadyError
from newsdesk.domain.people import Author, Source, SourceKind
from newsdesk.domain.query import ArticleQuery, SortKey
from newsdesk.services.newsroom import Newsroom

BODY = (
    "Kazakhstan and Uzbekistan agreed on Friday to share the water of the Syr Darya.\n\n"
    "“We will release more water in spring than in any year before,” Deputy Minister "
    "Bakhyt Ospanov [told Kazinform](source:kazinform)."
)


def _reporter(newsroom: Newsroom, name: str = "Aisulu Nurlanovna") -> Author:
    return newsroom.authors.create(Author(name=name, roles=(Role.REPORTER,)))


def _story(newsroom: Newsroom, **changes: object) -> Article:
    author = _reporter(newsroom) if "byline" not in changes else None
    newsroom.sources.create(Source(key="kazinform", name="Kazinform", kind=SourceKind.NEWS_AGENCY))
    article = Article(
        headline="Kazakhstan and Uzbekistan sign water deal",
        body=BODY,
        dateline=Dateline(city="Tashkent", country="Uzbekistan", agency="TCA"),
        byline=(BylineEntry(author.name, author_id=author.id),) if author else (),
        tags=("water", "Central Asia"),
    )
    return newsroom.articles.create(replace(article, **changes))  # type: ignore[arg-type]


def test_create_derives_a_unique_slug_and_reads_back(newsroom: Newsroom) -> None:
    first = _story(newsroom)
    second = newsroom.articles.create(replace(first, id=None, byline=()))
    assert first.slug == "kazakhstan-and-uzbekistan-sign-water-deal"
    assert second.slug == "kazakhstan-and-uzbekistan-sign-water-deal-2"
    again = newsroom.articles.get(first.id or 0)
    assert again.tags == ("water", "Central Asia")
    assert again.byline[0].name == "Aisulu Nurlanovna"
    assert again.source_keys == ("kazinform",)
    assert again.created_at is not None and again.created_at.tzinfo is not None


def test_russian_headline_gets_a_transliterated_slug(newsroom: Newsroom) -> None:
    story = newsroom.articles.create(Article(headline="Казахстан и Узбекистан поделят воду"))
    assert story.slug == "kazakhstan-i-uzbekistan-podeliat-vodu"


def test_a_stale_save_is_refused_and_the_newer_text_survives(newsroom: Newsroom) -> None:
    story = _story(newsroom)
    theirs = newsroom.articles.save(replace(story, body=story.body + "\n\nTheir paragraph."))
    with pytest.raises(ConflictError, match="changed elsewhere"):
        newsroom.articles.save(replace(story, body="My stale text."))
    assert newsroom.articles.get(story.id or 0).body == theirs.body


def test_saving_bumps_the_version(newsroom: Newsroom) -> None:
    story = _story(newsroom)
    saved = newsroom.articles.save(replace(story, deck="A new deck"))
    assert saved.version > story.version
    assert newsroom.articles.save(replace(saved, deck="Again")).deck == "Again"


def test_one_save_is_one_version_whatever_it_touches(newsroom: Newsroom) -> None:
    """Colleagues read versions in "changed elsewhere (version 3, yours 2)": each save is one."""
    original = _story(newsroom)
    editor = newsroom.authors.create(Author(name="Farrukh Nazarov"))
    translation = newsroom.articles.create(Article(
        headline="Перевод", language="ru", body="Текст.", translation_of=original.slug,
        byline=original.byline, tags=("вода",)))
    versions = [translation.version]
    for changes in (
        {"body": "Текст, правка."},
        {"tags": ("вода", "энергия")},
        {"byline": (*original.byline, BylineEntry(editor.name, Role.EDITOR, editor.id))},
        {"headline": "Перевод статьи", "byline": ()},
    ):
        translation = newsroom.articles.save(replace(translation, **changes))  # type: ignore[arg-type]
        versions.append(translation.version)
    assert versions == [1, 2, 3, 4, 5]
    assert newsroom.articles.get(translation.id or 0).byline == ()


@pytest.mark.parametrize(
    ("field", "changes"),
    [
        ("headline", {"headline": "   "}),
        ("headline", {"headline": "x" * 2000}),
        ("body", {"body": "nul \x00 byte"}),
        ("language", {"language": "english please"}),
        ("slug", {"slug": "Not A Slug"}),
    ],
)
def test_bad_fields_are_refused_naming_the_field(
    newsroom: Newsroom, field: str, changes: dict[str, object]
) -> None:
    story = _story(newsroom)
    with pytest.raises(InvalidInputError) as caught:
        newsroom.articles.save(replace(story, **changes))  # type: ignore[arg-type]
    assert caught.value.field == field
    assert newsroom.articles.get(story.id or 0).headline == story.headline


def test_full_text_search_finds_words_prefixes_tags_authors_and_cyrillic(
    newsroom: Newsroom,
) -> None:
    _story(newsroom)
    newsroom.articles.create(
        Article(
            headline="Токаев встретился с Мирзиёевым", body="Стороны обсудили воду.", language="ru"
        )
    )

    def found(text: str) -> list[str]:
        return [row.headline for row in newsroom.articles.page(ArticleQuery(text=text), 0, 10)]

    assert found("syr darya") == ["Kazakhstan and Uzbekistan sign water deal"]
    assert found("Ospan") == ["Kazakhstan and Uzbekistan sign water deal"]  # prefix while typing
    assert found("Central Asia") == ["Kazakhstan and Uzbekistan sign water deal"]  # a tag
    assert found("Nurlanovna") == ["Kazakhstan and Uzbekistan sign water deal"]  # an author
    assert found("токаев") == ["Токаев встретился с Мирзиёевым"]
    assert found("обсудили вод") == ["Токаев встретился с Мирзиёевым"]
    assert found("Мирзиеев") == ["Токаев встретился с Мирзиёевым"]  # е typed for ё
    newsroom.articles.create(Article(headline="Елки в Астане подорожали", body="Цены.",
                                     language="ru"))
    assert found("ёлки") == ["Елки в Астане подорожали"]  # and ё typed for е
    assert found("Beijing") == []
    assert found("\"unbalanced ' quotes AND OR") == []  # never a syntax error


def test_search_syntax_phrases_or_and_exclusions_on_the_real_index(newsroom: Newsroom) -> None:
    """The search box's syntax means the same on SQLite (FTS5) and PostgreSQL (tsquery)."""
    for headline, body in (
        ("Water deal signed in Tashkent", "The deal on water was signed on Friday."),
        ("Deal on water talks stalls in Bishkek", "No water deal yet, officials said."),
        ("Issyk-Kul resorts expect record season", "Hotels in Cholpon-Ata are full."),
        ("Osh market reopens", "Traders returned to the market."),
        ("Ёлки подорожали в Бишкеке", "Цены выросли."),
    ):
        newsroom.articles.create(Article(headline=headline, body=body))

    def found(text: str) -> set[str]:
        return {row.headline.split()[0] for row in
                newsroom.articles.page(ArticleQuery(text=text), 0, 20)}

    assert found("water deal") == {"Water", "Deal"}
    assert found('"water deal"') == {"Water", "Deal"}  # both say "water deal" somewhere
    assert found('"water was signed"') == {"Water"}
    assert found('"signed water"') == set()  # a phrase keeps its order
    assert found("Tashkent OR Bishkek") == {"Water", "Deal"}
    assert found("Tashkent OR Бишкеке") == {"Water", "Ёлки"}
    assert found("Tashkent ИЛИ Osh") == {"Water", "Osh"}
    assert found("water -Bishkek") == {"Water"}
    assert found('water NOT "talks stalls"') == {"Water"}
    assert found("-water") == {"Issyk-Kul", "Osh", "Ёлки"}  # everything but
    assert found("-water -market") == {"Issyk-Kul", "Ёлки"}
    assert found("Issyk-Kul") == {"Issyk-Kul"}
    assert found("Cholpon-At") == {"Issyk-Kul"}  # the last word is still being typed
    assert found("елки OR Osh -market") == {"Ёлки"}
    assert found("record seas") == {"Issyk-Kul"}
    assert found('"record seas"') == set()  # a quoted phrase is complete, never a prefix
    assert found("OR -") == found("")  # nothing asked: the whole desk


def test_search_finds_what_readers_see_not_where_links_point(newsroom: Newsroom) -> None:
    story = _story(newsroom)  # cites [told Kazinform](source:kazinform)

    def found(text: str) -> list[str]:
        return [row.headline for row in newsroom.articles.page(ArticleQuery(text=text), 0, 10)]

    assert found("source") == []  # the citation's target is not the story's text
    assert found("told Kazinform") == [story.headline]
    newsroom.articles.save(replace(newsroom.articles.get(story.id or 0),
                                   body="See [the report](https://kapital.kz/source-page)."))
    assert found("kapital") == [] and found("report") == [story.headline]


def test_filters_forgive_case_in_languages_and_yo_in_author_names(newsroom: Newsroom) -> None:
    semyonov = newsroom.authors.create(Author(name="Пётр Семёнов", roles=(Role.REPORTER,)))
    newsroom.articles.create(Article(
        headline="Цены на хлеб", language="ru",
        byline=(BylineEntry(semyonov.name, Role.REPORTER, semyonov.id),)))
    newsroom.articles.create(Article(headline="Bread prices", language="en-GB"))

    def headlines(query: ArticleQuery) -> list[str]:
        return [row.headline for row in newsroom.articles.page(query, 0, 10)]

    assert headlines(ArticleQuery(language="RU")) == ["Цены на хлеб"]
    assert headlines(ArticleQuery(language="en-gb")) == ["Bread prices"]
    assert headlines(ArticleQuery(language="EN")) == ["Bread prices"]
    assert headlines(ArticleQuery(author_name="Семенов")) == ["Цены на хлеб"]
    assert headlines(ArticleQuery(author_name="семёнов")) == ["Цены на хлеб"]


def test_filters_counts_and_sorting(newsroom: Newsroom) -> None:
    story = _story(newsroom)
    newsroom.articles.create(Article(headline="Almaty air quality worsens", language="en-GB"))
    newsroom.articles.create(
        Article(headline="Бишкек: новые тарифы", language="ru", status=Status.EDITING)
    )
    counts = newsroom.articles.status_counts()
    assert counts[Status.DRAFT] == 2 and counts[Status.EDITING] == 1 and counts[Status.READY] == 0
    assert newsroom.articles.count(ArticleQuery(language="en")) == 2
    assert newsroom.articles.count(ArticleQuery(tag="water")) == 1
    assert newsroom.articles.count(ArticleQuery(author_id=story.byline[0].author_id)) == 1
    assert newsroom.articles.count(ArticleQuery(statuses=(Status.EDITING,))) == 1
    by_headline = newsroom.articles.page(
        ArticleQuery(sort=SortKey.HEADLINE, descending=False), 0, 10
    )
    assert [r.headline[:6] for r in by_headline] == ["Almaty", "Kazakh", "Бишкек"]
    page_two = newsroom.articles.page(ArticleQuery(sort=SortKey.HEADLINE, descending=False), 1, 1)
    assert [r.headline[:6] for r in page_two] == ["Kazakh"]


def test_ready_needs_a_complete_attributed_story(newsroom: Newsroom) -> None:
    author = _reporter(newsroom)
    bare = newsroom.articles.create(
        Article(
            headline="Dushanbe hosts summit",
            body="“This summit will change the region for good,” one delegate whispered.",
        )
    )
    with pytest.raises(NotReadyError) as caught:
        newsroom.articles.set_status(bare.id or 0, Status.READY)
    fields = [problem.field for problem in caught.value.problems]
    assert fields[:2] == ["dateline", "byline"]
    assert "body" in fields  # the unattributed quote
    assert newsroom.articles.get(bare.id or 0).status is Status.DRAFT
    fixed = newsroom.articles.save(
        replace(
            newsroom.articles.get(bare.id or 0),
            dateline=Dateline(city="Dushanbe", country="Tajikistan"),
            byline=(BylineEntry(author.name, author_id=author.id),),
            body="“This summit will change the region for good,” one delegate said.",
        )
    )
    assert newsroom.articles.set_status(fixed.id or 0, Status.READY).status is Status.READY
    published = newsroom.articles.set_status(fixed.id or 0, Status.PUBLISHED)
    assert published.published_at is not None


def test_spike_and_restore(newsroom: Newsroom) -> None:
    story = _story(newsroom, status=Status.EDITING)
    spiked, previous = newsroom.articles.spike(story.id or 0)
    assert spiked.status is Status.ARCHIVED and previous is Status.EDITING
    assert newsroom.articles.restore(story.id or 0, previous).status is Status.EDITING


def test_revisions_snapshot_every_field(newsroom: Newsroom) -> None:
    story = _story(newsroom)
    assert newsroom.articles.record_revision(story.id or 0, note="first take", who="Aisulu") == 1
    newsroom.articles.save(replace(story, headline="Water deal signed"))
    assert newsroom.articles.record_revision(story.id or 0, note="new headline") == 2
    history = newsroom.articles.revisions(story.id or 0)
    assert [(r.number, r.headline, r.note) for r in history] == [
        (2, "Water deal signed", "new headline"),
        (1, "Kazakhstan and Uzbekistan sign water deal", "first take"),
    ]


def test_translation_link_and_bundle(newsroom: Newsroom) -> None:
    original = _story(newsroom)
    translation = newsroom.articles.create(
        Article(
            headline="Казахстан и Узбекистан подписали соглашение о воде",
            language="ru",
            translation_of=original.slug,
            translation_of_revision=1,
        )
    )
    assert translation.translation_of == original.slug
    bundle = newsroom.articles.bundle(original.id or 0)
    assert bundle.article.translations == (translation.slug,)
    assert [s.key for s in bundle.sources] == ["kazinform"]
    assert bundle.authors[0].name == "Aisulu Nurlanovna"
    assert newsroom.articles.bundle(translation.id or 0).original is not None
    with pytest.raises(InvalidInputError, match="no story with slug"):
        newsroom.articles.create(Article(headline="Orphan", translation_of="missing-slug"))


def test_missing_story_is_a_clear_error(newsroom: Newsroom) -> None:
    with pytest.raises(NotFoundError, match="does not exist"):
        newsroom.articles.get(4242)


def test_duplicate_makes_a_draft_copy(newsroom: Newsroom) -> None:
    story = _story(newsroom, status=Status.EDITING)
    copy = newsroom.articles.duplicate(story.id or 0)
    assert copy.id != story.id and copy.status is Status.DRAFT
    assert copy.body == story.body and copy.slug.endswith("-2")


def test_versioned_spike_restore_and_delete_refuse_a_story_changed_since(
    newsroom: Newsroom,
) -> None:
    story = _story(newsroom)
    spiked, previous = newsroom.articles.spike(story.id or 0, version=story.version)
    moved_on = newsroom.articles.save(replace(spiked, status=Status.EDITING))
    with pytest.raises(ConflictError, match="changed since"):
        newsroom.articles.restore(story.id or 0, previous, version=spiked.version)
    with pytest.raises(ConflictError, match="changed since"):
        newsroom.articles.delete(story.id or 0, version=spiked.version)
    assert newsroom.articles.get(story.id or 0).status is Status.EDITING
    newsroom.articles.delete(story.id or 0, version=moved_on.version)
    with pytest.raises(NotFoundError):
        newsroom.articles.get(story.id or 0)
