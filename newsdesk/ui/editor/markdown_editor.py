"""The body editor: Markdown in a QPlainTextEdit with smart quotes and safe, fast pasting."""

from __future__ import annotations

import time
from typing import Final

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QTextBlock, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from newsdesk.domain.markdown_lists import INDENT, can_nest, is_list_item, unnest
from newsdesk.services.spelling import SpellChecker
from newsdesk.ui.editor.block_update_layout import install_block_update_layout
from newsdesk.ui.editor.markdown_highlighter import MarkdownHighlighter
from newsdesk.ui.editor.smart_quotes import STRAIGHT_QUOTES, smart_quote
from newsdesk.ui.plural import english_plural
from newsdesk.ui.spelling.highlighter import FENCED_CODE_STATE

__all__ = ["LARGE_PASTE_CHARACTERS", "MarkdownEditor", "nul_notice", "qt_position", "strip_nul"]

# Above this a paste is inserted without highlighting; the blocks are coloured afterwards in
# slices so a 5 MB paste never freezes the window.
LARGE_PASTE_CHARACTERS: Final = 100_000
_SLICE_SECONDS: Final = 0.008
_BODY_FONTS: Final = ["Source Sans 3", "Noto Sans", "Segoe UI", "Helvetica Neue", "DejaVu Sans"]


def strip_nul(text: str) -> tuple[str, int]:
    """``text`` without NUL characters (no database can store them) and how many there were."""
    count = text.count("\x00")
    return (text.replace("\x00", ""), count) if count else (text, 0)


def nul_notice(removed: int) -> str:
    """What the status line says after NULs were dropped from a paste."""
    return english_plural(QCoreApplication.translate(
        "MarkdownEditor", "Removed %n NUL character(s) from the pasted text.", "", removed),
        removed)


def qt_position(text: str, index: int) -> int:
    """The Qt (UTF-16) position of Python index ``index`` in ``text``: an emoji counts twice."""
    index = min(max(0, index), len(text))
    head = text[:index]
    if head.isascii():
        return index
    return len(head.encode("utf-16-le")) // 2


class MarkdownEditor(QPlainTextEdit):
    """Where the story is written: Markdown source with colours, underlines and wire quotes.

    Signals:
        notice(str): something the user should read in the status line (a NUL was removed).
        highlighting_finished(): the deferred colouring after a large paste is complete.
    """

    notice = Signal(str)
    """A message for the status line about what the editor did to the user's input."""
    highlighting_finished = Signal()
    """Every block pasted in bulk has been highlighted."""

    def __init__(self, parent: QWidget | None = None, checker: SpellChecker | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bodyEdit")
        # A keystroke then repaints its paragraph, not the whole viewport (see the layout).
        install_block_update_layout(self)
        self.language = "en"
        self.smart_quotes_enabled = True
        font = QFont()
        font.setFamilies(_BODY_FONTS)
        font.setPointSizeF(11.5)
        self.setFont(font)
        self.document().setDocumentMargin(14)
        self.setTabChangesFocus(False)
        self.highlighter = MarkdownHighlighter(self.document(), checker)
        self._deferred: QTextBlock | None = None
        self._deferred_end = -1
        self._deferred_timer = QTimer(self)
        self._deferred_timer.setInterval(0)
        self._deferred_timer.timeout.connect(self.on_deferred_timer_timeout)

    # -- typing ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            self._tab(backwards=event.key() == Qt.Key.Key_Backtab
                      or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            event.accept()
            return
        typed = event.text()
        if "\x00" in typed:
            self.notice.emit(self.tr("Removed a NUL character: it cannot be stored in a story."))
            event.accept()
            return
        if typed in STRAIGHT_QUOTES and self.smart_quotes_enabled and not self._in_code():
            cursor = self.textCursor()
            before = cursor.block().text()[: cursor.positionInBlock()]
            self.insertPlainText(smart_quote(typed, before, self.language))
            event.accept()
            return
        super().keyPressEvent(event)

    def _tab(self, *, backwards: bool) -> None:
        """Nest or un-nest list items; four spaces in a code block; elsewhere leave the body.

        An indented paragraph is a code block in Markdown: a Tab typed to indent prose the
        way a word processor does would publish the paragraph as code.
        """
        cursor = self.textCursor()
        document = self.document()
        first = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd())
        if last != first and cursor.selectionEnd() == last.position():
            last = last.previous()  # whole lines selected: the next line is not touched
        blocks = [first]
        while blocks[-1] != last and blocks[-1].next().isValid():
            blocks.append(blocks[-1].next())
        if all(is_list_item(block.text()) for block in blocks):
            self._nest_items(blocks, backwards=backwards)
            return
        if self._in_fenced_code(first) and not cursor.hasSelection():
            if not backwards and not first.text().lstrip().startswith(("```", "~~~")):
                self.insertPlainText(INDENT)  # a fence itself stays put: moved, it breaks
            return
        # QPlainTextEdit's own version refuses while Tab types text: ask QWidget's.
        QWidget.focusNextPrevChild(self, not backwards)

    def _nest_items(self, blocks: list[QTextBlock], *, backwards: bool) -> None:
        """Only the indent changes, so the cursor keeps its place in the item.

        Several items move together, keeping their shape, and only when the first of them
        may go one level deeper.
        """
        document = self.document()
        if not backwards and not can_nest(document.toPlainText().split("\n"),
                                          blocks[0].blockNumber()):
            return
        edit = QTextCursor(document)
        edit.beginEditBlock()
        try:
            for block in blocks:
                text = block.text()
                edit.setPosition(block.position())
                if not backwards:
                    edit.insertText(INDENT)
                    continue
                removed = len(text) - len(unnest(text))
                if removed:
                    edit.setPosition(block.position() + removed, QTextCursor.MoveMode.KeepAnchor)
                    edit.removeSelectedText()
        finally:
            edit.endEditBlock()

    @staticmethod
    def _in_fenced_code(block: QTextBlock) -> bool:
        return block.previous().isValid() and block.previous().userState() == FENCED_CODE_STATE

    def _in_code(self) -> bool:
        """Quotes in code (`x = "a"`, fenced blocks) must stay straight."""
        cursor = self.textCursor()
        block = cursor.block()
        if block.previous().isValid() and block.previous().userState() == FENCED_CODE_STATE:
            return True
        before = block.text()[: cursor.positionInBlock()]
        return before.count("`") % 2 == 1

    # -- pasting -----------------------------------------------------------------------------
    def insertFromMimeData(self, source: QMimeData) -> None:
        if not source.hasText():
            super().insertFromMimeData(source)
            return
        text, removed = strip_nul(source.text())
        if removed:
            self.notice.emit(nul_notice(removed))
        if len(text) < LARGE_PASTE_CHARACTERS:
            self.insertPlainText(text)
            return
        self.insert_large_text(text)

    def insert_large_text(self, text: str) -> None:
        """Insert ``text`` at the cursor without colouring it now; colour it in slices later."""
        cursor = self.textCursor()
        first = self.document().findBlock(cursor.selectionStart()).blockNumber()
        self.highlighter.suspended = True
        try:
            cursor.insertText(text)
        finally:
            self.highlighter.suspended = False
        self.setTextCursor(cursor)
        start = self.document().findBlockByNumber(max(0, first))
        self._deferred = start if self._deferred is None else self._earlier(start)
        self._deferred_end = max(self._deferred_end, cursor.block().blockNumber())
        self._deferred_timer.start()

    def _earlier(self, block: QTextBlock) -> QTextBlock:
        assert self._deferred is not None
        if block.blockNumber() < self._deferred.blockNumber():
            return block
        return self._deferred

    @property
    def highlighting_pending(self) -> bool:
        """Whether a bulk paste is still being coloured in the background."""
        return self._deferred is not None

    def on_deferred_timer_timeout(self) -> None:
        deadline = time.perf_counter() + _SLICE_SECONDS
        block = self._deferred
        while block is not None and block.isValid() and time.perf_counter() < deadline:
            self.highlighter.rehighlightBlock(block)
            if block.blockNumber() >= self._deferred_end:
                block = None
                break
            block = block.next()
        if block is None or not block.isValid():
            self._deferred = None
            self._deferred_end = -1
            self._deferred_timer.stop()
            self.highlighting_finished.emit()
        else:
            self._deferred = block

    def setPlainText(self, text: str) -> None:  # noqa: N802 - Qt override
        """Load a story: a long one is shown at once and coloured in slices."""
        text, _ = strip_nul(text)
        if len(text) < LARGE_PASTE_CHARACTERS:
            super().setPlainText(text)
            return
        self.highlighter.suspended = True
        try:
            super().setPlainText(text)
        finally:
            self.highlighter.suspended = False
        self._deferred = self.document().firstBlock()
        self._deferred_end = self.document().blockCount()
        self._deferred_timer.start()

    def select_range(self, start: int, end: int | None = None) -> None:
        """Select body characters ``start``..``end`` (Python offsets) and scroll to them."""
        text = self.toPlainText()
        cursor = QTextCursor(self.document())
        cursor.setPosition(qt_position(text, start))
        if end is not None:
            cursor.setPosition(qt_position(text, end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
