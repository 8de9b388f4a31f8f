"""The desk's stored rows (issue 12) on SQLite and PostgreSQL: states set in one transaction,
refused when a colleague got there first, and ignored QA problems that stop blocking ready."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsdesk.domain.alignment import align_bodies
from newsdesk.domain.article import Article, Dateline, Status
from newsdesk.domain.errors import ConflictError, InvalidInputError
from newsdesk.domain.segments import SegmentChange, SegmentState, body_row_keys, text_hash
from newsdesk.domain.translation_changes import desk_rows
from newsdesk.domain.translation_qa import QaCheck, QaIgnore
from newsdesk.services.newsroom import Newsroom
from tests.helpers.newsroom import opened
from tests.helpers.translations import translated_story

EN_BODY = ("The increase affects 250,000 households, the council said.\n\n"
           "Tariffs were last raised in 2019.")
RU_BODY = ("Повышение затронет 250 000 домохозяйств, сообщил кенеш.\n\n"
           "В последний раз тарифы повышали в 2019 году.")


def _translation(newsroom: Newsroom) -> Article:
    return translated_story(newsroom, original=Article(
        headline="Water tariffs rise", body=EN_BODY, language="en",
        dateline=Dateline(city="Bishkek", country="Kyrgyzstan")),
        headline="Тарифы на воду растут", body=RU_BODY)


def test_states_are_stored_versioned_and_read_back(newsroom: Newsroom) -> None:
    translation = _translation(newsroom)
    tid = translation.id or 0
    assert newsroom.segments.states(tid) == {}

    stored = newsroom.segments.set_states(
        tid, [SegmentChange("headline", SegmentState.TRANSLATED, 0, text_hash("Water"))],
        translation_version=translation.version, who="Oleg Kim")
    assert stored["headline"].version == 1
    again = newsroom.segments.set_states(
        tid, [SegmentChange("headline", SegmentState.REVIEWED, 1)], who="Aida")

    record = newsroom.segments.states(tid)["headline"]
    assert (record.state, record.version, record.who) == (SegmentState.REVIEWED, 2, "Aida")
    assert record.confirmed_original_hash == text_hash("Water")  # kept: not confirmed again
    assert again["headline"] == record
    # Setting a row's state is not an edit of the story.
    assert newsroom.articles.get(tid).version == translation.version


def test_a_named_step_keeps_the_translation_as_a_revision_once(newsroom: Newsroom) -> None:
    translation = _translation(newsroom)
    tid = translation.id or 0
    before = newsroom.articles.revisions(tid)
    newsroom.segments.set_states(tid, [SegmentChange("p1", SegmentState.TRANSLATED, 0, "e")],
                                 who="Oleg", revision_note="Row 1 confirmed on the desk")
    newsroom.segments.set_states(tid, [SegmentChange("p2", SegmentState.TRANSLATED, 0, "f")],
                                 who="Oleg", revision_note="Row 2 confirmed on the desk")
    after = newsroom.articles.revisions(tid)
    assert len(after) == len(before) + 1  # the text did not change between the two steps
    newest = max(after, key=lambda r: r.number)
    assert (newest.note, newest.author_name) == ("Row 1 confirmed on the desk", "Oleg")


def test_two_translators_confirming_the_same_row_one_is_told(
    newsroom: Newsroom, database_url: str
) -> None:
    translation = _translation(newsroom)
    tid = translation.id or 0
    with opened(database_url) as colleague:
        seen_by_me = newsroom.segments.states(tid).get("p1")
        seen_by_colleague = colleague.segments.states(tid).get("p1")
        assert seen_by_me is None and seen_by_colleague is None
        colleague.segments.set_states(
            tid, [SegmentChange("p1", SegmentState.TRANSLATED, 0, "a" * 64)], who="Aida")

        with pytest.raises(ConflictError, match="Aida"):
            newsroom.segments.set_states(
                tid, [SegmentChange("p1", SegmentState.REVIEWED, 0, "b" * 64)], who="Oleg")

    kept = newsroom.segments.states(tid)["p1"]
    assert (kept.state, kept.who, kept.confirmed_original_hash) == (
        SegmentState.TRANSLATED, "Aida", "a" * 64)


def test_confirming_rows_of_a_text_saved_elsewhere_is_refused(newsroom: Newsroom) -> None:
    translation = _translation(newsroom)
    newsroom.articles.save(replace(translation, headline="Тарифы растут"))  # a colleague

    with pytest.raises(ConflictError, match="saved elsewhere"):
        newsroom.segments.set_states(
            translation.id or 0, [SegmentChange("headline", SegmentState.TRANSLATED)],
            translation_version=translation.version)
    assert newsroom.segments.states(translation.id or 0) == {}


@pytest.mark.parametrize("bad", [SegmentChange("", SegmentState.DRAFT),
                                 SegmentChange("p2", SegmentState.DRAFT, expected_version=3)])
def test_a_step_failing_on_its_second_row_stores_nothing(
    newsroom: Newsroom, bad: SegmentChange
) -> None:
    """The first row is written to the session before the second fails: nothing remains."""
    translation = _translation(newsroom)
    tid = translation.id or 0
    with pytest.raises((InvalidInputError, ConflictError)):
        newsroom.segments.set_states(
            tid, [SegmentChange("p1", SegmentState.TRANSLATED, 0, "c" * 64), bad])
    assert newsroom.segments.states(tid) == {}


def test_an_ignored_qa_problem_stops_blocking_ready_and_counts_again_when_unignored(
    newsroom: Newsroom,
) -> None:
    translation = _translation(newsroom)
    tid = translation.id or 0
    translation = newsroom.articles.save(replace(
        translation, body=translation.body.replace("250 000", "25 000")))
    problems = newsroom.articles.check_ready(translation)
    assert [p.message for p in problems] == [
        "Paragraph 1: The number “250,000” is not in the translation."]

    ignore = QaIgnore("p0", QaCheck.NUMBERS, "250,000", "the council corrected the figure")
    assert newsroom.segments.ignore(tid, ignore, who="Oleg") is True
    assert newsroom.segments.ignore(tid, ignore) is False  # once is enough
    assert newsroom.segments.ignores(tid) == (ignore,)
    assert newsroom.articles.check_ready(translation) == []
    moved = newsroom.articles.set_status(tid, Status.READY, version=translation.version)
    assert moved.status is Status.READY

    assert newsroom.segments.unignore(tid, "p0", QaCheck.NUMBERS, "250,000") is True
    assert [p.message for p in newsroom.articles.check_ready(moved)] == [
        "Paragraph 1: The number “250,000” is not in the translation."]


def test_an_ignore_needs_a_reason(newsroom: Newsroom) -> None:
    translation = _translation(newsroom)
    with pytest.raises(InvalidInputError, match="why") as caught:
        newsroom.segments.ignore(translation.id or 0,
                                 QaIgnore("p0", QaCheck.NUMBERS, "250,000", "  "))
    assert caught.value.field == "reason"
    assert newsroom.segments.ignores(translation.id or 0) == ()


def test_states_move_to_new_keys_whole(newsroom: Newsroom) -> None:
    translation = _translation(newsroom)
    tid = translation.id or 0
    newsroom.segments.set_states(tid, [SegmentChange("pold", SegmentState.TRANSLATED, 0, "d"),
                                       SegmentChange("keep", SegmentState.DRAFT)])
    newsroom.segments.rekey(tid, {"pold": "pnew", "missing": "x"})

    states = newsroom.segments.states(tid)
    assert sorted(states) == ["keep", "pnew"]
    assert (states["pnew"].state, states["pnew"].confirmed_original_hash) == (
        SegmentState.TRANSLATED, "d")


def test_a_row_confirmed_on_the_desk_stops_its_change_blocking_ready(
    newsroom: Newsroom,
) -> None:
    translation = _translation(newsroom)
    tid = translation.id or 0
    original = newsroom.articles.get_by_slug(translation.translation_of or "")
    now_text = "Tariffs were last raised in 2019, and before that in 2014."
    newsroom.articles.save(replace(original, body=EN_BODY.replace(
        "Tariffs were last raised in 2019.", now_text)))
    changed = "Paragraph 2 of the original changed since it was translated: review the translation."
    assert changed in [p.message for p in newsroom.articles.check_ready(translation)]

    keys = body_row_keys(desk_rows(EN_BODY, EN_BODY.replace(
        "Tariffs were last raised in 2019.", now_text), translation.body),
        align_bodies(EN_BODY, translation.body))
    newsroom.segments.set_states(
        tid, [SegmentChange(keys[1], SegmentState.TRANSLATED, 0, text_hash(now_text))],
        translation_version=translation.version, who="Oleg")

    assert changed not in [p.message for p in newsroom.articles.check_ready(translation)]
    # The story list's warning mark reads the same rule.
    assert changed not in [p.message for p in newsroom.articles.problems_of([tid]).get(tid, ())]
