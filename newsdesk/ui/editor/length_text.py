"""The editor's length line in the interface language: words, characters, reading time, target.

The domain's ``describe_length`` writes it in English for the command line; the window says
the same here in the interface language and its number format (2,480 or 2 480).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from newsdesk.domain.text_stats import TextStats
from newsdesk.ui.plural import english_plural
from newsdesk.ui.translator import number_text


def length_text(stats: TextStats, target_words: int) -> str:
    """``412 words · 2,480 characters · 2 min read · 188 to go (target 600)``."""
    words = QCoreApplication.translate("LengthText", "{0} word(s)")
    characters = QCoreApplication.translate("LengthText", "{0} character(s)")
    parts = [
        english_plural(words, stats.words).format(number_text(stats.words)),
        english_plural(characters, stats.characters).format(number_text(stats.characters)),
        QCoreApplication.translate("LengthText", "{0} min read").format(stats.reading_minutes),
    ]
    if target_words > 0:
        gap = target_words - stats.words
        target = number_text(target_words)
        if gap > 0:
            parts.append(QCoreApplication.translate("LengthText", "{0} to go (target {1})")
                         .format(number_text(gap), target))
        elif gap < 0:
            parts.append(QCoreApplication.translate("LengthText", "{0} over (target {1})")
                         .format(number_text(-gap), target))
        else:
            parts.append(QCoreApplication.translate("LengthText", "on target ({0})")
                         .format(target))
    return " · ".join(parts)
