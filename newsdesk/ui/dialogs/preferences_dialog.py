"""Tools ▸ Preferences…: this computer's choices, kept in QSettings (the interface language).

What the newsroom shares (outlet, credit, dateline style) lives in House Settings instead; a
preference here is one user's, on one computer. The language takes effect at the next start:
every widget translates its texts when it is built.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from newsdesk.ui.translator import save_ui_language, saved_ui_language
from newsdesk.ui_language import ENGLISH, RUSSIAN

# Each language is named in itself, as language menus do: a reader finds their own.
_LANGUAGE_NAMES = {ENGLISH: "English", RUSSIAN: "Русский"}


class PreferencesDialog(QDialog):
    """The interface language: follow the system, English or Russian; Save keeps it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("interfaceLanguageCombo")
        self.language_combo.addItem(self.tr("As the system (its locale)"), None)
        for code, name in _LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        current = saved_ui_language()
        index = self.language_combo.findData(current) if current else 0
        self.language_combo.setCurrentIndex(max(index, 0))
        note = QLabel(self.tr("A new interface language takes effect when Newsdesk restarts."),
                      self)
        note.setObjectName("preferencesRestartNote")
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Interface &language:"), self.language_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def save(self) -> None:
        """Keep the choice for the next start (None: follow the system locale)."""
        value = self.language_combo.currentData()
        save_ui_language(str(value) if value else None)
        self.accept()


def show_preferences(parent: QWidget) -> PreferencesDialog:
    """Open the dialog window-modal without blocking (tests and the event loop go on)."""
    dialog = PreferencesDialog(parent)
    dialog.open()
    return dialog
