"""The article list as a lazily fetched table model: 100,000 stories open as fast as 200."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from newsdesk.domain.article import Article, ArticleSummary
from newsdesk.domain.byline import format_byline
from newsdesk.domain.names_in_language import byline_in_language
from newsdesk.domain.people import Author
from newsdesk.domain.query import ArticleQuery
from newsdesk.domain.translation_progress import TranslationProgress
from newsdesk.domain.workflow import Problem
from newsdesk.ui.models.columns import (
    ARTICLE_ID_ROLE,
    BYLINE,
    COLUMNS,
    DATELINE,
    HEADLINE,
    LANGUAGE,
    PRESENCE_ROLE,
    STATUS,
    UPDATED,
)
from newsdesk.ui.models.list_pages import ListPages, PageFn
from newsdesk.ui.models.row_marks import PROBLEMS_SHOWN, ProblemsFn, ProgressFn, RowMarks
from newsdesk.ui.status_labels import status_label
from newsdesk.ui.translator import moment_text

# The columns, roles and marks live in their own modules; they are named here too, where the
# window, its tests and the benchmarks have always found them.
__all__ = [
    "ARTICLE_ID_ROLE", "BATCH_SIZE", "BYLINE", "COLUMNS", "DATELINE", "HEADLINE", "LANGUAGE",
    "PRESENCE_ROLE", "PROBLEMS_SHOWN", "STATUS", "UPDATED", "ArticleListModel",
    "PageFn", "ProblemsFn", "ProgressFn", "summary_of",
]

# A little more than a tall screen's worth of rows: the first batch is on the start-up path
# (each row costs ~0.1 ms to read), and the view fetches the next one as the user scrolls.
BATCH_SIZE: Final = 100

_Index = QModelIndex | QPersistentModelIndex


def summary_of(article: Article, profiles: Iterable[Author] = ()) -> ArticleSummary:
    """The list row for a story just saved, so the row updates without a round trip.

    The byline names its writers as a reader of the story's language sees them (from
    ``profiles``, the byline picker's known authors), as the list's own reads do: a Russian
    story's row must not turn Latin after a save.
    """
    if article.id is None:
        raise ValueError("a story must be saved before it can be listed")
    byline = byline_in_language(article.byline, profiles, article.language)
    return ArticleSummary(
        id=article.id,
        headline=article.headline,
        slug=article.slug,
        status=article.status,
        language=article.language,
        byline=format_byline(byline, article.language),
        dateline_city=article.dateline.city,
        updated_at=article.updated_at,
        tags=article.tags,
    )


def _when(moment: datetime | None) -> str:
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return moment_text(local)


class ArticleListModel(QAbstractTableModel):
    """Rows come from ``page(query, offset, limit)`` one batch at a time, as the view scrolls.

    Sorting and filtering re-query the database; nothing is sorted or filtered in Python, so
    memory and start-up time do not grow with the archive. With ``background`` the further
    batches are read on the task runner, one at a time (a user dragging the scroll bar to the
    end queues one request, not hundreds), and inserted when they arrive; a re-query cancels
    the batch on its way (:class:`ListPages` reads them). Without it (rows read from memory,
    the start-up page) they are read at once.

    Signals:
        rows_fetched(int): a batch arrived; the argument is how many rows are now loaded.
        query_changed(): the filter or sort order changed and the rows were replaced.
        fetching_changed(bool): a batch was asked for (True) or its request ended (False).
        fetch_failed(str): a batch could not be read (the reason); :meth:`retry_fetch` asks
            again, and until then the model fetches no more.
        progress_read(): translations' progress lines arrived for some rows.
    """

    rows_fetched = Signal(int)
    """A batch was appended; the argument is the number of rows now loaded."""
    query_changed = Signal()
    """The query changed and the model was reset (selection is gone)."""
    fetching_changed = Signal(bool)
    """True: a batch is being read on the task runner; False: it arrived, failed or was
    cancelled."""
    fetch_failed = Signal(str)
    """A batch could not be read; the argument says why (first line of the error)."""
    progress_read = Signal()
    """Translations' progress lines were read for some rows (shown in the language column)."""

    def __init__(
        self,
        page: PageFn,
        *,
        batch_size: int = BATCH_SIZE,
        background: bool = False,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._batch = batch_size
        self._pages = ListPages(page, batch_size=batch_size, background=background, parent=self)
        self._pages.fetching_changed.connect(self.fetching_changed)
        self._pages.fetch_failed.connect(self.fetch_failed)
        self._query = ArticleQuery()
        self._rows: list[ArticleSummary] = []
        self._exhausted = False
        self._total: int | None = None
        # Listeners of modelReset/rowsInserted (views, the model tester) may ask for more rows
        # while a change is still being announced; a nested insert would corrupt the views, so
        # they wait until the change is over.
        self._busy = False
        self._started = False
        # Readiness warnings, translations' progress and colleagues' presence: read on a worker
        # as rows arrive, shown in the cells' tooltips and icons.
        self._marks = RowMarks(self)
        self._marks.cell_changed.connect(self._on_cell_changed)
        self._marks.progress_read.connect(self.progress_read)

    # -- what the rest of the window asks ----------------------------------------------------
    @property
    def query(self) -> ArticleQuery:
        """The query asked for last: the one shown, or the one whose rows are on their way."""
        wanted = self._pages.wanted
        return wanted if wanted is not None else self._query

    @property
    def known_total(self) -> int | None:
        """How many stories match the query shown, if known without a read: counted
        already, or every row of it is loaded (None: not yet, or rows are on their way)."""
        if self._total is not None:
            return self._total
        if self._started and self._exhausted and self._pages.wanted is None:
            return len(self._rows)
        return None

    def reading(self, query: ArticleQuery) -> bool:
        """The first batch of ``query`` is on its way (asked for, not yet shown)."""
        return self._pages.wanted == query and self._pages.fetching

    def when_shown(self, then: Callable[[], None]) -> None:
        """``then`` runs once the rows on their way are shown; at once when none are."""
        if self._pages.wanted is None:
            then()
        else:
            self._pages.wait(then)

    def change_source(self, page: PageFn, *, background: bool = False) -> None:
        """Read further rows from ``page`` without touching those shown (or the selection);
        ``background``: on the task runner (a database), not at once (rows in memory).

        The window opens on the first page read straight from the file; once the newsroom is
        open, the same rows continue from the newsroom as the user scrolls.
        """
        self._pages.change_source(page, background=background)
        self._exhausted = False
        self._total = None

    @property
    def fetching(self) -> bool:
        """A batch is being read on the task runner."""
        return self._pages.fetching

    @property
    def fetch_failure(self) -> str | None:
        """Why the last batch could not be read (None: it could, or it was asked again)."""
        return self._pages.failure

    def retry_fetch(self) -> None:
        """Ask again for the batch (or the new query's rows) that could not be read."""
        failed = self._pages.take_failed()
        if failed is not None:
            self.set_query(failed)  # what waited for the failed rows waits for these
        else:
            self.fetchMore()

    def set_problem_source(self, problems: ProblemsFn | None) -> None:
        """Where the warning marks of ready and published stories come from (None: no marks).

        A story moved on to ``ready`` that since gained a problem (a colleague emptied the
        byline) shows a warning mark in the status column, its tooltip naming the problems.
        """
        self._marks.set_problem_source(problems, self._rows)

    def set_progress_source(self, progress: ProgressFn | None) -> None:
        """Where the translations' progress lines come from (None: no lines).

        A translation's row and its original's row say how far the translation is in the
        language column's tooltip, as the desk's header does.
        """
        self._marks.set_progress_source(progress, self._rows)

    def progress_of(self, article_id: int) -> tuple[TranslationProgress, ...]:
        """The known progress lines of a listed story (none known yet, or none: ``()``)."""
        return self._marks.progress_of(article_id)

    def refresh_progress(self, article_ids: Sequence[int]) -> None:
        """Read again the progress of these stories and of the stories linked to them (a
        translation's original, an original's translations): the desk changed them."""
        self._marks.refresh_progress(article_ids, self._rows)

    def problems_of(self, article_id: int) -> tuple[Problem, ...]:
        """The known readiness problems of a listed ready/published story (none yet: ``()``)."""
        return self._marks.problems_of(article_id)

    def set_query(
        self, query: ArticleQuery, *, then: Callable[[], None] | None = None,
        despite_holds: bool = False,
    ) -> None:
        """Replace the rows with the first batch of ``query``; ``then`` runs once they show.

        In the background the batch is read on the task runner: the rows shown stay until it
        lands, and a newer query (or sort order) replaces this one (what waited for this one
        then waits for the newer one's rows). ``despite_holds``: the read starts even while
        the start-up hold queues other tasks (the window's first rows, which it waits for).
        Rows in memory (the start-up page) are shown at once.
        """
        self._started = True
        pages = self._pages
        pages.cancel()
        if then is not None:
            pages.wait(then)
        if not pages.background:
            self._show_first_batch(query, pages.read_now(query, 0))
            pages.run_waiting()
            return
        pages.read_first(query, self._show_first_batch, despite_holds=despite_holds)

    def _show_first_batch(self, query: ArticleQuery, batch: list[ArticleSummary]) -> None:
        self._marks.forget()
        self.beginResetModel()
        self._query = query
        self._rows = []
        self._exhausted = False
        self._total = None
        self._append(batch)
        self._end_reset()

    def rows_wanted(self) -> int:
        """How many rows a re-read asks for: as many as are loaded (at least one batch)."""
        return max(len(self._rows), self._batch)

    def take_rows(self, rows: list[ArticleSummary], total: int | None = None) -> None:
        """Show ``rows`` (read elsewhere, e.g. on a worker, for the current query) instead of
        those loaded; ``total`` is the query's count when it was read with them.

        They were read for :attr:`query`, which may be a query whose own first batch is still
        on its way: these rows settle it (that read is dropped)."""
        query = self.query
        self._pages.cancel()
        self._query = query
        self._marks.forget()
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._total = None
        self._append(rows)
        self._total = total
        self._end_reset()
        self._pages.run_waiting()  # what waited for the dropped read's rows has them now

    def summary_at(self, row: int) -> ArticleSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def article_id_at(self, row: int) -> int | None:
        summary = self.summary_at(row)
        return summary.id if summary is not None else None

    def row_of(self, article_id: int) -> int | None:
        """The row of a story among the loaded rows (None when not loaded or filtered out)."""
        for row, summary in enumerate(self._rows):
            if summary.id == article_id:
                return row
        return None

    def set_presence(self, names_by_story: dict[int, str]) -> None:
        """Mark the stories colleagues have open (story id -> their names); unmark the rest."""
        self._marks.set_presence(names_by_story)

    def presence_of(self, article_id: int) -> str:
        return self._marks.presence_of(article_id)

    def update_summary(self, summary: ArticleSummary) -> None:
        """Show a saved story's new headline/status in place, without reordering under the
        user's cursor; a later re-query puts it where the sort order says."""
        row = self.row_of(summary.id)
        if row is None:
            return
        self._rows[row] = summary
        self._marks.story_changed(summary)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.refresh_progress([summary.id or 0])  # its text changed: so may its rows

    def insert_summary(self, summary: ArticleSummary, row: int = 0) -> None:
        """Put a new story where the user can see it (the top), whatever the sort order."""
        if self.row_of(summary.id) is not None:
            self.update_summary(summary)
            return
        row = max(0, min(row, len(self._rows)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, summary)
        if self._total is not None:
            self._total += 1
        self.endInsertRows()
        self._marks.ask([summary])
        self.refresh_progress([summary.id or 0])  # a new translation: its original's line too

    def remove_article(self, article_id: int) -> None:
        row = self.row_of(article_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        if self._total is not None:
            self._total -= 1
        self.endRemoveRows()

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        # False while a batch is on its way or after one failed (retry_fetch asks again), so
        # the view cannot queue request after request.
        return (not parent.isValid() and self._started and not self._exhausted
                and not self._busy and not self._pages.fetching and self._pages.failure is None)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        if not self._pages.background:
            self._insert_batch(self._pages.read_now(self._query, len(self._rows)))
            return
        self._pages.read_more(self._query, len(self._rows), self._on_batch_read)

    def _on_batch_read(self, query: ArticleQuery, batch: list[ArticleSummary]) -> None:
        if query != self._query:
            return  # a re-query cancels the request; this guards what was already on its way
        # A story inserted at the top meanwhile (our own new story) shifts the offsets by one:
        # a row already shown is not shown twice.
        shown = {summary.id for summary in self._rows}
        fresh = [summary for summary in batch if summary.id not in shown]
        if fresh:
            self._insert_batch(fresh, complete=len(batch) >= self._batch)
        elif len(batch) < self._batch:
            self._exhausted = True

    def _insert_batch(self, batch: list[ArticleSummary], *, complete: bool | None = None) -> None:
        """Append ``batch`` announcing the rows; ``complete``: a full batch was read (a
        shorter one means the end), when ``batch`` lost rows already shown."""
        if not batch:
            self._exhausted = True
            return
        start = len(self._rows)
        # Qt's C++ example is right: the last row is start + n - 1 (the PySide port is off by one).
        self._busy = True
        try:
            self.beginInsertRows(QModelIndex(), start, start + len(batch) - 1)
            self._append(batch, complete=complete)
            self.endInsertRows()
        finally:
            self._busy = False
        self.rows_fetched.emit(len(self._rows))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._marks.tooltip(summary, column, self._text(summary, column))
        if role == ARTICLE_ID_ROLE:
            return summary.id
        if role == PRESENCE_ROLE:
            return self._marks.presence_of(summary.id or 0)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._marks.decoration(summary, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._marks.accessible_text(
                summary, column, f"{self.tr(COLUMNS[column][0])}: {self._text(summary, column)}")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return self.tr(COLUMNS[section][0])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the database for the new order (the view's header click lands here)."""
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        query = replace(self.query, sort=COLUMNS[column][1], descending=descending)
        if not self._started:
            # The view announces its sort indicator while it is being set up; remember it and
            # query once, when the window starts the list.
            self._query = query
        elif query != self.query:
            self.set_query(query)

    # -- helpers -----------------------------------------------------------------------------
    def _end_reset(self) -> None:
        self._busy = True
        try:
            self.endResetModel()
        finally:
            self._busy = False
        self.query_changed.emit()

    def _append(self, batch: list[ArticleSummary], *, complete: bool | None = None) -> None:
        self._rows.extend(batch)
        if not (complete if complete is not None else len(batch) >= self._batch):
            self._exhausted = True
        self._marks.ask(batch)

    def _on_cell_changed(self, article_id: int, column: int) -> None:
        """A story's mark arrived or changed: repaint its cell, if the story is listed."""
        row = self.row_of(article_id)
        if row is not None:
            cell = self.index(row, column)
            self.dataChanged.emit(cell, cell)

    @staticmethod
    def _text(summary: ArticleSummary, column: int) -> str:
        if column == HEADLINE:
            return summary.headline
        if column == STATUS:
            return status_label(summary.status)
        if column == BYLINE:
            return summary.byline
        if column == LANGUAGE:
            return summary.language
        if column == DATELINE:
            return summary.dateline_city
        if column == UPDATED:
            return _when(summary.updated_at)
        return ""
