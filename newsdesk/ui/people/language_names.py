"""Fields for a profile's or a source's name in the newsroom's other language (Sergey Kwan /
Сергей Кван), shared by the profile form and the source form."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from newsdesk.domain.people import AuthorName, SourceName, name_language
from newsdesk.ui.people.naming import named

NEWSROOM_LANGUAGES: Final = ("en", "ru")
"""The languages the desk writes in: a profile gets fields for the one its name is not in."""
_CYRILLIC: Final = re.compile("[\u0400-\u04ff]")
_LATIN: Final = re.compile("[A-Za-z]")


def main_language(name: str, languages: Sequence[str] = ()) -> str:
    """The newsroom language a main name is written in: Cyrillic letters say Russian, Latin
    ones English; a name not typed yet goes by the person's first listed language."""
    if _CYRILLIC.search(name):
        return "ru"
    if _LATIN.search(name):
        return "en"
    listed = [name_language(tag) for tag in languages]
    return next((tag for tag in listed if tag in NEWSROOM_LANGUAGES), NEWSROOM_LANGUAGES[0])


def _labels(language: str, second: str) -> tuple[str, str]:
    """The two row labels for ``language``; written out whole so each reads naturally."""
    if language == "ru":
        name = QCoreApplication.translate("LanguageNames", "Name in Russian:")
        other = (QCoreApplication.translate("LanguageNames", "Bio in Russian:")
                 if second == "bio"
                 else QCoreApplication.translate("LanguageNames", "Title in Russian:"))
        return name, other
    name = QCoreApplication.translate("LanguageNames", "Name in English:")
    other = (QCoreApplication.translate("LanguageNames", "Bio in English:") if second == "bio"
             else QCoreApplication.translate("LanguageNames", "Title in English:"))
    return name, other


class LanguageNameFields(QObject):
    """A name field and a bio or title field per newsroom language, as rows of a form.

    Only the rows of languages other than the main name's are shown (a stored name in the
    main name's own language stays visible, so it can be seen and cleared). Names in
    languages the form has no rows for (from an import, say ``ky``) are kept as they were.

    Signals:
        edited: the user changed one of the fields.
    """

    edited = Signal()
    """The user typed in a name, bio or title field."""

    def __init__(self, form: QFormLayout, prefix: str, second: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = form
        self._kept: tuple[tuple[str, str, str], ...] = ()
        self.name_edits: dict[str, QLineEdit] = {}
        self.second_edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        for language in NEWSROOM_LANGUAGES:
            suffix = language.title()
            name_edit = named(QLineEdit(), f"{prefix}Name{suffix}Edit")
            other: QLineEdit | QPlainTextEdit
            if second == "bio":
                other = named(QPlainTextEdit(), f"{prefix}Bio{suffix}Edit")
                other.setFixedHeight(54)
                other.setTabChangesFocus(True)
                other.textChanged.connect(self._on_user_edit)
            else:
                other = named(QLineEdit(), f"{prefix}Title{suffix}Edit")
                other.textEdited.connect(self._on_user_edit)
            name_edit.textEdited.connect(self._on_user_edit)
            name_label, second_label = _labels(language, second)
            form.addRow(name_label, name_edit)
            form.addRow(second_label, other)
            self.name_edits[language], self.second_edits[language] = name_edit, other
        self._loading = False
        self._main = NEWSROOM_LANGUAGES[0]

    # -- values ----------------------------------------------------------------------------
    def set_names(self, names: Sequence[AuthorName | SourceName], main: str) -> None:
        """Show ``names``; ``main`` is the language of the main name (its rows are hidden)."""
        self._loading = True
        by_language = {entry.language: _parts(entry) for entry in names}
        self._kept = tuple((language, *parts) for language, parts in by_language.items()
                           if language not in NEWSROOM_LANGUAGES)
        for language in NEWSROOM_LANGUAGES:
            name, other = by_language.get(language, ("", ""))
            self.name_edits[language].setText(name)
            _set_text(self.second_edits[language], other)
        self._loading = False
        self.show_for(main)

    def show_for(self, main: str) -> None:
        """Show the rows of every language but ``main`` (unless ``main``'s hold something)."""
        self._main = main
        for language in NEWSROOM_LANGUAGES:
            visible = language != main or bool(self._values(language)[0] or
                                               self._values(language)[1])
            self._form.setRowVisible(self.name_edits[language], visible)
            self._form.setRowVisible(self.second_edits[language], visible)

    def set_read_only(self, read_only: bool) -> None:
        """No edits while the owner's entry is read or saved (see AuthorForm.set_read_only)."""
        for language in NEWSROOM_LANGUAGES:
            self.name_edits[language].setReadOnly(read_only)
            self.second_edits[language].setReadOnly(read_only)

    def author_names(self) -> tuple[AuthorName, ...]:
        return tuple(AuthorName(language, name, other) for language, name, other in
                     self._entries())

    def source_names(self) -> tuple[SourceName, ...]:
        return tuple(SourceName(language, name, other) for language, name, other in
                     self._entries())

    def focus_field(self, field: str) -> bool:
        """Focus the widget for a service error's ``name.ru``/``bio.en``/``title.ru`` field."""
        kind, _, language = field.partition(".")
        if language not in NEWSROOM_LANGUAGES:
            return False
        widget = self.name_edits[language] if kind == "name" else self.second_edits[language]
        widget.setFocus()
        return True

    def _values(self, language: str) -> tuple[str, str]:
        other = self.second_edits[language]
        text = other.toPlainText() if isinstance(other, QPlainTextEdit) else other.text()
        return self.name_edits[language].text().strip(), text.strip()

    def _entries(self) -> list[tuple[str, str, str]]:
        shown = [(language, *self._values(language)) for language in NEWSROOM_LANGUAGES]
        entries = [entry for entry in (*shown, *self._kept) if entry[1] or entry[2]]
        return sorted(entries)

    def _on_user_edit(self) -> None:
        if not self._loading:
            self.edited.emit()


def names_text(names: Sequence[AuthorName | SourceName]) -> str:
    """``ru: Сергей Кван — Пишет об энергетике.``, one language after another, for the
    conflict bar, which compares a colleague's saved names with the form's."""
    return "; ".join(f"{entry.language}: " + " — ".join(part for part in _parts(entry) if part)
                     for entry in names)


def _parts(entry: AuthorName | SourceName) -> tuple[str, str]:
    return (entry.name, entry.bio if isinstance(entry, AuthorName) else entry.title)


def _set_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        widget.setText(text)
