"""The recovery dialog's word marks: which words differ, and runs that rebuild each text."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.domain.word_marks import Run, WordMarks, word_marks


def _marked(runs: tuple[Run, ...]) -> list[str]:
    return [run.text for run in runs if run.marked]


def test_only_the_last_two_words_of_a_paragraph_are_marked() -> None:
    old = "Headline\n\nThe council met on Monday and voted for the budget.\n\nEnd."
    new = "Headline\n\nThe council met on Monday and voted against it.\n\nEnd."
    marks = word_marks(old, new)
    assert _marked(marks.old) == ["for the budget"]
    assert _marked(marks.new) == ["against it"]
    assert marks.changed_old == marks.changed_new == frozenset({2})
    assert (marks.first_old, marks.first_new) == (2, 2)


def test_russian_words_are_marked_as_words() -> None:
    marks = word_marks("Совет собрался в понедельник утром.", "Совет собрался во вторник вечером.")
    assert _marked(marks.old) == ["в понедельник утром"]
    assert _marked(marks.new) == ["во вторник вечером"]


def test_an_added_paragraph_is_marked_whole_and_the_stored_side_not_at_all() -> None:
    marks = word_marks("One.\n\nTwo.", "One.\n\nTwo.\n\n  Three more words.")
    assert _marked(marks.new) == ["Three more words."]
    assert _marked(marks.old) == []
    assert marks.changed_new == frozenset({4}) and marks.changed_old == frozenset()


def test_rewrapped_spacing_is_not_a_difference() -> None:
    marks = word_marks("Same  words here.", "Same words  here. ")
    assert _marked(marks.old) == _marked(marks.new) == []


def test_identical_texts_have_no_marks() -> None:
    marks = word_marks("a\n\nb", "a\n\nb")
    assert marks == WordMarks((Run("a\n\nb", False),), (Run("a\n\nb", False),),
                              frozenset(), frozenset())


_text = st.lists(
    st.one_of(st.sampled_from(["\n", "\n\n", " ", "  ", ".", ",", "—", "\t"]),
              st.sampled_from(["the", "council", "budget", "Совет", "бюджет", "vote", "😀"]),
              st.text(max_size=6)),
    max_size=30).map("".join)


@given(_text, _text)
def test_the_runs_joined_give_back_each_text_exactly(old: str, new: str) -> None:
    marks = word_marks(old, new)
    assert "".join(run.text for run in marks.old) == old
    assert "".join(run.text for run in marks.new) == new
    # Neighbouring runs differ in kind: one run per marked stretch.
    for runs in (marks.old, marks.new):
        assert all(a.marked != b.marked for a, b in pairwise(runs))
        assert all(run.text for run in runs)


@given(_text)
def test_a_text_against_itself_has_nothing_marked(text: str) -> None:
    marks = word_marks(text, text)
    assert not _marked(marks.old) and not _marked(marks.new)
