"""Names per language as plain values: the fallbacks field by field, and one bundle named in
the story's language for every exporter."""

from __future__ import annotations

from newsdesk.domain.article import Article, BylineEntry, Role
from newsdesk.domain.bundle import StoryBundle
from newsdesk.domain.names_in_language import bundle_in_language
from newsdesk.domain.people import Author, AuthorName, Source, SourceName

KWAN = Author(name="Sergey Kwan", slug="sergey-kwan", bio="Energy.", id=1,
              names=(AuthorName("ky", "", "Энергетика."), AuthorName("ru", "Сергей Кван", "")))
SHOIGU = Source(key="shoigu", name="Sergei Shoigu", title="Russia's defence minister",
                names=(SourceName("ru", "Сергей Шойгу", "министр обороны России"),
                       SourceName("ky", "", "Орусиянын коргоо министри")))


def test_each_field_falls_back_to_the_main_one_on_its_own() -> None:
    assert (KWAN.name_in("ru"), KWAN.bio_in("ru")) == ("Сергей Кван", "Energy.")
    assert (KWAN.name_in("ky"), KWAN.bio_in("ky")) == ("Sergey Kwan", "Энергетика.")
    assert (KWAN.name_in("en"), KWAN.name_in("")) == ("Sergey Kwan", "Sergey Kwan")
    assert SHOIGU.name_in("RU-kg") == "Сергей Шойгу"
    assert (SHOIGU.name_in("ky"), SHOIGU.title_in("ky")) == (
        "Sergei Shoigu", "Орусиянын коргоо министри")
    assert SHOIGU.title_in("uz") == "Russia's defence minister"


def test_a_bundle_is_named_in_its_storys_language() -> None:
    other = Author(name="Aida Bekova", slug="aida", id=None)
    article = Article(headline="Шойгу в Бишкеке", language="ru", byline=(
        BylineEntry("Sergey Kwan", Role.REPORTER, 1, "sergey-kwan"),
        BylineEntry("Aida Bekova", Role.TRANSLATOR, None, "aida"),
        BylineEntry("Someone Else", Role.EDITOR)))
    original = Article(headline="Shoigu in Bishkek", byline=(
        BylineEntry("Sergey Kwan", Role.REPORTER, 1),))
    bundle = StoryBundle(article=article, authors=(KWAN, other), sources=(SHOIGU,),
                         original=original)
    named = bundle_in_language(bundle)
    assert [e.name for e in named.article.byline] == ["Сергей Кван", "Aida Bekova",
                                                      "Someone Else"]
    assert named.original is not None
    assert [e.name for e in named.original.byline] == ["Сергей Кван"]
    assert [(a.name, a.bio) for a in named.authors] == [("Сергей Кван", "Energy."),
                                                        ("Aida Bekova", "")]
    assert [(s.name, s.title) for s in named.sources] == [
        ("Сергей Шойгу", "министр обороны России")]
    assert bundle_in_language(named) == named  # naming twice changes nothing
    english = StoryBundle(article=original, authors=(KWAN,), sources=(SHOIGU,))
    assert bundle_in_language(english) == english
