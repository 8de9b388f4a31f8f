"""The translators' desk in its own window, opened from the Story menu."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from newsdesk.services.newsroom import Newsroom
from newsdesk.services.recovery_journal import JournalWriter
from newsdesk.ui.translation.desk_widget import TranslationDeskWidget


class TranslationDeskDialog(QDialog):
    """The desk in its own large window, window-modal so the editor cannot race its saves."""

    def __init__(self, newsroom: Newsroom, parent: QWidget | None = None, *,
                 journal: JournalWriter | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("translationDeskDialog")
        self.setWindowTitle(self.tr("Translators' desk"))
        self.setSizeGripEnabled(True)
        self.resize(1280, 820)
        self.desk = TranslationDeskWidget(newsroom, self, journal=journal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.desk)

    def done(self, result: int) -> None:
        """Save an edit still open in a cell before ``finished`` tells the editor to reload."""
        self.desk.commit_open_edit()
        super().done(result)
