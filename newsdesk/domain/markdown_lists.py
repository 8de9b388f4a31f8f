"""Nesting Markdown list items, the one place where Tab means something in a story's body.

In Markdown an indented paragraph becomes a code block, so Tab must never indent prose (the
body's Tab moves on to the next field instead, as in a web text box). In a list it nests an
item under the item above, one level (four spaces) deeper than that item at most: the first
item of a list, or one already nested under its neighbour, has nowhere to go, and indenting
it anyway would publish the list as code.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

INDENT = "    "
# Bullets and "1." items: the list kinds the renderer (Python-Markdown) knows. "1)" is not one
# of them there, so it is left alone.
_LIST_ITEM = re.compile(r"^(\s*)(?:[-*+]|\d{1,9}\.)(?:\s|$)")
_THEMATIC_BREAK = re.compile(r"^\s*([-*_])(?:\s*\1){2,}\s*$")  # "* * *" is a rule, not an item


def is_list_item(line: str) -> bool:
    """A bullet (``-``, ``*``, ``+``) or numbered (``1.``) item, not a ``* * *`` rule."""
    return bool(_LIST_ITEM.match(line)) and not _THEMATIC_BREAK.match(line)


def indent_of(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def can_nest(lines: Sequence[str], index: int) -> bool:
    """Whether ``lines[index]``, a list item, may go one level deeper: the item above it must
    be at least as deep as it is now."""
    if not is_list_item(lines[index]):
        return False
    for previous in reversed(lines[:index]):
        if not previous.strip():
            return False  # a blank line first: this item starts its own list
        if is_list_item(previous):
            return indent_of(previous) >= indent_of(lines[index])
        # A continuation line of the item above: keep looking up for its marker.
    return False


def unnest(line: str) -> str:
    """One level less (a tab or up to four spaces); an item at the margin stays there."""
    if line.startswith("\t"):
        return line[1:]
    spaces = indent_of(line)
    return line[min(spaces, len(INDENT)):]
