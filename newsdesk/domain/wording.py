"""Counted nouns for messages people read: "1 story", "3 stories", never "1 stories"."""

from __future__ import annotations

_IRREGULAR = {"story": "stories", "entry": "entries", "thing": "things", "file": "files"}


def count_of(number: int, singular: str, plural: str | None = None) -> str:
    """``count_of(1, "story")`` -> "1 story"; ``count_of(3, "story")`` -> "3 stories"."""
    if number == 1:
        return f"1 {singular}"
    word = plural or _IRREGULAR.get(singular) or f"{singular}s"
    return f"{number:,} {word}"


def describe_os_error(error: OSError) -> str:
    """``/out/x.html: Permission denied``: the path and the reason, without Python's errno."""
    reason = error.strerror or str(error)
    return f"{error.filename}: {reason}" if error.filename else reason
