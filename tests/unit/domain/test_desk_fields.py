"""The headline and deck as desk rows: their flags, and row keys that agree with readiness."""

from __future__ import annotations

from newsdesk.domain.alignment import align_bodies
from newsdesk.domain.article import Article
from newsdesk.domain.desk_fields import (
    QaRow,
    check_desk_rows,
    field_rows,
    qa_refs,
    qa_texts,
    with_texts,
)
from newsdesk.domain.translation_changes import ChangeKind, ChangeSeverity, desk_rows
from newsdesk.domain.translation_qa import QaCheck, RowRef, story_rows

HEADLINE = "Uzbekistan to release 1.1 billion cubic meters"
DECK = "A deal on the Syr Darya."
RU = ("Узбекистан пропустит 1,1 млрд кубометров", "Соглашение по Сырдарье.")


def test_an_untracked_pair_has_no_flags_and_no_deck_row_when_neither_side_has_one() -> None:
    rows = field_rows(None, (HEADLINE, ""), (RU[0], ""))
    assert [row.field for row in rows] == ["headline"]
    assert rows[0].row.flags == ()
    assert qa_texts(rows[0].row) == (HEADLINE, RU[0])


def test_a_reworded_headline_must_be_reviewed_a_changed_full_stop_is_minor() -> None:
    rows = field_rows((HEADLINE, DECK), ("Uzbekistan to release 1.3 billion cubic meters",
                                         "A deal on the Syr Darya"), RU)
    headline, deck = (row.row for row in rows)
    [flag] = headline.flags
    assert flag.kind is ChangeKind.CHANGED and flag.severity is ChangeSeverity.MUST_REVIEW
    assert deck.flags[0].severity is ChangeSeverity.MINOR
    assert headline.translation is not None and headline.translation.text == RU[0]


def test_a_deck_added_or_removed_from_the_original_is_flagged_as_such() -> None:
    added = field_rows((HEADLINE, ""), (HEADLINE, DECK), (RU[0], ""))
    assert [row.field for row in added] == ["headline", "deck"]
    assert added[1].row.flags[0].kind is ChangeKind.ADDED
    assert added[1].row.translation is None
    removed = field_rows((HEADLINE, DECK), (HEADLINE, ""), RU)
    flag = removed[1].row.flags[0]
    assert flag.kind is ChangeKind.REMOVED and flag.old_text == DECK
    assert removed[1].row.original is None


def test_row_references_are_the_readiness_checks_keys() -> None:
    """Ignores and jumps name a row as the readiness check does: "headline", "deck", "p0"."""
    original = "First paragraph.\n\nSecond one.\n\nThird."
    translation = "Первый абзац.\n\nВторой.\n\nТретий.\n\nДобавлено переводчиком."
    body = desk_rows(original, original, translation)
    refs = qa_refs(("headline", "deck"), body)
    pairs = align_bodies(original, translation)
    _, expected = story_rows((HEADLINE, DECK), RU, pairs)
    assert [ref.key for ref in refs] == [ref.key for ref in expected]
    assert refs[0] == RowRef.headline() and refs[1] == RowRef.deck()
    assert refs[2].key == "p0"
    # Without a deck row the paragraphs keep their keys.
    assert [ref.key for ref in qa_refs(("headline",), body)] == [
        "headline", *(ref.key for ref in refs[2:])]


def test_checking_desk_rows_finds_each_rows_problems_by_position() -> None:
    found = check_desk_rows(
        [QaRow(0, RowRef.headline(), HEADLINE, "Узбекистан пропустит 1,2 млрд кубометров"),
         QaRow(5, RowRef.paragraph(4, "p3"), "On April 24.", "24 апреля.")],
        source_lang="en", target_lang="ru")
    assert set(found) == {0, 5}
    assert next((p.check, p.token) for p in found[0] if p.check is QaCheck.NUMBERS) == (
        QaCheck.NUMBERS, "1.1 billion")
    assert found[5] == ()


def test_with_texts_takes_the_desks_fields_and_keeps_the_rest() -> None:
    article = Article(headline="H", deck="D", body="B", language="ru")
    changed = with_texts(article, {"body": "B2", "headline": "H2"})
    assert (changed.headline, changed.deck, changed.body) == ("H2", "D", "B2")
    assert changed.language == "ru"
