"""The desk's concordance panel: memory pairs that contain a word or phrase, the hit marked."""

from __future__ import annotations

import html
import re
from functools import partial
from typing import Final

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.memory import MemoryEntry, base_language
from newsdesk.services.translation_memory import TranslationMemoryService
from newsdesk.ui.plural import english_plural
from newsdesk.ui.tasks import TaskRunner, describe_failure

SOURCE, TARGET = "source", "target"
LIMIT: Final = 50
_HIT_STYLE: Final = "background:#ffe08a"


def hit_spans(text: str, phrase: str) -> list[tuple[int, int]]:
    """Where ``phrase`` occurs in ``text`` as the memory's concordance compares: case, ё/е and
    runs of whitespace aside (so the panel marks what the search found, not something else)."""
    words = phrase.split()
    if not words:
        return []

    def letters(word: str) -> str:
        return "".join("[её]" if c in "её" else re.escape(c) for c in word.casefold())
    pattern = re.compile(r"\s+".join(letters(word) for word in words), re.IGNORECASE)
    return [match.span() for match in pattern.finditer(text)]


def marked_html(text: str, phrase: str) -> str:
    """``text`` escaped, each hit of ``phrase`` highlighted."""
    parts: list[str] = []
    last = 0
    for start, end in hit_spans(text, phrase):
        parts.append(html.escape(text[last:start]))
        parts.append(f"<span style='{_HIT_STYLE}'><b>{html.escape(text[start:end])}</b></span>")
        last = end
    parts.append(html.escape(text[last:]))
    return "".join(parts)


def entries_html(entries: tuple[MemoryEntry, ...], phrase: str, side: str) -> str:
    """Each pair: its source and target (the searched side's hit marked), then the story, the
    date and the translator it comes from."""
    parts: list[str] = []
    for entry in entries:
        source = (marked_html(entry.source, phrase) if side == SOURCE
                  else html.escape(entry.source))
        target = (marked_html(entry.target, phrase) if side == TARGET
                  else html.escape(entry.target))
        origin = ", ".join(part for part in (
            entry.story_headline or entry.story_slug, f"{entry.created_at:%Y-%m-%d}",
            entry.translator) if part)
        parts.append(f"<p>{source}<br><span style='color:#174f8c'>{target}</span>"
                     f"<br><span style='color:#777'>{html.escape(origin)}</span></p>")
    return "".join(parts)


class ConcordancePanel(QWidget):
    """Search field, side (originals or translations) and the pairs found, newest first.

    The search runs on the task runner, latest request wins: typing a second phrase while the
    first is searched shows only the second's pairs.

    Signals:
        results_shown(object): the pairs (a tuple of :class:`MemoryEntry`) now listed.
    """

    results_shown = Signal(object)
    """The concordance pairs now shown (a tuple of MemoryEntry; empty when none)."""

    def __init__(self, memory: TranslationMemoryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("concordancePanel")
        self._memory = memory
        self._languages = ("", "")
        self._entries: tuple[MemoryEntry, ...] = ()
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("concordanceSearchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("A word or phrase to find in the memory"))
        self.search_edit.setAccessibleName(self.tr("Concordance search"))
        self.side_combo = QComboBox(self)
        self.side_combo.setObjectName("concordanceSideCombo")
        self.side_combo.addItem(self.tr("in originals"), SOURCE)
        self.side_combo.addItem(self.tr("in translations"), TARGET)
        self.results = QTextBrowser(self)
        self.results.setObjectName("concordanceResults")
        self.results.setAccessibleName(self.tr("Concordance results"))
        self.results.setPlaceholderText(self.tr(
            "Select a word or phrase in either column and press Ctrl+K, or type it above."))
        self.status_label = QLabel(self)
        self.status_label.setObjectName("concordanceStatusLabel")
        row = QHBoxLayout()
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.side_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.results, 1)
        self.search_edit.returnPressed.connect(self.on_search_requested)

    @property
    def entries(self) -> tuple[MemoryEntry, ...]:
        return self._entries

    def set_languages(self, source: str, target: str) -> None:
        """The desk's pair of languages: only pairs between these two are listed."""
        self._languages = (base_language(source), base_language(target))

    def on_search_requested(self) -> None:
        self.search(self.search_edit.text(), str(self.side_combo.currentData()))

    def focus_field(self, side: str) -> None:
        """No selection to look for: the field takes the focus, on the pane's side."""
        self.side_combo.setCurrentIndex(max(0, self.side_combo.findData(side)))
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def search(self, phrase: str, side: str) -> bool:
        """Look ``phrase`` up on ``side`` of the memory's pairs (on the runner)."""
        phrase = " ".join(phrase.split())
        source, target = self._languages
        if not phrase or not source:
            self.focus_field(side)
            return False
        self.search_edit.setText(phrase)
        self.side_combo.setCurrentIndex(max(0, self.side_combo.findData(side)))
        self.status_label.setText(self.tr("Searching the memory for “{0}”…").format(phrase))
        language = source if side == SOURCE else target
        TaskRunner.of().run(
            partial(self._memory.concordance, limit=LIMIT), phrase, language, side,
            on_result=partial(self._on_found, phrase, side),
            on_error=self._on_failed, channel=f"desk-concordance-{id(self)}")
        return True

    def _on_found(self, phrase: str, side: str, found: tuple[MemoryEntry, ...]) -> None:
        source, target = self._languages
        # The memory holds every language pair: keep this desk's (en→ru, not en→de).
        self._entries = tuple(e for e in found if base_language(e.source_language) == source
                              and base_language(e.target_language) == target)
        if self._entries:
            self.results.setHtml(entries_html(self._entries, phrase, side))
            self.status_label.setText(english_plural(
                self.tr("%n pair(s) with “{0}”", "", len(self._entries)),
                len(self._entries)).format(phrase))
        else:
            self.results.clear()
            self.status_label.setText(
                self.tr("No pair in the memory contains “{0}”.").format(phrase))
        self.results_shown.emit(self._entries)

    def _on_failed(self, exc: BaseException) -> bool:
        self._entries = ()
        self.results.clear()
        self.status_label.setText(self.tr("The memory could not be searched: {0}")
                                  .format(describe_failure(exc)))
        self.results_shown.emit(self._entries)
        return True
