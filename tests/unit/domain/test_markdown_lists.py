"""Which lines Tab may nest (list items only) and how far Shift+Tab takes them back."""

from __future__ import annotations

import pytest

from newsdesk.domain.markdown_lists import can_nest, is_list_item, unnest


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- close the canal", True),
        ("* item", True),
        ("+ item", True),
        ("12. twelfth", True),
        ("3) third", False),  # not a list to the renderer: indented, it would be code
        ("* * *", False),  # a horizontal rule
        ("- - -", False),
        ("    - nested", True),
        ("-", True),
        ("-3 degrees in Astana", False),  # a minus sign, not a bullet
        ("2025. A year of drought", True),  # Markdown reads this as a list item too
        ("1.5 million tonnes", False),
        ("Officials said", False),
        ("", False),
    ],
)
def test_list_items_are_what_markdown_calls_list_items(line: str, expected: bool) -> None:
    assert is_list_item(line) is expected


def test_unnest_takes_back_one_level_and_stops_at_the_margin() -> None:
    assert unnest("        - deep") == "    - deep"
    assert unnest("  - two spaces") == "- two spaces"
    assert unnest("\t- tab") == "- tab"
    assert unnest("- margin") == "- margin"


def test_an_item_nests_only_under_an_item_at_least_as_deep() -> None:
    lines = ["Steps:", "", "- close the canal", "- repair it", "    - order parts",
             "    - hire crews", "  spread over two lines", "- reopen", "", "- new list"]
    assert not can_nest(lines, 2)  # the first item: nothing above to nest under
    assert can_nest(lines, 3)
    assert not can_nest(lines, 4)  # already one level under "repair it"
    assert can_nest(lines, 5)  # under "order parts", which is as deep
    assert can_nest(lines, 7)  # the item above continues on a second line
    assert not can_nest(lines, 9)  # after a blank line: a new list's first item
    assert not can_nest(lines, 0)  # prose
