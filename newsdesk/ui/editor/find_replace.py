"""The find and replace bar under the body (Ctrl+F, Ctrl+H), with case and whole-word options."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

__all__ = ["FindReplaceBar"]


class FindReplaceBar(QWidget):
    """Searches the editor it is attached to; "Replace all" is one step on the undo stack.

    The Ctrl+F / Ctrl+H actions live on :class:`ArticleEditor` (``find_action``,
    ``replace_action``) so the window can put the same actions in its Edit menu.

    Signals:
        message(str): the outcome for the status line ("3 replaced", "Not found").
    """

    message = Signal(str)
    """What the last search or replacement did, in words for the user."""

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.setObjectName("findBar")
        self._build()
        self._connect_signals()
        self.hide()

    def _build(self) -> None:
        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("findEdit")
        self.find_edit.setPlaceholderText(self.tr("Find"))
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setObjectName("replaceEdit")
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.match_case = QCheckBox(self.tr("Match case"), self)
        self.match_case.setObjectName("findMatchCase")
        self.whole_word = QCheckBox(self.tr("Whole word"), self)
        self.whole_word.setObjectName("findWholeWord")
        self.previous_button = self._button("findPreviousButton", self.tr("Previous"))
        self.next_button = self._button("findNextButton", self.tr("Next"))
        self.replace_button = self._button("replaceButton", self.tr("Replace"))
        self.replace_all_button = self._button("replaceAllButton", self.tr("Replace all"))
        self.close_button = self._button("findCloseButton", "✕")
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.result_label = QLabel(self)
        self.result_label.setObjectName("findResultLabel")

        find_row = QHBoxLayout()
        find_row.addWidget(QLabel(self.tr("Find:"), self))
        find_row.addWidget(self.find_edit, 1)
        for widget in (self.previous_button, self.next_button, self.match_case, self.whole_word):
            find_row.addWidget(widget)
        find_row.addWidget(self.result_label)
        find_row.addWidget(self.close_button)
        self.replace_row = QWidget(self)
        replace_layout = QHBoxLayout(self.replace_row)
        replace_layout.setContentsMargins(0, 0, 0, 0)
        replace_layout.addWidget(QLabel(self.tr("Replace:"), self))
        replace_layout.addWidget(self.replace_edit, 1)
        replace_layout.addWidget(self.replace_button)
        replace_layout.addWidget(self.replace_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(find_row)
        layout.addWidget(self.replace_row)

    def _button(self, name: str, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _connect_signals(self) -> None:
        self.find_edit.returnPressed.connect(self.find_next)
        self.replace_edit.returnPressed.connect(self.replace_current)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)

    # -- opening and closing -----------------------------------------------------------------
    def show_find(self) -> None:
        self._open(replace=False)

    def show_replace(self) -> None:
        self._open(replace=True)

    def _open(self, *, replace: bool) -> None:
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.replace_row.setVisible(replace)
        self.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self._editor.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    # -- searching ---------------------------------------------------------------------------
    def _flags(self, *, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.match_case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if self.whole_word.isChecked():
            flags |= QTextDocument.FindFlag.FindWholeWords
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _find(self, *, backward: bool) -> bool:
        needle = self.find_edit.text()
        if not needle:
            return False
        document = self._editor.document()
        flags = self._flags(backward=backward)
        found = document.find(needle, self._editor.textCursor(), flags)
        if found.isNull():  # wrap around, as every editor does
            start = QTextCursor(document)
            if backward:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = document.find(needle, start, flags)
        if found.isNull():
            self._say(self.tr("Not found"))
            return False
        self._editor.setTextCursor(found)
        self._say("")
        return True

    def _matches_selection(self) -> bool:
        selected = self._editor.textCursor().selectedText()
        needle = self.find_edit.text()
        if self.match_case.isChecked():
            return selected == needle
        return selected.casefold() == needle.casefold()

    def replace_current(self) -> bool:
        """Replace the selected match (if it is one) and move on to the next."""
        if not self.find_edit.text():
            return False
        cursor = self._editor.textCursor()
        if cursor.hasSelection() and self._matches_selection():
            cursor.insertText(self.replace_edit.text())
            self._editor.setTextCursor(cursor)
        return self.find_next()

    def replace_all(self) -> int:
        """Replace every match; one undo step brings them all back."""
        needle = self.find_edit.text()
        if not needle:
            return 0
        document = self._editor.document()
        flags = self._flags()
        replacement = self.replace_edit.text()
        count = 0
        edit = QTextCursor(document)
        edit.beginEditBlock()
        found = document.find(needle, 0, flags)
        while not found.isNull():
            edit.setPosition(found.selectionStart())
            edit.setPosition(found.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
            edit.insertText(replacement)
            count += 1
            found = document.find(needle, edit.position(), flags)
        edit.endEditBlock()
        self._say(self.tr("%n replaced", "", count) if count else self.tr("Not found"))
        return count

    def _say(self, text: str) -> None:
        self.result_label.setText(text)
        if text:
            self.message.emit(text)
