"""The source registry as a table: id, name, kind, title/affiliation and on-record status."""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from newsdesk.domain.people import Source
from newsdesk.ui.labels import source_kind_label
from newsdesk.ui.noop import QT_TRANSLATE_NOOP

SOURCE_ROLE: Final = Qt.ItemDataRole.UserRole + 1
"""The :class:`Source` value of a row."""
SOURCE_KEY_ROLE: Final = Qt.ItemDataRole.UserRole + 2
"""The source's registry key (str)."""

_HEADERS: Final = (QT_TRANSLATE_NOOP("SourceTableModel", "Name"),
                   QT_TRANSLATE_NOOP("SourceTableModel", "Id"),
                   QT_TRANSLATE_NOOP("SourceTableModel", "Kind"),
                   QT_TRANSLATE_NOOP("SourceTableModel", "Title / affiliation"),
                   QT_TRANSLATE_NOOP("SourceTableModel", "Record"))
NAME_COLUMN, KEY_COLUMN, KIND_COLUMN, TITLE_COLUMN, RECORD_COLUMN = range(5)
_ModelIndex = QModelIndex | QPersistentModelIndex


class SourceTableModel(QAbstractTableModel):
    """Sources sorted by name; anonymous ones are marked so an editor notices them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sources: list[Source] = []

    def set_sources(self, sources: list[Source]) -> None:
        self.beginResetModel()
        self._sources = sorted(sources, key=lambda s: (s.name.casefold(), s.key))
        self.endResetModel()

    def source_at(self, row: int) -> Source:
        return self._sources[row]

    def row_of(self, key: str) -> int:
        for row, source in enumerate(self._sources):
            if source.key == key:
                return row
        return -1

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sources)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_HEADERS)
        ):
            return self.tr(_HEADERS[section])
        return None

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._sources):
            return None
        source = self._sources[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (source.name, source.key, source_kind_label(source.kind), source.title,
                      self.tr("on record") if source.on_record else self.tr("anonymous"))
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if not source.on_record:
                return self.tr("Anonymous: {0}").format(
                    source.anonymity_reason or self.tr("no reason given"))
            return source.url or source.name
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == RECORD_COLUMN and not source.on_record:
                return QColor("#9a5b00")
            if column == KEY_COLUMN:
                return QColor("#555555")
        if role == SOURCE_ROLE:
            return source
        if role == SOURCE_KEY_ROLE:
            return source.key
        return None
