"""Red wavy underlines under misspelled words, as you type, without ever making typing wait."""

from __future__ import annotations

import time
from collections import deque

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextDocument

from newsdesk.services.spelling import SpellChecker, WordSpan, iter_words_in_line
from newsdesk.services.spelling.tokens import is_fence_line, retokenize_line

__all__ = ["FENCED_CODE_STATE", "SpellingHighlighter", "SpellingUnderliner", "utf16_offsets"]

# Block state the standalone highlighter stores for "this block ends inside a ``` fence".
FENCED_CODE_STATE = 1
_TOKEN_CACHE_BLOCKS = 4096
# Spelling work allowed in one synchronous burst of highlightBlock calls (a whole document
# being loaded or pasted); blocks past it are underlined by the background timer instead.
_BURST_SECONDS = 0.008
# One slice of background work; a keystroke arriving meanwhile waits at most this long.
_SLICE_SECONDS = 0.008
# A block with this few unseen words (the word being typed) is checked at once: one Hunspell
# call costs tens of microseconds, while queueing it costs a second highlight, relayout and
# repaint of the block on the next turn of the event loop.
_CHECK_NOW_LIMIT = 2


def utf16_offsets(text: str) -> list[int] | None:
    """Qt positions of each Python index in ``text``, or None when they are the same.

    QString counts an emoji or another astral character as two units, Python as one; without
    this an underline after "🇰🇿" would start two characters early.
    """
    if text.isascii() or len(text.encode("utf-16-le")) == 2 * len(text):
        return None
    offsets = [0]
    for char in text:
        offsets.append(offsets[-1] + (2 if ord(char) >= 0x10000 else 1))
    return offsets


def _fence_state_after(text: str, in_code_block: bool) -> bool:
    return not in_code_block if is_fence_line(text) else in_code_block


class SpellingUnderliner(QObject):
    """The spelling half of a highlighter, for any ``QSyntaxHighlighter`` to call.

    A Markdown highlighter calls :meth:`highlight_block` at the end of its ``highlightBlock``,
    passing its own idea of "inside a fenced code block", so the two share one block state and
    the underline merges with the Markdown formats already set. ``highlight_block`` checks at
    once only a word or two it has not seen (the word being typed); a block with more unseen
    words is queued, its words checked by a zero-delay timer in short slices, after which it is
    re-highlighted. Opening a long story
    therefore costs one tokenising pass, and underlines fill in while the user can already type.

    Signals:
        checking_finished: every queued word is checked and every affected block repainted.
    """

    checking_finished = Signal()
    """Emitted when the background queue drains (the underlines on screen are complete)."""

    def __init__(self, highlighter: QSyntaxHighlighter, checker: SpellChecker | None) -> None:
        super().__init__(highlighter)
        self._highlighter = highlighter
        self._checker = checker
        self._pending_words: dict[str, None] = {}
        # A queue, not a dict by block number: numbers shift when the user inserts a line.
        self._pending_blocks: deque[QTextBlock] = deque()
        self._refresh_block: QTextBlock | None = None
        # Tokens per block text: a block re-highlighted once its words are checked (or during
        # a refresh) is not tokenised again. Bounded; cleared wholesale when full.
        self._tokens: dict[tuple[str, bool], tuple[list[WordSpan], bool]] = {}
        # The block highlighted last: while typing, its next version differs by one edit.
        self._last_line: tuple[str, bool, tuple[list[WordSpan], bool]] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.on_timer_timeout)
        self._in_slice = False
        self._burst_deadline: float | None = None
        self._burst_timer = QTimer(self)
        self._burst_timer.setSingleShot(True)
        self._burst_timer.setInterval(0)
        self._burst_timer.timeout.connect(self.on_burst_timer_timeout)
        self.underline_format = QTextCharFormat()
        self.underline_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.underline_format.setUnderlineColor(Qt.GlobalColor.red)

    @property
    def checker(self) -> SpellChecker | None:
        return self._checker

    def set_checker(self, checker: SpellChecker | None) -> None:
        """Switch dictionaries (the article's language changed) or turn spelling off (None)."""
        self._checker = checker
        self._pending_words.clear()
        self._pending_blocks.clear()
        self.refresh()

    @property
    def is_busy(self) -> bool:
        """Whether words or blocks are still waiting for the background timer."""
        return bool(self._pending_words or self._pending_blocks or self._refresh_block)

    def refresh(self) -> None:
        """Re-highlight the whole document progressively (after an ignore or a house word)."""
        document = self._highlighter.document()
        if document is None:
            return
        self._refresh_block = document.firstBlock()
        self._timer.start()

    def highlight_block(self, text: str, in_code_block: bool) -> bool:
        """Underline the misspelled words of the current block; return the fence state after it."""
        if self._checker is None:
            return _fence_state_after(text, in_code_block)
        if not self._in_slice and self._over_burst_budget():
            self._queue_block(self._highlighter.currentBlock())
            return _fence_state_after(text, in_code_block)
        key = (text, in_code_block)
        tokens = self._tokens.get(key)
        if tokens is None:
            tokens = self._tokenize(text, in_code_block)
            if len(self._tokens) >= _TOKEN_CACHE_BLOCKS:
                self._tokens.clear()
            self._tokens[key] = tokens
        self._last_line = (text, in_code_block, tokens)
        spans, in_code_block_after = tokens
        checker = self._checker
        if checker is None or not spans:
            return in_code_block_after
        misspelled: list[WordSpan] = []
        unseen: list[WordSpan] = []
        for span in spans:
            verdict = checker.peek(span.word)
            if verdict is None:
                unseen.append(span)
            elif not verdict:
                misspelled.append(span)
        if len(unseen) <= _CHECK_NOW_LIMIT:
            misspelled.extend(span for span in unseen if not checker.check(span.word))
        else:
            self._pending_words.update(dict.fromkeys(span.word for span in unseen))
            self._queue_block(self._highlighter.currentBlock())
        if misspelled:
            self._underline(text, misspelled)
        return in_code_block_after

    def _tokenize(self, text: str, in_code_block: bool) -> tuple[list[WordSpan], bool]:
        """Tokenise a block, re-using the previous version of it when the user just typed."""
        last = self._last_line
        if last is not None and not in_code_block and not last[1] and not last[2][1]:
            spans = retokenize_line(last[0], last[2][0], text)
            if spans is not None:
                return spans, False
        return iter_words_in_line(text, in_code_block)

    def _queue_block(self, block: QTextBlock) -> None:
        if not self._pending_blocks or self._pending_blocks[-1] != block:
            self._pending_blocks.append(block)
        if not self._timer.isActive():
            self._timer.start()

    def _over_burst_budget(self) -> bool:
        """Whether this synchronous run of highlightBlock calls has used its time budget.

        A keystroke re-highlights one or two blocks and never gets near it; opening a long
        story does, and the rest of its blocks are then left to the background slices.
        """
        now = time.perf_counter()
        if self._burst_deadline is None:
            self._burst_deadline = now + _BURST_SECONDS
            self._burst_timer.start()
            return False
        return now > self._burst_deadline

    def on_burst_timer_timeout(self) -> None:
        """The event loop turned: the next highlightBlock call starts a new burst."""
        self._burst_deadline = None

    def _underline(self, text: str, spans: list[WordSpan]) -> None:
        offsets = utf16_offsets(text)
        highlighter = self._highlighter
        for span in spans:
            start, end = (offsets[span.start], offsets[span.end]) if offsets else span[:2]
            # Merge run by run so a half-bold word keeps its bold half.
            run_start = start
            while run_start < end:
                base = highlighter.format(run_start)
                run_end = run_start + 1
                while run_end < end and highlighter.format(run_end) == base:
                    run_end += 1
                merged = QTextCharFormat(base)
                merged.merge(self.underline_format)
                highlighter.setFormat(run_start, run_end - run_start, merged)
                run_start = run_end

    def on_timer_timeout(self) -> None:
        """Do one slice of queued work: check words, then repaint the blocks that had them."""
        self._in_slice = True
        try:
            self._run_slice(time.perf_counter() + _SLICE_SECONDS)
        finally:
            self._in_slice = False
        if not self.is_busy:
            self._timer.stop()
            self.checking_finished.emit()

    def _run_slice(self, deadline: float) -> None:
        checker = self._checker
        while self._pending_words and time.perf_counter() < deadline:
            word = next(iter(self._pending_words))
            del self._pending_words[word]
            if checker is not None:
                checker.check(word)
        if self._pending_words:
            return
        while self._pending_blocks and time.perf_counter() < deadline:
            block = self._pending_blocks.popleft()
            if block.isValid() and self._needs_underline(block):
                self._highlighter.rehighlightBlock(block)
        while self._refresh_block is not None and time.perf_counter() < deadline:
            block = self._refresh_block
            following = block.next()
            self._refresh_block = following if following.isValid() else None
            if block.isValid():
                self._highlighter.rehighlightBlock(block)


    def _needs_underline(self, block: QTextBlock) -> bool:
        """Whether a block queued for unknown words turned out to hold a misspelling.

        Most queued blocks are spelled right: re-highlighting them would change nothing but
        still costs a relayout and a repaint, which is where opening a long story spent its time.
        """
        checker = self._checker
        if checker is None:
            return True
        previous = block.previous()
        in_code = previous.isValid() and previous.userState() == FENCED_CODE_STATE
        tokens = self._tokens.get((block.text(), in_code))
        if tokens is None:
            return True
        return any(checker.peek(span.word) is not True for span in tokens[0])


class SpellingHighlighter(QSyntaxHighlighter):
    """A standalone spelling highlighter for a body, headline or deck ``QTextDocument``.

    Use it where no Markdown highlighter runs; where one does, give that highlighter a
    :class:`SpellingUnderliner` instead (two highlighters on one document fight over formats).
    """

    def __init__(self, document: QTextDocument, checker: SpellChecker | None = None) -> None:
        super().__init__(document)
        self.underliner = SpellingUnderliner(self, checker)

    @property
    def checker(self) -> SpellChecker | None:
        return self.underliner.checker

    def set_checker(self, checker: SpellChecker | None) -> None:
        self.underliner.set_checker(checker)

    def highlightBlock(self, text: str) -> None:
        in_code_block = self.previousBlockState() == FENCED_CODE_STATE
        after = self.underliner.highlight_block(text, in_code_block)
        self.setCurrentBlockState(FENCED_CODE_STATE if after else 0)
