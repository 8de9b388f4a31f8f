"""Markdown colours for the body, with the spelling underlines merged on top."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

from newsdesk.services.spelling import SpellChecker
from newsdesk.services.spelling.tokens import is_fence_line
from newsdesk.ui.ink import (
    CITATION,
    CODE,
    CODE_BACKGROUND,
    HEADING,
    LINK,
    LINK_TARGET,
    MARKUP,
    MUTED,
)
from newsdesk.ui.spelling.highlighter import FENCED_CODE_STATE, SpellingUnderliner, utf16_offsets

__all__ = ["MarkdownHighlighter"]

_HEADING: Final = re.compile(r"^ {0,3}(#{1,6})(\s.*|$)")
_QUOTE: Final = re.compile(r"^ {0,3}>")
_LIST: Final = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s")
_INDENTED_CODE: Final = re.compile(r"^(?: {4}|\t)\S")
# The text between markers never holds the marker itself: with "(.+?)" every marker searched
# to the end of the line, and a pasted line of 12,000 "_a " froze the window for 4 s a keystroke.
_STRONG: Final = re.compile(r"(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1")
_EMPHASIS: Final = re.compile(
    r"(?<![*\w])([*_])(?=[^\s*_])((?:(?!\1).)+?)(?<=[^\s*_])\1(?![*\w])"
)
_INLINE_CODE: Final = re.compile(r"`[^`]+`")
_LINK: Final = re.compile(r"!?\[(?P<text>[^\]\n]*)\]\((?P<target>[^)\n]*)\)")
_AUTOLINK: Final = re.compile(r"<https?://[^>\s]+>|\bhttps?://\S+")
# put(start, end, format) with Python offsets into the block text.
_Put = Callable[[int, int, QTextCharFormat], None]


def _format(
    colour: str | None = None,
    *,
    bold: bool = False,
    italic: bool = False,
    size_delta: float = 0,
    underline: bool = False,
    background: str | None = None,
    fixed: bool = False,
) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if colour:
        fmt.setForeground(QColor(colour))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    if size_delta:
        fmt.setProperty(QTextCharFormat.Property.FontSizeAdjustment, int(size_delta))
    if underline:
        fmt.setFontUnderline(True)
    if background:
        fmt.setBackground(QColor(background))
    if fixed:
        fmt.setFontFamilies([QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()])
    return fmt


class MarkdownHighlighter(QSyntaxHighlighter):
    """Colours headings, emphasis, links, ``source:`` citations, quotes and code as you type.

    Spelling runs in the same pass through a :class:`SpellingUnderliner` (two highlighters on
    one document would overwrite each other's formats): the Markdown formats are set first and
    the underline is merged into them, and both halves share the "inside a code fence" block
    state. While :attr:`suspended` is set (a multi-megabyte paste) blocks are passed over
    untouched; the editor re-highlights them afterwards in slices.
    """

    def __init__(self, document: QTextDocument, checker: SpellChecker | None = None) -> None:
        super().__init__(document)
        self.spelling = SpellingUnderliner(self, checker)
        self.suspended = False
        self.heading = _format(HEADING.name(), bold=True, size_delta=1)
        self.markup = _format(MARKUP.name())
        self.strong = _format(bold=True)
        self.emphasis = _format(italic=True)
        self.code = _format(CODE.name(), background=CODE_BACKGROUND.name(), fixed=True)
        self.link = _format(LINK.name(), underline=True)
        self.link_target = _format(LINK_TARGET.name())
        # Citations get their own colour: editors scan for them when checking attribution.
        self.citation = _format(CITATION.name(), bold=True)
        self.quote = _format(MUTED.name(), italic=True)

    @property
    def checker(self) -> SpellChecker | None:
        return self.spelling.checker

    def set_checker(self, checker: SpellChecker | None) -> None:
        self.spelling.set_checker(checker)

    def highlightBlock(self, text: str) -> None:
        in_code = self.previousBlockState() == FENCED_CODE_STATE
        if self.suspended:
            # The state a plain paragraph gets: were it left at -1, re-highlighting the first
            # block later would cascade through every following block in one call.
            self.setCurrentBlockState(0)
            return
        offsets = utf16_offsets(text)

        def put(start: int, end: int, fmt: QTextCharFormat) -> None:
            if offsets is not None:
                start, end = offsets[start], offsets[end]
            if end > start:
                self.setFormat(start, end - start, fmt)

        indented_code = _INDENTED_CODE.match(text) and not _LIST.match(text)
        if in_code or is_fence_line(text) or indented_code:
            put(0, len(text), self.code)
        else:
            self._inline(text, put)
        after = self.spelling.highlight_block(text, in_code)
        self.setCurrentBlockState(FENCED_CODE_STATE if after else 0)

    def _inline(self, text: str, put: _Put) -> None:
        heading = _HEADING.match(text)
        if heading:
            put(0, len(text), self.heading)
            put(0, heading.end(1), self.markup)
            return
        if _QUOTE.match(text):
            put(0, len(text), self.quote)
        list_item = _LIST.match(text)
        if list_item:
            put(0, list_item.end(), self.markup)
        for match in _STRONG.finditer(text):
            put(match.start(), match.end(), self.strong)
            put(match.start(), match.start() + 2, self.markup)
            put(match.end() - 2, match.end(), self.markup)
        for match in _EMPHASIS.finditer(text):
            put(match.start(), match.end(), self.emphasis)
        for match in _AUTOLINK.finditer(text):
            put(match.start(), match.end(), self.link)
        for match in _LINK.finditer(text):
            target_start = match.start("target")
            if match.group("target").strip().startswith("source:"):
                put(match.start(), match.end(), self.citation)
                continue
            put(match.start("text"), match.end("text"), self.link)
            put(target_start - 2, match.end(), self.link_target)
        for match in _INLINE_CODE.finditer(text):
            put(match.start(), match.end(), self.code)
