"""The whole-story spelling check (F7): walk from one misspelling to the next and fix each."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from html import escape
from typing import Final

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services.spelling import WordSpan, iter_words_in_line
from newsdesk.ui.spelling.context_menu import (
    MAX_SUGGESTIONS,
    SpellingMenu,
    TextEditor,
    replace_word,
)
from newsdesk.ui.spelling.highlighter import utf16_offsets

__all__ = ["CURRENT_WORD_PROPERTY", "SpellCheckDialog"]

# Marks the dialog's ExtraSelection so others' (citation marks, find results) are kept.
CURRENT_WORD_PROPERTY: Final = QTextFormat.Property.UserProperty + 0x5E1
# Characters of the paragraph shown on each side of the word: enough to judge it in context.
_CONTEXT_CHARS: Final = 160


class SpellCheckDialog(QDialog):
    """Steps through the story's misspellings from the top, selecting each in its field.

    Given several fields (headline, deck, body), it walks them in that order: "complete"
    means no field has a misspelling left.

    Add and Ignore go through the editor's :class:`SpellingMenu`, so the window wires the house
    dictionary once for the menu and the dialog alike. Finding the next word checks only the
    text after the current one, through the checker's cache, so each step is quick even in a
    long story.

    The dialog is window-modal and takes the keyboard: the replacement is focused and Replace
    is the default button, so Enter replaces the word instead of reaching the editor, where
    the selected word would have become a line break (QA shot-27). The word is painted in the
    editor while the dialog is open (a selection in an unfocused editor is easy to miss), and
    the context follows changes to the text.

    Signals:
        check_completed: the walk reached the end of the story.
    """

    check_completed = Signal()
    """No misspelling is left after the current position."""

    def __init__(
        self, spelling: SpellingMenu | Sequence[SpellingMenu], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # Fields in reading order (headline, deck, body): the walk goes through each in turn.
        self._fields = [spelling] if isinstance(spelling, SpellingMenu) else list(spelling)
        self._field = 0
        self._position = 0
        self._current: tuple[int, int, str] | None = None
        self._editing = False
        self.setObjectName("spellCheckDialog")
        self.setWindowTitle(self.tr("Check spelling"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._revalidate_timer = QTimer(self)
        self._revalidate_timer.setSingleShot(True)
        self._revalidate_timer.setInterval(0)
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self.word_label = QLabel(self)
        self.word_label.setObjectName("spellWordLabel")
        self.context_label = QLabel(self)
        self.context_label.setObjectName("spellContextLabel")
        self.context_label.setWordWrap(True)
        self.context_label.setTextFormat(Qt.TextFormat.RichText)
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
        self.replace_button.setDefault(True)
        self.setFocusProxy(self.replacement_edit)

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
        self.suggestion_list.itemDoubleClicked.connect(lambda _item: self.on_replace_clicked())
        for field in self._fields:
            # A bound method of this dialog: Qt drops the connection when the dialog goes
            # (a functools.partial would outlive it and fire into a deleted timer).
            field.editor.document().contentsChange.connect(self._on_field_contents_change)
        self._revalidate_timer.timeout.connect(self.on_revalidate_timeout)

    @property
    def _spelling(self) -> SpellingMenu:
        """The field being walked now."""
        return self._fields[self._field]

    @property
    def current_editor(self) -> TextEditor:
        """The field (headline, deck or body) the current word is in."""
        return self._spelling.editor

    @property
    def current_word(self) -> str | None:
        """The misspelling shown now, as typed; None when the walk is over."""
        return self._current[2] if self._current else None

    def start(self) -> bool:
        """Begin at the top of the story; False when it has no misspelling at all."""
        self._unmark()
        self._field = 0
        self._position = 0
        return self.find_next()

    def find_next(self) -> bool:
        """Select the next misspelling after the current position and show it; at the end of a
        field, go on from the top of the next one."""
        found = self._next_misspelling(self._position)
        while found is None and self._field + 1 < len(self._fields):
            self._unmark()
            self._field += 1
            self._position = 0
            found = self._next_misspelling(0)
        if found is None:
            self._finish()
            return False
        start, end, typed, span = found
        self._current = (start, end, typed)
        self._select(start, end)
        checker = self._spelling.underliner.checker
        suggestions = checker.suggest(typed, MAX_SUGGESTIONS) if checker else []
        self.word_label.setText(self.tr("Not in the dictionary: %s") % typed)
        self._show_context(start, end)
        self.suggestion_list.clear()
        for suggestion in suggestions:
            QListWidgetItem(suggestion, self.suggestion_list)
        self.replacement_edit.setText(suggestions[0] if suggestions else span.word)
        if suggestions:
            self.suggestion_list.setCurrentRow(0)
        self.status_label.clear()
        self._set_buttons_enabled(True)
        self.replacement_edit.selectAll()
        if self.isVisible():
            self.replacement_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # -- keeping up with the text ------------------------------------------------------------------
    def _on_field_contents_change(self, position: int, removed: int, added: int) -> None:
        if self.sender() is self._spelling.editor.document():
            self.on_contents_change(position, removed, added)

    def on_contents_change(self, position: int, removed: int, added: int) -> None:
        """Keep the current word's position when text before it changes; re-check after."""
        if self._current is None or self._editing:
            return
        start, end, typed = self._current
        delta = added - removed
        if delta and position + removed <= start:
            self._current = (start + delta, end + delta, typed)
        # Highlighters report repaints as changes too: compare the text once the edit is done.
        self._revalidate_timer.start()

    def on_revalidate_timeout(self) -> None:
        if self._current is None:
            return
        start, end, typed = self._current
        if self._cursor(start, end).selectedText() == typed:
            self._show_context(start, end)
            self._mark(start, end)
            return
        # The word itself was edited: look again from where it began.
        self._position = max(0, min(start, self._spelling.editor.document().characterCount() - 1))
        self.find_next()

    def _show_context(self, start: int, end: int) -> None:
        """The word's paragraph (trimmed around it) with the word in bold on a highlight."""
        block = self._spelling.editor.document().findBlock(start)
        before = self._cursor(block.position(), start).selectedText()
        word = self._cursor(start, end).selectedText()
        after = self._cursor(end, block.position() + block.length() - 1).selectedText()
        if len(before) > _CONTEXT_CHARS:
            before = "…" + before[-_CONTEXT_CHARS:].split(" ", 1)[-1]
        if len(after) > _CONTEXT_CHARS:
            after = after[:_CONTEXT_CHARS].rsplit(" ", 1)[0] + "…"
        self.context_label.setText(
            f"{escape(before)}<b style='background-color: #ffe08a;'>{escape(word)}</b>"
            f"{escape(after)}"
        )

    def context_text(self) -> str:
        """The context as plain text (what the label shows, without the markup)."""
        document = QTextDocument()
        document.setHtml(self.context_label.text())
        return document.toPlainText()

    def _mark(self, start: int, end: int) -> None:
        """Paint the word in the editor, on top of whatever else marks the text."""
        editor = self._spelling.editor
        others = [s for s in editor.extraSelections()
                  if not s.format.property(CURRENT_WORD_PROPERTY)]
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self._cursor(start, end)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#ffe08a"))
        fmt.setForeground(QColor("#000000"))
        fmt.setProperty(CURRENT_WORD_PROPERTY, True)
        selection.format = fmt
        editor.setExtraSelections([*others, selection])

    def _unmark(self) -> None:
        editor = self._spelling.editor
        kept = [s for s in editor.extraSelections()
                if not s.format.property(CURRENT_WORD_PROPERTY)]
        if len(kept) != len(editor.extraSelections()):
            editor.setExtraSelections(kept)

    def marked_text(self) -> str:
        """The text painted as the current word in the editor ("" when none)."""
        for selection in self._spelling.editor.extraSelections():
            if selection.format.property(CURRENT_WORD_PROPERTY):
                return selection.cursor.selectedText()
        return ""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Take the keyboard from the editor, even where no window manager hands it over.
        self.activateWindow()
        self.raise_()
        self.replacement_edit.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        self.replacement_edit.selectAll()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self._unmark()
        super().hideEvent(event)

    def on_suggestion_changed(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.replacement_edit.setText(item.text())

    def on_replace_clicked(self) -> None:
        if self._current is None:
            return
        start, end, _typed = self._current
        replacement = self.replacement_edit.text()
        self._editing = True
        try:
            replace_word(self._cursor(start, end), replacement)
        finally:
            self._editing = False
        self._position = start + len(replacement.encode("utf-16-le")) // 2
        self.find_next()

    def on_replace_all_clicked(self) -> None:
        """Replace every occurrence of the word in every field, one undoable edit per field."""
        if self._current is None:
            return
        start, _end, typed = self._current
        replacement = self.replacement_edit.text()
        occurrences = self._occurrences(typed, self._spelling.editor)
        self._editing = True
        try:
            for field in self._fields:
                editor = field.editor
                found = occurrences if editor is self._spelling.editor else \
                    self._occurrences(typed, editor)
                cursor = QTextCursor(editor.document())
                cursor.beginEditBlock()
                try:
                    for occurrence_start, occurrence_end in reversed(found):
                        cursor.setPosition(occurrence_start)
                        cursor.setPosition(occurrence_end, QTextCursor.MoveMode.KeepAnchor)
                        cursor.insertText(replacement)
                finally:
                    cursor.endEditBlock()
        finally:
            self._editing = False
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
        self._unmark()
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

    def _words_from(
        self, position: int, editor: TextEditor | None = None
    ) -> Iterator[tuple[int, int, str, WordSpan]]:
        """Every checkable word starting at or after ``position``, in document positions.

        A generator, so finding the next misspelling stops at it instead of reading the rest.
        """
        in_code_block = False
        block = (editor or self._spelling.editor).document().firstBlock()
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

    def _occurrences(self, typed: str, editor: TextEditor) -> list[tuple[int, int]]:
        return [(start, end) for start, end, text, _ in self._words_from(0, editor)
                if text == typed]

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self._spelling.editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _select(self, start: int, end: int) -> None:
        self._spelling.editor.setTextCursor(self._cursor(start, end))
        self._spelling.editor.ensureCursorVisible()
        self._mark(start, end)
