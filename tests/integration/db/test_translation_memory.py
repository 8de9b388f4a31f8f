"""The translation memory and the glossary on SQLite and PostgreSQL, and the 0005 rebuild."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from alembic import command

from newsdesk.db.engine import make_engine
from newsdesk.db.migrate import alembic_config
from newsdesk.domain.errors import InvalidInputError, NotFoundError
from newsdesk.domain.glossary import Rendering
from newsdesk.domain.memory import MemoryOrigin, SegmentPair, StoryRef
from newsdesk.domain.translation_changes import SegmentKind
from newsdesk.services.newsroom import Newsroom
from tests.helpers.newsroom import opened
from tests.helpers.postgres import PostgresServer

EN = [
    "Kazakhstan exported 1.3 billion dollars' worth of grain in the first quarter, the "
    "Ministry of Agriculture said on April 24.",
    "Most of the wheat went to China and Uzbekistan. Shipments to Iran fell by 12 percent.",
    "The ministry expects exports to reach 9.5 million tonnes by the end of the season.",
]
RU = [
    "Казахстан экспортировал зерна на 1,3 млрд долларов в первом квартале, сообщило "
    "министерство сельского хозяйства 24 апреля.",
    "Большая часть пшеницы ушла в Китай и Узбекистан. Поставки в Иран сократились на 12 "
    "процентов.",
    "В министерстве ожидают, что к концу сезона экспорт достигнет 9,5 млн тонн.",
]
STORY = StoryRef(None, "kazakh-grain", "Kazakhstan grain exports")


def _fill(room: Newsroom) -> int:
    return room.memory.add_pairs(
        [SegmentPair(e, r) for e, r in zip(EN, RU, strict=True)], source_language="en",
        target_language="ru", story=STORY, translator="Anna Petrova")


def test_pairs_and_their_sentence_pairs_are_stored_once(room: Newsroom) -> None:
    assert _fill(room) == 5  # three paragraphs, two sentence pairs of the second
    assert _fill(room) == 0
    assert room.memory.count("en", "ru") == 5
    sentence = room.memory.exact("Shipments to Iran fell by 12 percent.", "en", "ru")
    assert sentence is not None
    assert sentence.entry.target == "Поставки в Иран сократились на 12 процентов."
    assert (sentence.entry.story_slug, sentence.entry.translator) == (
        "kazakh-grain", "Anna Petrova")
    assert sentence.entry.origin is MemoryOrigin.DESK


def test_lookup_scores_near_matches_with_a_word_diff(room: Newsroom) -> None:
    _fill(room)
    query = ("Kazakhstan exported 1.5 billion dollars' worth of grain in the second quarter, "
             "the Ministry of Agriculture said on April 24.")
    matches = room.memory.lookup(query, "en", "ru")
    assert matches and matches[0].entry.target == RU[0]
    assert 0.85 < matches[0].score < 1.0
    changed = {(s.kind, s.text) for s in matches[0].diff if s.kind is not SegmentKind.EQUAL}
    assert (SegmentKind.DELETED, "3") in changed and (SegmentKind.INSERTED, "5") in changed
    assert (SegmentKind.DELETED, "first") in changed
    assert all(m.score >= 0.70 for m in matches)
    assert room.memory.lookup("Completely unrelated words about football results.", "en",
                              "ru") == ()
    assert room.memory.lookup(query, "en", "de") == ()  # no such language pair


def test_exact_match_is_whitespace_blind_but_case_exact(room: Newsroom) -> None:
    _fill(room)
    spaced = EN[2].replace(" ", "  ").replace("season.", "season.\n")
    exact = room.memory.exact(spaced, "en-GB", "ru")
    assert exact is not None and exact.score == 1.0 and exact.entry.target == RU[2]
    assert room.memory.exact(EN[2].upper(), "en", "ru") is None
    best = room.memory.lookup(EN[2].lower(), "en", "ru", limit=1)
    assert best[0].entry.target == RU[2] and best[0].score == 0.99


def test_concordance_on_either_side_folds_case_and_yo(room: Newsroom) -> None:
    _fill(room)
    room.memory.add_pairs([SegmentPair("The tree fair opens.", "Ёлочный базар открылся.")],
                          source_language="en", target_language="ru")
    found = room.memory.concordance("УЗБЕКИСТАН", "ru", "target")
    assert {entry.source for entry in found} == {EN[1], "Most of the wheat went to China "
                                                 "and Uzbekistan."}
    assert [e.source for e in room.memory.concordance("елочный", "ru", "target")] == [
        "The tree fair opens."]
    assert len(room.memory.concordance("million tonnes", "en", "source")) == 1
    assert room.memory.concordance("100%_", "en", "source") == ()  # LIKE characters literal
    with pytest.raises(InvalidInputError, match="is empty"):
        room.memory.concordance("  ", "en")


def test_unknown_languages_are_refused(room: Newsroom) -> None:
    with pytest.raises(InvalidInputError, match="'xq' is not a known language code"):
        room.memory.add_pairs([SegmentPair("a", "b")], source_language="xq",
                              target_language="ru")
    assert room.memory.count() == 0


def test_deleting_the_story_keeps_its_pairs(room: Newsroom) -> None:
    from newsdesk.domain.article import Article

    article = room.articles.create(Article(headline="Grain", body=EN[0], language="en"))
    room.memory.add_pairs([SegmentPair(EN[0], RU[0])], source_language="en",
                          target_language="ru",
                          story=StoryRef(article.id, article.slug, article.headline))
    room.articles.delete(article.id or 0)
    assert room.memory.exact(EN[0], "en", "ru") is not None


def test_glossary_add_find_remove(room: Newsroom) -> None:
    glossary = room.glossary
    term = glossary.add([Rendering("en", "Jogorku Kenesh"), Rendering("ru", "Жогорку Кенеш"),
                         Rendering("ru", "Киргизский парламент", forbidden=True)], "parliament")
    glossary.add([Rendering("en", " SCO "), Rendering("ru", "ШОС")])
    assert [t.preferred("ru") for t in glossary.terms()] == ["Жогорку Кенеш", "ШОС"]
    hits = glossary.terms_in("Депутаты Жогорку Кенеша приняли закон", "ru", "en")
    assert [(hit.found, hit.expected) for hit in hits] == [("Жогорку Кенеша",
                                                            ("Jogorku Kenesh",))]
    assert [t.id for t in glossary.find("жогорку кенеш")] == [term.id]
    with pytest.raises(InvalidInputError, match="field 'ru': the ru rendering is empty"):
        glossary.add([Rendering("en", "Shoigu"), Rendering("ru", "  ")])
    assert len(glossary.terms()) == 2
    assert glossary.remove(term.id or 0).note == "parliament"
    with pytest.raises(NotFoundError):
        glossary.remove(term.id or 0)


def test_glossary_import_is_whole_or_nothing(room: Newsroom, tmp_path: Path) -> None:
    room.glossary.add([Rendering("en", "SCO"), Rendering("ru", "ШОС")])
    good = tmp_path / "terms.csv"
    good.write_text("en,ru,forbidden_ru,note\nSCO,ШОС,Шанхайская пятёрка,alliance\n"
                    "Sergei Shoigu,Сергей Шойгу,,\n", encoding="utf-8")
    report = room.glossary.import_file(good)
    assert (report.added, report.updated) == (1, 1)
    sco = room.glossary.find("SCO", "en")[0]
    assert sco.forbidden("ru") == ("Шанхайская пятёрка",) and sco.note == "alliance"
    bad = tmp_path / "bad.csv"
    bad.write_text("en,ru\nUN,ООН\nEU,\n,ЕС|\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"bad\.csv:4: field 'ru'"):
        room.glossary.import_file(bad)
    assert len(room.glossary.terms()) == 2
    out = tmp_path / "out.tbx"
    assert room.glossary.export_file(out) == 2
    with opened(f"sqlite:///{tmp_path / 'other.sqlite3'}") as other:
        assert other.glossary.import_file(out).added == 2
        assert other.glossary.terms() == tuple(
            type(t)(t2.id, t.renderings, t.note)
            for t, t2 in zip(room.glossary.terms(), other.glossary.terms(), strict=True))


# -- the rebuild after upgrading to 0005 -----------------------------------------------------
def _insert_story(connection: object, article_id: int, slug: str, language: str, headline: str,
                  body: str, translation_of: int | None) -> None:
    connection.exec_driver_sql(  # type: ignore[attr-defined]
        "INSERT INTO articles (id, headline, deck, slug, body, language, status, "
        "dateline_city, dateline_country, dateline_state, dateline_agency, dateline_timezone, "
        "created_at, updated_at, version, translation_of_id) VALUES "
        "(%(id)s, %(headline)s, '', %(slug)s, %(body)s, %(language)s, 'draft', '', '', '', '', "
        "'', '2025-04-24 10:00:00', '2025-04-24 12:00:00', 1, %(of)s)"
        if "postgresql" in str(connection.engine.url)  # type: ignore[attr-defined]
        else "INSERT INTO articles (id, headline, deck, slug, body, language, status, "
        "dateline_city, dateline_country, dateline_state, dateline_agency, dateline_timezone, "
        "created_at, updated_at, version, translation_of_id) VALUES "
        "(:id, :headline, '', :slug, :body, :language, 'draft', '', '', '', '', "
        "'', '2025-04-24 10:00:00', '2025-04-24 12:00:00', 1, :of)",
        {"id": article_id, "headline": headline, "slug": slug, "body": body,
         "language": language, "of": translation_of},
    )


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def old_database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A newsroom left at schema 0004 by the previous release (no memory tables)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'old.sqlite3'}"
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return server.create_database(f"old_{uuid.uuid4().hex[:10]}")


def test_upgrading_rebuilds_the_memory_from_linked_translations(old_database: str) -> None:
    engine = make_engine(old_database)
    command.upgrade(alembic_config(engine), "0004")
    # The draft started as a copy of the original: its untouched third paragraph is no pair.
    translation_body = "\n\n".join([RU[0], RU[1], EN[2]])
    with engine.begin() as connection:
        _insert_story(connection, 1, "grain", "en", "Kazakhstan grain exports",
                      "\n\n".join(EN), None)
        _insert_story(connection, 2, "grain-ru", "ru", "Экспорт зерна из Казахстана",
                      translation_body, 1)
    engine.dispose()
    with opened(old_database) as room:
        assert room.upgrade is not None
        # headline, two paragraphs and the two sentence pairs of the second
        assert room.memory.count("en", "ru") == 5
        match = room.memory.exact("Shipments to Iran fell by 12 percent.", "en", "ru")
        assert match is not None and match.entry.origin is MemoryOrigin.REBUILD
        assert match.entry.story_slug == "grain-ru"
        assert room.memory.exact(EN[2], "en", "ru") is None
    with opened(old_database) as room:  # once only: a second start adds nothing
        assert room.memory.count() == 5
