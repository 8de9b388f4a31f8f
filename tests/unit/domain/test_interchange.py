"""The interchange format: parsing, error locations, SSG front matter and the round trip."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.domain.article import Article, BylineEntry, Dateline, Role, Status
from newsdesk.domain.bundle import StoryBundle
from newsdesk.domain.errors import InvalidInputError
from newsdesk.domain.interchange import decode_story_bytes, dump_story, parse_story
from newsdesk.domain.people import Author, Source, SourceKind

EXAMPLE = """---
headline: Kazakhstan and Uzbekistan sign water-sharing deal
deck: The two neighbours agree on the Syr Darya
language: en
status: editing
dateline: {city: Tashkent, country: Uzbekistan, agency: TCA, date: 2025-03-14}
authors:
  - name: Aisulu Nurlanovna
    role: reporter
    bio: Covers water and energy.
  - Timur Akhmedov
sources:
  - {id: kazinform, name: Kazinform, kind: news agency}
  - {id: ministry, name: Ministry of Water Resources of Uzbekistan, kind: organisation}
tags: [water, Central Asia]
---
The deal was signed on Friday, [Kazakhstan's Kazinform news agency reported](source:kazinform).
"""


def test_the_documented_example_parses() -> None:
    parsed = parse_story(EXAMPLE, "deal.md")
    article = parsed.article
    assert article.slug == "kazakhstan-and-uzbekistan-sign-water-sharing-deal"
    assert article.status is Status.EDITING
    assert article.dateline == Dateline(
        city="Tashkent", country="Uzbekistan", agency="TCA", date=date(2025, 3, 14)
    )
    assert [(a.name, a.role, a.bio) for a in parsed.authors] == [
        ("Aisulu Nurlanovna", Role.REPORTER, "Covers water and energy."),
        ("Timur Akhmedov", Role.REPORTER, None),
    ]
    assert [s.kind for s in parsed.sources] == [SourceKind.NEWS_AGENCY, SourceKind.ORGANISATION]
    assert article.tags == ("water", "Central Asia")
    assert parsed.body_line == 17
    assert parsed.warnings == ()


def test_static_site_front_matter_is_understood() -> None:
    text = (
        "---\ntitle: Hugo post\ndate: 2024-05-01T10:00:00+05:00\nauthor: Dana Ermekova\n"
        "tags: [a, b]\ndraft: false\ndescription: Short\nweight: 3\n---\nBody\n"
    )
    parsed = parse_story(text, "hugo.md")
    assert parsed.article.headline == "Hugo post"
    assert parsed.article.status is Status.PUBLISHED
    assert parsed.article.deck == "Short"
    assert parsed.authors[0].name == "Dana Ermekova"
    assert parsed.date is not None and parsed.date.utcoffset() is not None
    assert parsed.warnings == ("hugo.md: unknown front-matter keys ignored: weight",)


@pytest.mark.parametrize(
    ("text", "message", "line", "field"),
    [
        ("---\nheadline: [unclosed\n---\nbody", "malformed front matter", 2, ""),
        ("---\ndeck: no headline here\n---\nbody", "every story needs a headline", 1, "headline"),
        ("---\nheadline: X\nstatus: printed\n---\n", "unknown status 'printed'", 3, "status"),
        (
            "---\nheadline: X\n\n\ndateline: {city: Osh, date: yesterday}\n---\n",
            "not a date",
            5,
            "dateline.date",
        ),
        (
            "---\nheadline: X\nsources:\n  - {id: Bad Id, name: B}\n---\n",
            "not a valid source id",
            3,
            "sources[0].id",
        ),
        (
            "---\nheadline: X\nsources:\n  - {id: a, name: A}\n  - {id: a, name: B}\n---\n",
            "defined twice",
            3,
            "sources[1].id",
        ),
        (
            "---\nheadline: X\nauthors:\n  - {role: reporter}\n---\n",
            "is missing",
            3,
            "authors[0].name",
        ),
        ("---\nheadline: X\nlanguage: English\n---\n", "BCP 47", 3, "language"),
        # Dates YAML itself would turn into a traceback without a line.
        ("---\nheadline: X\ndate: 2025-02-30\n---\n", "'2025-02-30' is not a date", 3, "date"),
        ("---\nheadline: X\ndate: 2025-04-01 25:00:00\n---\n", "not a date", 3, "date"),
        ("---\nheadline: X\ndateline: {city: Osh, date: 2025-13-01}\n---\n", "not a date", 3,
         "dateline.date"),
        ("---\nheadline: X\n", "never closed", 1, ""),
        ("", "empty", 1, ""),
        ("---\nheadline: X\n---\nnul\x00here", "NUL byte", 4, ""),
    ],
)
def test_errors_name_line_and_field(text: str, message: str, line: int, field: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        parse_story(text, "bad.md")
    error = caught.value
    assert message in str(error)
    assert (error.file, error.line, error.field) == ("bad.md", line, field)
    assert str(error).startswith(f"bad.md:{line}: ")


def test_invalid_utf8_names_the_line() -> None:
    with pytest.raises(InvalidInputError, match=r"bad\.md:3: not valid UTF-8 \(byte 0xff\)"):
        decode_story_bytes(b"---\nheadline: x\n\xff\n---\n", "bad.md")


def test_unknown_dateline_keys_warn() -> None:
    parsed = parse_story("---\nheadline: X\ndateline: {city: Osh, weather: sunny}\n---\n", "w.md")
    assert parsed.warnings == ("w.md: unknown dateline keys ignored: weather",)


words = (
    st.text(
        alphabet=st.characters(
            whitelist_categories=("Lu", "Ll", "Nd"), whitelist_characters=" -’«»“”:,.!?"
        ),
        min_size=1,
        max_size=40,
    )
    .map(str.strip)
    .filter(bool)
)
bodies = st.lists(words, min_size=0, max_size=5).map(lambda parts: "\n\n".join(parts))


@st.composite
def bundles(draw: st.DrawFn) -> StoryBundle:
    key = draw(st.from_regex(r"[a-z][a-z0-9_-]{0,10}", fullmatch=True))
    source = Source(key=key, name=draw(words), kind=draw(st.sampled_from(list(SourceKind))))
    authors = draw(st.lists(words, min_size=0, max_size=3, unique=True))
    byline = tuple(
        BylineEntry(name, draw(st.sampled_from(list(Role))), author_id=i)
        for i, name in enumerate(authors)
    )
    profiles = tuple(
        Author(name=name, id=i, bio=draw(st.sampled_from(["", "Bio *here*."])))
        for i, name in enumerate(authors)
    )
    body = draw(bodies)
    if draw(st.booleans()):
        body = f"{body}\n\nAs [the agency reported](source:{key})."
    article = Article(
        headline=draw(words),
        deck=draw(st.sampled_from(["", "A deck: with colon", "Дек «в кавычках»"])),
        slug=draw(st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}", fullmatch=True)),
        body=body.strip("\n"),
        language=draw(st.sampled_from(["en", "ru", "en-GB", "kk"])),
        status=draw(st.sampled_from(list(Status))),
        dateline=Dateline(
            city=draw(st.sampled_from(["", "Tashkent", "Алматы", "Osh"])),
            country=draw(st.sampled_from(["", "Uzbekistan"])),
            agency=draw(st.sampled_from(["", "TCA", "Reuters"])),
            date=draw(st.one_of(st.none(), st.dates(date(2000, 1, 1), date(2030, 1, 1)))),
        ),
        byline=byline,
        tags=tuple(draw(st.lists(words, max_size=3, unique=True))),
        source_keys=(key,),
    )
    return StoryBundle(article=article, authors=profiles, sources=(source,))


@settings(max_examples=150, deadline=None)
@given(bundles())
def test_dump_then_parse_gives_the_same_story(bundle: StoryBundle) -> None:
    parsed = parse_story(dump_story(bundle), "round.md")
    original = bundle.article
    expected_byline = tuple(BylineEntry(e.name, e.role) for e in original.byline)
    assert parsed.article == Article(
        headline=original.headline,
        deck=original.deck,
        slug=original.slug,
        body=original.body,
        language=original.language,
        status=original.status,
        dateline=original.dateline,
        byline=expected_byline,
        tags=original.tags,
        source_keys=original.source_keys,
    )
    assert parsed.sources == tuple(bundle.sources)
    bios = {a.name: a.bio or None for a in bundle.authors}
    assert [(a.name, a.bio) for a in parsed.authors] == [
        (e.name, bios[e.name]) for e in original.byline
    ]


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        ("authors:\n  - {name: A, role: editor, name: B}", r"f\.md:4: field 'authors\[0\]\.name': "
         r"appears twice \(first on line 4\)"),
        ("tags: [a]\ntags: [b]", r"f\.md:4: field 'tags': appears twice \(first on line 3\)"),
        ("1: a\n'1': b", r"f\.md:4: field '1': appears twice"),
        ("x: " + "{a: " * 25 + "1" + "}" * 25, r"f\.md:3: front matter nested too deeply"),
        ("x: &x {a: *x}", r"f\.md:3: an alias refers to the list or mapping it is in"),
    ],
)
def test_front_matter_structure_is_checked_before_it_is_built(front: str, expected: str) -> None:
    with pytest.raises(InvalidInputError, match=expected):
        parse_story(f"---\nheadline: Checks\n{front}\n---\nBody.\n", "f.md")


def test_shallow_aliases_and_a_given_slug_still_parse() -> None:
    text = ("---\nheadline: \"Line\\none\\x07\"\nslug: given\n"
            "dateline: &d {city: Osh}\nx: *d\n---\nBody.\n")
    parsed = parse_story(text, "f.md")
    assert parsed.article.headline == "Line one"
    assert parsed.slug_given and parsed.article.slug == "given"
    assert parsed.article.dateline.city == "Osh"
    assert not parse_story("---\nheadline: No slug\n---\n", "g.md").slug_given
