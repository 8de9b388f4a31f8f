"""A translation's progress line as the window says it: "RU: 14/18 translated, 2 flagged".

The desk's header, the story list's language column and the story's details all say it in
these words (the desk's own catalogue entries, so the Russian is the same everywhere).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from newsdesk.domain.segments import Progress
from newsdesk.domain.translation_progress import TranslationProgress


def progress_line(line: Progress) -> str:
    text = QCoreApplication.translate("TranslationDeskWidget", "{0}: {1}/{2} translated").format(
        line.language.upper(), line.done, line.total)
    if line.flagged:
        text += QCoreApplication.translate("TranslationDeskWidget", ", {0} flagged").format(
            line.flagged)
    return text


def progress_lines(entries: Sequence[TranslationProgress]) -> str:
    """One line per translation (an original with several), in the order given."""
    return "\n".join(progress_line(entry.progress) for entry in entries)
