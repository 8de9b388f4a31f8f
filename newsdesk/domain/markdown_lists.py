"""Nesting Markdown list items, the one place where Tab means something in a story's body.

In Markdown an indented paragraph becomes a code block, so Tab must never indent prose (the
body's Tab moves on to the next field instead, as in a web text box); in a list it nests the
item under the one above, four spaces at a time.
"""

from __future__ import annotations

import re

INDENT = "    "
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])(?:\s|$)")


def is_list_item(line: str) -> bool:
    """A bullet (``-``, ``*``, ``+``) or numbered (``1.``, ``1)``) item."""
    return bool(_LIST_ITEM.match(line))


def unnest(line: str) -> str:
    """One level less (a tab or up to four spaces); an item at the margin stays there."""
    if line.startswith("\t"):
        return line[1:]
    spaces = len(line) - len(line.lstrip(" "))
    return line[min(spaces, len(INDENT)):]
