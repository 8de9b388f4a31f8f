"""The house dictionary manager: the newsroom's shared spellings, per language, as a word list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.errors import InvalidInputError, NewsdeskError
from newsdesk.services.house import HouseService, dictionary_language
from newsdesk.services.spelling import available_languages
from newsdesk.ui.error_text import error_text, message_text, os_error_text
from newsdesk.ui.plural import english_plural

_Index = QModelIndex | QPersistentModelIndex


class WordListModel(QAbstractListModel):
    """The words of one language, sorted the way an editor scans a list (case-insensitive)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_words(self, words: frozenset[str] | list[str], needle: str = "") -> None:
        self.beginResetModel()
        folded = needle.casefold()
        self._words = sorted((w for w in words if folded in w.casefold()), key=str.casefold)
        self.endResetModel()

    def word_at(self, row: int) -> str | None:
        return self._words[row] if 0 <= row < len(self._words) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008  (Qt's default)
        return 0 if parent.isValid() else len(self._words)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._words):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._words[index.row()]
        return None


def dictionary_languages() -> list[str]:
    """Base languages with a dictionary here, English and Russian first (the desk's own)."""
    bases = {dictionary_language(tag) for tag in available_languages()}
    return ["en", "ru", *sorted(bases - {"en", "ru"})]


class HouseDictionaryDialog(QDialog):
    """List, add, remove, import and export the house dictionary of one language.

    Every change goes straight to the database, so colleagues on the same newsroom see it the
    next time their editor looks (on focus).

    Signals:
        words_changed(str): the house dictionary of this base language changed.
    """

    words_changed = Signal(str)
    """The base language (``en``, ``ru``…) whose house words were added, removed or imported."""

    def __init__(self, house: HouseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("houseDictionaryDialog")
        self.setWindowTitle(self.tr("House Dictionary"))
        self._house = house
        self._all: frozenset[str] = frozenset()

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("houseLanguageCombo")
        for language in dictionary_languages():
            self.language_combo.addItem(language, language)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("houseFilterEdit")
        self.filter_edit.setPlaceholderText(self.tr("Filter words…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.model = WordListModel(self)
        self.view = QListView(self)
        self.view.setObjectName("houseWordList")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.word_edit = QLineEdit(self)
        self.word_edit.setObjectName("houseWordEdit")
        self.word_edit.setPlaceholderText(
            self.tr("A name or spelling the newsroom uses, e.g. Mirziyoyev"))
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setObjectName("houseAddButton")
        # Enter in the word field adds the word itself; as the dialog's default button, Add
        # would take the same Enter and try again with the field already emptied.
        self.add_button.setAutoDefault(False)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("houseRemoveButton")
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.import_button.setObjectName("houseImportButton")
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setObjectName("houseExportButton")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("houseCountLabel")
        self.message_label = QLabel(self)
        self.message_label.setObjectName("houseMessageLabel")
        self.message_label.setWordWrap(True)

        top = QHBoxLayout()
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language_combo)
        top.addWidget(language_label)
        top.addWidget(self.language_combo)
        top.addWidget(self.filter_edit, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.word_edit, 1)
        add_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(add_row)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        self.resize(460, 520)

        self.language_combo.currentIndexChanged.connect(self.reload)
        self.filter_edit.textChanged.connect(self._show)
        self.add_button.clicked.connect(self.add_word)
        self.word_edit.returnPressed.connect(self.add_word)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.choose_import)
        self.export_button.clicked.connect(self.choose_export)
        self.reload()

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData())

    def reload(self) -> None:
        """Read the words again (a colleague may have added some since)."""
        self._all = self._house.words(self.language)
        self._show()

    def _show(self) -> None:
        self.model.set_words(self._all, self.filter_edit.text())
        total = len(self._all)
        self.count_label.setText(
            english_plural(
                self.tr("%n word(s) in the {0} house dictionary", None, total), total)
                .format(self.language))

    def _say(self, message: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet("color: #b00020;" if error else "")
        self.message_label.setText(message)

    def _changed(self) -> None:
        self.reload()
        self.words_changed.emit(self.language)

    def add_word(self) -> None:
        word = self.word_edit.text().strip()
        try:
            added = self._house.add_word(self.language, word)
        except InvalidInputError as error:
            self._say(self.tr("Not added: {0}").format(message_text(error)), error=True)
            return
        self.word_edit.clear()
        self._say((self.tr("Added “{0}”.") if added else self.tr("“{0}” was already there."))
                  .format(word))
        self._changed()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.view.selectedIndexes()})
        words = [w for w in (self.model.word_at(r) for r in rows) if w is not None]
        if not words:
            self._say(self.tr("Select the words to remove first."))
            return
        for word in words:
            self._house.remove_word(self.language, word)
        self._say(english_plural(self.tr("Removed %n word(s).", None, len(words)), len(words)))
        self._changed()

    def import_file(self, path: Path) -> int | None:
        """Import a plain word list (UTF-8, one word a line, # comments); all or nothing."""
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
            added = self._house.import_words(self.language, lines)
        except InvalidInputError as error:
            where = (self.tr("{0}, line {1}").format(path.name, error.line) if error.line
                     else path.name)
            self._say(self.tr("Nothing imported: {0}: {1}").format(where, message_text(error)),
                      error=True)
            return None
        except (OSError, UnicodeDecodeError) as error:
            reason = (os_error_text(error) if isinstance(error, OSError)
                      else self.tr("byte {0} is not UTF-8").format(error.start))
            self._say(self.tr("Nothing imported: cannot read {0} as UTF-8 text ({1}).").format(
                path.name, reason), error=True)
            return None
        self._say(english_plural(
            self.tr("Imported %n new word(s) from {0}.", None, added), added).format(path.name))
        self._changed()
        return added

    def export_file(self, path: Path) -> bool:
        try:
            path.write_text(self._house.export_words(self.language), encoding="utf-8")
        except (OSError, NewsdeskError) as error:
            self._say(self.tr("Not exported: {0}").format(error_text(error)), error=True)
            return False
        self._say(self.tr("Exported {0} words to {1}.").format(len(self._all), path.name))
        return True

    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a word list"), "",
                                              self.tr("Word lists (*.txt *.dic);;All files (*)"))
        if name:
            self.import_file(Path(name))

    def choose_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the word list"),
                                              f"house-words-{self.language}.txt",
                                              self.tr("Word lists (*.txt)"))
        if name:
            self.export_file(Path(name))
