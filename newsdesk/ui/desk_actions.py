"""The desk's list actions that go on the undo history: Duplicate and Spike, each one command
of the desk session's, made by the services on the task runner.

Apart from the session because they act on stories picked in the list, not only on the one
open: the session is asked only to save the open story first and to show the copy.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from newsdesk.domain.article import Article
from newsdesk.domain.errors import NewsdeskError
from newsdesk.ui import desk_calls
from newsdesk.ui.commands import Changed
from newsdesk.ui.desk_parts import DeskParts
from newsdesk.ui.desk_state import Command
from newsdesk.ui.desk_undo_steps import DeskUndoSteps
from newsdesk.ui.error_text import error_text

LeaveThen = Callable[[Callable[[], None], Callable[[], None]], None]
"""The session's "save the open story, then this; or that when it could not be stored"."""


class DeskActions:
    """Duplicate and Spike, recorded on the undo history.

    ``changed(article, id)`` a story was made or spiked (None: gone); ``show(article)`` puts
    the copy in the editor; ``spiked(ids)`` a spike ended with these ids archived.
    """

    def __init__(
        self,
        parts: DeskParts,
        history: DeskUndoSteps,
        *,
        leave_then: LeaveThen,
        show: Callable[[Article], None],
        changed: Changed,
        spiked: Callable[[list[int]], None],
    ) -> None:
        self._parts = parts
        self._history = history
        self._leave_then = leave_then
        self._show = show
        self._changed = changed
        self._spiked = spiked

    # -- duplicate -----------------------------------------------------------------------------
    def duplicate(self, article_id: int) -> None:
        """A new draft copy of the story (made by the service), opened; undo deletes it."""
        parts = self._parts
        if not parts.begin(Command.DUPLICATE):
            return
        self._leave_then(lambda: self._duplicate(article_id), parts.end)

    def _duplicate(self, article_id: int) -> None:
        self._parts.runner.run(self._parts.articles.duplicate, article_id,
                               on_result=self._on_duplicated, on_error=self._on_duplicate_failed)

    def _on_duplicated(self, copy: Article) -> None:
        self._history.record_duplicate(copy)
        self._changed(copy, copy.id or 0)
        self._show(copy)
        self._parts.end()

    def _on_duplicate_failed(self, exc: BaseException) -> bool:
        self._parts.end()
        if not isinstance(exc, NewsdeskError):
            return False
        self._parts.messages.info(QCoreApplication.translate(
            "DeskSession", "Not duplicated: {0}").format(error_text(exc)))
        return True

    # -- spike ---------------------------------------------------------------------------------
    def spike(self, article_ids: Sequence[int]) -> None:
        """Archive stories (one undo step); ``spiked`` with the ids spiked."""
        parts = self._parts
        ids = list(article_ids)
        if not ids or not parts.begin(Command.SPIKE):
            return
        if parts.open_id() in ids:  # its text is saved first, so the spike keeps it
            parts.autosaver.flush(lambda stored: self._spike_saved(ids, stored))
        else:
            self._spike_all(ids)

    def _spike_saved(self, ids: list[int], stored: bool) -> None:
        if not stored:
            self._parts.end()
            self._parts.messages.info(self._parts.autosaver.message)
            return
        self._spike_all(ids)

    def _spike_all(self, ids: list[int]) -> None:
        parts = self._parts
        parts.runner.run(desk_calls.spike_each, parts.articles, ids,
                         on_result=self._on_spiked, on_error=self._on_spike_failed)

    def _on_spiked(self, outcomes: list[desk_calls.SpikeOutcome]) -> None:
        spiked = [(article_id, outcome) for article_id, outcome in outcomes
                  if not isinstance(outcome, NewsdeskError)]
        self._history.record_spikes([outcome for _article_id, outcome in spiked])
        self._parts.end()  # before the list moves on: its next story opens as a command
        for _article_id, outcome in outcomes:
            if isinstance(outcome, NewsdeskError):
                self._parts.messages.info(QCoreApplication.translate(
                    "DeskSession", "Not spiked: {0}").format(error_text(outcome)))
        for article_id, (article, _previous) in spiked:
            self._changed(article, article_id)
        self._spiked([article_id for article_id, _outcome in spiked])

    def _on_spike_failed(self, exc: BaseException) -> bool:
        self._parts.end()
        self._spiked([])
        if not isinstance(exc, NewsdeskError):
            return False
        self._parts.messages.info(QCoreApplication.translate(
            "DeskSession", "Not spiked: {0}").format(error_text(exc)))
        return True
