"""The list of author profiles behind the profiles dialog, with photo and role at a glance."""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from newsdesk.domain.people import Author
from newsdesk.ui.labels import role_label
from newsdesk.ui.people.photo import photo_pixmap

AUTHOR_ROLE: Final = Qt.ItemDataRole.UserRole + 1
"""The :class:`Author` value of a row."""
AUTHOR_ID_ROLE: Final = Qt.ItemDataRole.UserRole + 2
"""The author's database id (int)."""
FILTER_TEXT_ROLE: Final = Qt.ItemDataRole.UserRole + 3
"""What the profile filter matches: the shown text plus the names in other languages."""

_ICON_SIZE: Final = 40
_ModelIndex = QModelIndex | QPersistentModelIndex


def initials_pixmap(name: str, size: int) -> QPixmap:
    """A round avatar with the author's initials for profiles that have no photo yet."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    initials = "".join(part[0] for part in name.split()[:2]).upper() or "?"
    hue = sum(map(ord, name)) % 360
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor.fromHsl(hue, 90, 150))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, size, size)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.4))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, initials)
    painter.end()
    return pixmap


class AuthorListModel(QAbstractListModel):
    """Authors sorted by name; inactive profiles stay listed, greyed, so they can be reactivated."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._authors: list[Author] = []
        self._icons: dict[int, QIcon] = {}

    def set_authors(self, authors: list[Author]) -> None:
        self.beginResetModel()
        self._authors = sorted(authors, key=lambda a: (a.name.casefold(), a.id or 0))
        self._icons.clear()
        self.endResetModel()

    def authors(self) -> list[Author]:
        """Every profile listed, as last read (the merge dialog offers them)."""
        return list(self._authors)

    def author_at(self, row: int) -> Author:
        return self._authors[row]

    def row_of(self, author_id: int) -> int:
        """The row showing ``author_id``, or -1."""
        for row, author in enumerate(self._authors):
            if author.id == author_id:
                return row
        return -1

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._authors)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._authors):
            return None
        author = self._authors[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            roles = ", ".join(role_label(r).lower() for r in author.roles)
            suffix = "" if author.active else self.tr(" — inactive")
            return f"{author.name}\n{roles}{suffix}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(author)
        if role == Qt.ItemDataRole.ToolTipRole:
            # "Sergey Kwan / Сергей Кван": who a story in the other language will print.
            names = " / ".join(dict.fromkeys([author.name, *_other_names(author)]))
            return f"{names}\n{author.email}" if author.email else names
        if role == FILTER_TEXT_ROLE:
            roles = ", ".join(role_label(r).lower() for r in author.roles)
            return "\n".join([author.name, roles, *_other_names(author)])
        if role == Qt.ItemDataRole.ForegroundRole and not author.active:
            return QColor("#8a8a8a")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return author.name
        if role == AUTHOR_ROLE:
            return author
        if role == AUTHOR_ID_ROLE:
            return author.id
        return None

    def _icon(self, author: Author) -> QIcon:
        key = author.id or 0
        icon = self._icons.get(key)
        if icon is None:
            pixmap = photo_pixmap(author.photo, _ICON_SIZE)
            if pixmap.isNull():
                pixmap = initials_pixmap(author.name, _ICON_SIZE)
            icon = QIcon(pixmap)
            self._icons[key] = icon
        return icon


def _other_names(author: Author) -> list[str]:
    return [entry.name for entry in author.names if entry.name]
