"""The left pane: search box, filters, per-status counts and the lazily loaded story list."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.article import ArticleSummary, Status
from newsdesk.domain.query import ACTIVE_STATUSES, ArticleQuery, StoryListSource
from newsdesk.ui.messages import MessageAction, MessageBus
from newsdesk.ui.models.article_list_model import (
    BYLINE,
    DATELINE,
    HEADLINE,
    LANGUAGE,
    STATUS,
    UPDATED,
    ArticleListModel,
)
from newsdesk.ui.status_labels import STATUS_LABELS
from newsdesk.ui.tasks import TaskRunner, describe_failure

if TYPE_CHECKING:
    from newsdesk.services.newsroom import Newsroom

SEARCH_DELAY_MS = 250
_ACTIVE = "active"
_EVERY = "every"


@dataclass(frozen=True)
class ListChoices:
    """What the author, language and tag filters offer: (name, id) pairs, codes, tags."""

    authors: tuple[tuple[str, int | None], ...]
    languages: tuple[str, ...]
    tags: tuple[str, ...]


def read_choices(newsroom: Newsroom) -> ListChoices:
    """The filters' choices as stored now (three reads: run it on a worker when you can)."""
    articles = newsroom.articles
    return ListChoices(tuple((a.name, a.id) for a in newsroom.authors.all()),
                       tuple(articles.languages()), tuple(articles.tags()))


class ArticleListPanel(QWidget):
    """Finds stories: every filter and the search text become one ``ArticleQuery``.

    Spiked stories are hidden unless the status filter asks for them or for everything, so a
    spike visibly takes a story off the desk.

    Signals:
        article_selected(int): the user moved to a story (click or keyboard); open it.
        article_activated(int): Enter or double-click on a story; go and edit it.
        counts_changed(): the per-status counts were recomputed.
        rows_reread(bool): :meth:`reload` came back: the rows read again are shown (True),
            or they could not be read and the user was told (False).
    """

    article_selected = Signal(int)
    """The current row moved to this story id."""
    article_activated = Signal(int)
    """Enter or double-click on this story id: the user wants to type into it."""
    counts_changed = Signal()
    """The status counts label was refreshed."""
    rows_reread = Signal(bool)
    """A :meth:`reload` landed (True) or failed (False; the rows shown stay)."""

    def __init__(
        self,
        newsroom: Newsroom | None,
        parent: QWidget | None = None,
        *,
        first_page: StoryListSource | None = None,
    ) -> None:
        """``newsroom`` None: show ``first_page`` (read before the newsroom opened) until
        :meth:`attach` gets the newsroom; searching and sorting wait until then."""
        super().__init__(parent)
        self.setObjectName("articleListPanel")
        self._newsroom: Newsroom | None = None
        self._suppress_selection = False
        self._results_wanted = False
        self._moving_on = False
        self._after_choices: list[Callable[[], None]] = []  # waiting for the filters' choices
        source = newsroom.articles if newsroom is not None else first_page
        if source is None:
            raise ValueError("the story list needs a newsroom or a first page to show")
        self._source: StoryListSource = source
        self.model = ArticleListModel(source.page, parent=self)
        # Before the view's selection model connects (slots run in order): it moves the
        # current row off a removed one, and must find the removal noted.
        self.model.rowsAboutToBeRemoved.connect(self._note_removal)
        self.model.rowsRemoved.connect(self._end_removal)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(self.tr("Search headlines, text, tags, authors…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search stories"))
        self.search_edit.setToolTip(
            self.tr('Every word must appear; "an exact phrase" keeps its words together;\n'
                    "Tashkent OR Bishkek finds either; -draft leaves out stories with that word.")
        )

        self.status_filter = self._combo("statusFilter", self.tr("Filter by status"))
        self.author_filter = self._combo("authorFilter", self.tr("Filter by author"))
        self.language_filter = self._combo("languageFilter", self.tr("Filter by language"))
        self.tag_filter = self._combo("tagFilter", self.tr("Filter by tag"))

        self.status_counts_label = QLabel(self)
        self.status_counts_label.setObjectName("statusCountsLabel")
        self.status_counts_label.setWordWrap(True)
        self.status_counts_label.setTextFormat(Qt.TextFormat.PlainText)

        self.view = QTableView(self)
        self.view.setObjectName("articleList")
        self.view.setAccessibleName(self.tr("Stories"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        # "Loading stories…" over the bottom of the list while rows are on their way: an
        # overlay, so the list does not change height (and ask for yet another batch).
        self.loading_label = QLabel(self.tr("Loading stories…"), self.view.viewport())
        self.loading_label.setObjectName("listLoadingLabel")
        self.loading_label.setStyleSheet(
            "QLabel { background-color: palette(window); color: palette(window-text);"
            " border: 1px solid palette(mid); border-radius: 3px; padding: 2px 8px; }")
        self.loading_label.hide()
        # A fixed row height lets the view skip measuring 100,000 rows.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        # Headline, status and byline fit the pane; the rest is a scroll away (or a drag).
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSortIndicator(UPDATED, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)  # after the indicator: one query, newest first
        for column, width in ((HEADLINE, 190), (STATUS, 72), (BYLINE, 120), (LANGUAGE, 40),
                              (DATELINE, 90), (UPDATED, 120)):
            header.resizeSection(column, width)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setHorizontalSpacing(6)
        filters.addWidget(self.status_filter, 0, 0)
        filters.addWidget(self.author_filter, 0, 1)
        filters.addWidget(self.language_filter, 1, 0)
        filters.addWidget(self.tag_filter, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.setSpacing(6)
        layout.addWidget(self.search_edit)
        layout.addLayout(filters)
        layout.addWidget(self.status_counts_label)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)

        self._fill_status_choices()
        self._connect_signals()
        if newsroom is not None:
            self.attach(newsroom)
        else:
            # Until the newsroom is open only the first page is known: no filter or sort can
            # be answered yet (typing in the search box is kept and applied on attach).
            for combo in self._filters():
                combo.setEnabled(False)
            header.setSectionsClickable(False)

    @property
    def attached(self) -> bool:
        return self._newsroom is not None

    def attach(self, newsroom: Newsroom, *, then: Callable[[], None] | None = None) -> None:
        """From now on every row, filter and count comes from ``newsroom``; ``then`` runs
        once the list shows what was typed or chosen meanwhile (or its rows could not be
        read): the story chosen may be the first result."""
        self._newsroom = newsroom
        self._source = newsroom.articles
        # From now on further rows come over the network or from a file others may lock:
        # read on the task runner, never on the GUI thread.
        self.model.change_source(newsroom.articles.page, background=True)
        # Ready stories that gained a problem get a warning mark, once the newsroom can say.
        self.model.set_problem_source(newsroom.articles.problems_of)
        # Translations and their originals say how far each translation is (language column).
        # Imported here: the service reads the database, not imported before the first paint.
        from newsdesk.services.translation_progress import TranslationProgressService

        self.model.set_progress_source(TranslationProgressService(newsroom.uow).of_stories)
        for combo in self._filters():
            combo.setEnabled(True)
        self.view.horizontalHeader().setSectionsClickable(True)
        self.refresh_choices()
        settled = self._settled(then)
        if self.model.rowCount() > 0 or self.search_edit.text().strip():
            # What was typed while the newsroom opened, read on the task runner; Enter pressed
            # meanwhile chooses the first result once it is there.
            self.apply_filters(then=partial(self._show_results_wanted, settled))
        else:
            self._show_results_wanted(settled)

    def _show_results_wanted(self, then: Callable[[], None]) -> None:
        """Enter was pressed in the search box before the newsroom opened: the results are
        there now, so the keyboard moves to them and the first is chosen (quietly: whoever
        attached asks :meth:`chosen_article_id`, as for a row picked meanwhile)."""
        if self._results_wanted:
            self._results_wanted = False
            was = self._suppress_selection
            self._suppress_selection = True
            try:
                self.focus_results()
            finally:
                self._suppress_selection = was
        then()

    def _settled(self, then: Callable[[], None] | None) -> Callable[[], None]:
        """``then``, called once: when it is called, or when the rows on their way could not
        be read (the list says so and keeps what it showed; the caller goes on without them)."""
        model = self.model
        done = False

        def once(*_failure: object) -> None:
            nonlocal done
            if done:
                return
            done = True
            model.fetch_failed.disconnect(once)
            if then is not None:
                then()

        model.fetch_failed.connect(once)
        return once

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        return combo

    def _connect_signals(self) -> None:
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self.on_search_return_pressed)
        self.search_edit.installEventFilter(self)
        self._search_timer.timeout.connect(self.apply_filters)
        for combo in self._filters():
            combo.currentIndexChanged.connect(lambda _index: self.apply_filters())
        self.view.selectionModel().currentRowChanged.connect(self.on_current_row_changed)
        self.view.clicked.connect(self.on_clicked)
        self.view.activated.connect(self.on_activated)
        self.model.query_changed.connect(self.refresh_counts)
        self.model.fetching_changed.connect(self.on_fetching_changed)
        self.model.fetch_failed.connect(self.on_fetch_failed)

    def _filters(self) -> tuple[QComboBox, ...]:
        return (self.status_filter, self.author_filter, self.language_filter, self.tag_filter)

    # -- filters -----------------------------------------------------------------------------
    def _fill_status_choices(self) -> None:
        statuses: list[tuple[str, Any]] = [(self.tr("On the desk"), _ACTIVE),
                                             (self.tr("Every status"), _EVERY)]
        statuses += [(STATUS_LABELS[s], s.value) for s in Status]
        self._refill(self.status_filter, statuses)
        for combo, everything in ((self.author_filter, (self.tr("All authors"), None)),
                                  (self.language_filter, (self.tr("All languages"), "")),
                                  (self.tag_filter, (self.tr("All tags"), ""))):
            self._refill(combo, [everything])

    def refresh_choices(self, *, then: Callable[[], None] | None = None) -> None:
        """Fill the filter combos from the newsroom, keeping what the user had picked: read
        on the task runner (a newer request replaces an older one); ``then`` runs once they
        are shown (or could not be read)."""
        if self._newsroom is None:
            return
        if then is not None:
            self._after_choices.append(then)
        TaskRunner.of().run(read_choices, self._newsroom, on_result=self._on_choices_read,
                            on_error=self._on_choices_failed,
                            channel=f"article-list-choices-{id(self)}")

    def _on_choices_read(self, choices: ListChoices) -> None:
        self.show_choices(choices)
        self._run_after_choices()

    def _on_choices_failed(self, exc: BaseException) -> bool:
        """The filters keep the choices they had; a brief note says why (the runner has
        logged the traceback), and the next change reads them again."""
        MessageBus.of().info(self.tr("The filters' authors, languages and tags could not be "
                                     "updated: {0}").format(describe_failure(exc)))
        self._run_after_choices()
        return True

    def _run_after_choices(self) -> None:
        waiting, self._after_choices = self._after_choices, []
        for then in waiting:
            then()

    def show_choices(self, choices: ListChoices) -> None:
        """Fill the filter combos with ``choices`` (read on a worker, or just now)."""
        authors: list[tuple[str, Any]] = [(self.tr("All authors"), None)]
        authors += list(choices.authors)
        languages: list[tuple[str, Any]] = [(self.tr("All languages"), "")]
        languages += [(code, code) for code in choices.languages]
        tags: list[tuple[str, Any]] = [(self.tr("All tags"), "")]
        tags += [(tag, tag) for tag in choices.tags]
        for combo, items in zip(self._filters()[1:], (authors, languages, tags), strict=True):
            self._refill(combo, items)

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            found = combo.findData(current)
            combo.setCurrentIndex(found if found >= 0 else 0)
        finally:
            combo.blockSignals(False)

    def current_query(self) -> ArticleQuery:
        status = self.status_filter.currentData()
        if status == _EVERY:
            statuses: tuple[Status, ...] = ()
        elif status in (None, _ACTIVE):
            statuses = ACTIVE_STATUSES
        else:
            statuses = (Status(status),)
        author = self.author_filter.currentData()
        return replace(
            self.model.query,
            statuses=statuses,
            author_id=int(author) if author is not None else None,
            language=str(self.language_filter.currentData() or ""),
            tag=str(self.tag_filter.currentData() or ""),
            text=self.search_edit.text().strip(),
        )

    def on_search_return_pressed(self) -> None:
        """Enter in the search box: results now, and the keyboard moves on to them."""
        if self._newsroom is None:
            self._results_wanted = True  # the results exist once the newsroom is open
            return
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        # The first result is chosen when the results are there, unless the user went
        # elsewhere meanwhile.
        self.apply_filters(then=lambda: self.focus_results() if self.view.hasFocus() else None)

    def focus_results(self) -> None:
        """The keyboard moves to the results, and the first of them is chosen (opened)."""
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.model.rowCount() == 0 or self.chosen_article_id() is not None:
            return
        current = self.view.currentIndex()
        row = current.row() if current.isValid() else 0
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, HEADLINE),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if current.isValid() and current.row() == row:
            # Made current earlier by focus alone: selecting it changes no current row, so
            # nothing else says it was chosen.
            self.on_current_row_changed(self.view.currentIndex(), QModelIndex())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.focus_results()  # Down from the search box walks into the results
            return True
        return super().eventFilter(watched, event)

    def apply_filters(self, *, then: Callable[[], None] | None = None) -> None:
        """Re-query with the current filters, keeping the open story selected if it still
        shows. The rows are read on the task runner; ``then`` runs once they are shown."""
        self._search_timer.stop()
        if self._newsroom is None:
            return  # attach() applies them
        query = self.current_query()
        if query == self.model.query and self.model.rowCount() > 0:
            if then is not None:
                then()
            return
        keep = self.current_article_id()

        def shown() -> None:
            self._keep_selected(keep)
            if then is not None:
                then()

        self.model.set_query(query, then=shown)

    def _keep_selected(self, keep: int | None) -> None:
        """New rows are shown: the story that was current stays current if it is among them
        (nothing is opened)."""
        if keep is None:
            return
        was = self._suppress_selection
        self._suppress_selection = True
        try:
            self.select_article(keep, emit=False)
        finally:
            self._suppress_selection = was

    def show_author(self, author_id: int) -> None:
        """Filter the list to one author's stories (the profiles dialog asks for this); a
        profile the filter does not offer yet (made a moment ago) is read first."""
        if self.author_filter.findData(author_id) < 0:
            self.refresh_choices(then=partial(self._filter_author, author_id))
        else:
            self._filter_author(author_id)

    def _filter_author(self, author_id: int) -> None:
        index = self.author_filter.findData(author_id)
        self.status_filter.setCurrentIndex(self.status_filter.findData(_EVERY))
        self.author_filter.setCurrentIndex(max(index, 0))

    def show_status(self, status: Status) -> None:
        self.status_filter.setCurrentIndex(self.status_filter.findData(status.value))

    def start(self, *, then: Callable[[], None] | None = None) -> None:
        """Load the first batch (the window calls this once it is built); ``then`` runs once
        it is shown (or could not be read). Read on the task runner ahead of the start-up
        hold: the window's first rows are what the hold waits for. Asked again while that
        read is on its way, it waits for the same read."""
        settled = self._settled(then)
        query = self.current_query()
        if self.model.reading(query):
            self.model.when_shown(settled)
        else:
            self.model.set_query(query, then=settled, despite_holds=True)

    # -- further rows --------------------------------------------------------------------------
    def on_fetching_changed(self, fetching: bool) -> None:
        label = self.loading_label
        if fetching:
            viewport = self.view.viewport()
            label.ensurePolished()  # the padding counts in its size
            label.adjustSize()
            label.move(4, max(0, viewport.height() - label.height() - 4))
        label.setVisible(fetching)

    def on_fetch_failed(self, reason: str) -> None:
        """Rows could not be read: say so, and let the user ask again (scrolling does not, or
        a newsroom that went away would be asked with every turn of the wheel)."""
        MessageBus.of().warning(
            self.tr("Stories could not be read: {0}. The list shows those read before.")
            .format(reason),
            actions=[MessageAction(self.tr("Try Again"), self.model.retry_fetch)],
            about="list")

    # -- counts ------------------------------------------------------------------------------
    def refresh_counts(self) -> None:
        """Count the stories per status for the current query: read on the task runner once
        the newsroom is open (a newer request replaces an older one), shown when they come."""
        if self._newsroom is None:
            self.show_counts(self._source.status_counts(self.model.query))  # in memory
            return
        query = self.model.query
        TaskRunner.of().run(self._source.status_counts, query,
                            on_result=partial(self._on_counts_read, query),
                            on_error=self._on_counts_failed,
                            channel=f"article-list-counts-{id(self)}")

    def _on_counts_read(self, query: ArticleQuery, counts: dict[Status, int]) -> None:
        if query == self.model.query:  # else the newer query's own count is on its way
            self.show_counts(counts)

    def _on_counts_failed(self, exc: BaseException) -> bool:
        """The counts line keeps what it said; a brief note says why it did not change (the
        runner has logged the traceback). The next change counts again."""
        MessageBus.of().info(self.tr("The story counts could not be updated: {0}").format(
            describe_failure(exc)))
        return True

    def show_counts(self, counts: dict[Status, int]) -> None:
        """The per-status counts line, from counts of the current query read elsewhere."""
        parts = [f"{STATUS_LABELS[s]} {counts.get(s, 0)}" for s in Status]
        self.status_counts_label.setText(" · ".join(parts))
        total = sum(counts.values())
        self.status_counts_label.setAccessibleDescription(
            self.tr("{0} stories match").format(total))
        self.counts_changed.emit()

    # -- selection ---------------------------------------------------------------------------
    def current_article_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.article_id_at(index.row()) if index.isValid() else None

    def chosen_article_id(self) -> int | None:
        """The current story if someone chose it (its row is selected), else None.

        Qt makes the first row current when the list takes focus, without selecting it; that
        is not anybody's choice.
        """
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.article_id_at(index.row())

    def selected_article_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        ids = [self.model.article_id_at(row) for row in rows]
        return [article_id for article_id in ids if article_id is not None]

    def reload(self, current: int | None) -> None:
        """Re-read the rows others may have changed, on the task runner (the latest re-read
        wins; the rows shown stay until it lands, ``rows_reread``); the selection (several
        stories chosen for an export, say) and the current row survive it, and nothing is
        opened."""
        query = self.model.query
        TaskRunner.of().run(self._source.page, query, 0, self.model.rows_wanted(),
                            on_result=partial(self._on_reread, query, current),
                            on_error=partial(self._on_reread_failed, current),
                            channel=f"list-reread-{id(self)}")

    def _on_reread(self, query: ArticleQuery, current: int | None,
                   summaries: list[ArticleSummary]) -> None:
        if query == self.model.query:  # else a newer query's rows are on their way
            self.show_rows(summaries, current=current)
        self.rows_reread.emit(True)

    def _on_reread_failed(self, current: int | None, exc: BaseException) -> bool:
        MessageBus.of().warning(
            self.tr("Stories could not be read: {0}. The list shows those read before.")
            .format(describe_failure(exc)),
            actions=[MessageAction(self.tr("Try Again"), partial(self.reload, current))],
            about="list")
        self.rows_reread.emit(False)
        return True

    def show_rows(
        self, summaries: list[ArticleSummary], *, total: int | None = None,
        current: int | None,
    ) -> None:
        """Show ``summaries`` of the current query, read on a worker, keeping the selection
        and the current row as :meth:`reload` does."""
        chosen = self.selected_article_ids()
        self.model.take_rows(summaries, total)
        rows = [row for row in map(self.model.row_of, chosen) if row is not None]
        selection = QItemSelection()
        for row in rows:
            selection.select(self.model.index(row, 0),
                             self.model.index(row, self.model.columnCount() - 1))
        was = self._suppress_selection
        self._suppress_selection = True
        try:
            model = self.view.selectionModel()
            current_row = self.model.row_of(current) if current is not None else None
            if current_row is not None:
                model.setCurrentIndex(self.model.index(current_row, HEADLINE),
                                      QItemSelectionModel.SelectionFlag.NoUpdate)
            model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._suppress_selection = was

    def select_article(self, article_id: int, *, emit: bool = True) -> bool:
        """Make a story the current row, fetching further batches if it is loaded later."""
        row = self.model.row_of(article_id)
        if row is None:
            return False
        was = self._suppress_selection
        self._suppress_selection = not emit
        try:
            index = self.model.index(row, HEADLINE)
            self.view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(index)
        finally:
            self._suppress_selection = was
        return True

    def _note_removal(self, _parent: QModelIndex, first: int, last: int) -> None:
        current = self.view.currentIndex()
        self._moving_on = (current.isValid() and first <= current.row() <= last
                           and self.chosen_article_id() is not None)

    def _end_removal(self) -> None:
        self._moving_on = False

    def on_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._suppress_selection or not current.isValid():
            return
        selection = self.view.selectionModel()
        if self._moving_on and current.row() != previous.row():
            # The chosen story's row went (spiked, deleted): the list moves on to its
            # neighbour, which becomes the choice.
            selection.select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect
                             | QItemSelectionModel.SelectionFlag.Rows)
        elif not selection.isRowSelected(current.row()) or _extends_selection():
            # Made current by focus (or Ctrl+arrow), not chosen; or a Ctrl/Shift-click that
            # builds a selection (for an export, say): nothing to open.
            return
        article_id = self.model.article_id_at(current.row())
        if article_id is not None and current.row() != previous.row():
            self.article_selected.emit(article_id)

    def on_clicked(self, index: QModelIndex) -> None:
        """A plain click opens the story clicked, also when its row was already current.

        Qt reports no row change for a click on the current row (made current by focus, or
        left current when a new story was started), so without this the row would turn
        highlighted while the editor kept the previous story: what the user then types would
        go into the wrong story. Ctrl- and Shift-clicks only build a selection.
        """
        if _extends_selection() or not index.isValid():
            return
        article_id = self.model.article_id_at(index.row())
        if article_id is not None:
            self.article_selected.emit(article_id)

    def on_activated(self, index: QModelIndex) -> None:
        article_id = self.model.article_id_at(index.row())
        if article_id is not None:
            self.article_activated.emit(article_id)


def _extends_selection() -> bool:
    """Ctrl or Shift is held: the user is choosing several stories, not opening one."""
    held = QApplication.keyboardModifiers()
    return bool(held & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
