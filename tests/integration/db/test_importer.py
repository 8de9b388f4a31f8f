"""Importing interchange files into a real database: all or nothing, never a silent overwrite."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.domain.article import Status
from newsdesk.domain.errors import InvalidInputError
from newsdesk.domain.interchange import dump_story
from newsdesk.services.newsroom import Newsroom

STORY = """---
headline: Kazakhstan and Uzbekistan sign water-sharing deal
slug: water-deal-tashkent
language: en
status: published
dateline: {city: Tashkent, country: Uzbekistan, agency: TCA, date: 2025-03-14}
authors:
  - name: Aisulu Nurlanovna
    role: reporter
    bio: Covers water and energy in *Central Asia*.
  - {name: Timur Akhmedov, role: translator}
sources:
  - {id: kazinform, name: Kazinform, kind: news agency, url: "https://www.inform.kz"}
  - {id: ministry, name: Ministry of Water Resources of Uzbekistan, kind: organisation}
tags: [water, Central Asia]
---
TASHKENT — The deal was signed on Friday, [Kazakhstan's Kazinform news agency reported](source:kazinform).

“Both sides will release more water in spring,” the [ministry said](source:ministry).
"""


def _write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return path


def test_import_creates_story_authors_and_sources(newsroom: Newsroom, tmp_path: Path) -> None:
    result = newsroom.importer.import_file(_write(tmp_path, "deal.md", STORY))
    assert result.created and result.article.slug == "water-deal-tashkent"
    article = newsroom.articles.get_by_slug("water-deal-tashkent")
    assert article.status is Status.PUBLISHED and article.published_at is not None
    assert [(e.name, e.role.value) for e in article.byline] == [
        ("Aisulu Nurlanovna", "reporter"),
        ("Timur Akhmedov", "translator"),
    ]
    assert (
        newsroom.authors.find("Aisulu Nurlanovna").bio
        == "Covers water and energy in *Central Asia*."
    )
    assert newsroom.sources.get("kazinform").url == "https://www.inform.kz"
    assert article.source_keys == ("kazinform", "ministry")


def test_import_then_export_gives_back_the_same_story(newsroom: Newsroom, tmp_path: Path) -> None:
    newsroom.importer.import_file(_write(tmp_path, "deal.md", STORY))
    exported = dump_story(newsroom.articles.bundle_by_slug("water-deal-tashkent"))
    newsroom.importer.import_text(exported, filename="again.md", update=True)
    again = dump_story(newsroom.articles.bundle_by_slug("water-deal-tashkent"))
    assert again == exported
    assert "headline: Kazakhstan and Uzbekistan sign water-sharing deal" in exported
    assert "[Kazakhstan's Kazinform news agency reported](source:kazinform)" in exported


def test_duplicate_slug_is_refused_unless_update_and_update_keeps_a_revision(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    path = _write(tmp_path, "deal.md", STORY)
    newsroom.importer.import_file(path)
    changed = _write(tmp_path, "deal2.md", STORY.replace("on Friday", "on Saturday"))
    with pytest.raises(InvalidInputError, match=r"deal2\.md:3: field 'slug': .*--update"):
        newsroom.importer.import_file(changed)
    assert "Friday" in newsroom.articles.get_by_slug("water-deal-tashkent").body
    result = newsroom.importer.import_file(changed, update=True)
    assert not result.created
    story = newsroom.articles.get_by_slug("water-deal-tashkent")
    assert "Saturday" in story.body
    revisions = newsroom.articles.revisions(story.id or 0)
    assert [r.note for r in revisions] == ["before import of deal2.md"]

    again = newsroom.importer.import_file(changed, update=True)  # the same file once more
    assert again.unchanged and not again.created
    assert newsroom.articles.get(story.id or 0).version == story.version
    assert len(newsroom.articles.revisions(story.id or 0)) == 1


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            STORY.replace("(source:ministry)", "(source:nowhere)"),
            r"bad\.md:19: field 'body': cites source 'nowhere'",
        ),
        (
            STORY.replace("status: published", "status: [oops"),
            r"bad\.md:6: malformed front matter: .* \(while parsing a flow sequence opened on line 5\)",
        ),
        (
            STORY.replace("headline: Kazakhstan", "headlin: Kazakhstan"),
            r"bad\.md:1: field 'headline'",
        ),
        (b"\xef\xbb\xbf---\nheadline: x\n---\n\xc3\x28 broken", r"bad\.md:4: not valid UTF-8"),
        (STORY.replace("deal was", "deal\x00was"), r"bad\.md:17: contains a NUL byte"),
        ("", r"bad\.md:1: the file is empty"),
    ],
)
def test_bad_files_write_nothing(
    newsroom: Newsroom, tmp_path: Path, content: str | bytes, expected: str
) -> None:
    with pytest.raises(InvalidInputError, match=expected):
        newsroom.importer.import_file(_write(tmp_path, "bad.md", content))
    assert newsroom.articles.count(newsroom_query()) == 0
    assert newsroom.authors.all() == []  # the byline's profiles were not created either
    assert newsroom.sources.all() == []


def newsroom_query():  # type: ignore[no-untyped-def]
    from newsdesk.domain.query import ArticleQuery

    return ArticleQuery()


def test_a_second_story_may_cite_registry_sources_without_redefining_them(
    newsroom: Newsroom, tmp_path: Path
) -> None:
    newsroom.importer.import_file(_write(tmp_path, "deal.md", STORY))
    follow_up = "---\nheadline: Follow-up\n---\nMore, [Kazinform said](source:kazinform).\n"
    result = newsroom.importer.import_text(follow_up, filename="follow.md")
    assert result.article.source_keys == ("kazinform",)


def test_translation_of_links_to_the_original(newsroom: Newsroom, tmp_path: Path) -> None:
    newsroom.importer.import_file(_write(tmp_path, "deal.md", STORY))
    translation = (
        "---\nheadline: Казахстан и Узбекистан подписали соглашение о воде\nlanguage: ru\n"
        "translation_of: water-deal-tashkent\ntranslation_of_revision: 1\n---\nТекст.\n"
    )
    result = newsroom.importer.import_text(translation, filename="ru.md")
    assert result.article.translation_of == "water-deal-tashkent"
    assert result.article.slug == "kazakhstan-i-uzbekistan-podpisali-soglashenie-o-vode"
    missing = translation.replace("water-deal-tashkent", "no-such-story").replace(
        "подписали", "согласовали"
    )
    with pytest.raises(InvalidInputError, match=r"x\.md:4: field 'translation_of'"):
        newsroom.importer.import_text(missing, filename="x.md")


def test_the_same_story_imported_twice_without_a_slug_is_not_duplicated(
    newsroom: Newsroom,
) -> None:
    text = "---\nheadline: Osh market reopens\n---\nTraders are back.\n"
    newsroom.importer.import_text(text, filename="a.md")
    with pytest.raises(InvalidInputError, match=r"b\.md:2: field 'slug': .*already exists"):
        newsroom.importer.import_text(text, filename="b.md")
    assert newsroom.articles.count(newsroom_query()) == 1
    updated = newsroom.importer.import_text(text.replace("back", "back today"), filename="c.md",
                                            update=True)
    assert not updated.created and updated.article.body == "Traders are back today."


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        ('tags: ["Bishkek, Kyrgyzstan", water]', r"t\.md:3: field 'tags': .*holds a comma"),
        ('dateline: {city: "Al\\0maty"}', r"t\.md:3: field 'dateline.city': .*NUL character"),
        (f"dateline: {{city: Osh, agency: {'A' * 101}}}", r"t\.md:3: field 'dateline.agency'"),
    ],
)
def test_a_field_the_validator_refuses_is_named_with_its_line(
    newsroom: Newsroom, front: str, expected: str
) -> None:
    text = f"---\nheadline: Checks\n{front}\n---\nBody.\n"
    with pytest.raises(InvalidInputError, match=expected):
        newsroom.importer.import_text(text, filename="t.md")
    assert newsroom.articles.count(newsroom_query()) == 0
