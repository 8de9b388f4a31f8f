"""Letters typed on the desk's rows while it is busy saving: kept, in order, and typed into
the row's cell as soon as it can open (nothing typed is ever lost).

While a save or a row's state travels, the desk opens no cell (the rows' paragraph offsets
follow the save), so a key pressed on a row would go nowhere. A translator who confirms a
row with Ctrl+Enter and types on at once expects the letters in the next row, as in memoQ
or OmegaT: the keys kept on the row Ctrl+Enter went on from follow it to the next one.
Kept letters go to the recovery journal as the row's draft at once, as typed text does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

from newsdesk.ui.translation.desk_model import TRANSLATION_COLUMN
from newsdesk.ui.translation.paragraph_editor import ParagraphEdit

if TYPE_CHECKING:
    from newsdesk.ui.translation.desk_widget import TranslationDeskWidget

_COMMAND_KEYS: Final = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                        | Qt.KeyboardModifier.MetaModifier)


class DeskTypeAhead(QObject):
    """Keeps the printable keys pressed on a translation cell while the desk is busy, then
    opens that cell and types them in, once nothing is on its way.

    Signals:
        typed_in(int): the kept keys are now in this row's open cell editor.
    """

    typed_in = Signal(int)
    """The letters kept while the desk was busy were typed into this row's cell (open)."""

    def __init__(self, desk: TranslationDeskWidget) -> None:
        super().__init__(desk)
        self._desk = desk
        self._kept: list[tuple[str, str]] = []  # (the row's key, the key's text), as typed
        self._translation_id: int | None = None  # the translation they were typed on
        self._waiting = False  # _type_in waits for the desk to settle
        desk.rows.moved_on.connect(self.on_moved_on)
        desk.table.installEventFilter(self)

    @property
    def kept(self) -> str:
        """What is waiting to be typed in (all rows), for the status line and tests."""
        return "".join(text for _key, text in self._kept)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self._desk.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and self._keep(event)):
            return True
        return super().eventFilter(watched, event)

    def _keep(self, event: QKeyEvent) -> bool:
        """Keep a letter pressed on a translation cell that cannot open now (True when kept)."""
        desk, text = self._desk, event.text()
        index = desk.table.currentIndex()
        shown = desk.desk
        if (not desk.busy or shown is None or not index.isValid()
                or index.column() != TRANSLATION_COLUMN
                or not index.flags() & Qt.ItemFlag.ItemIsEditable
                or event.modifiers() & _COMMAND_KEYS or not text or not text.isprintable()):
            return False
        if not self._kept:
            self._translation_id = shown.translation.id
        self._wait()
        self._kept.append((desk.model.key_at(index.row()), text))
        self._journal_kept()
        desk.status_label.setText(QCoreApplication.translate(
            "TranslationDeskWidget", "Saving… your typing is kept."))
        return True

    def _wait(self) -> None:
        if not self._waiting:
            self._waiting = True
            self._desk.when_idle(self._type_in)

    def on_moved_on(self, from_key: str, to_key: str) -> None:
        """Ctrl+Enter went on to the next row: what was typed on the row it confirmed goes
        into the next one (the translator typed on, as memoQ and OmegaT let them)."""
        self._kept = [(to_key if key == from_key else key, text) for key, text in self._kept]
        self._journal_kept()

    def _journal_kept(self) -> None:
        """The first row's letters go to the recovery journal as that row's draft, as typing
        in its cell would: a desk killed before the cell opens still has them on disk."""
        if not self._kept:
            return
        model, key = self._desk.model, self._kept[0][0]
        row = next((r for r in range(model.rowCount()) if model.key_at(r) == key), None)
        if row is None:
            return
        text = "".join(t for k, t in self._kept if k == key)
        cell = model.index(row, TRANSLATION_COLUMN).data(Qt.ItemDataRole.EditRole) or ""
        self._desk.on_draft_changed(row, f"{cell}{text}")

    def _type_in(self) -> None:
        """Open the first row's cell and type its kept letters in; the next row's follow once
        that cell's text is saved (leaving a cell saves it, as moving down would)."""
        desk = self._desk
        self._waiting = False
        if not self._kept:
            return
        if desk.busy:  # a confirmation waiting for the same save started its own work
            self._wait()
            return
        shown = desk.desk
        if shown is None or shown.translation.id != self._translation_id:
            self._kept = []  # another story is on the desk: the letters were not for it
            return
        key = self._kept[0][0]
        count = next((i for i, (k, _t) in enumerate(self._kept) if k != key), len(self._kept))
        text = "".join(t for _k, t in self._kept[:count])
        model, table = desk.model, desk.table
        row = next((r for r in range(model.rowCount()) if model.key_at(r) == key),
                   table.currentIndex().row())  # its row gone in a re-alignment: where it is
        index = model.index(row, TRANSLATION_COLUMN)
        del self._kept[:count]
        if not index.isValid():
            self._kept = []  # the desk shows no rows any more: nowhere to type them
            return
        if table.currentIndex() != index:
            table.setCurrentIndex(index)
        table.edit(index)
        editor = table.indexWidget(index)
        if isinstance(editor, ParagraphEdit):
            editor.insertPlainText(text)
        else:  # no cell editor to open (none expected): the letters go in all the same
            model.setData(index, f"{index.data(Qt.ItemDataRole.EditRole) or ''}{text}")
        self.typed_in.emit(row)
        if self._kept:
            desk.commit_open_edit()  # saved as leaving the cell would; the next row follows
            self._wait()
