"""The editor's three columns (writing | preview | sidebar): sane widths, never a squashed pane."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QByteArray, QDataStream, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSplitter, QWidget

__all__ = [
    "DEFAULT_PROPORTIONS", "MIN_WIDTHS", "EditorSplitter", "default_sizes", "saved_sizes",
]

WRITING, PREVIEW, SIDEBAR = 0, 1, 2
# Below these a pane stops being useful: the preview at 160 px set one letter per line.
MIN_WIDTHS: Final = (300, 260, 330)
DEFAULT_PROPORTIONS: Final = (45, 35, 20)


def default_sizes(width: int, *, with_preview: bool = True) -> list[int]:
    """Column widths for ``width`` pixels: 45/35/20, each pane at least its minimum.

    A pane held at its minimum gives its share to the others in their proportions, so the
    sidebar's 300 px comes out of the writing column and preview fairly.
    """
    panes = [WRITING, PREVIEW, SIDEBAR] if with_preview else [WRITING, SIDEBAR]
    sizes = dict.fromkeys(panes, 0)
    free = list(panes)
    room = width
    while free:
        weight = sum(DEFAULT_PROPORTIONS[p] for p in free)
        short = [p for p in free if room * DEFAULT_PROPORTIONS[p] // weight < MIN_WIDTHS[p]]
        if not short:
            for pane in free:
                sizes[pane] = room * DEFAULT_PROPORTIONS[pane] // weight
            break
        for pane in short:
            sizes[pane] = MIN_WIDTHS[pane]
            room -= MIN_WIDTHS[pane]
            free.remove(pane)
    return [sizes.get(p, 0) for p in (WRITING, PREVIEW, SIDEBAR)]


def saved_sizes(state: QByteArray) -> list[int]:
    """The column widths stored in a :meth:`QSplitter.saveState` blob ([] if unreadable).

    The layout is Qt's: a 0xff marker, version 1, then the sizes as a ``QList<int>``.
    """
    stream = QDataStream(state)
    stream.setByteOrder(QDataStream.ByteOrder.BigEndian)
    if stream.readInt32() != 0xFF or stream.readInt32() != 1:
        return []
    count = stream.readUInt32()
    if count > 16:
        return []
    sizes = [stream.readInt32() for _ in range(count)]
    return sizes if stream.status() == QDataStream.Status.Ok else []


class EditorSplitter(QSplitter):
    """Lays out the writing column, the preview and the sidebar, and keeps each readable.

    Every pane has a minimum width Qt enforces while dragging. When the editor is too narrow
    for all three (docks open, a small screen), the preview is hidden rather than squashed,
    and comes back by itself when there is room again; the user's Preview toggle is
    :meth:`set_preview_wanted`. A saved state that would squash a pane (saved before these
    minimums, or on a wider screen) is replaced by the default proportions, and so are sizes
    set before the first show without a saved state (the width was not known then).

    Signals:
        preview_room_changed(bool): the preview was hidden (False) or shown again (True)
            because of the available width, not by the user.
    """

    preview_room_changed = Signal(bool)
    """True: there is room again and the preview is back; False: hidden for lack of room."""

    def __init__(self, writing: QWidget, preview: QWidget, sidebar: QWidget,
                 parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("editorSplitter")
        self.setChildrenCollapsible(False)
        for index, pane in enumerate((writing, preview, sidebar)):
            self.addWidget(pane)
            pane.setMinimumWidth(MIN_WIDTHS[index])
        self.setStretchFactor(WRITING, 5)
        self.setStretchFactor(PREVIEW, 4)
        self.setStretchFactor(SIDEBAR, 0)
        self._preview = preview
        self._preview_wanted = True
        self._hidden_for_room = False
        self._sizes_settled = False
        self._needs_defaults = True

    # -- the user's wish and the room there is -------------------------------------------------
    @property
    def preview_wanted(self) -> bool:
        return self._preview_wanted

    @property
    def preview_hidden_for_room(self) -> bool:
        """The user wants the preview but the editor is too narrow to show it readably."""
        return self._hidden_for_room

    def room_for_preview(self, width: int | None = None) -> bool:
        width = self.width() if width is None else width
        handles = 2 * self.handleWidth()
        return width >= sum(MIN_WIDTHS) + handles

    def set_preview_wanted(self, wanted: bool) -> None:
        """The Preview toggle: show the preview if there is room, else remember the wish."""
        self._preview_wanted = wanted
        if not wanted:
            self._hidden_for_room = False
            self._preview.hide()
            return
        if self.isVisible() and not self.room_for_preview():
            self._set_hidden_for_room(True)
            return
        self._hidden_for_room = False
        self._preview.show()

    def _fit(self, width: int) -> None:
        if not self._preview_wanted:
            return
        room = self.room_for_preview(width)
        if room and self._hidden_for_room:
            self._set_hidden_for_room(False)
        elif not room and not self._preview.isHidden():
            self._set_hidden_for_room(True)

    def _set_hidden_for_room(self, hidden: bool) -> None:
        was = self._hidden_for_room
        self._hidden_for_room = hidden
        self._preview.setVisible(not hidden)
        if was != hidden:
            self.preview_room_changed.emit(not hidden)

    # -- sizes ---------------------------------------------------------------------------------
    def apply_default_sizes(self) -> None:
        """Give the columns their default proportions of the current width."""
        visible = not self._preview.isHidden()
        width = self.width() - (2 if visible else 1) * self.handleWidth()
        self.setSizes(default_sizes(width, with_preview=visible))
        self._sizes_settled = True

    def restoreState(  # noqa: N802 - Qt override
        self, state: QByteArray | bytes | bytearray | memoryview[int]
    ) -> bool:
        """Restore saved column widths, unless they would squash a pane (then: defaults)."""
        restored = super().restoreState(state)
        # sizes() now reflects the current (not yet real) geometry: judge the saved numbers.
        saved = saved_sizes(QByteArray(state))
        squashed = any(size < MIN_WIDTHS[index] for index, size in enumerate(saved[:3])
                       if size > 0 or index != PREVIEW)
        self._needs_defaults = not restored or squashed
        self._sizes_settled = False
        if self.isVisible():
            self._settle()
        return restored

    def _settle(self) -> None:
        """Once the splitter has its real width: defaults if nothing usable was restored."""
        if self._sizes_settled or not self.isVisible():
            return
        self._sizes_settled = True
        if self._needs_defaults:
            self.apply_default_sizes()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # Without the preview: a narrow editor hides the preview instead of pushing docks
        # and the story list off the window.
        hint = super().minimumSizeHint()
        width = MIN_WIDTHS[WRITING] + MIN_WIDTHS[SIDEBAR] + self.handleWidth()
        return QSize(width, hint.height())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # After the window's showEvent, which sizes the columns before they have a real width.
        QTimer.singleShot(0, self, self._settle)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit(event.size().width())
        super().resizeEvent(event)
