"""Undoable desk actions (spike, duplicate, new story) for the window's QUndoStack.

A command's undo and redo start their service call on the task runner and return at once
(the stack's index moves then); the outcome arrives later. A refusal (a colleague changed the
story since) is reported through ``failed``, and the desk session takes the command off the
stack so the index again says what is true (:meth:`DeskSession.undo`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from newsdesk.domain.article import Article, Status
from newsdesk.domain.errors import NewsdeskError
from newsdesk.ui.error_text import error_text
from newsdesk.ui.noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from newsdesk.services.articles import ArticleService

Changed = Callable[[Article | None, int], None]
"""Called after each do/undo with the story as it is now (None: it is gone) and its id."""
Failed = Callable[[str], None]
"""Called with a message when undo/redo could not be done (someone changed the story)."""
Start = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], bool]],
                 None]
"""How a service call is started: ``start(work, on_result, on_error)`` runs ``work`` on the
task runner and hands its outcome to one of the two on the GUI thread (the desk's
``DeskUndoSteps.start_step``, which also knows when every step of an undo has landed)."""


# Whole sentences, so a translation never has an English verb inside it.
_CANNOT_UNDO = QT_TRANSLATE_NOOP("Commands", "Cannot undo {0}: {1}")
_CANNOT_REDO = QT_TRANSLATE_NOOP("Commands", "Cannot redo {0}: {1}")

class _ServiceCommand(QUndoCommand):
    """A command whose first ``redo`` already happened: the session runs the service call first,
    so a refusal is reported before anything lands on the undo stack."""

    def __init__(self, text: str, changed: Changed, failed: Failed, start: Start) -> None:
        super().__init__(text)
        self._changed = changed
        self._failed = failed
        self._start = start
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._start(self._do(), self._did, partial(self._refused, _CANNOT_REDO))

    def undo(self) -> None:
        self._start(self._undo(), self._undid, partial(self._refused, _CANNOT_UNDO))

    def _refused(self, sentence: str, exc: BaseException) -> bool:
        if not isinstance(exc, NewsdeskError):
            return False  # a bug: the runner logs it and shows it
        # Undo across someone else's change must not clobber it: say so; the session drops
        # the history that can no longer be replayed.
        self._failed(QCoreApplication.translate("Commands", sentence).format(
            self.text(), error_text(exc)))
        return True

    def _do(self) -> Callable[[], Any]:
        """The service call that does the action again (run on the runner)."""
        raise NotImplementedError

    def _did(self, result: Any) -> None:
        """The redo landed: remember what it left, say what changed (GUI thread)."""
        raise NotImplementedError

    def _undo(self) -> Callable[[], Any]:
        raise NotImplementedError

    def _undid(self, result: Any) -> None:
        raise NotImplementedError


class SpikeCommand(_ServiceCommand):
    """Spike (archive) a story; undo puts it back in the status it had."""

    def __init__(
        self,
        articles: ArticleService,
        spiked: Article,
        previous: Status,
        changed: Changed,
        failed: Failed,
        start: Start,
    ) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Spike “{0}”").format(
            spiked.headline), changed, failed, start)
        assert spiked.id is not None
        self._articles = articles
        self._id = spiked.id
        self._previous = previous
        # The version this command left the story at: undo and redo refuse a story that a
        # colleague (or this window) changed since, instead of overwriting that change.
        self._version = spiked.version

    def _do(self) -> Callable[[], Any]:
        return partial(self._articles.spike, self._id, version=self._version)

    def _did(self, result: tuple[Article, Status]) -> None:
        article, self._previous = result
        self._version = article.version
        self._changed(article, self._id)

    def _undo(self) -> Callable[[], Any]:
        return partial(self._articles.restore, self._id, self._previous, version=self._version)

    def _undid(self, article: Article) -> None:
        self._version = article.version
        self._changed(article, self._id)


class CreateCommand(_ServiceCommand):
    """A story created by New or Duplicate; undo deletes it, redo makes it again."""

    def __init__(
        self,
        articles: ArticleService,
        created: Article,
        text: str,
        changed: Changed,
        failed: Failed,
        start: Start,
    ) -> None:
        super().__init__(text, changed, failed, start)
        assert created.id is not None
        self._articles = articles
        self._article = created
        self._id = created.id

    @property
    def article_id(self) -> int:
        return self._id

    def _do(self) -> Callable[[], Any]:
        # The old id is gone for good; the story comes back under a new one.
        return partial(self._articles.create, replace(self._article, id=None, version=0))

    def _did(self, article: Article) -> None:
        assert article.id is not None
        self._id = article.id
        self._article = article
        self._changed(article, self._id)

    def _undo(self) -> Callable[[], Any]:
        # Only the story exactly as created goes: text typed into it since (here or in a
        # colleague's window) is never deleted by an undo.
        return partial(self._articles.delete, self._id, version=self._article.version)

    def _undid(self, _result: object) -> None:
        self._changed(None, self._id)
