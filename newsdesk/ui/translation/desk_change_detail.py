"""The desk's detail pane for a row: what changed in the original, word by word, and what to do.

Its words are in the ``TranslationDeskWidget`` context of the catalogue (where they were
translated) and the flags' names in ``DeskModel``'s.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from newsdesk.domain.segments import SegmentState
from newsdesk.domain.translation_changes import ChangeKind, DeskRow, Segment, SegmentKind
from newsdesk.ui.translation.desk_model import FLAG_WORDS


def diff_html(segments: Iterable[Segment]) -> str:
    """Words inserted on green, deleted struck out on red, the rest as they are (escaped)."""
    words: list[str] = []
    for segment in segments:
        text = html.escape(segment.text)
        if segment.kind is SegmentKind.INSERTED:
            words.append(f"<span style='background:#c8ecc9'>{text}</span>")
        elif segment.kind is SegmentKind.DELETED:
            words.append(f"<s style='background:#f6c9c4'>{text}</s>")
        else:
            words.append(text)
    return "".join(words)


def _note(text: str) -> str:
    """A grey line of advice in the detail pane (already in the interface language)."""
    return f"<p style='color:#555'>{html.escape(text)}</p>"


def change_html(row: DeskRow, state: SegmentState) -> str:
    """The detail pane's text for a row in ``state``: what changed in the original, word by
    word. A row never translated has nothing to compare with: the pane says so, instead of
    claiming the original is unchanged "since it was translated"."""
    if not row.flags:
        if row.original is None:
            return QCoreApplication.translate(
                "TranslationDeskWidget", "<p>This paragraph is only in the translation.</p>")
        if state is SegmentState.UNTRANSLATED:
            return _note(QCoreApplication.translate("TranslationDeskWidget",
                                                    "Not translated yet."))
        return _note(QCoreApplication.translate(
            "TranslationDeskWidget", "No change in the original since it was translated."))
    parts: list[str] = []
    for flag in row.flags:
        flag_words = QCoreApplication.translate("DeskModel", FLAG_WORDS[flag.kind])
        parts.append(f"<p><b>{html.escape(flag_words)}.</b></p>")
        parts.append(f"<p>{diff_html(flag.segments)}</p>")
        if flag.kind is ChangeKind.ADDED:
            parts.append(_note(QCoreApplication.translate(
                "TranslationDeskWidget", "Type its translation in the empty cell.")))
        elif flag.kind is ChangeKind.REMOVED:
            parts.append(_note(QCoreApplication.translate(
                "TranslationDeskWidget", "Remove or rewrite the translation paragraph beside it.")))
    return "".join(parts)
