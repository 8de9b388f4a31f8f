"""The glossary dialog: list the newsroom's terms, add one (renderings, note, forbidden
variants), remove one or import a CSV/TBX file; each change is one transaction of the
glossary service, run on the task runner with the list read again after it (issue 13)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, Final, TypeVar

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
from newsdesk.ui.tasks import TaskRunner, describe_failure

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


_Done = TypeVar("_Done")


def _why(exc: BaseException) -> str:
    """Our errors whole (a file's refusal names its line); anything else its first line."""
    return error_text(exc) if isinstance(exc, NewsdeskError) else describe_failure(exc)


def _then_terms(
    service: GlossaryService, change: Callable[[], _Done]
) -> tuple[_Done, tuple[GlossaryTerm, ...]]:
    """Run ``change`` and read the terms after it, on a worker: the list shown is the one the
    change left (a colleague's terms included)."""
    done = change()
    return done, service.terms()


class GlossaryDialog(QDialog):
    """The newsroom's glossary: every term, and a form to add one.

    Signals:
        glossary_changed(): a term was added or removed (the desk's glossary panel reloads).
        terms_shown(): the terms read on the runner are listed.
        change_answered(bool): an add, remove or import came back (True: stored).
    """

    glossary_changed = Signal()
    """A term was added or removed; anyone showing the glossary should read it again."""
    terms_shown = Signal()
    """The list shows the terms as the runner read them."""
    change_answered = Signal(bool)
    """An add, remove or import sent to the runner came back: stored (True) or refused (the
    message line says why)."""

    def __init__(self, service: GlossaryService, parent: QWidget | None = None, *,
                 source_language: str = "en", target_language: str = "ru") -> None:
        super().__init__(parent)
        self.setObjectName("glossaryDialog")
        self.setWindowTitle(self.tr("Glossary"))
        self.resize(820, 560)
        self._service = service
        self._terms: tuple[GlossaryTerm, ...] = ()
        self._changing = False
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

    @property
    def busy(self) -> bool:
        """A change is on its way: the buttons wait for it, so nothing is sent twice."""
        return self._changing

    def reload(self) -> None:
        """Read the terms on the runner (latest read wins) and list them when they land."""
        TaskRunner.of().run(self._service.terms, on_result=self._show_terms,
                            on_error=self._on_read_failed, channel=f"glossary-{id(self)}")

    def _on_read_failed(self, exc: BaseException) -> bool:
        self._say(self.tr("The glossary could not be read: {0}").format(_why(exc)))
        return True

    def _show_terms(self, terms: tuple[GlossaryTerm, ...]) -> None:
        self._terms = terms
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
        self.terms_shown.emit()

    def _update_controls(self) -> None:
        idle = not self._changing
        self.remove_button.setEnabled(idle and bool(self.table.selectedItems()))
        self.add_button.setEnabled(idle)
        self.import_button.setEnabled(idle)

    def _change(
        self, change: Callable[[], _Done], stored: Callable[[_Done], None],
        refused: Callable[[BaseException], None],
    ) -> None:
        """Send ``change`` to the runner with the list's re-read after it; the buttons wait."""
        self._changing = True
        self._update_controls()
        TaskRunner.of().run(_then_terms, self._service, change,
                            # partials of bound methods: the runner sees a closed dialog
                            on_result=partial(self._on_changed, stored=stored),
                            on_error=partial(self._on_change_failed, refused=refused))

    def _on_changed(self, done: tuple[Any, tuple[GlossaryTerm, ...]],
                    stored: Callable[[Any], None]) -> None:
        self._changing = False
        value, terms = done
        self._show_terms(terms)
        stored(value)
        self.glossary_changed.emit()
        self.change_answered.emit(True)

    def _on_change_failed(self, exc: BaseException,
                          refused: Callable[[BaseException], None]) -> bool:
        self._changing = False
        self._update_controls()
        refused(exc)
        self.change_answered.emit(False)
        return True

    def add_term(self) -> bool:
        """Send the form's term to be stored (True); an empty term or rendering is refused at
        once, naming the field (False). :attr:`change_answered` says how the store went."""
        source = self.source_language_edit.text().strip()
        target = self.target_language_edit.text().strip()
        text, rendering = self.term_edit.text().strip(), self.rendering_edit.text().strip()
        if not text:
            self.term_edit.setFocus()
            self._say(self.tr("Type the term in {0} first.").format(language_name(source)))
            return False
        if not rendering:
            self.rendering_edit.setFocus()
            self._say(self.tr("The rendering is empty: type how the term is written in {0}; "
                              "a term without its rendering is not added.").format(
                                  language_name(target)))
            return False
        if self._changing:
            return False
        renderings = [Rendering(source, text), Rendering(target, rendering)]
        renderings += [Rendering(target, part, forbidden=True)
                       for part in self.forbidden_edit.text().split(SEPARATOR) if part.strip()]
        note, service = self.note_edit.text(), self._service

        def added(_term: object) -> None:
            for edit in (self.term_edit, self.rendering_edit, self.forbidden_edit,
                         self.note_edit):
                edit.clear()
            self._say(self.tr("Added “{0}”.").format(text), error=False)

        def refused(exc: BaseException) -> None:  # the typed term stays, to retry
            self._say(self.tr("The term was not added: {0}").format(_why(exc)))

        self._change(lambda: service.add(renderings, note), added, refused)
        return True

    def remove_selected(self) -> bool:
        """Send the selected term's removal to the runner (True when one was sent)."""
        items = self.table.selectedItems()
        if not items or self._changing:
            return False
        first = self.table.item(items[0].row(), 0)
        term_id = first.data(TERM_ID_ROLE) if first is not None else None
        if not isinstance(term_id, int):
            return False
        service = self._service

        def removed(term: GlossaryTerm) -> None:
            name = term.renderings[0].text if term.renderings else ""
            self._say(self.tr("Removed “{0}”.").format(name), error=False)

        def refused(exc: BaseException) -> None:
            self._say(self.tr("The term was not removed: {0}").format(_why(exc)))
            self.reload()  # a colleague may have removed it first

        self._change(lambda: service.remove(term_id), removed, refused)
        return True

    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import glossary terms"), "",
            self.tr("Glossary files (*.csv *.tbx);;All files (*)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> bool:
        """Send ``path`` (CSV or TBX) to be imported on the runner, all of it or nothing (True
        when sent); the message names the file and line of a refusal."""
        if self._changing:
            return False
        service = self._service

        def imported(report: GlossaryImportReport) -> None:
            self._say(self.tr("Imported from {0}: {1} new terms, {2} updated.").format(
                path.name, report.added, report.updated), error=False)

        def refused(exc: BaseException) -> None:
            self._say(self.tr("Nothing imported: {0}").format(_why(exc)))

        self._change(lambda: service.import_file(path), imported, refused)
        return True

    def _say(self, text: str, *, error: bool = True) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(f"color: {WARNING.name()};" if error else "")
