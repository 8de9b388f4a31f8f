"""Opening a newsroom: engine, migrations and every service, in one place for GUI and CLI."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Final

from sqlalchemy import Engine

from newsdesk.db.backups import newest_backup, restore_backup, sqlite_path
from newsdesk.db.engine import (
    describe,
    make_engine,
    missing_sqlite_file,
    normalise_url,
    refuse_new_connections,
)
from newsdesk.db.errors import DatabaseUnavailableError
from newsdesk.db.integrity import (
    IntegrityCheck,
    IntegrityReport,
    empty_file_message,
    writes_refused,
)
from newsdesk.db.migrate import SchemaUpgrade, upgrade_to_head
from newsdesk.db.uow import UnitOfWorkFactory, unit_of_work_factory
from newsdesk.domain.errors import DatabaseDamagedError, wording
from newsdesk.services.articles import ArticleService
from newsdesk.services.authors import AuthorService
from newsdesk.services.changes import ChangeFeed, FeedMaker, change_feed_for
from newsdesk.services.house import HouseService
from newsdesk.services.ignored_words import IgnoredWordsService
from newsdesk.services.sources import SourceService

if TYPE_CHECKING:
    from newsdesk.services.glossary import GlossaryService
    from newsdesk.services.importer import ImportService
    from newsdesk.services.presence import PresenceService
    from newsdesk.services.revisions import RevisionService
    from newsdesk.services.segments import SegmentService
    from newsdesk.services.translation_memory import TranslationMemoryService

log = logging.getLogger(__name__)

FEED_CLOSE_WAIT: Final = 3.0
"""Seconds closing a newsroom waits for its change feeds' threads to give up their
connections (a stuck server: its round trip times out; the threads are daemons meanwhile)."""


@dataclass
class Newsroom:
    """The services of one database; the UI and the CLI hold this, never a session."""

    engine: Engine
    uow: UnitOfWorkFactory
    articles: ArticleService
    authors: AuthorService
    sources: SourceService
    house: HouseService
    ignored_words: IgnoredWordsService
    upgrade: SchemaUpgrade | None = None
    """What opening it upgraded (``None``: it was at this release's schema already)."""
    _integrity: IntegrityCheck | None = field(default=None, repr=False)
    integrity_pending: bool = field(default=False, repr=False)
    """A damage check was asked for and has not answered: best-effort writes (presence) wait,
    so a file that may be damaged gets nothing written before it is known to be sound."""
    closed: bool = field(default=False, repr=False)
    """:meth:`close` was called: best-effort background work (presence) stops touching it, as
    a call now would open a new pool on the disposed engine that nobody closes."""
    _feeds: list[ChangeFeed] = field(default_factory=list, repr=False)

    @cached_property
    def importer(self) -> ImportService:
        """Built on first use: its YAML parser is not needed to open the window."""
        from newsdesk.services.importer import ImportService

        return ImportService(self.uow)

    @cached_property
    def memory(self) -> TranslationMemoryService:
        """The translation memory shared through the database (issue 12)."""
        from newsdesk.services.translation_memory import TranslationMemoryService

        return TranslationMemoryService(self.uow)

    @cached_property
    def segments(self) -> SegmentService:
        """The desk's row states and ignored QA problems (issue 12)."""
        from newsdesk.services.segments import SegmentService

        return SegmentService(self.uow)

    @cached_property
    def glossary(self) -> GlossaryService:
        """Terms and names with their renderings per language (issue 12)."""
        from newsdesk.services.glossary import GlossaryService

        return GlossaryService(self.uow)

    @cached_property
    def revisions(self) -> RevisionService:
        """Every story's history: list, compare, restore (issue 12)."""
        from newsdesk.services.revisions import RevisionService

        return RevisionService(self.uow)

    @cached_property
    def presence(self) -> PresenceService:
        """Who else has a story open (issue 13): rows with heartbeats, never a lock."""
        from newsdesk.services.presence import PresenceService

        return PresenceService(self.uow)

    @property
    def name(self) -> str:
        return describe(self.engine)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def backup(self) -> Path | None:
        """The copy made before this start's upgrade, if there was one."""
        return self.upgrade.backup if self.upgrade is not None else None

    @property
    def path(self) -> Path | None:
        """The newsroom's SQLite file (``None`` on a database server)."""
        return sqlite_path(self.engine)

    @property
    def writes_refused(self) -> bool:
        """True once the file was found damaged: every write raises DatabaseDamagedError."""
        return writes_refused(self.engine)

    def check_integrity(self) -> IntegrityReport | None:
        """Read the whole file for damage; slow on a big newsroom, so call it on a worker.

        On damage the newsroom refuses every write from then on, before this returns.
        ``None``: nothing to check (a database server), or the newsroom closed meanwhile.
        """
        if self._integrity is None:
            self._integrity = IntegrityCheck(self.engine)
        try:
            return self._integrity.run()
        finally:
            self.integrity_pending = False

    def change_feed(self, make: FeedMaker = change_feed_for) -> ChangeFeed | None:
        """A feed of colleagues' changes for one window (None: nobody else can write here).

        A window only asks its feed to stop (:meth:`ChangeFeed.stop_soon`) and goes: on a
        server that stopped answering, the feed's thread may need seconds to give up its
        connection. :meth:`close` waits for that, bounded, as the newsroom goes.
        """
        feed = make(self.engine)
        if feed is not None:
            self._feeds.append(feed)
        return feed

    def close(self) -> None:
        self.closed = True
        feeds, self._feeds = self._feeds, []
        for feed in feeds:
            feed.stop_soon()
        deadline = time.monotonic() + FEED_CLOSE_WAIT  # for them all, not for each in turn
        for feed in feeds:
            if not feed.join(max(0.0, deadline - time.monotonic())):
                log.warning("colleagues' changes: the watch of %s did not end within %.0f s; "
                            "its connection is left to the operating system", self.name,
                            FEED_CLOSE_WAIT)
        if self._integrity is not None:
            self._integrity.cancel()  # a check still reading would hold a connection
        refuse_new_connections(self.engine)
        self.engine.dispose()


def open_newsroom(
    database_url: str, *, migrate: bool = True, must_exist: bool = False, check: bool = False
) -> Newsroom:
    """Connect, upgrade the schema to head (backing up a SQLite file first) and wire services.

    ``must_exist``: refuse a SQLite file that is not there instead of starting a new, empty
    newsroom (a mistyped path must not look like a newsroom without stories).
    ``check``: run the integrity check now and refuse a damaged file (the command line; the
    window checks on a worker after it has opened).

    Raises ``DatabaseUnavailableError`` with a message for the user when the database cannot
    be opened, ``DatabaseDamagedError`` when the file is empty (0 bytes) or damaged: such a
    file is never written to, not even by an upgrade.
    """
    missing = missing_sqlite_file(database_url) if must_exist else None
    if missing is not None:
        raise DatabaseUnavailableError(wording(
            "there is no newsroom at {path}; check the path, or start one with "
            "'newsdesk demo' or 'newsdesk import'", path=missing))
    empty = empty_sqlite_file(database_url)
    if empty is not None:
        # SQLite would take it for a new database and create tables in it: a newsroom cut
        # short would become an empty one that takes new stories.
        raise DatabaseDamagedError(empty_file_message(empty))
    engine = make_engine(database_url)
    try:
        upgrade = upgrade_to_head(engine) if migrate else None
    except BaseException:
        engine.dispose()
        raise
    uow = unit_of_work_factory(engine)
    newsroom = Newsroom(
        engine=engine,
        uow=uow,
        articles=ArticleService(uow),
        authors=AuthorService(uow),
        sources=SourceService(uow),
        house=HouseService(uow),
        ignored_words=IgnoredWordsService(uow),
        upgrade=upgrade,
    )
    if check:
        report = newsroom.check_integrity()
        if report is not None and not report.ok:
            newsroom.close()
            raise DatabaseDamagedError(report.wording())
    if migrate and not newsroom.writes_refused:
        # Schema 0005 made the memory; it is filled from linked translations here, by the
        # application's aligner, not by the migration (see that migration's docstring).
        newsroom.memory.rebuild_if_needed()
    return newsroom


def empty_sqlite_file(database_url: str) -> Path | None:
    """The SQLite file a URL names when it exists and holds nothing (0 bytes)."""
    parsed = normalise_url(database_url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    path = Path(parsed.database or "")
    try:
        return path if path.is_file() and path.stat().st_size == 0 else None
    except OSError:
        return None


def open_backup_instead(database_url: str, backup: Path) -> Path:
    """Move the damaged newsroom file aside (``….damaged-YYYYMMDD-HHMMSS.sqlite3``, kept) and
    copy ``backup`` into its place; returns where the damaged file went.

    The newsroom on the file must be closed first. The backup stays where it is.
    """
    parsed = normalise_url(database_url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        raise DatabaseUnavailableError(wording("only a newsroom file can be replaced by its "
                                               "backup"))
    return restore_backup(backup, Path(parsed.database))


def newest_backup_for(database_url: str) -> Path | None:
    """The newest ``….backup-YYYYMMDD-HHMMSS.sqlite3`` beside a newsroom file, if any."""
    parsed = normalise_url(database_url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return newest_backup(Path(parsed.database or ""))
