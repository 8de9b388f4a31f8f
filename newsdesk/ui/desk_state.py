"""The desk session's vocabulary: where the open story's life cycle is, and which command is on
its way; apart from the session so its helpers (undo steps, closing) and the window name the
same values without importing the session itself."""

from __future__ import annotations

import enum

from newsdesk.ui.autosave import SaveState
from newsdesk.ui.noop import QT_TRANSLATE_NOOP


class DeskState(enum.StrEnum):
    """Where the open story's life cycle is (one value, instead of a window's flags)."""

    OPENING = "opening"  # a story is being read from the newsroom
    READY = "ready"  # the editor shows a story; typing is saved as it comes
    SAVING = "saving"  # a save is on its way to the newsroom (typing goes on)
    OFFLINE = "offline"  # the newsroom is unavailable; the text waits in the journal
    CONFLICT = "conflict"  # a save was refused (a colleague's newer version, a bad field)
    CLOSING = "closing"  # the window goes; nothing more is written


class Command(enum.Enum):
    """The desk command in flight; its value is what the editor says meanwhile."""

    OPEN = QT_TRANSLATE_NOOP("DeskSession", "Opening…")
    RELOAD = QT_TRANSLATE_NOOP("DeskSession", "Reading the stored story…")
    COPY = QT_TRANSLATE_NOOP("DeskSession", "Saving your text as a copy…")
    REVISION = QT_TRANSLATE_NOOP("DeskSession", "Recording a revision…")
    MOVE = QT_TRANSLATE_NOOP("DeskSession", "Moving the story…")
    DUPLICATE = QT_TRANSLATE_NOOP("DeskSession", "Duplicating…")
    SPIKE = QT_TRANSLATE_NOOP("DeskSession", "Spiking…")
    UNDO = QT_TRANSLATE_NOOP("DeskSession", "Undoing…")
    REDO = QT_TRANSLATE_NOOP("DeskSession", "Redoing…")


def settled_state(save: SaveState, saving: bool) -> DeskState:
    """The state autosave's outcome implies once no command is on its way: the story's
    state follows from the last save (and whether one is on its way), never from a flag."""
    if save is SaveState.OFFLINE:
        return DeskState.OFFLINE
    if save in (SaveState.CONFLICT, SaveState.INVALID):
        return DeskState.CONFLICT
    return DeskState.SAVING if saving else DeskState.READY
