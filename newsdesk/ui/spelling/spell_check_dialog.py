"""The whole-story spelling check (F7): walk from one misspelling to the next and fix each."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services.spelling import WordSpan, iter_words_in_line
from newsdesk.ui.spelling.context_menu import MAX_SUGGESTIONS, SpellingMenu, replace_word
from newsdesk.ui.spelling.highlighter import utf16_offsets

__all__ = ["SpellCheckDialog"]


class SpellCheckDialog(QDialog):
    """Steps through the story's misspellings from the top, selecting each in the editor.

    Add and Ignore go through the editor's :class:`SpellingMenu`, so the window wires the house
    dictionary once for the menu and the dialog alike. Finding the next word checks only the
    text after the current one, through the checker's cache, so each step is quick even in a
    long story.

    Signals:
        check_completed: the walk reached the end of the story.
    """

    check_completed = Signal()
    """No misspelling is left after the current position."""

    def __init__(self, spelling: SpellingMenu, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spelling = spelling
        self._position = 0
        self._current: tuple[int, int, str] | None = None
        self.setObjectName("spellCheckDialog")
        self.setWindowTitle(self.tr("Check spelling"))
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self.word_label = QLabel(self)
        self.word_label.setObjectName("spellWordLabel")
        self.context_label = QLabel(self)
        self.context_label.setObjectName("spellContextLabel")
        self.context_label.setWordWrap(True)
        self.replacement_edit = QLineEdit(self)
        self.replacement_edit.setObjectName("spellReplacementEdit")
        self.suggestion_list = QListWidget(self)
        self.suggestion_list.setObjectName("spellSuggestionList")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("spellStatusLabel")
        self.replace_button = self._button("spellReplaceButton", self.tr("&Replace"))
        self.replace_all_button = self._button("spellReplaceAllButton", self.tr("Replace &all"))
        self.add_button = self._button("spellAddButton", self.tr("A&dd to house dictionary"))
        self.ignore_button = self._button("spellIgnoreButton", self.tr("&Ignore in this article"))
        self.skip_button = self._button("spellSkipButton", self.tr("&Skip"))
        self.close_button = self._button("spellCloseButton", self.tr("Close"))
        buttons = QGridLayout()
        for index, button in enumerate(
            (
                self.replace_button,
                self.replace_all_button,
                self.add_button,
                self.ignore_button,
                self.skip_button,
                self.close_button,
            )
        ):
            buttons.addWidget(button, index // 2, index % 2)
        layout = QVBoxLayout(self)
        for widget in (
            self.word_label,
            self.context_label,
            self.replacement_edit,
            self.suggestion_list,
        ):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _connect_signals(self) -> None:
        self.replace_button.clicked.connect(self.on_replace_clicked)
        self.replace_all_button.clicked.connect(self.on_replace_all_clicked)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.ignore_button.clicked.connect(self.on_ignore_clicked)
        self.skip_button.clicked.connect(self.on_skip_clicked)
        self.close_button.clicked.connect(self.reject)
        self.suggestion_list.currentItemChanged.connect(self.on_suggestion_changed)

    @property
    def current_word(self) -> str | None:
        """The misspelling shown now, as typed; None when the walk is over."""
        return self._current[2] if self._current else None

    def start(self) -> bool:
        """Begin at the top of the story; False when it has no misspelling at all."""
        self._position = 0
        return self.find_next()

    def find_next(self) -> bool:
        """Select the next misspelling after the current position in the editor and show it."""
        found = self._next_misspelling(self._position)
        if found is None:
            self._finish()
            return False
        start, end, typed, span = found
        self._current = (start, end, typed)
        self._select(start, end)
        checker = self._spelling.underliner.checker
        suggestions = checker.suggest(typed, MAX_SUGGESTIONS) if checker else []
        self.word_label.setText(self.tr("Not in the dictionary: %s") % typed)
        block_text = self._spelling.editor.document().findBlock(start).text()
        self.context_label.setText(block_text)
        self.suggestion_list.clear()
        for suggestion in suggestions:
            QListWidgetItem(suggestion, self.suggestion_list)
        self.replacement_edit.setText(suggestions[0] if suggestions else span.word)
        if suggestions:
            self.suggestion_list.setCurrentRow(0)
        self.status_label.clear()
        self._set_buttons_enabled(True)
        return True

    def on_suggestion_changed(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.replacement_edit.setText(item.text())

    def on_replace_clicked(self) -> None:
        if self._current is None:
            return
        start, end, _typed = self._current
        replacement = self.replacement_edit.text()
        replace_word(self._cursor(start, end), replacement)
        self._position = start + len(replacement.encode("utf-16-le")) // 2
        self.find_next()

    def on_replace_all_clicked(self) -> None:
        """Replace every occurrence of the word in the story as one undoable edit."""
        if self._current is None:
            return
        start, _end, typed = self._current
        replacement = self.replacement_edit.text()
        occurrences = self._occurrences(typed)
        cursor = self._cursor(start, start)
        cursor.beginEditBlock()
        for occurrence_start, occurrence_end in reversed(occurrences):
            cursor.setPosition(occurrence_start)
            cursor.setPosition(occurrence_end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(replacement)
        cursor.endEditBlock()
        shift = sum(1 for s, _ in occurrences if s < start)
        growth = len(replacement.encode("utf-16-le")) // 2 - len(typed.encode("utf-16-le")) // 2
        self._position = start + shift * growth
        self.find_next()

    def on_add_clicked(self) -> None:
        if self._current is None:
            return
        self._spelling.add_to_house(self._current[2])
        self.find_next()

    def on_ignore_clicked(self) -> None:
        if self._current is None:
            return
        self._spelling.ignore(self._current[2])
        self.find_next()

    def on_skip_clicked(self) -> None:
        if self._current is None:
            return
        self._position = self._current[1]
        self.find_next()

    def _finish(self) -> None:
        self._current = None
        self.word_label.clear()
        self.context_label.clear()
        self.replacement_edit.clear()
        self.suggestion_list.clear()
        self.status_label.setText(self.tr("The spelling check is complete."))
        self._set_buttons_enabled(False)
        self.check_completed.emit()

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for button in (
            self.replace_button,
            self.replace_all_button,
            self.add_button,
            self.ignore_button,
            self.skip_button,
        ):
            button.setEnabled(enabled)

    def _words_from(self, position: int) -> Iterator[tuple[int, int, str, WordSpan]]:
        """Every checkable word starting at or after ``position``, in document positions.

        A generator, so finding the next misspelling stops at it instead of reading the rest.
        """
        in_code_block = False
        block = self._spelling.editor.document().firstBlock()
        while block.isValid():
            text = block.text()
            base = block.position()
            spans, after = iter_words_in_line(text, in_code_block)
            in_code_block = after
            if base + len(text.encode("utf-16-le")) // 2 >= position:
                offsets = utf16_offsets(text)
                for span in spans:
                    start, end = (offsets[span.start], offsets[span.end]) if offsets else span[:2]
                    if base + start >= position:
                        yield base + start, base + end, text[span.start : span.end], span
            block = block.next()

    def _next_misspelling(self, position: int) -> tuple[int, int, str, WordSpan] | None:
        checker = self._spelling.underliner.checker
        if checker is None:
            return None
        for found in self._words_from(position):
            if not checker.check(found[3].word):
                return found
        return None

    def _occurrences(self, typed: str) -> list[tuple[int, int]]:
        return [(start, end) for start, end, text, _ in self._words_from(0) if text == typed]

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self._spelling.editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _select(self, start: int, end: int) -> None:
        self._spelling.editor.setTextCursor(self._cursor(start, end))
        self._spelling.editor.ensureCursorVisible()
