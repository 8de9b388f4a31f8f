"""Text on its way to a terminal: control characters shown as escapes, never obeyed.

A headline stored before one-line fields were cleaned (or written by another program) may
hold ESC or BEL; printed raw, it clears the screen, retitles the window or rings the bell.
The CLI prints every value from the database or a file through :func:`printable`.
"""

from __future__ import annotations

import re
from typing import Final

# C0 and C1 controls and DEL; tab too, because it separates the CLI's columns.
_CONTROL: Final = re.compile("[\x00-\x1f\x7f-\x9f]")
_CONTROL_KEEPING_LINES: Final = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")
_NAMED: Final = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _NAMED.get(char) or f"\\x{ord(char):02x}"


def printable(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with control characters written as ``\\x1b``, ``\\n``, ``\\t``..."""
    if text.isprintable():
        return text  # the common case costs one scan
    pattern = _CONTROL_KEEPING_LINES if keep_newlines else _CONTROL
    return pattern.sub(_escape, text)
