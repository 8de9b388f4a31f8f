"""Word-level diffs between two texts of a story: headline, deck and body paragraph by paragraph."""

from __future__ import annotations

from newsdesk.domain.article import Article
from newsdesk.domain.revision_diff import TextField, body_diff, story_diff
from newsdesk.domain.translation_changes import Segment, SegmentKind

EQ, INS, DEL = SegmentKind.EQUAL, SegmentKind.INSERTED, SegmentKind.DELETED


def test_headline_word_change_is_one_deleted_and_one_inserted_run() -> None:
    diff = story_diff(Article(headline="Water deal signed in Tashkent"),
                      Article(headline="Water deal signed in Astana"))
    headline = diff.fields[0]
    assert headline.field is TextField.HEADLINE and headline.changed
    assert headline.segments == (Segment(EQ, "Water deal signed in "), Segment(DEL, "Tashkent"),
                                 Segment(INS, "Astana"))
    assert headline.old_text == "Water deal signed in Tashkent"
    assert headline.new_text == "Water deal signed in Astana"
    assert not diff.fields[1].changed  # the deck: empty on both sides


def test_identical_texts_have_no_changes() -> None:
    story = Article(headline="A", deck="B", body="One.\n\nTwo.")
    diff = story_diff(story, story)
    assert not diff.changed and diff.changes == ()
    assert [f.field for f in diff.fields] == [TextField.HEADLINE, TextField.DECK,
                                             TextField.BODY, TextField.BODY]


def test_added_removed_and_edited_paragraphs_in_reading_order() -> None:
    old = "First paragraph stays.\n\nSecond one goes away entirely.\n\nThird said 12 percent."
    new = "First paragraph stays.\n\nThird said 15 percent.\n\nA brand new closing line."
    rows = body_diff(old, new)
    kinds = [tuple(s.kind for s in row.segments) for row in rows]
    assert kinds[0] == (EQ,)
    assert rows[1].segments == (Segment(DEL, "Second one goes away entirely."),)
    assert rows[2].segments == (Segment(EQ, "Third said "), Segment(DEL, "12"),
                                Segment(INS, "15"), Segment(EQ, " percent."))
    assert rows[3].segments == (Segment(INS, "A brand new closing line."),)
    assert [r.paragraph for r in rows] == [0, 1, 1, 2]


def test_rewrapped_paragraph_is_not_a_change() -> None:
    assert not any(r.changed for r in body_diff("One long\nline here.", "One long line here."))


def test_russian_text_diffs_by_words() -> None:
    rows = body_diff("Переговоры прошли в Астане.", "Переговоры прошли в Ташкенте.")
    assert rows[0].segments[-2:] == (Segment(INS, "Ташкенте"), Segment(EQ, "."))
    assert Segment(DEL, "Астане") in rows[0].segments
