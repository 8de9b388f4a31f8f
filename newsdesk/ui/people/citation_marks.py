"""Wavy underlines under citations of unknown sources, and the source card on hover."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QColor, QHelpEvent, QTextCharFormat, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip

from newsdesk.domain.citations import CitationRef, find_citations
from newsdesk.ui.people.body_text import cursor_for_span, python_index
from newsdesk.ui.people.source_registry import SourceRegistry, source_card_html

# Marks our ExtraSelections so we replace only our own and keep those of others (find
# results, the current line): QPlainTextEdit has one list for every feature.
CITATION_SELECTION_PROPERTY: Final = QTextFormat.Property.UserProperty + 0x5C1
_DELAY_MS: Final = 200


def unknown_citation_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(QColor("#d35400"))
    fmt.setProperty(CITATION_SELECTION_PROPERTY, True)
    return fmt


def is_citation_selection(selection: QTextEdit.ExtraSelection) -> bool:
    return bool(selection.format.property(CITATION_SELECTION_PROPERTY))


class CitationMarks(QObject):
    """Underlines ``[…](source:key)`` whose key the registry lacks; hovering shows the card.

    ExtraSelections, not highlighter formats: they sit on top of the Markdown and spelling
    highlighters without touching their block states, and the registry changing (a source
    added in the dock) re-marks the text without re-highlighting it.
    """

    def __init__(self, registry: SourceRegistry, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._registry = registry
        self._edit: QPlainTextEdit | None = None
        self._citations: list[CitationRef] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        registry.changed.connect(self.refresh)

    def attach_to(self, body_edit: QPlainTextEdit) -> None:
        self._edit = body_edit
        body_edit.textChanged.connect(self._timer.start)
        body_edit.viewport().installEventFilter(self)
        self.refresh()

    @property
    def unknown_citations(self) -> list[CitationRef]:
        """The citations currently underlined."""
        return [ref for ref in self._citations if self._registry.get(ref.key) is None]

    def refresh(self) -> None:
        self._timer.stop()
        edit = self._edit
        if edit is None:
            return
        self._citations = find_citations(edit.toPlainText())
        fmt = unknown_citation_format()
        ours = []
        for ref in self.unknown_citations:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor_for_span(edit, ref.start, ref.end)
            selection.format = fmt
            ours.append(selection)
        others = [s for s in edit.extraSelections() if not is_citation_selection(s)]
        edit.setExtraSelections(others + ours)

    def tooltip_at(self, index: int) -> str | None:
        """The card for the citation covering Python offset ``index`` of the body, if any."""
        if self._timer.isActive():  # typed since the last refresh: do not show a stale card
            self.refresh()
        for ref in self._citations:
            if ref.start <= index < ref.end:
                source = self._registry.get(ref.key)
                if source is None:
                    return QCoreApplication.translate(
                        "CitationMarks", "<b>Unknown source</b> <code>source:{0}</code><br>Not in "
                        "the source registry: add it in the Sources dock or correct the id."
                    ).format(ref.key)
                return source_card_html(source)
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The type first: every event of the viewport passes here, the last ones while the
        # editor is already being deleted (asking it for its viewport then raises).
        edit = self._edit
        if event.type() == QEvent.Type.ToolTip and edit is not None and watched is edit.viewport():
            assert isinstance(event, QHelpEvent)
            cursor = edit.cursorForPosition(event.pos())
            index = python_index(edit.toPlainText(), cursor.position())
            tip = self.tooltip_at(index)
            if tip:
                QToolTip.showText(event.globalPos(), tip, edit.viewport())
                return True
            QToolTip.hideText()
        return super().eventFilter(watched, event)

