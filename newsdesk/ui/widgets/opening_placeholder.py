"""Where the editor will be while the newsroom opens; it keeps what is typed into it meanwhile.

A reporter who presses Ctrl+N the moment the window appears and starts the headline should not
lose the first words because the editor arrives half a second later: they are kept here and
handed to the new story's headline.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from newsdesk.ui.noop import QT_TRANSLATE_NOOP

WAITING = QT_TRANSLATE_NOOP("OpeningPlaceholder", "Opening the newsroom…")


class OpeningPlaceholder(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(WAITING, parent)
        self.setObjectName("editorPlaceholder")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # a notice, not content
        self.typed = ""
        self.new_story_requested = False
        """Ctrl+N was pressed: the window starts a new story (with what was typed) once open."""

    def start_new_story(self) -> None:
        """Ctrl+N while opening: typing now goes here, and shows, until the editor is built."""
        self.new_story_requested = True
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Backspace:
            self.typed = self.typed[:-1]
        elif event.text() and event.text().isprintable():
            self.typed += event.text()
        else:
            super().keyPressEvent(event)
            return
        self._show()
        event.accept()

    def _show(self) -> None:
        headline = self.typed or self.tr("(type the headline)")
        self.setText(self.tr(WAITING) + "\n\n" + self.tr("New story: {0}").format(headline))
