"""Severity of an edit to an original: minor (form only) or must review (what it says)."""

from __future__ import annotations

import pytest

from newsdesk.domain.translation_changes import (
    ChangeKind,
    ChangeSeverity,
    change_flags,
    change_severity,
)

MINOR_EDITS = [
    ("Water is cut, the ministry said.", "Water is cut the ministry said."),  # a comma removed
    ("Water is cut.", "Water  is\ncut."),  # whitespace
    ("He called it “a reform”.", "He called it «a reform»."),  # quote style
    ("He called it 'a reform'.", "He called it \"a reform\"."),
    ("Don't go", "Don’t go"),  # apostrophe style
    ("the Energy Ministry", "the energy ministry"),  # letter case
    ("Прокуратура сообщила...", "прокуратура сообщила…"),
    ("Prices rise 5.3 percent", "Prices rise 5,3 percent"),  # a decimal comma
    ("12,500 people", "12 500 people"),  # digit grouping
    ("in 2018-2019", "in 2018–2019"),  # a range's dash
    ("said *Kim*", "said _Kim_"),  # Markdown emphasis
    ("Minus −5 degrees", "Minus -5 degrees"),  # minus sign style
]

MUST_REVIEW_EDITS = [
    ("Prices rise 5 percent", "Prices rise 6 percent"),  # a number
    ("Prices rise 1.5 percent", "Prices rise 15 percent"),  # a decimal point that mattered
    ("It was -5 degrees", "It was 5 degrees"),  # a sign
    ("Prices rise 5%", "Prices rise 5"),  # a percent sign
    ("on April 24", "on April 25"),  # a date
    ("on Monday", "on Tuesday"),
    ("Sadyr Japarov said", "Akylbek Japarov said"),  # a name
    ("the minister said [source:kim]", "the minister said [source:lee]"),  # a citation key
    ("Water is cut, the ministry said.", "Water is cut, the ministry confirmed."),  # a word
    ("Water is cut.", "Water is not cut."),  # a word added
    ("Вода будет отключена.", "Воду отключат."),  # reworded
    ("$5", "€5"),  # a currency symbol
]


@pytest.mark.parametrize(("old", "new"), MINOR_EDITS)
def test_form_only_edits_are_minor(old: str, new: str) -> None:
    assert change_severity(old, new) is ChangeSeverity.MINOR


@pytest.mark.parametrize(("old", "new"), MUST_REVIEW_EDITS)
def test_edits_of_what_is_said_must_be_reviewed(old: str, new: str) -> None:
    assert change_severity(old, new) is ChangeSeverity.MUST_REVIEW


def test_identical_text_is_minor() -> None:
    assert change_severity("Same text.", "Same text.") is ChangeSeverity.MINOR


ORIGINAL = "First paragraph, with 12 wells.\n\nSecond one says “yes”.\n\nThird."
TRANSLATION = "Первый абзац, 12 скважин.\n\nВо втором «да».\n\nТретий."


def test_flags_carry_their_severity() -> None:
    edited = ("First paragraph with 12 wells.\n\nSecond one says «yes».\n\nThird, reworded."
              "\n\nA fourth.")
    flags = change_flags(ORIGINAL, edited, TRANSLATION)

    found = [(flag.kind, flag.original_paragraph.index, flag.severity) for flag in flags]
    assert found == [
        (ChangeKind.CHANGED, 0, ChangeSeverity.MINOR),
        (ChangeKind.CHANGED, 1, ChangeSeverity.MINOR),
        (ChangeKind.CHANGED, 2, ChangeSeverity.MUST_REVIEW),
        (ChangeKind.ADDED, 3, ChangeSeverity.MUST_REVIEW),
    ]


def test_a_removed_paragraph_must_be_reviewed() -> None:
    edited = "First paragraph, with 12 wells.\n\nThird."
    flags = change_flags(ORIGINAL, edited, TRANSLATION)

    assert [(flag.kind, flag.severity) for flag in flags] == [
        (ChangeKind.REMOVED, ChangeSeverity.MUST_REVIEW)]
