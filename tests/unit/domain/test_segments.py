"""Row keys, states, flags and progress of the desk's stored rows (pure rules, issue 12)."""

from __future__ import annotations

from newsdesk.domain.alignment import align_bodies
from newsdesk.domain.segments import (
    Progress,
    SegmentRecord,
    SegmentState,
    body_row_keys,
    default_state,
    flag_open,
    progress,
    row_severity,
    text_hash,
)
from newsdesk.domain.translation_changes import ChangeSeverity, desk_rows

THEN = "Water tariffs rise by 12 percent.\n\nThe council met on Tuesday.\n\nIt was raining."
RU = "Тарифы растут на 12 процентов.\n\nКенеш собрался во вторник.\n\nШёл дождь."


def _keys(old: str, new: str, translation: str) -> list[str]:
    return body_row_keys(desk_rows(old, new, translation), align_bodies(old, translation))


def test_a_row_keeps_its_key_when_the_original_changes_around_it() -> None:
    before = _keys(THEN, THEN, RU)
    grown = THEN.replace("It was raining.", "A new paragraph.\n\nIt was raining.")
    edited = THEN.replace("Tuesday", "Monday")

    after_insert = _keys(THEN, grown, RU)
    after_edit = _keys(THEN, edited, RU)

    assert len(set(before)) == 3
    assert after_insert[0:2] == before[0:2] and after_insert[3] == before[2]
    assert after_insert[2] == "p" + text_hash("A new paragraph.")[:16]
    assert after_edit == before  # keyed by the text translated, not by the text now


def test_the_same_text_twice_gets_two_keys() -> None:
    body = "Same.\n\nSame."
    keys = _keys(body, body, "То же.\n\nТо же.")
    assert keys[0] != keys[1] and keys[1] == keys[0] + ".1"


def test_a_flag_clears_when_the_row_is_confirmed_against_the_text_now() -> None:
    now = "The council met on Monday."
    assert flag_open(ChangeSeverity.MUST_REVIEW, now, None)
    stale = SegmentRecord("p", SegmentState.TRANSLATED, text_hash("The council met on Tuesday."))
    assert flag_open(ChangeSeverity.MUST_REVIEW, now, stale)
    confirmed = SegmentRecord("p", SegmentState.TRANSLATED, text_hash(" The council  met on Monday."))
    assert not flag_open(ChangeSeverity.MUST_REVIEW, now, confirmed)
    assert not flag_open(None, now, None)


def test_row_severity_is_the_worst_of_its_flags() -> None:
    rows = desk_rows(THEN, THEN.replace("Tuesday", "tuesday").replace("12", "13"), RU)
    assert [row_severity(r) for r in rows] == [ChangeSeverity.MUST_REVIEW, ChangeSeverity.MINOR,
                                               None]


def test_default_states_and_progress_line() -> None:
    assert default_state("Rain.", "Rain.") is SegmentState.UNTRANSLATED
    assert default_state("Rain.", "  ") is SegmentState.UNTRANSLATED
    assert default_state("Rain.", "Дождь.") is SegmentState.DRAFT
    states = [SegmentState.TRANSLATED] * 14 + [SegmentState.REVIEWED] * 0 + [
        SegmentState.DRAFT] * 4
    assert progress("ru", states, 2) == Progress("ru", 14, 18, 2)
    assert progress("ru", states, 2).text() == "RU: 14/18 translated, 2 flagged"
    assert progress("ru", [SegmentState.REVIEWED], 0).text() == "RU: 1/1 translated"
