"""What the editor completes from (active profiles, tags in use, languages), read once off the
GUI thread and kept, so opening a story never waits for the database.

Reading these on every open cost three round trips on the GUI thread: behind a 100 ms network
that was two seconds between the click and the story. :class:`EditorReferences` reads them on
the task runner when the editor is made and keeps them; the window's catch-up (which reads
what the change feed says colleagues changed) hands in fresh lists, and a read that failed
is tried again on the next open. The editor's own
saves add their tags and language without a round trip. Until the first read lands the
widgets work with what they have: no completions, the story's own byline.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from newsdesk.ui.messages import MessageBus
from newsdesk.ui.tasks import TaskHandle, TaskRunner, describe_failure

if TYPE_CHECKING:
    from newsdesk.domain.article import Article
    from newsdesk.domain.people import Author
    from newsdesk.services.articles import ArticleService
    from newsdesk.services.authors import AuthorService

@dataclass(frozen=True)
class Wish:
    """Which lists to read: the active profiles, and/or what the stories use (tags, languages)."""

    authors: bool = False
    stories: bool = False

    def __bool__(self) -> bool:
        return self.authors or self.stories

    def merged(self, other: Wish) -> Wish:
        return Wish(self.authors or other.authors, self.stories or other.stories)


EVERYTHING = Wish(authors=True, stories=True)


@dataclass(frozen=True)
class References:
    """The lists as read on a worker; None where the wish did not ask for them."""

    authors: tuple[Author, ...] | None = None
    tags: tuple[str, ...] | None = None
    languages: tuple[str, ...] | None = None


def read_references(authors: AuthorService, articles: ArticleService, wish: Wish) -> References:
    """Read what ``wish`` asks for through the services (a worker thread calls this)."""
    active = tuple(authors.all(include_inactive=False)) if wish.authors else None
    tags = tuple(articles.tags()) if wish.stories else None
    languages = tuple(articles.languages()) if wish.stories else None
    return References(active, tags, languages)


class EditorReferences(QObject):
    """Keeps the editor's completion lists, read on the task runner.

    One read is in flight at a time; wishes arriving meanwhile are merged into the next
    (a stream of colleagues' saves cannot starve it, as "cancel and restart" could).

    Signals:
        authors_changed(list): the active profiles (:class:`Author`) as now known.
        tags_changed(tuple): the tags in use (strings) as now known.
        languages_changed(tuple): the languages stories are written in as now known.
    """

    authors_changed = Signal(object)
    """The active :class:`Author` profiles (a list), read or learnt from our own save."""
    tags_changed = Signal(object)
    """The tags in use (a tuple of str)."""
    languages_changed = Signal(object)
    """The language codes stories use (a tuple of str)."""

    def __init__(
        self,
        authors: AuthorService,
        articles: ArticleService,
        *,
        tasks: TaskRunner | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._authors_service = authors
        self._articles = articles
        self._tasks = tasks
        self.authors: tuple[Author, ...] = ()
        self.tags: tuple[str, ...] = ()
        self.languages: tuple[str, ...] = ()
        self._known = Wish()  # what has been read at least once
        self._pending = Wish()
        self._in_flight: TaskHandle | None = None
        self._flight = Wish()
        self._looked_up: set[int] = set()

    @property
    def loaded(self) -> bool:
        """Every list has been read at least once."""
        return self._known.authors and self._known.stories

    @property
    def reading(self) -> bool:
        """A read is on its way (or waiting to start)."""
        return self._in_flight is not None or bool(self._pending)

    def load(self) -> None:
        """Read whatever is not known yet (the first time: everything). Cheap to call on every
        open: once loaded, it reads nothing."""
        missing = Wish(authors=not self._known.authors, stories=not self._known.stories)
        if missing:
            self.refresh(missing)

    def look_up(self, author_ids: Iterable[int | None]) -> None:
        """A story bylined by profiles not known here (made by a colleague a moment ago):
        read the profiles again, once per id, so the picker can name them (its tooltips, the
        preview's author box). A profile left inactive is not asked about on every open."""
        known = {author.id for author in self.authors}
        unknown = {i for i in author_ids if i is not None} - known - self._looked_up
        if unknown:
            self._looked_up |= unknown
            self.refresh(Wish(authors=True))

    def refresh(self, wish: Wish = EVERYTHING) -> None:
        """Read ``wish`` again (after the read in flight, if any)."""
        self._pending = self._pending.merged(wish)
        self._start()

    def note_saved(self, article: Article) -> None:
        """Our own save: its tags and language join the lists without a round trip."""
        tags = tuple(tag for tag in article.tags if tag not in self.tags)
        if tags:
            self.take(References(tags=self.tags + tags))
        if article.language and article.language not in self.languages:
            self.take(References(languages=(*self.languages, article.language)))

    def note_author(self, author: Author) -> None:
        """A profile created here: offered at once, without a round trip."""
        if author.active and all(known.id != author.id for known in self.authors):
            self.take(References(authors=(*self.authors, author)))

    def take(self, found: References) -> None:
        """Keep and announce the lists in ``found`` (read here, or by the window's catch-up)."""
        if found.authors is not None:
            self.authors = found.authors
            self.authors_changed.emit(list(found.authors))
        if found.tags is not None:
            self.tags = found.tags
            self.tags_changed.emit(found.tags)
        if found.languages is not None:
            self.languages = found.languages
            self.languages_changed.emit(found.languages)

    # -- on the GUI thread --------------------------------------------------------------------
    def _start(self) -> None:
        if self._in_flight is not None or not self._pending:
            return
        self._flight, self._pending = self._pending, Wish()
        tasks = self._tasks or TaskRunner.of()
        self._in_flight = tasks.run(read_references, self._authors_service, self._articles,
                                    self._flight, on_result=self._on_read,
                                    on_error=self._on_failed)

    def _on_read(self, found: References) -> None:
        self._in_flight = None
        self._known = self._known.merged(self._flight)
        self.take(found)
        self._start()

    def _on_failed(self, exc: BaseException) -> bool:
        """Only suggestions are missing: the editor works without them, so a brief note is
        enough (the runner has logged the traceback). The next open or change asks again
        (:meth:`load` reads what was never read; a change feed report re-reads)."""
        self._in_flight = None
        MessageBus.of().info(self.tr(
            "Author and tag suggestions could not be read ({0}); opening a story tries "
            "again.").format(describe_failure(exc)))
        self._start()  # only wishes that arrived meanwhile; the failed one waits for a reason
        return True
