"""Counting text the way a reader sees it, for the counters the desk shows."""

from __future__ import annotations

from PySide6.QtCore import QTextBoundaryFinder


def visible_characters(text: str) -> int:
    """Characters as a reader counts them: "é" typed as e + accent, a flag or a family emoji
    is one. (Python's ``len`` counts code points, and would call a 🇰🇿 two characters.)"""
    if text.isascii():
        return len(text)  # every code point is a character: skip the boundary walk
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, text)
    count = 0
    while finder.toNextBoundary() != -1:
        count += 1
    return count
