"""Which lines Tab may nest (list items only) and how far Shift+Tab takes them back."""

from __future__ import annotations

import pytest

from newsdesk.domain.markdown_lists import is_list_item, unnest


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- close the canal", True),
        ("* item", True),
        ("+ item", True),
        ("12. twelfth", True),
        ("3) third", True),
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
