"""Counted nouns in messages."""

from newsdesk.domain.wording import count_of


def test_counts_read_naturally() -> None:
    assert count_of(1, "story") == "1 story"
    assert count_of(0, "story") == "0 stories"
    assert count_of(1500, "story") == "1,500 stories"
    assert count_of(2, "thing") == "2 things"
    assert count_of(2, "word") == "2 words"
    assert count_of(2, "index", "indexes") == "2 indexes"
