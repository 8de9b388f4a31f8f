"""The house dictionary manager: the newsroom's shared spellings, per language, as a word list.

Every read and change of the house dictionary runs on the task runner (issue 13): the list
is read there (latest read wins), and an add, remove, import or export is sent there with the
list read again after it, so the window never waits on the database.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
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

from newsdesk.domain.errors import InvalidInputError, os_reason, wording
from newsdesk.services.export.files import write_atomically
from newsdesk.services.house import HouseService, dictionary_language
from newsdesk.services.spelling import available_languages
from newsdesk.ui.error_text import message_text, os_error_text, os_reason_text
from newsdesk.ui.ink import WARNING
from newsdesk.ui.plural import english_plural
from newsdesk.ui.tasks import TaskHandle, TaskRunner, describe_failure

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


_Done = TypeVar("_Done")


def _then_words(
    house: HouseService, language: str, change: Callable[[], _Done]
) -> tuple[_Done, frozenset[str]]:
    """Run ``change`` and read the words after it, on a worker: the list shown is the one the
    change left (a colleague's words included)."""
    done = change()
    return done, house.words(language)


class WordFileUnreadableError(InvalidInputError):
    """The word list to import cannot be read: missing, a folder, not allowed, not UTF-8.

    Input the user is told about, like a bad line, so an :class:`InvalidInputError`: the task
    runner logs it as one line, not as a bug's traceback. ``cause`` is what the system said.
    """

    def __init__(self, path: Path, cause: OSError | UnicodeDecodeError) -> None:
        self.cause = cause
        said = (wording("is not UTF-8 text (byte {byte} is not UTF-8)", byte=cause.start)
                if isinstance(cause, UnicodeDecodeError)
                else wording("cannot be read: {reason}", reason=os_reason(cause)))
        super().__init__(said, file=str(path))


def import_word_file(house: HouseService, language: str, path: Path) -> int:
    """Read ``path`` (UTF-8, one word a line, # comments) and import it in one transaction;
    the count of new words. Runs on a worker: a big file is read and checked there too."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise WordFileUnreadableError(path, exc) from exc
    try:
        return house.import_words(language, lines)
    except InvalidInputError as exc:
        if exc.file:
            raise
        # A bad line: the log's one line names the file too, not only "line 2".
        raise InvalidInputError(exc.wording or exc.message, field=exc.field, file=str(path),
                                line=exc.line) from exc


def export_word_file(house: HouseService, language: str, path: Path) -> int:
    """Write the words of ``language`` to ``path`` (whole or not at all); how many."""
    text = house.export_words(language)
    write_atomically(path, text)
    return text.count("\n")


def _unreadable(cause: OSError | UnicodeDecodeError, name: str) -> str:
    """Why the word list ``name`` could not be read, in the interface language: a missing
    file is not a question of its encoding."""
    if isinstance(cause, UnicodeDecodeError):
        return QCoreApplication.translate(
            "HouseDictionaryDialog", "Nothing imported: {0} is not UTF-8 text (byte {1} is not "
            "UTF-8); save it as UTF-8 and import it again.").format(name, cause.start)
    reason = os_reason_text(cause)
    return QCoreApplication.translate(
        "HouseDictionaryDialog", "Nothing imported: cannot read {0}: {1}.").format(name, reason)


def _reason(exc: BaseException) -> str:
    """A refused word's reason without the field's name (the field is right there); storage
    and other failures in their first line (the log has the rest)."""
    return message_text(exc) if isinstance(exc, InvalidInputError) else describe_failure(exc)


class HouseDictionaryDialog(QDialog):
    """List, add, remove, import and export the house dictionary of one language.

    Every change goes to the database on the task runner, so colleagues on the same newsroom
    see it the next time their editor looks (on focus). While a change is on its way the
    buttons, the language and the list wait for it (nothing is sent twice); a change that is
    refused says why under the list and keeps what was typed.

    Signals:
        words_changed(str): the house dictionary of this base language changed.
        words_loaded(str): the list shows the words of this language as just read.
        load_failed(str): the words could not be read (the message line says why).
        word_added(str): the word is in the house dictionary (stored now, or already there).
        words_removed(int): the selected words were removed (how many were there).
        words_imported(int): a word list was imported (how many new words).
        words_exported(int): the list was written to a file (how many words).
        change_answered(bool): an add, remove, import or export came back (True: done).
    """

    words_changed = Signal(str)
    """The base language (``en``, ``ru``…) whose house words were added, removed or imported."""
    words_loaded = Signal(str)
    """The list shows the words of this base language as the runner read them."""
    load_failed = Signal(str)
    """Reading the words failed; the argument is what the message line says."""
    word_added = Signal(str)
    """The word (as typed, trimmed) is in the house dictionary."""
    words_removed = Signal(int)
    """The selected words are gone; how many were still there to remove."""
    words_imported = Signal(int)
    """A word list was imported, all of it; how many words were new."""
    words_exported = Signal(int)
    """The words were written to the chosen file; how many."""
    change_answered = Signal(bool)
    """An add, remove, import or export sent to the runner came back: done (True) or refused
    (the message line says why, nothing was written)."""

    def __init__(self, house: HouseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("houseDictionaryDialog")
        self.setWindowTitle(self.tr("House Dictionary"))
        self._house = house
        self._all: frozenset[str] = frozenset()
        self._read: TaskHandle | None = None  # the read on its way, if any
        self._changing = False
        self._focused: QWidget | None = None  # where the user was when a change was sent

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
        # Refusals quote a file's words and the driver's reason: never rich text.
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)

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

        self.language_combo.currentIndexChanged.connect(self._on_language_chosen)
        self.filter_edit.textChanged.connect(self._show)
        self.add_button.clicked.connect(self.add_word)
        self.word_edit.returnPressed.connect(self.add_word)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.choose_import)
        self.export_button.clicked.connect(self.choose_export)
        self._on_language_chosen()

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData())

    @property
    def loading(self) -> bool:
        """The words are being read (the list shows what it had, or nothing yet)."""
        return self._read is not None

    @property
    def busy(self) -> bool:
        """A change is on its way: the buttons wait for it, so nothing is sent twice."""
        return self._changing

    # -- reading ---------------------------------------------------------------------------
    def _on_language_chosen(self) -> None:
        """Another language: its list starts empty (nothing of the last one to remove by
        mistake) and is read on the runner."""
        self._all = frozenset()
        self.model.set_words(self._all)
        self.reload()

    def reload(self) -> None:
        """Read the words again on the runner (a colleague may have added some since); the
        latest read wins. A change on its way reads them after it anyway."""
        if self._changing:
            return
        language = self.language
        self.count_label.setText(
            self.tr("Loading the {0} house dictionary…").format(language))
        self._read = TaskRunner.of().run(
            self._house.words, language,
            on_result=partial(self._on_words_read, language),
            on_error=partial(self._on_read_failed, language),
            channel=f"house-words-{id(self)}")

    def _on_words_read(self, language: str, words: frozenset[str]) -> None:
        self._read = None
        self._take_words(language, words)

    def _on_read_failed(self, language: str, exc: BaseException) -> bool:
        self._read = None
        said = self.tr("The {0} house dictionary could not be read: {1}").format(
            language, describe_failure(exc))
        self.count_label.setText("")
        self._say(said, error=True)
        self.load_failed.emit(said)
        return True

    def _take_words(self, language: str, words: frozenset[str]) -> None:
        if language != self.language:  # chosen away meanwhile: its own read is on its way
            return
        self._all = words
        self._show()
        self.words_loaded.emit(language)

    def _show(self) -> None:
        self.model.set_words(self._all, self.filter_edit.text())
        if self._read is not None:
            return  # the count line says the words are on their way
        total = len(self._all)
        self.count_label.setText(
            english_plural(
                self.tr("%n word(s) in the {0} house dictionary", None, total), total)
                .format(self.language))

    def _say(self, message: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet(f"color: {WARNING.name()};" if error else "")
        self.message_label.setText(message)

    # -- changing --------------------------------------------------------------------------
    def _update_controls(self) -> None:
        idle = not self._changing
        if not idle:
            self._focused = self.focusWidget()
        for widget in (self.add_button, self.remove_button, self.import_button,
                       self.export_button, self.language_combo, self.view):
            widget.setEnabled(idle)
        self.word_edit.setReadOnly(not idle)
        if idle and self._focused is not None:
            # The button clicked was disabled meanwhile and lost the focus: give it back, so
            # the keyboard goes on where it was.
            if self._focused.isEnabled() and self.isActiveWindow():
                self._focused.setFocus()
            self._focused = None

    def _change(
        self, change: Callable[[], _Done], done: Callable[[_Done], None],
        refused: Callable[[BaseException], str], *, on_the_way: str,
    ) -> bool:
        """Send ``change`` to the runner with the list read again after it; the controls wait
        for the answer. False (nothing sent) while another change is on its way."""
        if self._changing:
            return False
        if self._read is not None:  # the change reads the list after itself: that one wins
            self._read.cancel()
            self._read = None
        self._changing = True
        self._update_controls()
        self._say(on_the_way)
        language = self.language
        TaskRunner.of().run(_then_words, self._house, language, change,
                            # partials of bound methods: the runner sees a closed dialog
                            on_result=partial(self._on_changed, language, done),
                            on_error=partial(self._on_change_failed, refused))
        return True

    def _on_changed(self, language: str, done: Callable[[Any], None],
                    outcome: tuple[Any, frozenset[str]]) -> None:
        self._changing = False
        self._update_controls()
        value, words = outcome
        self._take_words(language, words)
        done(value)
        self.words_changed.emit(language)
        self.change_answered.emit(True)

    def _on_change_failed(self, refused: Callable[[BaseException], str],
                          exc: BaseException) -> bool:
        self._changing = False
        self._update_controls()
        self._say(refused(exc), error=True)
        self.change_answered.emit(False)
        return True

    def add_word(self) -> bool:
        """Send the typed word to be stored (True when sent); the field is emptied once it is
        stored and kept when it is refused, to retry."""
        word = self.word_edit.text().strip()
        if not word:
            self.word_edit.setFocus()
            self._say(self.tr("Type the word to add first."))
            return False
        house, language = self._house, self.language

        def added(stored: bool) -> None:
            self.word_edit.clear()
            self._say((self.tr("Added “{0}”.") if stored
                       else self.tr("“{0}” was already there.")).format(word))
            self.word_added.emit(word)

        def refused(exc: BaseException) -> str:
            return self.tr("Not added: {0}").format(_reason(exc))

        return self._change(lambda: house.add_word(language, word), added, refused,
                            on_the_way=self.tr("Adding “{0}”…").format(word))

    def remove_selected(self) -> bool:
        """Send the selected words' removal (one transaction) to the runner; True when sent."""
        rows = sorted({index.row() for index in self.view.selectedIndexes()})
        words = [w for w in (self.model.word_at(r) for r in rows) if w is not None]
        if not words:
            self._say(self.tr("Select the words to remove first."))
            return False
        house, language = self._house, self.language

        def removed(count: int) -> None:
            self._say(english_plural(self.tr("Removed %n word(s).", None, count), count))
            self.words_removed.emit(count)

        def refused(exc: BaseException) -> str:
            return self.tr("Nothing removed: {0}").format(_reason(exc))

        return self._change(
            lambda: house.remove_words(language, words), removed, refused,
            on_the_way=english_plural(
                self.tr("Removing %n word(s)…", None, len(words)), len(words)))

    def import_file(self, path: Path) -> bool:
        """Send a plain word list (UTF-8, one word a line, # comments) to be read and imported
        on the runner, all or nothing (True when sent); a refusal names the file and line."""
        house, language = self._house, self.language

        def imported(added: int) -> None:
            self._say(english_plural(
                self.tr("Imported %n new word(s) from {0}.", None, added), added)
                .format(path.name))
            self.words_imported.emit(added)

        def refused(exc: BaseException) -> str:
            if isinstance(exc, WordFileUnreadableError):
                return _unreadable(exc.cause, path.name)
            where = path.name
            if isinstance(exc, InvalidInputError) and exc.line:
                where = self.tr("{0}, line {1}").format(path.name, exc.line)
            return self.tr("Nothing imported: {0}: {1}").format(where, _reason(exc))

        return self._change(lambda: import_word_file(house, language, path), imported, refused,
                            on_the_way=self.tr("Importing {0}…").format(path.name))

    def export_file(self, path: Path) -> bool:
        """Send the export of this language's words to ``path`` to the runner (True when
        sent); the file is written whole or not at all."""
        house, language = self._house, self.language

        def exported(count: int) -> None:
            self._say(self.tr("Exported {0} words to {1}.").format(count, path.name))
            self.words_exported.emit(count)

        def refused(exc: BaseException) -> str:
            reason = os_error_text(exc) if isinstance(exc, OSError) else _reason(exc)
            return self.tr("Not exported: {0}").format(reason)

        return self._change(lambda: export_word_file(house, language, path), exported, refused,
                            on_the_way=self.tr("Exporting to {0}…").format(path.name))

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
