"""Python string offsets to Qt document positions, and selecting a span of the body."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit


def qt_position(text: str, index: int) -> int:
    """The Qt (UTF-16) position of Python index ``index`` in ``text``.

    The domain counts code points; QTextDocument counts UTF-16 units, so an emoji before a
    quote would otherwise shift every selection by one.
    """
    prefix = text[:index]
    if prefix.isascii():
        return len(prefix)
    return len(prefix.encode("utf-16-le")) // 2


def python_index(text: str, position: int) -> int:
    """The Python index of Qt position ``position`` in ``text`` (inverse of :func:`qt_position`)."""
    if text.isascii():
        return min(position, len(text))
    units = 0
    for index, char in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(char) >= 0x10000 else 1
    return len(text)


def cursor_for_span(edit: QPlainTextEdit, start: int, end: int) -> QTextCursor:
    """A cursor selecting Python offsets ``start``..``end`` of the edit's plain text."""
    text = edit.toPlainText()
    last = len(text.encode("utf-16-le")) // 2
    cursor = QTextCursor(edit.document())
    cursor.setPosition(min(qt_position(text, start), last))
    cursor.setPosition(min(qt_position(text, end), last), QTextCursor.MoveMode.KeepAnchor)
    return cursor


def select_span(edit: QPlainTextEdit, start: int, end: int) -> None:
    """Select ``start``..``end`` in the body, scroll to it and give the body the focus."""
    edit.setTextCursor(cursor_for_span(edit, start, end))
    edit.ensureCursorVisible()
    edit.setFocus()
