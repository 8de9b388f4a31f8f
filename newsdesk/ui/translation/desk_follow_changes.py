"""The open translators' desk follows colleagues' saves of its original and translation.

A colleague's change (:class:`~newsdesk.services.changes.Changes`, carried to the GUI thread
by the window's live updates) that names the desk's original or translation makes the desk
read the story again on the task runner and show it in place: rows whose original changed
are flagged with their then/now detail, QA runs again over the reloaded rows, a colleague's
saved translation shows; a glossary changed elsewhere has QA read it again and check every
row with it. Typing is never overwritten: while a cell is open the desk only says
a newer version exists and reads it once the cell is closed (and its save has landed). Changes
that arrive while a read is on its way are merged into one more read after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QAbstractItemView

from newsdesk.services.changes import Changes
from newsdesk.services.translation import TranslationDesk

if TYPE_CHECKING:
    from newsdesk.ui.translation.desk_widget import TranslationDeskWidget

_EDITING = QAbstractItemView.State.EditingState


class DeskFollowChanges(QObject):
    """Re-reads the desk's story when colleagues changed it, never over a cell being typed.

    Signals:
        newer_version_waiting(): a colleague's newer version waits for the open cell to close.
        caught_up(object): the desk shows the stored story again (a :class:`TranslationDesk`).
    """

    newer_version_waiting = Signal()
    """A colleague saved this story while a cell is being typed in: shown once it closes."""
    caught_up = Signal(object)
    """The colleague's change is shown: the argument is the TranslationDesk read again."""

    def __init__(self, desk: TranslationDeskWidget) -> None:
        super().__init__(desk)
        self._widget = desk
        self._wanted = False  # a change waits to be read
        self._waiting_for_idle = False  # a when_idle callback is registered
        self._reading: int | None = None  # the translation being read for a change
        self._versions: tuple[int, int] | None = None  # original's and translation's, before
        self._refusal: str | None = None  # a save refused while a change waited: said last
        desk.desk_loaded.connect(self._on_loaded)
        desk.failed.connect(self._on_failed)
        desk.table.paragraph_delegate.closeEditor.connect(self._on_editor_closed)

    @property
    def waiting(self) -> bool:
        """A colleague's change is known and not shown yet."""
        return self._wanted

    def on_changes(self, changes: Changes) -> None:
        """Colleagues' changes (on the GUI thread): read the desk's story again if named."""
        desk = self._widget.desk
        if desk is None:
            return  # nothing shown (an open under way reads the story as it is now)
        if changes.glossary:
            # Read again with the rows on the runner (never over typing: QA only flags).
            self._widget.qa.on_glossary_changed()
        ids = [i for i in (desk.original.id, desk.translation.id) if i is not None]
        if not any(changes.may_touch(i) for i in ids):
            return
        self._wanted = True
        self._read_when_free()

    def _read_when_free(self) -> None:
        widget = self._widget
        if not self._wanted or widget.desk is None:
            return
        if widget.table.state() == _EDITING:
            # The user is typing in a cell: never replaced under their hands.
            widget.status_label.setText(QCoreApplication.translate(
                "TranslationDeskWidget",
                "A newer version of this story was saved by a colleague. It shows once you "
                "leave this cell (your typing is kept and saved first)."))
            self.newer_version_waiting.emit()
            return
        if widget.busy:
            if not self._waiting_for_idle:
                # A save of mine or an earlier read is on its way: one read after it.
                self._waiting_for_idle = True
                widget.when_idle(self._on_idle)
            return
        desk = widget.desk
        assert desk is not None and desk.translation.id is not None
        self._wanted = False
        self._reading = desk.translation.id
        self._versions = (desk.original.version, desk.translation.version)
        widget.load_translation(desk.translation.id)

    def _on_idle(self) -> None:
        self._waiting_for_idle = False
        self._read_when_free()

    def _on_editor_closed(self, *_args: object) -> None:
        if self._wanted:
            # Its commit (if any) starts the save first; the read waits until that lands.
            self._read_when_free()

    def _on_failed(self, message: str) -> None:
        if self._wanted or self._reading is not None:
            # The typing's save was refused (a colleague's newer translation): the reload
            # must not wipe the words that say where the typing went.
            self._refusal = message

    def _on_loaded(self, desk: TranslationDesk) -> None:
        reading, self._reading = self._reading, None
        if reading is None or reading != desk.translation.id:
            return
        before, self._versions = self._versions, None
        refusal, self._refusal = self._refusal, None
        if refusal is not None:
            self._widget.status_label.setText(refusal)
        elif before is not None and desk.original.version != before[0]:
            self._widget.status_label.setText(QCoreApplication.translate(
                "TranslationDeskWidget",
                "A colleague changed the original: the rows it changed are flagged."))
        elif before is not None and desk.translation.version != before[1]:
            self._widget.status_label.setText(QCoreApplication.translate(
                "TranslationDeskWidget", "A colleague's newer translation is shown."))
        self.caught_up.emit(desk)
