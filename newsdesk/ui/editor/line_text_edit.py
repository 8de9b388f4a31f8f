"""A one-paragraph text field (headline, deck) that can carry spelling underlines."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

from newsdesk.ui.editor.markdown_editor import nul_notice, strip_nul

__all__ = ["LineTextEdit"]


class LineTextEdit(QPlainTextEdit):
    """A QLineEdit look-alike built on QPlainTextEdit, because QLineEdit has no QTextDocument
    for a ``QSyntaxHighlighter`` to underline. The box grows with the wrapped text from
    ``min_lines`` up to ``max_lines`` (a three-line headline is shown whole, not cut), then
    scrolls (a 2,000-character headline stays usable); Enter and line breaks in pasted text
    are refused, since a headline is one paragraph.

    Signals:
        text_edited(str): the user changed the text (not emitted by :meth:`setText`).
        notice(str): a message for the status line (a NUL character was removed).
    """

    text_edited = Signal(str)
    """The user typed, pasted or deleted; the argument is the new text."""
    notice = Signal(str)
    """Something the editor did to the user's input that the user should know."""

    def __init__(
        self, parent: QWidget | None = None, *, max_lines: int = 2, min_lines: int = 2
    ) -> None:
        super().__init__(parent)
        self._max_lines = max_lines
        self._min_lines = min(min_lines, max_lines)
        self._shown_lines = self._min_lines
        self._setting = False
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(4)
        self.document().contentsChange.connect(self._on_contents_change)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_lines)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - mirrors QLineEdit.setText
        """Replace the text without emitting ``text_edited`` (loading is not editing)."""
        self._setting = True
        try:
            self.setPlainText(" ".join(strip_nul(text)[0].splitlines()))
        finally:
            self._setting = False

    def _on_contents_change(self, _position: int, removed: int, added: int) -> None:
        # A spelling highlighter repainting the line fires textChanged too; only a change with
        # characters removed or added is an edit.
        if (removed or added) and not self._setting:
            self.text_edited.emit(self.toPlainText())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # let a dialog's default button or the form have it
            return
        if "\x00" in event.text():
            self.notice.emit(self.tr("Removed a NUL character: it cannot be stored."))
            event.accept()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        text, removed = strip_nul(source.text())
        if removed:
            self.notice.emit(nul_notice(removed))
        self.insertPlainText(" ".join(text.splitlines()))

    def wrapped_lines(self) -> int:
        """How many lines the text takes at the current width."""
        layout = self.document().firstBlock().layout()
        return max(1, layout.lineCount() if layout is not None else 1)

    def shown_lines(self) -> int:
        """How many lines tall the box is now."""
        return self._shown_lines

    def _fit_lines(self) -> None:
        lines = min(max(self.wrapped_lines(), self._min_lines), self._max_lines)
        if lines != self._shown_lines:
            self._shown_lines = lines
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_lines()  # a narrower column wraps the headline onto more lines

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        margins = self.contentsMargins()
        height = (metrics.lineSpacing() * self._shown_lines + 2 * self.document().documentMargin()
                  + margins.top() + margins.bottom() + 2 * self.frameWidth() + 6)
        return QSize(super().sizeHint().width(), int(height))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.sizeHint()
