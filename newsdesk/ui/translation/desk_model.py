"""The desk's rows as a table: original paragraph | translation paragraph, changes flagged."""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from newsdesk.domain.alignment import splice_paragraph, split_paragraphs
from newsdesk.domain.translation_changes import ChangeKind, DeskRow, with_translation_body

ORIGINAL_COLUMN, TRANSLATION_COLUMN = 0, 1
FLAG_ROLE: Final = Qt.ItemDataRole.UserRole + 1
"""The row's first change kind as a string ("added", "changed", "removed") or None."""
ROW_ROLE: Final = Qt.ItemDataRole.UserRole + 2
"""The :class:`DeskRow` of the row."""
UNTRANSLATED_ROLE: Final = Qt.ItemDataRole.UserRole + 3
"""True when the translation paragraph is still the original's text (the scaffold)."""

FLAG_COLOURS: Final = {
    ChangeKind.CHANGED: QColor("#fff1c2"),
    ChangeKind.ADDED: QColor("#dff3e0"),
    ChangeKind.REMOVED: QColor("#fbe0de"),
}
FLAG_WORDS: Final = {
    ChangeKind.CHANGED: "Changed in the original since you translated it",
    ChangeKind.ADDED: "Added to the original since you translated it",
    ChangeKind.REMOVED: "Removed from the original since you translated it",
}
_MARKS: Final = {ChangeKind.CHANGED: "Δ", ChangeKind.ADDED: "+", ChangeKind.REMOVED: "−"}
EMPTY_TRANSLATION: Final = "Not in the translation yet: double-click to type it."
_ModelIndex = QModelIndex | QPersistentModelIndex


class DeskModel(QAbstractTableModel):
    """Aligned rows of one original and one translation; the translation column is editable.

    An edit does not touch the database: the model splices the paragraph into the translation
    body and reports the new body, so the desk saves it with the version it holds.

    Rows stay where they are while the translator types (offsets follow the edit); only an
    edit that changes the paragraph structure beyond the row asks for a fresh alignment.

    Signals:
        body_edited(str, bool): the translation body with one paragraph changed by the user,
            and whether the rows still fit it (False: align again).
    """

    body_edited = Signal(str, bool)
    """The whole translation body after a user edit, and whether the rows were kept."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[DeskRow, ...] = ()
        self._body = ""
        self._headers = ("Original", "Translation")

    def set_rows(self, rows: tuple[DeskRow, ...], translation_body: str,
                 headers: tuple[str, str] = ("Original", "Translation")) -> None:
        self.beginResetModel()
        self._rows = rows
        self._body = translation_body
        self._headers = headers
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)

    def row_at(self, row: int) -> DeskRow:
        return self._rows[row]

    @property
    def rows(self) -> tuple[DeskRow, ...]:
        return self._rows

    @property
    def body(self) -> str:
        return self._body

    def flagged_rows(self) -> list[int]:
        return [i for i, row in enumerate(self._rows) if row.flags]

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 2:
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            flags = self._rows[section].flags
            # The mark stays visible when the row is selected and its colour is not.
            return f"{section + 1} {_MARKS[flags[0].kind]}" if flags else str(section + 1)
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
        flag = row.flags[0] if row.flags else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == ORIGINAL_COLUMN:
                if row.original is not None:
                    return row.original.text
                return flag.old_text if flag is not None else ""
            if row.translation is not None:
                return row.translation.text
            return EMPTY_TRANSLATION if role == Qt.ItemDataRole.DisplayRole else ""
        if role == Qt.ItemDataRole.BackgroundRole and flag is not None:
            return FLAG_COLOURS[flag.kind]
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
            return self._tooltip(row, column)
        if role == FLAG_ROLE:
            return str(flag.kind) if flag is not None else None
        if role == ROW_ROLE:
            return row
        if role == UNTRANSLATED_ROLE:
            return self._untranslated(row)
        return None

    def _tooltip(self, row: DeskRow, column: int) -> str | None:
        if row.flags:
            flag = row.flags[0]
            parts = [FLAG_WORDS[flag.kind] + "."]
            if flag.old_text:
                parts.append(f"Then: {flag.old_text}")
            if flag.new_text:
                parts.append(f"Now: {flag.new_text}")
            return "\n\n".join(parts)
        if column == TRANSLATION_COLUMN and self._untranslated(row):
            return "Not translated yet: this is still the original's text."
        if column == TRANSLATION_COLUMN and row.translation is None:
            return "Nothing in the translation renders this paragraph; type it here."
        return None

    def body_with(self, row_number: int, text: str) -> str:
        """The translation body as it would be with ``text`` in row ``row_number`` (the
        model is not changed: a paragraph still being typed goes to the recovery journal)."""
        row = self._rows[row_number]
        after = next((r.translation for r in reversed(self._rows[:row_number])
                      if r.translation is not None), None)
        return splice_paragraph(self._body, row.translation, text, after=after)

    def setData(self, index: _ModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or index.column() != TRANSLATION_COLUMN or not isinstance(value, str)):
            return False
        row = self._rows[index.row()]
        current = row.translation.text if row.translation is not None else ""
        if value.strip() == current.strip():
            return False
        self._body = self.body_with(index.row(), value)
        counts = [len(r.translation.indexes) if r.translation is not None else 0
                  for r in self._rows]
        counts[index.row()] = len(split_paragraphs(value.strip()))
        kept = with_translation_body(self._rows, self._body, counts)
        if kept is not None:
            self._rows = kept
            self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 1))
        self.body_edited.emit(self._body, kept is not None)
        return True
