"""Undoable desk actions (spike, duplicate, new story) for the window's QUndoStack."""

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

if TYPE_CHECKING:
    from newsdesk.services.articles import ArticleService

Changed = Callable[[Article | None, int], None]
"""Called after each do/undo with the story as it is now (None: it is gone) and its id."""
Failed = Callable[[str], None]
"""Called with a message when undo/redo could not be done (someone changed the story)."""
Call = Callable[[Callable[[], Any]], Any]
"""How a service call is made: on the task runner, its result awaited (the desk session's
``waiting.call``), so an undo's database round trip never stops the GUI thread."""


def _here(fn: Callable[[], Any]) -> Any:
    return fn()


class _ServiceCommand(QUndoCommand):
    """A command whose first ``redo`` already happened: the window runs the service call first,
    so a refusal is reported before anything lands on the undo stack."""

    def __init__(self, text: str, changed: Changed, failed: Failed,
                 call: Call = _here) -> None:
        super().__init__(text)
        self._changed = changed
        self._failed = failed
        self._call = call
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._do, "redo")

    def undo(self) -> None:
        self._run(self._undo, "undo")

    def _run(self, action: Callable[[], None], verb: str) -> None:
        try:
            action()
        except NewsdeskError as exc:
            # Undo across someone else's change must not clobber it; say so and drop history
            # that can no longer be replayed.
            self._failed(QCoreApplication.translate("Commands", "Cannot {0} {1}: {2}").format(
                verb, self.text(), error_text(exc)))
            self.setObsolete(True)

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
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
        call: Call = _here,
    ) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Spike “{0}”").format(
            spiked.headline), changed, failed, call)
        assert spiked.id is not None
        self._articles = articles
        self._id = spiked.id
        self._previous = previous
        # The version this command left the story at: undo and redo refuse a story that a
        # colleague (or this window) changed since, instead of overwriting that change.
        self._version = spiked.version

    def _do(self) -> None:
        article, self._previous = self._call(
            partial(self._articles.spike, self._id, version=self._version))
        self._version = article.version
        self._changed(article, self._id)

    def _undo(self) -> None:
        article = self._call(
            partial(self._articles.restore, self._id, self._previous, version=self._version))
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
        call: Call = _here,
    ) -> None:
        super().__init__(text, changed, failed, call)
        assert created.id is not None
        self._articles = articles
        self._article = created
        self._id = created.id

    @property
    def article_id(self) -> int:
        return self._id

    def _do(self) -> None:
        # The old id is gone for good; the story comes back under a new one.
        article = self._call(
            partial(self._articles.create, replace(self._article, id=None, version=0)))
        assert article.id is not None
        self._id = article.id
        self._article = article
        self._changed(article, self._id)

    def _undo(self) -> None:
        # Only the story exactly as created goes: text typed into it since (here or in a
        # colleague's window) is never deleted by an undo.
        self._call(partial(self._articles.delete, self._id, version=self._article.version))
        self._changed(None, self._id)
