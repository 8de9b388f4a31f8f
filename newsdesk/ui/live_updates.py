"""Carries colleagues' changes from the change feed's thread to the window, merged per moment.

The feed (:mod:`newsdesk.services.changes`) calls back on its own thread; a signal of this
GUI-thread object takes each report to the GUI thread, where reports that arrive together
(a burst of saves, an import) are merged and handed on once. Stopping never waits for the
feed's thread (stuck on a server that stopped answering, it would freeze the closing window):
the feed is told to stop and forgets this object at once; the newsroom, which owns the feed,
waits for its thread as it closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from newsdesk.services.changes import ChangeFeed, Changes, FeedMaker, change_feed_for

if TYPE_CHECKING:
    from newsdesk.services.newsroom import Newsroom

_MERGE_MS = 100  # reports this close together are handed on as one


class LiveUpdates(QObject):
    """Watches the newsroom while the window is open.

    Signals:
        changes_arrived(Changes): colleagues changed something (on the GUI thread).
    """

    changes_arrived = Signal(object)
    """A :class:`~newsdesk.services.changes.Changes`: what colleagues changed."""
    _reported = Signal(object)
    """A report from the feed's thread, queued to this object's (the GUI) thread."""

    def __init__(
        self,
        newsroom: Newsroom,
        parent: QObject | None = None,
        *,
        make_feed: FeedMaker = change_feed_for,
    ) -> None:
        """``make_feed``: the feed for the newsroom's engine (the one its database suits)."""
        super().__init__(parent)
        self._feed: ChangeFeed | None = newsroom.change_feed(make_feed)
        self._stopped = False
        self._pending = Changes()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_MERGE_MS)
        self._timer.timeout.connect(self._hand_on)
        self._reported.connect(self._collect)
        if parent is not None and self._feed is not None:
            # A window deleted without a close event (never shown, or its close refused and
            # then destroyed) must not leave the feed's thread and connection behind. A plain
            # function holding the feed, not a slot of this object, which is going too.
            parent.destroyed.connect(_stopper(self._feed))

    @property
    def feed(self) -> ChangeFeed | None:
        return self._feed

    def start(self) -> None:
        if self._feed is not None and not self._feed.running:
            self._feed.start(self._reported.emit)

    def stop(self) -> None:
        """Stop watching (the window closes); returns at once, safe to call twice. Nothing
        is handed on after this, not even a report already queued to the GUI thread."""
        self._stopped = True
        if self._feed is not None:
            self._feed.stop_soon()
        self._timer.stop()
        self._pending = Changes()

    def _collect(self, changes: Changes) -> None:
        if self._stopped:
            return
        self._pending = self._pending.merged(changes)
        if not self._timer.isActive():
            self._timer.start()

    def _hand_on(self) -> None:
        changes, self._pending = self._pending, Changes()
        if changes:
            self.changes_arrived.emit(changes)


def _stopper(feed: ChangeFeed) -> Callable[[], None]:
    """Tells ``feed`` to stop when called (connected to the window's ``destroyed``); never
    waits for its thread, and the feed calls nothing of the window from then on."""

    def stop(*_args: object) -> None:
        feed.stop_soon()

    return stop
