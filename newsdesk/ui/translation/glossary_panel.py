"""The desk's glossary panel: the terms in the selected row's original and how to render them.

The glossary is read once on the task runner and compiled (:class:`Glossary` files terms
by their first letters), so finding a row's terms while the translator moves is quick enough
for the GUI thread; it is read again when the desk reloads or the glossary dialog changes it.
"""

from __future__ import annotations

import html
from typing import Final

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from newsdesk.domain.glossary import Glossary, TermHit
from newsdesk.services.glossary import GlossaryService
from newsdesk.ui.labels import language_name
from newsdesk.ui.tasks import TaskRunner, describe_failure

MAX_KEYS: Final = 9
"""Ctrl+Alt+1 … Ctrl+Alt+9 insert the first nine renderings."""


def distinct_terms(hits: tuple[TermHit, ...]) -> list[TermHit]:
    """One hit per term, in the order the terms first occur in the row."""
    seen: set[object] = set()
    kept: list[TermHit] = []
    for hit in hits:
        key = hit.term.id if hit.term.id is not None else hit.term.renderings
        if key not in seen:
            seen.add(key)
            kept.append(hit)
    return kept


class GlossaryPanel(QWidget):
    """The row's terms, each with its rendering, note and forbidden variants, and its key.

    Signals:
        glossary_loaded(): the glossary was read (again) and the row's terms shown anew.
        terms_shown(object): the list of :class:`TermHit` now shown for the row.
    """

    glossary_loaded = Signal()
    """The glossary was read from the database and compiled."""
    terms_shown = Signal(object)
    """The row's terms now listed (a list of TermHit, one per term)."""

    def __init__(self, service: GlossaryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryPanel")
        self._service = service
        self._glossary: Glossary | None = None
        self._row: tuple[str, str, str] = ("", "", "")
        self._hits: list[TermHit] = []
        self.terms_view = QTextBrowser(self)
        self.terms_view.setObjectName("glossaryTerms")
        self.terms_view.setAccessibleName(self.tr("Glossary terms in the row"))
        self.terms_view.setPlaceholderText(self.tr(
            "Glossary terms in the selected row's original appear here."))
        self.status_label = QLabel(self)
        self.status_label.setObjectName("glossaryStatusLabel")
        self.glossary_button = QPushButton(self.tr("Glossary…"), self)
        self.glossary_button.setObjectName("glossaryButton")
        self.glossary_button.setToolTip(self.tr("List, add and remove the newsroom's terms"))
        bar = QHBoxLayout()
        bar.addWidget(self.status_label, 1)
        bar.addWidget(self.glossary_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.terms_view, 1)
        layout.addLayout(bar)

    @property
    def hits(self) -> list[TermHit]:
        return list(self._hits)

    def reload(self) -> None:
        """Read and compile the glossary on the runner (latest request wins)."""
        TaskRunner.of().run(self._service.compiled, on_result=self._on_loaded,
                            on_error=self._on_failed, channel=f"desk-glossary-{id(self)}")

    def _on_loaded(self, glossary: Glossary) -> None:
        self._glossary = glossary
        self.status_label.setText("")
        self.show_row(*self._row)
        self.glossary_loaded.emit()

    def _on_failed(self, exc: BaseException) -> bool:
        self.status_label.setText(self.tr("The glossary could not be read: {0}")
                                  .format(describe_failure(exc)))
        return True

    def show_row(self, text: str, source: str, target: str) -> None:
        """List the terms of ``text`` (in ``source``) with their ``target`` renderings."""
        self._row = (text, source, target)
        glossary = self._glossary
        hits = glossary.find(text, source, target) if glossary is not None and text else ()
        self._hits = distinct_terms(hits)
        if not self._hits:
            self.terms_view.clear()
        else:
            self.terms_view.setHtml(self._html(target))
        self.terms_shown.emit(list(self._hits))

    def rendering(self, number: int) -> str | None:
        """The preferred rendering of the ``number``-th term listed (1-based), if it has one."""
        if not 1 <= number <= min(len(self._hits), MAX_KEYS):
            return None
        expected = self._hits[number - 1].expected
        return expected[0] if expected else None

    def _html(self, target: str) -> str:
        parts: list[str] = []
        for number, hit in enumerate(self._hits, start=1):
            key = (f"<span style='color:#555'>Ctrl+Alt+{number}</span> "
                   if number <= MAX_KEYS and hit.expected else "")
            if hit.expected:
                rendering = f"<b>{html.escape(hit.expected[0])}</b>"
                if len(hit.expected) > 1:
                    rendering += " (" + html.escape(", ".join(hit.expected[1:])) + ")"
            else:
                rendering = "<i>" + html.escape(self.tr("no rendering in {0}").format(
                    language_name(target))) + "</i>"
            lines = [f"{key}{html.escape(hit.found)} → {rendering}"]
            if hit.forbidden:
                lines.append("<span style='color:#a50e0e'>" + html.escape(
                    self.tr("not: {0}").format(", ".join(hit.forbidden))) + "</span>")
            if hit.term.note:
                lines.append(f"<span style='color:#777'>{html.escape(hit.term.note)}</span>")
            parts.append("<p>" + "<br>".join(lines) + "</p>")
        return "".join(parts)
