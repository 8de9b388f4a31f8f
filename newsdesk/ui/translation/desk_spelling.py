"""Spelling in the desk's cells: each column in its own story's language, as the main editor.

Nothing is copied from the editor: each column has an :class:`EditorSpelling` (the checker
loaded on a worker, the house dictionary, the story's "ignore" list), and every cell editor the
desk opens gets the same :class:`SpellingHighlighter` and :class:`SpellingMenu` the headline
and deck use, so Markdown, citations and numbers are skipped the same way. The closed cells
show the same checkers' squiggles (desk_cell_spelling).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.editor.editor_spelling import EditorSpelling
from newsdesk.ui.spelling.context_menu import SpellingMenu
from newsdesk.ui.spelling.highlighter import SpellingHighlighter
from newsdesk.ui.translation.desk_cell_spelling import CellSpelling
from newsdesk.ui.translation.desk_model import ORIGINAL_COLUMN
from newsdesk.ui.translation.desk_table import DeskTable
from newsdesk.ui.translation.paragraph_editor import ParagraphEdit


class ReadOnlySpellingMenu(SpellingMenu):
    """The original's menu: suggestions shown (greyed: the original is not edited on the
    desk), "Add to house dictionary" and "Ignore" work as in the editor."""

    def add_spelling_actions(self, menu: QMenu, cursor: QTextCursor) -> bool:
        added = super().add_spelling_actions(menu, cursor)
        for action in menu.actions():
            if action.objectName().startswith("spellSuggestion"):
                action.setEnabled(False)
        return added


class DeskSpelling(QObject):
    """The two columns' checkers, the highlighters of the cell editors open now and the
    closed cells' squiggles."""

    def __init__(self, newsroom: Newsroom, notify: Callable[[str], None],
                 parent: QWidget, table: DeskTable) -> None:
        super().__init__(parent)
        self.original_label = self._label(parent, "originalSpellingLabel")
        self.translation_label = self._label(parent, "translationSpellingLabel")
        self.original = EditorSpelling(newsroom.house, newsroom.ignored_words, (),
                                       self.original_label, notify, self)
        self.translation = EditorSpelling(newsroom.house, newsroom.ignored_words, (),
                                          self.translation_label, notify, self)
        self._open: list[tuple[EditorSpelling, SpellingHighlighter, SpellingMenu]] = []
        self.cells = CellSpelling(table, table.paragraph_delegate,
                                  lambda column: self.spelling_for(column).checker)
        for spelling in (self.original, self.translation):
            spelling.ready.connect(lambda s=spelling: self._on_ready(s))

    @staticmethod
    def _label(parent: QWidget, name: str) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.hide()  # shown by EditorSpelling only when spelling is off, with the reason
        return label

    def use_stories(self, original_language: str, original_id: int | None,
                    translation_language: str, translation_id: int | None) -> None:
        """The desk shows this pair: checkers for both languages, each story's ignores."""
        for spelling, language, story in ((self.original, original_language, original_id),
                                          (self.translation, translation_language,
                                           translation_id)):
            spelling.open_story(story)
            spelling.use_language(language)
            spelling.reload_house_words()

    def spelling_for(self, column: int) -> EditorSpelling:
        return self.original if column == ORIGINAL_COLUMN else self.translation

    def on_editor_opened(self, editor: ParagraphEdit, column: int) -> None:
        """A cell editor was made: underlines and the spelling menu, in its column's language."""
        spelling = self.spelling_for(column)
        highlighter = SpellingHighlighter(editor.document(), spelling.checker)
        menu_type = ReadOnlySpellingMenu if editor.isReadOnly() else SpellingMenu
        menu = menu_type(editor, highlighter.underliner)
        menu.install()
        menu.house_word_added.connect(spelling.on_house_word_added)
        menu.house_word_added.connect(lambda *_: self.refresh())
        menu.word_ignored.connect(spelling.note_ignored)
        menu.word_ignored.connect(lambda *_: self.refresh())
        self._prune()
        self._open.append((spelling, highlighter, menu))

    def menu_for(self, editor: ParagraphEdit) -> SpellingMenu | None:
        """The spelling menu of an open cell editor (what its right-click shows)."""
        self._prune()
        return next((menu for _s, _h, menu in self._open if menu.editor is editor), None)

    def highlighter_for(self, editor: ParagraphEdit) -> SpellingHighlighter | None:
        self._prune()
        return next((h for _s, h, menu in self._open if menu.editor is editor), None)

    def refresh(self) -> None:
        """A word was added or ignored: every cell is checked again, open or closed."""
        self._prune()
        for _spelling, highlighter, _menu in self._open:
            highlighter.underliner.refresh()
        self.cells.refresh()

    def _on_ready(self, spelling: EditorSpelling) -> None:
        self._prune()
        for owner, highlighter, _menu in self._open:
            if owner is spelling:
                highlighter.set_checker(spelling.checker)
        self.cells.refresh()

    def _prune(self) -> None:
        """Forget the editors the view has deleted (closed cells)."""
        self._open = [entry for entry in self._open
                      if shiboken6.isValid(entry[1]) and shiboken6.isValid(entry[2].editor)]
