"""Completing source ids after ``](source:`` in the body, from the registry."""

from __future__ import annotations

import re
from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel, QTextCursor
from PySide6.QtWidgets import QCompleter, QListView, QPlainTextEdit

from newsdesk.ui.people.naming import named
from newsdesk.ui.people.source_registry import SourceRegistry

# The key being typed: what follows `](source:` up to the cursor, on the same line.
_TYPING_KEY: Final = re.compile(r"\]\(source:([a-z0-9_-]*)\Z")
_POPUP_KEYS: Final = frozenset(
    {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Escape, Qt.Key.Key_Backtab}
)


def key_prefix_before(line_before_cursor: str) -> str | None:
    """The partial key when the cursor sits right after ``](source:…``, else None."""
    match = _TYPING_KEY.search(line_before_cursor)
    return match.group(1) if match else None


class CitationCompleter(QObject):
    """Pops up matching source ids while a citation target is typed; Enter or Tab completes.

    The body editor is another engineer's class, so instead of overriding its keyPressEvent
    (as Qt's Custom Completer example does) event filters keep Enter/Tab/Escape for the popup.
    """

    def __init__(self, registry: SourceRegistry, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._registry = registry
        self._edit: QPlainTextEdit | None = None
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.activated.connect(self.on_completer_activated)
        self.popup = named(QListView(), "citationKeyPopup")
        self.completer.setPopup(self.popup)
        # Installed after the completer's own filter, so it runs first: QCompleter would pass
        # Enter on to the editor after completing, which would add a new paragraph.
        self.popup.installEventFilter(self)
        registry.changed.connect(self.on_registry_changed)
        self.on_registry_changed()

    def attach_to(self, body_edit: QPlainTextEdit) -> None:
        self._edit = body_edit
        self.completer.setWidget(body_edit)
        body_edit.textChanged.connect(self.on_text_changed)
        body_edit.installEventFilter(self)

    def on_registry_changed(self) -> None:
        self.model.clear()
        for source in self._registry.sources():
            item = QStandardItem(source.key)
            item.setToolTip(source.name)
            self.model.appendRow(item)

    def on_text_changed(self) -> None:
        edit = self._edit
        if edit is None or not edit.hasFocus():
            return
        cursor = edit.textCursor()
        before = cursor.block().text()[: cursor.positionInBlock()]
        prefix = key_prefix_before(before)
        popup = self.popup
        if prefix is None:
            popup.hide()
            return
        self.completer.setCompletionPrefix(prefix)
        if self.completer.completionCount() == 0:
            popup.hide()
            return
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
        rect = edit.cursorRect()
        rect.setWidth(max(260, popup.sizeHintForColumn(0) + 24))
        self.completer.complete(rect)

    def on_completer_activated(self, key: str) -> None:
        """Replace the typed part of the key with ``key`` and close the link if it is open."""
        edit = self._edit
        if edit is None:
            return
        cursor = edit.textCursor()
        prefix = self.completer.completionPrefix()
        cursor.beginEditBlock()
        cursor.movePosition(
            QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(prefix)
        )
        after = cursor.block().text()[cursor.positionInBlock() + len(prefix):]
        cursor.insertText(key if after.startswith(")") else key + ")")
        cursor.endEditBlock()
        edit.setTextCursor(cursor)
        self.popup.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.popup and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
                index = self.popup.currentIndex()
                self.popup.hide()
                if index.isValid():
                    self.on_completer_activated(str(index.data()))
                return True
        if (
            watched is self._edit
            and event.type() == QEvent.Type.KeyPress
            and self.popup.isVisible()
        ):
            assert isinstance(event, QKeyEvent)
            if event.key() in _POPUP_KEYS:
                event.ignore()  # the completer's popup handles it
                return True
        return super().eventFilter(watched, event)
