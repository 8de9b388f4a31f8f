"""The fields of one registry source, refusing an anonymous source without its reason."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from newsdesk.domain.errors import InvalidInputError, wording
from newsdesk.domain.people import Source, SourceKind
from newsdesk.domain.source_keys import source_key_problem, suggest_source_key
from newsdesk.domain.source_kinds import guess_source_kind
from newsdesk.ui.labels import source_kind_label
from newsdesk.ui.people.language_names import LanguageNameFields, main_language
from newsdesk.ui.people.naming import named


class SourceForm(QWidget):
    """Edits one :class:`Source`; :meth:`checked_source` refuses bad input naming the field.

    The id is locked once a source is saved: stories cite it as ``source:key``, and renaming
    it here would silently break every citation already written.

    Signals:
        edited: the user changed a field.
    """

    edited = Signal()
    """Any field changed by the user."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceForm")
        self._source = Source(key="", name="")
        self._loading = False
        self._key_touched = False
        self._kind_touched = False
        self.key_edit = named(QLineEdit(), "sourceKeyEdit")
        self.key_edit.setPlaceholderText(self.tr("kazinform, minenergy-kz …"))
        self.name_edit = named(QLineEdit(), "sourceNameEdit")
        self.kind_combo = named(QComboBox(), "sourceKindCombo")
        for kind in SourceKind:
            self.kind_combo.addItem(source_kind_label(kind), kind)
        self.title_edit = named(QLineEdit(), "sourceTitleEdit")
        self.title_edit.setPlaceholderText(self.tr("Job title or affiliation"))
        self.url_edit = named(QLineEdit(), "sourceUrlEdit")
        self.url_edit.setPlaceholderText(self.tr("https://"))
        self.contact_edit = named(QLineEdit(), "sourceContactEdit")
        self.on_record_check = named(QCheckBox(self.tr("On the record")), "sourceOnRecordCheck")
        self.reason_edit = named(QLineEdit(), "sourceAnonymityReasonEdit")
        self.reason_edit.setPlaceholderText(self.tr("Why anonymity was granted (required)"))
        self.notes_edit = named(QPlainTextEdit(), "sourceNotesEdit")
        self.notes_edit.setFixedHeight(54)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # The dock shares the window with the menus and the editor: only letters none of them
        # use (tests/ui/shell/test_mnemonics.py); the other fields are reached with Tab.
        form.addRow(self.tr("&Id:"), self.key_edit)
        form.addRow(self.tr("Na&me:"), self.name_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("U&RL:"), self.url_edit)
        form.addRow(self.tr("Contact:"), self.contact_edit)
        form.addRow("", self.on_record_check)
        form.addRow(self.tr("Reason:"), self.reason_edit)
        form.addRow(self.tr("Notes:"), self.notes_edit)
        # The name and title a story in the other language lists ("Сергей Шойгу, министр
        # обороны России"); no mnemonics: the dock's letters are all taken.
        self.language_names = LanguageNameFields(form, "source", "title", self)
        self._connect_signals()
        self.set_source(None)

    def _connect_signals(self) -> None:
        for line in (self.key_edit, self.name_edit, self.title_edit, self.url_edit,
                     self.contact_edit, self.reason_edit):
            line.textEdited.connect(self._on_user_edit)
        self.key_edit.textEdited.connect(self._on_key_edited)
        self.name_edit.textEdited.connect(self._on_name_edited)
        self.notes_edit.textChanged.connect(self._on_user_edit)
        self.kind_combo.currentIndexChanged.connect(self._on_user_edit)
        self.kind_combo.activated.connect(self._on_kind_chosen)  # the user's pick, not ours
        self.on_record_check.toggled.connect(self._on_record_toggled)
        self.language_names.edited.connect(self._on_user_edit)

    def set_source(self, source: Source | None) -> None:
        """Show ``source`` (None: a new, on-the-record source; its kind follows the name)."""
        self._loading = True
        self._source = source or Source(key="", name="")
        s = self._source
        self.key_edit.setText(s.key)
        self.key_edit.setReadOnly(s.id is not None)
        self._key_touched = bool(s.key)
        self._kind_touched = s.id is not None
        self.name_edit.setText(s.name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(s.kind))
        self.title_edit.setText(s.title)
        self.url_edit.setText(s.url)
        self.contact_edit.setText(s.contact)
        self.on_record_check.setChecked(s.on_record)
        self.reason_edit.setText(s.anonymity_reason)
        self.notes_edit.setPlainText(s.notes)
        self.language_names.set_names(s.names, main_language(s.name))
        self._on_record_toggled(s.on_record)
        self._loading = False

    def adopt_version(self, version: int) -> None:
        """Keep the edits but count them as made on ``version``: after a refused save the
        user chose Keep Editing, having seen the colleague's newer entry."""
        self._source = replace(self._source, version=version)

    def source(self) -> Source:
        """The source as edited (unchecked), with the id and version of the one loaded."""
        return replace(
            self._source,
            key=self.key_edit.text().strip(),
            name=self.name_edit.text().strip(),
            kind=SourceKind(self.kind_combo.currentData()),
            title=self.title_edit.text().strip(),
            url=self.url_edit.text().strip(),
            contact=self.contact_edit.text().strip(),
            on_record=self.on_record_check.isChecked(),
            anonymity_reason=self.reason_edit.text().strip(),
            notes=self.notes_edit.toPlainText().strip(),
            names=self.language_names.source_names(),
        )

    def checked_source(self, taken_keys: set[str]) -> Source:
        """The edited source, or ``InvalidInputError`` naming the first bad field.

        ``taken_keys`` are the registry's ids; a saved source's own id is not a duplicate.
        """
        source = self.source()
        taken = taken_keys - {self._source.key} if self._source.id is not None else taken_keys
        problem = source_key_problem(source.key, taken)
        if problem:
            raise InvalidInputError(problem, field="id")
        if not source.name:
            raise InvalidInputError(wording("is empty: a source needs a name"), field="name")
        if not source.on_record and not source.anonymity_reason:
            raise InvalidInputError(
                wording("is empty: an anonymous source must carry the reason anonymity was "
                        "granted"),
                field="anonymity reason",
            )
        return source

    def focus_field(self, field: str) -> None:
        widgets: dict[str, QWidget] = {
            "id": self.key_edit, "name": self.name_edit, "anonymity reason": self.reason_edit,
            "anonymity_reason": self.reason_edit, "url": self.url_edit,
        }
        widget = widgets.get(field)
        if widget is not None:
            widget.setFocus()
        else:
            self.language_names.focus_field(field)

    def _on_user_edit(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _on_key_edited(self, _text: str) -> None:
        self._key_touched = True

    def _on_name_edited(self, text: str) -> None:
        self.language_names.show_for(main_language(text))
        # Offer an id from the name until the user types one: most ids are the name, slugged.
        if self._source.id is None and not self._key_touched:
            self.key_edit.setText(suggest_source_key(text) if text.strip() else "")
        # Likewise the kind ("Kazinform" is an agency), until the user picks one.
        if self._source.id is None and not self._kind_touched:
            self._loading = True
            try:
                self.kind_combo.setCurrentIndex(self.kind_combo.findData(guess_source_kind(text)))
            finally:
                self._loading = False

    def _on_kind_chosen(self, _index: int) -> None:
        self._kind_touched = True

    def _on_record_toggled(self, on_record: bool) -> None:
        self.reason_edit.setEnabled(not on_record)
        self._on_user_edit()
