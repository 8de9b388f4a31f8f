"""The glossary dialog: list the newsroom's terms, add one (renderings, note, forbidden
variants), remove one or import a CSV/TBX file; each change is one transaction of the
glossary service."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.errors import NewsdeskError
from newsdesk.domain.glossary import GlossaryTerm, Rendering
from newsdesk.services.glossary import SEPARATOR, GlossaryImportReport, GlossaryService
from newsdesk.ui.error_text import error_text
from newsdesk.ui.ink import WARNING
from newsdesk.ui.labels import language_name

TERM_ID_ROLE: Final = Qt.ItemDataRole.UserRole + 1
"""The glossary term's id, on the first cell of its row."""


def _languages_text(term: GlossaryTerm, source: str, *, forbidden: bool) -> str:
    """"ru: ШОС; kk: ШЫҰ" for every language but ``source`` (forbidden variants or not)."""
    parts = []
    for language in term.languages:
        texts = term.forbidden(language) if forbidden else term.allowed(language)
        if texts and (forbidden or language != source):
            parts.append(f"{language}: {', '.join(texts)}")
    return "; ".join(parts)


class GlossaryDialog(QDialog):
    """The newsroom's glossary: every term, and a form to add one.

    Signals:
        glossary_changed(): a term was added or removed (the desk's glossary panel reloads).
    """

    glossary_changed = Signal()
    """A term was added or removed; anyone showing the glossary should read it again."""

    def __init__(self, service: GlossaryService, parent: QWidget | None = None, *,
                 source_language: str = "en", target_language: str = "ru") -> None:
        super().__init__(parent)
        self.setObjectName("glossaryDialog")
        self.setWindowTitle(self.tr("Glossary"))
        self.resize(820, 560)
        self._service = service
        self._terms: tuple[GlossaryTerm, ...] = ()
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("glossaryList")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Term"), self.tr("Renderings"), self.tr("Forbidden"), self.tr("Note")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.source_language_edit = self._line("glossarySourceLanguageEdit", source_language)
        self.term_edit = self._line("glossaryTermEdit", "")
        self.target_language_edit = self._line("glossaryTargetLanguageEdit", target_language)
        self.rendering_edit = self._line("glossaryRenderingEdit", "")
        self.forbidden_edit = self._line("glossaryForbiddenEdit", "")
        self.forbidden_edit.setPlaceholderText(
            self.tr("Variants not to use, separated by {0}").format(SEPARATOR))
        self.note_edit = self._line("glossaryNoteEdit", "")
        for edit in (self.source_language_edit, self.target_language_edit):
            edit.setMaximumWidth(70)
        self.add_button = QPushButton(self.tr("Add term"), self)
        self.add_button.setObjectName("glossaryAddButton")
        self.remove_button = QPushButton(self.tr("Remove term"), self)
        self.remove_button.setObjectName("glossaryRemoveButton")
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setObjectName("glossaryImportButton")
        self.import_button.setToolTip(self.tr(
            "Add the terms of a CSV file (columns named en, ru, forbidden_ru, note) or a TBX "
            "file; a file with an error adds nothing"))
        self.message_label = QLabel(self)
        self.message_label.setObjectName("glossaryMessage")
        self.message_label.setWordWrap(True)
        # Refusals quote a file's own markup (forbidden_<code>, <termEntry>): never rich text.
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        term_row = QHBoxLayout()
        term_row.addWidget(self.source_language_edit)
        term_row.addWidget(self.term_edit, 1)
        rendering_row = QHBoxLayout()
        rendering_row.addWidget(self.target_language_edit)
        rendering_row.addWidget(self.rendering_edit, 1)
        form.addRow(self.tr("Term (language, text):"), term_row)
        form.addRow(self.tr("Rendering (language, text):"), rendering_row)
        form.addRow(self.tr("Forbidden variants:"), self.forbidden_edit)
        form.addRow(self.tr("Note:"), self.note_edit)
        actions = QHBoxLayout()
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        actions.addWidget(self.remove_button)
        actions.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addLayout(actions)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add_term)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.choose_import)
        self.rendering_edit.returnPressed.connect(self.add_term)
        self.table.itemSelectionChanged.connect(self._update_controls)
        self.reload()

    def _line(self, name: str, text: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        return edit

    @property
    def terms(self) -> tuple[GlossaryTerm, ...]:
        return self._terms

    def reload(self) -> None:
        try:
            self._terms = self._service.terms()
        except NewsdeskError as exc:
            self._say(self.tr("The glossary could not be read: {0}").format(error_text(exc)))
            return
        source = self.source_language_edit.text().strip()
        self.table.setRowCount(len(self._terms))
        for row, term in enumerate(self._terms):
            name = term.preferred(source) or (term.renderings[0].text if term.renderings else "")
            cells = (name, _languages_text(term, source, forbidden=False),
                     _languages_text(term, source, forbidden=True), term.note)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(TERM_ID_ROLE, term.id)
                self.table.setItem(row, column, item)
        self._update_controls()

    def _update_controls(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedItems()))

    def add_term(self) -> GlossaryTerm | None:
        """Store the form's term; an empty term or rendering is refused, naming the field."""
        source = self.source_language_edit.text().strip()
        target = self.target_language_edit.text().strip()
        text, rendering = self.term_edit.text().strip(), self.rendering_edit.text().strip()
        if not text:
            self.term_edit.setFocus()
            self._say(self.tr("Type the term in {0} first.").format(language_name(source)))
            return None
        if not rendering:
            self.rendering_edit.setFocus()
            self._say(self.tr("The rendering is empty: type how the term is written in {0}; "
                              "a term without its rendering is not added.").format(
                                  language_name(target)))
            return None
        renderings = [Rendering(source, text), Rendering(target, rendering)]
        renderings += [Rendering(target, part, forbidden=True)
                       for part in self.forbidden_edit.text().split(SEPARATOR) if part.strip()]
        try:
            term = self._service.add(renderings, self.note_edit.text())
        except NewsdeskError as exc:
            self._say(self.tr("The term was not added: {0}").format(error_text(exc)))
            return None
        for edit in (self.term_edit, self.rendering_edit, self.forbidden_edit, self.note_edit):
            edit.clear()
        self.reload()
        self._say(self.tr("Added “{0}”.").format(text), error=False)
        self.glossary_changed.emit()
        return term

    def remove_selected(self) -> bool:
        items = self.table.selectedItems()
        if not items:
            return False
        first = self.table.item(items[0].row(), 0)
        term_id = first.data(TERM_ID_ROLE) if first is not None else None
        if not isinstance(term_id, int):
            return False
        try:
            removed = self._service.remove(term_id)
        except NewsdeskError as exc:
            self._say(self.tr("The term was not removed: {0}").format(error_text(exc)))
            self.reload()
            return False
        self.reload()
        name = removed.renderings[0].text if removed.renderings else ""
        self._say(self.tr("Removed “{0}”.").format(name), error=False)
        self.glossary_changed.emit()
        return True

    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import glossary terms"), "",
            self.tr("Glossary files (*.csv *.tbx);;All files (*)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> GlossaryImportReport | None:
        """Import ``path`` (CSV or TBX), all of it or nothing; the message names the line."""
        try:
            report = self._service.import_file(path)
        except NewsdeskError as exc:
            self._say(self.tr("Nothing imported: {0}").format(error_text(exc)))
            return None
        self.reload()
        self._say(self.tr("Imported from {0}: {1} new terms, {2} updated.").format(
            path.name, report.added, report.updated), error=False)
        self.glossary_changed.emit()
        return report

    def _say(self, text: str, *, error: bool = True) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(f"color: {WARNING.name()};" if error else "")
