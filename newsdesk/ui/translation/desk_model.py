"""The desk's rows as a table: original paragraph | translation paragraph, changes flagged."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from newsdesk.domain.alignment import Paragraph, splice_paragraph, split_paragraphs
from newsdesk.domain.desk_fields import FieldRow
from newsdesk.domain.segments import SegmentRecord, SegmentState
from newsdesk.domain.translation_changes import (
    ChangeKind,
    ChangeSeverity,
    DeskRow,
    with_translation_body,
)
from newsdesk.domain.translation_progress import open_severity, row_state
from newsdesk.domain.translation_qa import QaProblem, QaSeverity
from newsdesk.ui.noop import QT_TRANSLATE_NOOP
from newsdesk.ui.translation.qa_text import qa_icon, qa_tooltip

ORIGINAL_COLUMN, TRANSLATION_COLUMN, STATE_COLUMN, QA_COLUMN = 0, 1, 2, 3
FLAG_ROLE: Final = Qt.ItemDataRole.UserRole + 1
"""The row's first change kind as a string ("added", "changed", "removed") or None."""
ROW_ROLE: Final = Qt.ItemDataRole.UserRole + 2
"""The :class:`DeskRow` of the row."""
UNTRANSLATED_ROLE: Final = Qt.ItemDataRole.UserRole + 3
"""True when the translation paragraph is still the original's text (the scaffold)."""
STATE_ROLE: Final = Qt.ItemDataRole.UserRole + 4
"""The row's :class:`SegmentState` (stored, or the default for its text)."""
SEVERITY_ROLE: Final = Qt.ItemDataRole.UserRole + 5
"""The row's open flag severity ("minor", "must_review") or None when no flag stands."""
KEY_ROLE: Final = Qt.ItemDataRole.UserRole + 6
"""The row's stable key (see ``newsdesk.domain.segments``)."""
QA_ROLE: Final = Qt.ItemDataRole.UserRole + 7
"""The row's QA problems nobody ignored, a tuple of :class:`QaProblem` (see desk_qa)."""

FLAG_COLOURS: Final = {
    ChangeKind.CHANGED: QColor("#fff1c2"),
    ChangeKind.ADDED: QColor("#dff3e0"),
    ChangeKind.REMOVED: QColor("#fbe0de"),
}
FLAG_WORDS: Final = {
    ChangeKind.CHANGED: QT_TRANSLATE_NOOP(
        "DeskModel", "Changed in the original since you translated it"),
    ChangeKind.ADDED: QT_TRANSLATE_NOOP(
        "DeskModel", "Added to the original since you translated it"),
    ChangeKind.REMOVED: QT_TRANSLATE_NOOP(
        "DeskModel", "Removed from the original since you translated it"),
}
MINOR_COLOUR: Final = QColor("#f4f1e8")
"""A minor change (punctuation, case, whitespace): dimmed, it never blocks."""
STATE_WORDS: Final = {
    SegmentState.UNTRANSLATED: QT_TRANSLATE_NOOP("DeskModel", "Untranslated"),
    SegmentState.DRAFT: QT_TRANSLATE_NOOP("DeskModel", "Draft"),
    SegmentState.TRANSLATED: QT_TRANSLATE_NOOP("DeskModel", "Translated"),
    SegmentState.REVIEWED: QT_TRANSLATE_NOOP("DeskModel", "Reviewed"),
}
STATE_COLOURS: Final = {
    SegmentState.UNTRANSLATED: QColor("#8a8a8a"),
    SegmentState.DRAFT: QColor("#8a5a00"),
    SegmentState.TRANSLATED: QColor("#1d6b2a"),
    SegmentState.REVIEWED: QColor("#174f8c"),
}
_MARKS: Final = {ChangeKind.CHANGED: "Δ", ChangeKind.ADDED: "+", ChangeKind.REMOVED: "−"}
FIELD_WORDS: Final = {
    "headline": QT_TRANSLATE_NOOP("DeskModel", "Headline"),
    "deck": QT_TRANSLATE_NOOP("DeskModel", "Deck"),
}
"""The row header of the desk's field rows (the body rows show their paragraph number)."""
EMPTY_TRANSLATION: Final = QT_TRANSLATE_NOOP(
    "DeskModel", "Not in the translation yet: double-click to type it.")
_ModelIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    # For texts marked with QT_TRANSLATE_NOOP("DeskModel", …) above; a literal is written
    # as QCoreApplication.translate("DeskModel", "…") so that lupdate finds it.
    return QCoreApplication.translate("DeskModel", text)


class DeskModel(QAbstractTableModel):
    """Aligned rows of one original and one translation; the translation column is editable.

    An edit does not touch the database: the model splices the paragraph into the translation
    body and reports the new body, so the desk saves it with the version it holds.

    Rows stay where they are while the translator types (offsets follow the edit); only an
    edit that changes the paragraph structure beyond the row asks for a fresh alignment.

    The headline and the deck are the first rows (:meth:`field_count` of them): an edit there
    changes that field, never the body, and is reported by ``field_edited``.

    Signals:
        body_edited(str, bool): the translation body with one paragraph changed by the user,
            and whether the rows still fit it (False: align again).
        field_edited(str): the translation's headline or deck (the field's name) was edited;
            :meth:`translation_texts` has the new text.
    """

    body_edited = Signal(str, bool)
    """The whole translation body after a user edit, and whether the rows were kept."""
    field_edited = Signal(str)
    """The user edited the translation's headline or deck (the Article field's name)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[DeskRow, ...] = ()
        self._body = ""
        self._headers = (QT_TRANSLATE_NOOP("DeskModel", "Original"),
                         QT_TRANSLATE_NOOP("DeskModel", "Translation"))
        self._keys: list[str] = []
        self._records: dict[str, SegmentRecord] = {}
        self._fields: tuple[str, ...] = ()
        self._qa: dict[int, tuple[QaProblem, ...]] = {}
        self._cache: tuple[tuple[DeskRow, ...], dict[str, SegmentRecord],
                           list[SegmentState], list[ChangeSeverity | None]] | None = None

    def set_rows(self, rows: tuple[DeskRow, ...], translation_body: str,
                 headers: tuple[str, str] = (QT_TRANSLATE_NOOP("DeskModel", "Original"),
                                             QT_TRANSLATE_NOOP("DeskModel", "Translation")),
                 fields: Sequence[FieldRow] = ()) -> None:
        """Show ``fields`` (headline, deck) on top, then the body ``rows``."""
        self.beginResetModel()
        self._fields = tuple(field.field for field in fields)
        self._rows = (*(field.row for field in fields), *rows)
        self._body = translation_body
        self._headers = headers
        self._keys = [f"row{i}" for i in range(len(self._rows))]
        self._records = {}
        self._qa = {}
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def set_qa(self, problems: Mapping[int, tuple[QaProblem, ...]]) -> None:
        """The QA problems of some rows (checked on the runner, ignores applied)."""
        rows = [row for row in problems if 0 <= row < len(self._rows)]
        for row in rows:
            self._qa[row] = problems[row]
        if rows:  # one signal for the span: a whole long story is checked at once
            self.dataChanged.emit(self.index(min(rows), QA_COLUMN),
                                  self.index(max(rows), QA_COLUMN))

    def qa_at(self, row: int) -> tuple[QaProblem, ...]:
        return self._qa.get(row, ())

    def qa_rows(self) -> list[int]:
        """Rows with a QA problem nobody ignored, in order."""
        return sorted(row for row, found in self._qa.items() if found)

    def qa_errors(self) -> int:
        """QA errors over all rows (warnings never block ready, errors do)."""
        return sum(1 for found in self._qa.values() for problem in found
                   if problem.severity is QaSeverity.ERROR)

    def set_segments(self, keys: list[str], records: dict[str, SegmentRecord]) -> None:
        """The rows' stable keys and their stored states (set after :meth:`set_rows`)."""
        if len(keys) != len(self._rows):
            raise ValueError(f"{len(keys)} keys for {len(self._rows)} rows")
        self._keys = list(keys)
        self._records = dict(records)
        self._all_changed()

    def update_records(self, records: dict[str, SegmentRecord]) -> None:
        """Stored states changed (a row confirmed, a state set): repaint, rows stay."""
        self._records = {**self._records, **records}  # a new dict: see _derived
        self._all_changed()

    def _derived(self) -> tuple[list[SegmentState], list[ChangeSeverity | None]]:
        """Every row's state and open flag severity, worked out once per change of the rows
        or the stored records (both are replaced, never changed in place), not per paint:
        a long story's progress line and next-row buttons would walk every row each time."""
        cached = self._cache
        if cached is not None and cached[0] is self._rows and cached[1] is self._records:
            return cached[2], cached[3]
        rows = range(len(self._rows))
        states = [self._state_of(row) for row in rows]
        severities = [self._severity_of(row) for row in rows]
        self._cache = (self._rows, self._records, states, severities)
        return states, severities

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._rows) - 1)

    def key_at(self, row: int) -> str:
        return self._keys[row]

    def record_at(self, row: int) -> SegmentRecord | None:
        return self._records.get(self._keys[row])

    def state_at(self, row: int) -> SegmentState:
        return self._derived()[0][row]

    def _state_of(self, row: int) -> SegmentState:
        # The rule the story list's and details' progress line counts with, too.
        return row_state(self._rows[row], self.record_at(row))

    def open_severity(self, row: int) -> ChangeSeverity | None:
        """The severity of the row's flag while it stands (confirming the row clears it)."""
        return self._derived()[1][row]

    def _severity_of(self, row: int) -> ChangeSeverity | None:
        return open_severity(self._rows[row], self.record_at(row))  # the module's function

    def states(self) -> list[SegmentState]:
        return list(self._derived()[0])

    def untranslated_rows(self) -> list[int]:
        return [i for i, state in enumerate(self._derived()[0])
                if state is SegmentState.UNTRANSLATED]

    def row_at(self, row: int) -> DeskRow:
        return self._rows[row]

    @property
    def field_count(self) -> int:
        """How many of the first rows are the headline and deck (not body paragraphs)."""
        return len(self._fields)

    @property
    def field_names(self) -> tuple[str, ...]:
        return self._fields

    def field_at(self, row: int) -> str | None:
        """"headline" or "deck" for a field row, None for a body row."""
        return self._fields[row] if 0 <= row < len(self._fields) else None

    def row_label(self, row: int) -> str:
        """The row header's name: "Headline", "Deck", or the paragraph's number as the
        readiness check counts paragraphs ("Paragraph 3" is row header "3")."""
        field = self.field_at(row)
        return _tr(FIELD_WORDS[field]) if field is not None else str(row - len(self._fields) + 1)

    @property
    def rows(self) -> tuple[DeskRow, ...]:
        """Every row shown, the field rows first."""
        return self._rows

    @property
    def body_rows(self) -> tuple[DeskRow, ...]:
        """The body's rows alone, as the translation service aligned them."""
        return self._rows[len(self._fields):]

    def translation_texts(self) -> dict[str, str]:
        """The translation as the desk has it: its body and the fields shown as rows."""
        texts = {"body": self._body}
        for number, name in enumerate(self._fields):
            paragraph = self._rows[number].translation
            texts[name] = paragraph.text if paragraph is not None else ""
        return texts

    def translation_with(self, row_number: int, text: str) -> dict[str, str]:
        """:meth:`translation_texts` as they would be with ``text`` in row ``row_number``
        (the model is not changed: a row still being typed goes to the recovery journal)."""
        texts = self.translation_texts()
        field = self.field_at(row_number)
        if field is not None:
            texts[field] = text
        else:
            texts["body"] = self.body_with(row_number, text)
        return texts

    @property
    def body(self) -> str:
        return self._body

    def flagged_rows(self) -> list[int]:
        """Rows whose flag still stands (a row confirmed since is not flagged any more)."""
        return [i for i, severity in enumerate(self._derived()[1]) if severity is not None]

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and section == STATE_COLUMN:
            return QCoreApplication.translate("DeskModel", "State")
        if orientation == Qt.Orientation.Horizontal and section == QA_COLUMN:
            return QCoreApplication.translate("DeskModel", "QA")
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 2:
            return _tr(self._headers[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            flags = self._rows[section].flags if self.open_severity(section) else ()
            name = self.row_label(section)
            # The mark stays visible when the row is selected and its colour is not.
            return f"{name} {_MARKS[flags[0].kind]}" if flags else name
        return None

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == TRANSLATION_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    @staticmethod
    def _untranslated(row: DeskRow) -> bool:
        return (row.original is not None and row.translation is not None
                and " ".join(row.original.text.split()) == " ".join(row.translation.text.split()))

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        severity = self.open_severity(index.row())
        flag = row.flags[0] if row.flags and severity is not None else None
        if column == STATE_COLUMN:
            return self._state_data(index.row(), role)
        if column == QA_COLUMN:
            return self._qa_data(index.row(), role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == ORIGINAL_COLUMN:
                if row.original is not None:
                    return row.original.text
                return flag.old_text if flag is not None else ""
            if row.translation is not None:
                return row.translation.text
            return _tr(EMPTY_TRANSLATION) if role == Qt.ItemDataRole.DisplayRole else ""
        if role == Qt.ItemDataRole.BackgroundRole and flag is not None:
            return MINOR_COLOUR if severity is ChangeSeverity.MINOR else FLAG_COLOURS[flag.kind]
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == ORIGINAL_COLUMN and row.original is None and flag is not None:
                return QColor("#8a2c24")  # the removed text, shown only to explain the flag
            if column == TRANSLATION_COLUMN and (row.translation is None
                                                 or self._untranslated(row)):
                return QColor("#7a7a7a")
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if column == ORIGINAL_COLUMN and row.original is None and flag is not None:
                font.setStrikeOut(True)
            if column == TRANSLATION_COLUMN and (row.translation is None
                                                 or self._untranslated(row)):
                font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column, flag is not None)
        if role == FLAG_ROLE:
            return str(flag.kind) if flag is not None else None
        if role == ROW_ROLE:
            return row
        if role == UNTRANSLATED_ROLE:
            return self._untranslated(row)
        return self._row_data(index.row(), role)

    def _row_data(self, row: int, role: int) -> Any:
        if role == STATE_ROLE:
            return self.state_at(row)
        if role == SEVERITY_ROLE:
            severity = self.open_severity(row)
            return str(severity) if severity is not None else None
        if role == KEY_ROLE:
            return self._keys[row]
        return None

    def _qa_data(self, row: int, role: int) -> Any:
        found = self._qa.get(row, ())
        if role == QA_ROLE:
            return found
        if not found:
            return self._row_data(row, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(len(found))
        if role == Qt.ItemDataRole.DecorationRole:
            return qa_icon(found)
        if role == Qt.ItemDataRole.ToolTipRole:
            return qa_tooltip(found)
        return self._row_data(row, role)

    def _state_data(self, row: int, role: int) -> Any:
        state = self.state_at(row)
        if role == Qt.ItemDataRole.DisplayRole:
            severity = self.open_severity(row)
            mark = {ChangeSeverity.MUST_REVIEW: " ⚑", ChangeSeverity.MINOR: " ·"}.get(
                severity, "") if severity is not None else ""
            return _tr(STATE_WORDS[state]) + mark
        if role == Qt.ItemDataRole.ForegroundRole:
            return STATE_COLOURS[state]
        if role == Qt.ItemDataRole.ToolTipRole:
            record = self.record_at(row)
            if record is None:
                return QCoreApplication.translate(
                    "DeskModel", "Not set yet: Ctrl+1 untranslated, Ctrl+2 draft, Ctrl+3 "
                    "translated, Ctrl+4 reviewed; Ctrl+Enter confirms the row.")
            if record.who:
                return QCoreApplication.translate("DeskModel", "{0} by {1}").format(
                    _tr(STATE_WORDS[state]), record.who)
            return _tr(STATE_WORDS[state])
        return self._row_data(row, role)

    def _tooltip(self, row: DeskRow, column: int, flagged: bool) -> str | None:
        if row.flags and flagged:
            flag = row.flags[0]
            parts = [_tr(FLAG_WORDS[flag.kind]) + "."]
            if flag.old_text:
                parts.append(f"Then: {flag.old_text}")
            if flag.new_text:
                parts.append(f"Now: {flag.new_text}")
            return "\n\n".join(parts)
        if column == TRANSLATION_COLUMN and self._untranslated(row):
            return QCoreApplication.translate(
                "DeskModel", "Not translated yet: this is still the original's text.")
        if column == TRANSLATION_COLUMN and row.translation is None:
            return QCoreApplication.translate(
                "DeskModel", "Nothing in the translation renders this paragraph; type it here.")
        return None

    def body_with(self, row_number: int, text: str) -> str:
        """The translation body as it would be with ``text`` in row ``row_number`` (the
        model is not changed: a paragraph still being typed goes to the recovery journal)."""
        if self.field_at(row_number) is not None:
            raise ValueError(f"row {row_number} is the {self.field_at(row_number)}, not body")
        row = self._rows[row_number]
        after = next((r.translation for r in reversed(self._rows[len(self._fields):row_number])
                      if r.translation is not None), None)
        return splice_paragraph(self._body, row.translation, text, after=after)

    def _set_field(self, row_number: int, text: str) -> bool:
        """Put ``text`` in a field row (the headline or the deck); False when unchanged."""
        row = self._rows[row_number]
        current = row.translation.text if row.translation is not None else ""
        if text.strip() == current.strip():
            return False
        paragraph = Paragraph((0,), 0, len(text), text) if text.strip() else None
        flags = tuple(replace(flag, translation_paragraph=paragraph) for flag in row.flags)
        rows = list(self._rows)
        rows[row_number] = replace(row, translation=paragraph, flags=flags)
        self._rows = tuple(rows)
        return True

    def _body_counts(self) -> list[int]:
        return [len(r.translation.indexes) if r.translation is not None else 0
                for r in self.body_rows]

    def _set_body_rows(self, rows: tuple[DeskRow, ...]) -> None:
        self._rows = (*self._rows[:len(self._fields)], *rows)

    def set_translations(self, texts: Mapping[int, str]) -> list[int]:
        """Put several rows' translations in at once (pre-translation), reported as one edit.

        One ``body_edited`` for them all (headline and deck included: the desk saves every
        text of :meth:`translation_texts`), so the desk saves them in one transaction. Returns
        the rows changed; should a text change the paragraph structure, the rows after it
        are left as they were (the desk aligns again, then they can be filled once more).
        """
        changed: list[int] = []
        kept: tuple[DeskRow, ...] | None = self.body_rows
        fields = len(self._fields)
        for number, text in sorted(texts.items()):
            row = self._rows[number]
            current = row.translation.text if row.translation is not None else ""
            if not text.strip() or text.strip() == current.strip():
                continue
            if number < fields:
                changed.append(number)
                self._set_field(number, text)
                continue
            self._body = self.body_with(number, text)
            counts = self._body_counts()
            counts[number - fields] = len(split_paragraphs(text.strip()))
            changed.append(number)
            kept = with_translation_body(self.body_rows, self._body, counts)
            if kept is None:
                break
            self._set_body_rows(kept)
        if changed:
            self._all_changed()
            self.body_edited.emit(self._body, kept is not None)
        return changed

    def setData(self, index: _ModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or index.column() != TRANSLATION_COLUMN or not isinstance(value, str)):
            return False
        field = self.field_at(index.row())
        if field is not None:
            if not self._set_field(index.row(), value):
                return False
            self.dataChanged.emit(self.index(index.row(), 0),
                                  self.index(index.row(), self.columnCount() - 1))
            self.field_edited.emit(field)
            return True
        row = self._rows[index.row()]
        current = row.translation.text if row.translation is not None else ""
        if value.strip() == current.strip():
            return False
        self._body = self.body_with(index.row(), value)
        counts = self._body_counts()
        counts[index.row() - len(self._fields)] = len(split_paragraphs(value.strip()))
        kept = with_translation_body(self.body_rows, self._body, counts)
        if kept is not None:
            self._set_body_rows(kept)
            self.dataChanged.emit(self.index(index.row(), 0),
                                  self.index(index.row(), self.columnCount() - 1))
        self.body_edited.emit(self._body, kept is not None)
        return True
