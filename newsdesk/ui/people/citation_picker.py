"""Ctrl+Shift+K in the body: a searchable popup of registry sources that inserts a citation."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.people import Source
from newsdesk.ui.people.naming import named
from newsdesk.ui.people.source_registry import SourceRegistry, source_card_html

SHORTCUT: Final = QKeySequence("Ctrl+Shift+K")
_KEY_ROLE: Final = Qt.ItemDataRole.UserRole + 1
# After these a citation needs no space of its own: "(see [x](source:k))", "«[x](source:k)».
_OPENERS: Final = frozenset("([{\"'“‘«„‚‹/-–—")


def citation_markdown(text: str, key: str) -> str:
    """``[text](source:key)`` with the link text's brackets escaped so the link stays one link."""
    label = text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    label = " ".join(label.split())  # a selection across paragraphs would break the link
    return f"[{label}](source:{key})"


def insert_citation(edit: QPlainTextEdit, source: Source) -> None:
    """Cite ``source`` at the cursor: the selected words become the link text, else its name.

    A space goes in front when the cursor sits right after a word or punctuation.

    One edit block, so a single Ctrl+Z takes the whole citation back out.
    """
    cursor = edit.textCursor()
    selected = cursor.selectedText().replace("\u2029", " ").strip()
    citation = citation_markdown(selected or source.name, source.key)
    start = cursor.selectionStart()
    before = edit.document().characterAt(start - 1) if start > 0 else ""
    if before and not before.isspace() and before not in _OPENERS:
        # Glued to the last word ("LASTWORDS[Kazinform](…)") the link reads as one word.
        citation = " " + citation
    cursor.beginEditBlock()
    cursor.insertText(citation)
    cursor.endEditBlock()
    edit.setTextCursor(cursor)


class _SourceListModel(QStringListModel):
    """Names with the key in a second line; the key is what gets inserted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sources: list[Source] = []

    def set_sources(self, sources: list[Source]) -> None:
        self._sources = sources
        self.setStringList([f"{s.name}  ·  {s.key}  ·  {s.title or s.kind}" for s in sources])

    def source_at(self, row: int) -> Source:
        return self._sources[row]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if index.isValid() and role == _KEY_ROLE:
            return self._sources[index.row()].key
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole:
            return source_card_html(self._sources[index.row()])
        return super().data(index, role)


class CitationPopup(QFrame):
    """The picker's popup: type to filter by name, id or title; Enter cites the highlighted one.

    Signals:
        source_chosen(str): the key of the source to cite.
    """

    source_chosen = Signal(str)
    """The user chose this source key (Enter or a click)."""

    def __init__(self, registry: SourceRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("citationPicker")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._registry = registry
        self.model = _SourceListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search_edit = named(QLineEdit(), "citationSearchEdit")
        self.search_edit.setPlaceholderText(self.tr("Cite a source: type a name or id…"))
        self.list_view = named(QListView(), "citationList")
        self.list_view.setModel(self.proxy)
        self.list_view.setUniformItemSizes(True)
        self.card = named(QLabel(), "citationCardLabel")
        self.card.setWordWrap(True)
        self.card.setTextFormat(Qt.TextFormat.RichText)
        self.card.setStyleSheet("padding: 4px; background: palette(alternate-base);")
        hint = QLabel(self.tr("Enter cites · Esc closes · selected words become the link text"))
        hint.setStyleSheet("color: palette(placeholder-text); font-size: 9pt;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.card)
        layout.addWidget(hint)
        self.resize(440, 320)
        self.search_edit.textChanged.connect(self.on_search_text_changed)
        self.search_edit.installEventFilter(self)
        self.list_view.activated.connect(self.on_list_activated)
        self.list_view.clicked.connect(self.on_list_activated)
        self.list_view.selectionModel().currentChanged.connect(self.on_current_changed)

    def reset(self) -> None:
        self.model.set_sources(self._registry.sources())
        self.search_edit.clear()
        self.on_search_text_changed("")

    def on_search_text_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount():
            self.list_view.setCurrentIndex(self.proxy.index(0, 0))
        else:
            self.card.setText(self.tr("<i>No source matches: add it in the Sources dock.</i>"))

    def on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            row = self.proxy.mapToSource(current).row()
            self.card.setText(source_card_html(self.model.source_at(row)))

    def on_list_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.hide()
            self.source_chosen.emit(str(index.data(_KEY_ROLE)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Arrow keys move in the list while the search field keeps the focus for typing.
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                QCoreApplication.sendEvent(self.list_view, event)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.on_list_activated(self.list_view.currentIndex())
                return True
        return super().eventFilter(watched, event)


class CitationPicker(QObject):
    """Inserts ``[selected text or source name](source:key)`` from a popup (Ctrl+Shift+K).

    ``action`` is the QAction the shell may also put in a menu; it only works once the picker
    is attached to a body.

    Signals:
        citation_inserted(str): a citation of this key was inserted into the body.
    """

    citation_inserted = Signal(str)
    """The key just cited."""

    def __init__(self, registry: SourceRegistry, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._registry = registry
        self._edit: QPlainTextEdit | None = None
        self.popup: CitationPopup | None = None
        self.action = QAction(self.tr("Cite a source…"), self)
        self.action.setObjectName("citeSourceAction")
        self.action.setShortcut(SHORTCUT)
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.triggered.connect(self.open)

    def attach_to(self, body_edit: QPlainTextEdit) -> None:
        """Listen for Ctrl+Shift+K in ``body_edit`` and insert citations there."""
        self._edit = body_edit
        body_edit.addAction(self.action)
        self.popup = CitationPopup(self._registry, body_edit)
        self.popup.source_chosen.connect(self.on_source_chosen)

    def open(self) -> None:
        """Show the popup under the text cursor with the search field focused."""
        edit, popup = self._edit, self.popup
        if edit is None or popup is None:
            return
        popup.reset()
        corner = edit.cursorRect().bottomLeft()
        popup.move(edit.viewport().mapToGlobal(corner))
        popup.show()
        popup.search_edit.setFocus()

    def on_source_chosen(self, key: str) -> None:
        edit = self._edit
        source = self._registry.get(key)
        if edit is None or source is None:
            return
        insert_citation(edit, source)
        edit.setFocus()
        self.citation_inserted.emit(key)
