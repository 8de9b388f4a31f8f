"""The desk's undo history: spikes and duplicates recorded on the undo stack, and undo/redo
replayed step by step on the task runner.

Qt's stack moves its index the moment undo() returns, while each step's service call lands
later (and may be refused: a colleague changed the story since). This module keeps count of
the steps on their way so the replay ends once the last has landed, and puts the stack's
index right after a refusal; apart from the session because none of that is the story's life
cycle, only the history's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from newsdesk.domain.article import Article, Status
from newsdesk.ui.commands import Changed, CreateCommand, SpikeCommand
from newsdesk.ui.desk_parts import DeskParts
from newsdesk.ui.desk_state import Command
from newsdesk.ui.noop import QT_TRANSLATE_NOOP

_UNDONE = QT_TRANSLATE_NOOP("DeskSession", "Undone: {0}.")
_REDONE = QT_TRANSLATE_NOOP("DeskSession", "Redone: {0}.")


@dataclass
class _Replay:
    """An undo or redo on its way: the stack's index moved when its steps started."""

    command: QUndoCommand  # the stack's top-level command (a macro for several spikes)
    undo: bool
    text: str
    pending: int = 0
    started: bool = False  # every step has been started (the stack's call returned)
    refused: bool = False


class DeskUndoSteps:
    """Records the desk's undoable actions and replays them, one command of the session's.

    ``changed`` reports the story a step left (None: gone), ``replayed`` whether an undo or
    redo was done.
    """

    def __init__(
        self,
        stack: QUndoStack,
        parts: DeskParts,
        *,
        changed: Changed,
        replayed: Callable[[bool], None],
    ) -> None:
        self.stack = stack
        self._articles = parts.articles
        self._runner = parts.runner
        self._messages = parts.messages
        self._begin = parts.begin
        self._end = parts.end
        self._changed = changed
        self._replayed = replayed
        self._replay: _Replay | None = None

    # -- recording -----------------------------------------------------------------------------
    def record_duplicate(self, copy: Article) -> None:
        """Duplicate's copy was made: undo deletes it, redo makes it again."""
        self.stack.push(CreateCommand(
            self._articles, copy,
            QCoreApplication.translate("DeskSession", "Duplicate “{0}”").format(copy.headline),
            self._changed, self._failed, self.start_step))

    def record_spikes(self, spiked: Sequence[tuple[Article, Status]]) -> None:
        """These stories were spiked (with the status each had): one undo step for all."""
        if not spiked:
            return
        self.stack.beginMacro(
            QCoreApplication.translate("DeskSession", "Spike {0} stories").format(len(spiked))
            if len(spiked) > 1 else QCoreApplication.translate("DeskSession", "Spike"))
        for article, previous in spiked:
            self.stack.push(SpikeCommand(self._articles, article, previous, self._changed,
                                         self._failed, self.start_step))
        self.stack.endMacro()

    def _failed(self, message: str) -> None:
        self._messages.info(message)

    # -- replaying -----------------------------------------------------------------------------
    def replay(self, *, undo: bool) -> None:
        """Undo (or redo) the stack's next command; says what was done or why it was not."""
        stack = self.stack
        if not (stack.canUndo() if undo else stack.canRedo()):
            return
        if not self._begin(Command.UNDO if undo else Command.REDO):
            return
        index = stack.index()
        command = stack.command(index - 1 if undo else index)
        replay = _Replay(command, undo, stack.undoText() if undo else stack.redoText())
        self._replay = replay
        # The index moves now; each step's service call starts on the runner (start_step).
        (stack.undo if undo else stack.redo)()
        replay.started = True
        if replay.pending == 0:
            self._step_done(replay, lambda: None, landed=False)

    def start_step(self, work: Callable[[], Any], on_result: Callable[[Any], None],
                   on_error: Callable[[BaseException], bool]) -> None:
        """An undo step's service call (commands.Start): on the runner, counted, so the
        replay ends (and the stack is put right after a refusal) once every step landed."""
        replay = self._replay
        if replay is None:  # not through replay(): nothing to keep count for
            self._runner.run(work, on_result=on_result, on_error=on_error)
            return
        replay.pending += 1

        def failed(exc: BaseException) -> bool:
            replay.refused = True
            handled: list[bool] = []
            self._step_done(replay, lambda: handled.append(on_error(exc)))
            return all(handled)

        self._runner.run(work, on_result=lambda value: self._step_done(
            replay, lambda: on_result(value)), on_error=failed)

    def _step_done(self, replay: _Replay, then: Callable[[], None], *,
                   landed: bool = True) -> None:
        """A step landed: its outcome is applied (``then``); the last one ends the replay."""
        if landed:
            replay.pending -= 1
        if not (replay.started and replay.pending == 0):
            then()
            return
        self._replay = None
        if replay.refused:
            then()  # says why, while the command is still whole
            # The step did not happen, yet the index moved when it started: the command goes
            # (Qt drops an obsolete command without calling it), so the index says what is
            # true again and nothing is replayed over a colleague's change.
            replay.command.setObsolete(True)
            (self.stack.redo if replay.undo else self.stack.undo)()
            self._end()
        else:
            self._end()  # before the changes: the list moving on opens its story as a command
            then()
            done = _UNDONE if replay.undo else _REDONE
            self._messages.info(QCoreApplication.translate("DeskSession", done).format(
                replay.text))
        self._replayed(not replay.refused)
