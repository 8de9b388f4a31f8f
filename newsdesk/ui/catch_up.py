"""What the window shows catches up with the newsroom (a colleague's change, Ctrl+R) without a
database round trip on the GUI thread: everything is read on the task runner, then shown.

The list (rows, counts, filter choices), the source registry, the byline's profiles, the
house words and settings and the open story are read by :func:`read_fresh` on a worker, and
:class:`CatchUp` hands what was read to the widgets on the GUI thread. One read is in flight
at a time and the wishes that arrive meanwhile are merged into the next one: under a stream
of colleagues' saves a "cancel and restart" read could be cancelled for ever, while this one
always lands. Rows read for a filter the user has since changed are not shown (that filter's
own query has already put the right rows there).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from newsdesk.domain.errors import NotFoundError
from newsdesk.services.changes import Changes
from newsdesk.ui.editor.editor_spelling import read_house_words
from newsdesk.ui.editor.reference_data import References
from newsdesk.ui.messages import MessageAction
from newsdesk.ui.tasks import describe_failure
from newsdesk.ui.widgets.article_list_panel import ListChoices, read_choices

if TYPE_CHECKING:
    from collections.abc import Callable

    from newsdesk.domain.article import Article, ArticleSummary, Status
    from newsdesk.domain.house import HouseSettings
    from newsdesk.domain.people import Author, Source
    from newsdesk.domain.query import ArticleQuery
    from newsdesk.services.newsroom import Newsroom
    from newsdesk.services.spelling import SpellChecker
    from newsdesk.ui.editor.article_editor import ArticleEditor
    from newsdesk.ui.messages import MessageBus
    from newsdesk.ui.people.source_registry import SourceRegistry
    from newsdesk.ui.tasks import TaskHandle, TaskRunner
    from newsdesk.ui.widgets.article_list_panel import ArticleListPanel

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Wanted:
    """What to read, taken on the GUI thread: the changes, the list's query and how many of
    its rows are loaded, the open story, and the spelling checker whose house words to read."""

    changes: Changes
    query: ArticleQuery
    rows: int
    open_id: int | None
    checker: SpellChecker | None = None
    languages: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fresh:
    """What was read on the worker; None where nothing was asked."""

    wanted: Wanted
    rows: list[ArticleSummary] | None = None
    total: int | None = None
    counts: dict[Status, int] | None = None
    choices: ListChoices | None = None
    sources: list[Source] | None = None
    authors: list[Author] | None = None
    house: HouseSettings | None = None
    house_words: frozenset[str] | None = None
    stored: Article | None = None
    """The open story as stored now (None: not asked, or gone)."""


def read_fresh(newsroom: Newsroom, wanted: Wanted) -> Fresh:
    """Read what ``wanted`` asks for, through the services (a worker thread calls this)."""
    changes = wanted.changes
    articles = newsroom.articles
    rows = total = counts = choices = sources = authors = house = words = stored = None
    if changes.any_story or changes.authors:
        choices = read_choices(newsroom)
    if changes.any_story:
        rows = articles.page(wanted.query, 0, wanted.rows)
        total = articles.count(wanted.query)
        counts = articles.status_counts(wanted.query)
    if changes.sources:
        sources = newsroom.sources.all()
    if changes.authors:
        authors = newsroom.authors.all(include_inactive=False)
    if changes.house_settings:
        house = newsroom.house.settings()
    if changes.house_words and wanted.checker is not None:
        words = read_house_words(newsroom.house, list(wanted.languages))
    if wanted.open_id is not None and changes.may_touch(wanted.open_id):
        try:
            stored = articles.get(wanted.open_id)
        except NotFoundError:
            stored = None  # gone: the re-read list no longer shows it; saving will say so
    return Fresh(wanted, rows, total, counts, choices, sources, authors, house, words, stored)


class CatchUp(QObject):
    """Reads colleagues' changes on the task runner and shows them in the window's widgets.

    Signals:
        house_read(HouseSettings): the house settings as stored now (the window compares).
        story_read(Article): the open story as stored now (the window follows or offers it).
        caught_up(): what was asked has been read and shown (or the read failed and was said).
    """

    house_read = Signal(object)
    """The house settings (:class:`HouseSettings`) as stored now."""
    story_read = Signal(object)
    """The open story (:class:`Article`) as stored now, possibly newer than the editor's."""
    caught_up = Signal()
    """A read landed and was shown, or failed and the user was told."""

    def __init__(
        self,
        newsroom: Newsroom,
        panel: ArticleListPanel,
        registry: SourceRegistry,
        editor: ArticleEditor,
        *,
        open_id: Callable[[], int | None],
        tasks: TaskRunner,
        messages: MessageBus,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._newsroom = newsroom
        self._panel = panel
        self._registry = registry
        self._editor = editor
        self._open_id = open_id
        self._tasks = tasks
        self._messages = messages
        self._pending = Changes()
        self._user_pending = False  # Ctrl+R asked for the next read: its failure is a warning
        self._flight_for_user = False
        self._flight_changes = Changes()
        self._in_flight: TaskHandle | None = None
        self._stopped = False

    @property
    def reading(self) -> bool:
        """A read is on its way."""
        return self._in_flight is not None

    def on_changes(self, changes: Changes) -> None:
        """Colleagues changed ``changes``: read them (after the read in flight, if any)."""
        self._pending = self._pending.merged(changes)
        self._start()

    def refresh(self) -> None:
        """Ctrl+R (or coming back to the window): everything but the house words, read now.

        The open story follows too, when nothing typed here would be lost.
        """
        self._user_pending = True
        self.on_changes(Changes(some_stories=True, authors=True, sources=True,
                                house_settings=True))

    def stop(self) -> None:
        """The window closes: nothing more is read, and a read on its way is not shown."""
        self._stopped = True
        self._pending = Changes()
        if self._in_flight is not None:
            self._in_flight.cancel()
            self._in_flight = None

    # -- on the GUI thread --------------------------------------------------------------------
    def _start(self) -> None:
        if self._stopped or self._in_flight is not None or not self._pending:
            return
        changes, self._pending = self._pending, Changes()
        self._flight_for_user, self._user_pending = self._user_pending, False
        self._flight_changes = changes
        checker = self._editor.spelling.checker if changes.house_words else None
        wanted = Wanted(
            changes=changes,
            query=self._panel.model.query,
            rows=self._panel.model.rows_wanted(),
            open_id=self._open_id(),
            checker=checker,
            languages=tuple(checker.house_languages()) if checker is not None else (),
        )
        self._in_flight = self._tasks.run(
            read_fresh, self._newsroom, wanted, on_result=self._on_read, on_error=self._on_failed)

    def _on_read(self, fresh: Fresh) -> None:
        self._in_flight = None
        if self._stopped:
            return
        self._show(fresh)
        self.caught_up.emit()
        self._start()  # what arrived meanwhile

    def _on_failed(self, exc: BaseException) -> bool:
        """Say so (the runner logged it with its traceback). What was asked is kept and
        asked again with the next change or Ctrl+R; nothing waits for it in between (a
        newsroom that went away must not be asked again and again)."""
        self._in_flight = None
        if self._stopped:
            return True
        self._pending = self._flight_changes.merged(self._pending)
        text = self.tr("Colleagues' latest changes could not be read: {0}").format(
            describe_failure(exc))
        if self._flight_for_user:
            self._messages.warning(
                text, actions=[MessageAction(self.tr("Try Again"), self.refresh)],
                about="refresh")
        else:
            self._messages.info(text + " " + self.tr("Ctrl+R tries again."))
        self.caught_up.emit()
        return True

    def _show(self, fresh: Fresh) -> None:
        panel = self._panel
        if fresh.choices is not None:
            panel.show_choices(fresh.choices)
        same_query = fresh.wanted.query == panel.model.query
        if fresh.rows is not None and same_query:
            panel.show_rows(fresh.rows, total=fresh.total, current=self._open_id())
        if fresh.counts is not None and same_query:
            panel.show_counts(fresh.counts)
        if fresh.sources is not None:
            self._registry.take(fresh.sources)
        # The editor's completion lists come along: read here once, not again by the editor.
        references = self._editor.references
        if fresh.authors is not None:
            references.take(References(authors=tuple(fresh.authors)))
        if fresh.choices is not None:
            references.take(References(tags=fresh.choices.tags,
                                       languages=fresh.choices.languages))
        if fresh.house_words is not None and fresh.wanted.checker is not None:
            self._editor.spelling.take_house_words(fresh.wanted.checker, fresh.house_words)
        if fresh.house is not None:
            self.house_read.emit(fresh.house)
        if fresh.stored is not None and fresh.stored.id == self._open_id():
            self.story_read.emit(fresh.stored)
