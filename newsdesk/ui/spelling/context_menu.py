"""The right-click menu on a misspelled word: suggestions, add to house dictionary, ignore."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit

from newsdesk.services.spelling import WordSpan, iter_words_in_line
from newsdesk.services.spelling.tokens import is_fence_line
from newsdesk.ui.spelling.highlighter import SpellingUnderliner, utf16_offsets

__all__ = ["MAX_SUGGESTIONS", "SpellingMenu", "replace_word", "word_under_cursor"]

MAX_SUGGESTIONS = 7
TextEditor = QPlainTextEdit | QTextEdit


def _in_fenced_code(cursor: QTextCursor) -> bool:
    """Whether the cursor's block is inside a ``` fence, counted from the top of the document."""
    inside = False
    block = cursor.document().firstBlock()
    target = cursor.block()
    while block.isValid() and block != target:
        if is_fence_line(block.text()):
            inside = not inside
        block = block.next()
    return inside


def word_under_cursor(cursor: QTextCursor) -> tuple[QTextCursor, WordSpan] | None:
    """The checkable word at ``cursor`` with a cursor selecting it, or None off a word.

    Uses the spelling tokenizer, not Qt's word boundaries, so "Russia’s" and "well-known" are
    one word here exactly as they are for the underline.
    """
    block = cursor.block()
    text = block.text()
    spans, _ = iter_words_in_line(text, _in_fenced_code(cursor))
    offsets = utf16_offsets(text)
    column = cursor.position() - block.position()
    for span in spans:
        start, end = (offsets[span.start], offsets[span.end]) if offsets else span[:2]
        if start <= column <= end:
            selection = QTextCursor(block)
            selection.setPosition(block.position() + start)
            selection.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
            return selection, span
    return None


def replace_word(selection: QTextCursor, replacement: str) -> None:
    """Replace the selected word as one undoable edit."""
    selection.beginEditBlock()
    selection.insertText(replacement)
    selection.endEditBlock()


class SpellingMenu(QObject):
    """Adds spelling actions to an editor's context menu and carries out the user's choice.

    The window connects ``house_word_added`` to the house dictionary service (the database is
    not this widget's business); the checker accepts the word at once either way.

    Signals:
        house_word_added(str, str): the word and the checker's language tag ("en_US").
        word_ignored(str): the word is ignored in this article; the caller saves the list.
        word_replaced(str, str): the misspelled word and the suggestion that replaced it.
    """

    house_word_added = Signal(str, str)
    """A user asked to add a word to the house dictionary of a language."""
    word_ignored = Signal(str)
    """A user chose "Ignore in this article" for a word."""
    word_replaced = Signal(str, str)
    """A suggestion replaced a misspelled word."""

    def __init__(self, editor: TextEditor, underliner: SpellingUnderliner) -> None:
        super().__init__(editor)
        self._editor = editor
        self._underliner = underliner

    @property
    def editor(self) -> TextEditor:
        return self._editor

    @property
    def underliner(self) -> SpellingUnderliner:
        return self._underliner

    def install(self) -> None:
        """Show this menu (the editor's standard one plus spelling) on right-click."""
        self._editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._editor.customContextMenuRequested.connect(self.on_custom_context_menu_requested)

    def on_custom_context_menu_requested(self, position: QPoint) -> None:
        menu = self.menu_at(position)
        menu.exec(self._editor.viewport().mapToGlobal(position))
        menu.deleteLater()

    def menu_at(self, position: QPoint) -> QMenu:
        """The editor's standard menu with spelling actions on top, for a viewport position."""
        menu = self._editor.createStandardContextMenu(position)
        menu.setObjectName("spellingContextMenu")
        self.add_spelling_actions(menu, self._editor.cursorForPosition(position))
        return menu

    def add_spelling_actions(self, menu: QMenu, cursor: QTextCursor) -> bool:
        """Put suggestions, "Add to house dictionary" and "Ignore" first in ``menu``.

        Suggestions are computed here, when the menu opens: one Hunspell suggestion can take
        50 ms, too slow for the highlighter. Returns False when ``cursor`` is not on a
        misspelled word (the menu is then left as it was).
        """
        checker = self._underliner.checker
        found = word_under_cursor(cursor)
        if checker is None or found is None:
            return False
        selection, span = found
        if checker.check(span.word):
            return False
        typed = selection.selectedText()
        first = menu.actions()[0] if menu.actions() else None
        actions: list[QAction] = []
        suggestions = checker.suggest(typed, limit=MAX_SUGGESTIONS)
        for index, suggestion in enumerate(suggestions):
            action = QAction(suggestion, menu)
            action.setObjectName(f"spellSuggestion{index}")
            action.triggered.connect(
                lambda _=False, s=suggestion: self._replace(selection, typed, s)
            )
            actions.append(action)
        if not suggestions:
            empty = QAction(self.tr("No suggestions"), menu)
            empty.setObjectName("spellNoSuggestions")
            empty.setEnabled(False)
            actions.append(empty)
        add = QAction(self.tr("Add to house dictionary"), menu)
        add.setObjectName("spellAddToHouseAction")
        add.triggered.connect(lambda _=False: self.add_to_house(span.word))
        ignore = QAction(self.tr("Ignore in this article"), menu)
        ignore.setObjectName("spellIgnoreAction")
        ignore.triggered.connect(lambda _=False: self.ignore(span.word))
        actions += [add, ignore]
        menu.insertActions(first, actions)  # type: ignore[arg-type]  # None appends
        if first is not None:
            menu.insertSeparator(first)
        return True

    def add_to_house(self, word: str) -> None:
        """Accept ``word`` now and ask the window to store it in the house dictionary."""
        checker = self._underliner.checker
        if checker is None:
            return
        checker.add_house_word(word)
        self._underliner.refresh()
        self.house_word_added.emit(word, checker.tag)

    def ignore(self, word: str) -> None:
        """Accept ``word`` in this article only."""
        checker = self._underliner.checker
        if checker is None:
            return
        checker.ignore(word)
        self._underliner.refresh()
        self.word_ignored.emit(word)

    def _replace(self, selection: QTextCursor, typed: str, replacement: str) -> None:
        replace_word(selection, replacement)
        self.word_replaced.emit(typed, replacement)
