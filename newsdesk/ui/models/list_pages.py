"""The story list's batches read on the task runner: one read at a time, the latest query wins.

The list model keeps Qt's model API and its rows; this reads them. A new query's first batch
replaces a read on its way (what waited for the old query's rows then waits for the new
one's), a further batch is asked for only once the one before has landed, and a read that
failed is remembered until it is asked again.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Signal

from newsdesk.domain.article import ArticleSummary
from newsdesk.domain.query import ArticleQuery
from newsdesk.ui.tasks import SHOWN_NOW, TaskHandle, TaskRunner, describe_failure

PageFn = Callable[[ArticleQuery, int, int], list[ArticleSummary]]
"""``page(query, offset, limit)``: a batch of the stories matching ``query``."""

Arrived = Callable[[ArticleQuery, list[ArticleSummary]], None]
"""Told the rows read for a query: ``arrived(query, rows)``."""


class ListPages(QObject):
    """Reads batches from ``page`` ``batch_size`` rows at a time; with ``background`` on the
    task runner, without it at once (rows read from memory, the start-up page).

    Signals:
        fetching_changed(bool): a batch was asked for (True) or its request ended (False).
        fetch_failed(str): a batch could not be read (the reason).
    """

    fetching_changed = Signal(bool)
    """True: a batch is being read on the task runner; False: it arrived, failed or was
    cancelled."""
    fetch_failed = Signal(str)
    """A batch could not be read; the argument says why (first line of the error)."""

    def __init__(self, page: PageFn, *, batch_size: int, background: bool,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._page = page
        self.batch = batch_size
        self._background = background
        # The read on the task runner (one at a time: a further batch, or a new query's first
        # batch), and why the last one failed.
        self._fetching: TaskHandle | None = None
        self._failure: str | None = None
        # A new query whose first batch is on its way (the rows shown stay until it lands),
        # what to do once the rows the list settles on are shown (kept across a newer query
        # and a failed read), and a query whose first batch could not be read.
        self._wanted: ArticleQuery | None = None
        self._waiting: list[Callable[[], None]] = []
        self._failed_query: ArticleQuery | None = None

    @property
    def background(self) -> bool:
        """Batches are read on the task runner (False: at once, from memory)."""
        return self._background

    @property
    def wanted(self) -> ArticleQuery | None:
        """The new query whose first batch is on its way (None: none is)."""
        return self._wanted

    @property
    def fetching(self) -> bool:
        """A batch is being read on the task runner."""
        return self._fetching is not None

    @property
    def failure(self) -> str | None:
        """Why the last batch could not be read (None: it could, or it was asked again)."""
        return self._failure

    def change_source(self, page: PageFn, *, background: bool) -> None:
        """Read further batches from ``page``; nothing asked of the old source is on its way
        any more, and nothing waits for it."""
        self.cancel()
        self._waiting = []
        self._page = page
        self._background = background

    def take_failed(self) -> ArticleQuery | None:
        """Forget the failure, to ask again: the new query that could not be read (None: it
        was a further batch)."""
        failed = self._failed_query
        self._failure = self._failed_query = None
        return failed

    def wait(self, then: Callable[[], None]) -> None:
        """``then`` runs once the rows the list settles on are shown (:meth:`run_waiting`)."""
        self._waiting.append(then)

    def run_waiting(self) -> None:
        waiting, self._waiting = self._waiting, []
        for then in waiting:
            then()

    def read_now(self, query: ArticleQuery, offset: int) -> list[ArticleSummary]:
        """A batch read at once (the source holds its rows in memory)."""
        return self._page(query, offset, self.batch)

    def read_first(self, query: ArticleQuery, shown: Arrived, *,
                   despite_holds: bool = False) -> None:
        """Read the first batch of a new ``query`` on the task runner; ``shown(query, rows)``
        when it lands and no newer query replaced it, then what waited runs.
        ``despite_holds``: the read starts even while the start-up hold queues other tasks."""
        self._wanted = query
        self._read(query, 0, partial(self._on_first_read, shown), despite_holds=despite_holds)

    def _on_first_read(self, shown: Arrived, query: ArticleQuery,
                       batch: list[ArticleSummary]) -> None:
        self._fetching = None
        self.fetching_changed.emit(False)
        if query != self._wanted:
            return  # replaced by a newer query (whose own read is on its way)
        self._wanted = None
        shown(query, batch)
        self.run_waiting()

    def read_more(self, query: ArticleQuery, offset: int, arrived: Arrived) -> None:
        """Read the batch of ``query`` from ``offset`` on the task runner; ``arrived``."""
        self._read(query, offset, partial(self._on_more_read, arrived))

    def _on_more_read(self, arrived: Arrived, query: ArticleQuery,
                      batch: list[ArticleSummary]) -> None:
        self._fetching = None
        self.fetching_changed.emit(False)
        arrived(query, batch)

    def _read(
        self, query: ArticleQuery, offset: int,
        done: Callable[[ArticleQuery, list[ArticleSummary]], None],
        *, despite_holds: bool = False,
    ) -> None:
        """Read a batch of ``query`` from ``offset`` on the task runner; ``done(query, rows)``.

        One channel for every read of this list: a new one cancels the one on its way."""
        self._fetching = TaskRunner.of().run(
            self._page, query, offset, self.batch, on_result=partial(done, query),
            on_error=self._on_failed, channel=f"article-list-page-{id(self)}",
            priority=SHOWN_NOW, despite_holds=despite_holds)
        self.fetching_changed.emit(True)

    def _on_failed(self, exc: BaseException) -> bool:
        """The panel says it and offers to try again (the runner has logged the traceback);
        a new query that could not be read leaves the rows shown as they were."""
        self._fetching = None
        self._failed_query, self._wanted = self._wanted, None
        self._failure = describe_failure(exc)
        self.fetching_changed.emit(False)
        self.fetch_failed.emit(self._failure)
        return True

    def cancel(self) -> None:
        """The rows are being replaced: the read on its way would continue (or replace) the
        old ones."""
        self._failure = None
        self._wanted = self._failed_query = None
        if self._fetching is not None:
            self._fetching.cancel()
            self._fetching = None
            self.fetching_changed.emit(False)
