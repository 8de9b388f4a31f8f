"""Presence in the window: says which colleagues have the open story (and listed ones) open.

Each window is one presence session. It tells the newsroom which story it shows (on open,
on a switch, every :data:`HEARTBEAT_MS`) and reads the other sessions every :data:`POLL_MS`:
presence writes are not announced as story changes, so a slow poll reads them. Every call
runs on the task runner, never on the GUI thread, and a failure is only logged: presence is
best-effort, and nobody is ever locked out of a story.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTime, QTimer, Signal

from newsdesk.services.presence import (
    HEARTBEAT_EVERY,
    Presence,
    PresenceService,
    new_session_id,
)
from newsdesk.ui.tasks import TaskHandle, TaskRunner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from newsdesk.ui.models.article_list_model import ArticleListModel

log = logging.getLogger(__name__)

HEARTBEAT_MS = int(HEARTBEAT_EVERY * 1000)
POLL_MS = 5000
"""How often colleagues' presence is read (it is not part of the live-update feed)."""


def _write(service: PresenceService, session: str, name: str, story: int | None,
           written: int | None, opened_at: datetime | None) -> tuple[int | None, datetime | None]:
    """One presence write on a worker: leave, enter a new story, or beat for the same one."""
    if story is None:
        service.leave(session)
        return None, None
    if story != written or opened_at is None:
        return story, service.enter(session, name, story)
    service.heartbeat(session, name, story, opened_at)
    return story, opened_at


class PresenceWatch(QObject):
    """Keeps this window's presence row and shows colleagues' in ``label`` and ``model``.

    Signals:
        presence_read(): colleagues' presence was read and shown (tests wait for it).
    """

    presence_read = Signal()
    """Colleagues' presence was read and the label and the list show it."""

    def __init__(self, service: PresenceService, user_name: str, label: QLabel,
                 model: ArticleListModel, *, runner: TaskRunner | None = None,
                 heartbeat_ms: int = HEARTBEAT_MS, poll_ms: int = POLL_MS,
                 newsroom_closed: Callable[[], bool] = lambda: False,
                 writes_held: Callable[[], bool] = lambda: False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._newsroom_closed = newsroom_closed
        self._writes_held = writes_held  # a damaged or unchecked file: no presence rows
        self.service = service
        self.user_name = user_name
        self.session_id = new_session_id()
        self._label = label
        self._model = model
        self._runner = runner or TaskRunner.of()
        self._story: int | None = None  # what this window shows
        self._written: int | None = None  # what the newsroom was last told
        self._opened_at: datetime | None = None
        self._writing = False
        self._write_again = False
        self._leave_after_write = False
        self._stopped = False
        self._paused = False
        self._reading: TaskHandle | None = None
        self._others: list[Presence] = []
        self._beat = QTimer(self)
        self._beat.setInterval(heartbeat_ms)
        self._beat.timeout.connect(self._send)
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self.refresh)
        label.hide()

    def set_poll_interval(self, ms: int) -> None:
        """How often colleagues' presence is read (tests and benchmarks shorten it)."""
        self._poll.setInterval(ms)

    def start(self) -> None:
        self._beat.start()
        self._poll.start()
        self.refresh()

    @property
    def paused(self) -> bool:
        """No presence writes or reads: the newsroom is unavailable."""
        return self._paused

    def set_paused(self, paused: bool) -> None:
        """The newsroom is unavailable (True): no presence writes or reads until it is back.

        Each would wait for the same lock or server the story's save is waiting for; the
        row goes stale meanwhile, and the first write after the pause puts it back.
        """
        if paused == self._paused:
            return
        self._paused = paused
        if not paused and not self._stopped:
            self._send()
            self.refresh()

    def show_story(self, article_id: int | None) -> None:
        """The window now shows ``article_id`` (None: a new, unsaved story or nothing)."""
        if self._stopped or article_id == self._story:
            return
        self._story = article_id
        self._show()
        self._send()

    def stop(self) -> None:
        """The window closes: leave (on the runner, after the write on its way) and stop
        beating; safe to call twice. Nothing waits here: the application drains the runner
        before its newsroom closes, so the leave lands first."""
        if self._stopped:
            return
        self._stopped = True
        self._beat.stop()
        self._poll.stop()
        self._story = None
        if self._reading is not None:
            self._reading.cancel()  # not started: never runs; running: its outcome is dropped
        if self._writing:
            self._leave_after_write = True  # enter, then leave: their order matters
            return
        self._leave()

    def _leave(self) -> None:
        if self._paused or self._newsroom_closed() or self._writes_held():
            return  # unavailable, closed or not to be written: the row goes stale by itself
        self._runner.run(self.service.leave, self.session_id, on_error=self._on_leave_failed)

    def _on_leave_failed(self, exc: BaseException) -> bool:
        # Best-effort: the row goes stale within a minute anyway.
        log.info("presence not removed on close (it goes stale by itself): %s", exc)
        return True

    def others_on(self, article_id: int) -> list[Presence]:
        return [presence for presence in self._others if presence.article_id == article_id]

    # -- writes, one at a time (their order matters: enter, then leave) ------------------------
    def _send(self) -> None:
        if self._paused or self._stopped or self._newsroom_closed() or self._writes_held():
            return  # set_paused(False) writes what is shown now
        if self._writing:
            self._write_again = True
            return
        if self._story is None and self._written is None and self._opened_at is None:
            return  # nothing shown and nothing written: nothing to say
        self._writing = True
        self._runner.run(_write, self.service, self.session_id, self.user_name, self._story,
                         self._written, self._opened_at if self._story == self._written else None,
                         on_result=self._on_written, on_error=self._on_write_failed)

    def _on_written(self, outcome: tuple[int | None, datetime | None]) -> None:
        entered = outcome[0] != self._written
        self._written, self._opened_at = outcome
        self._after_write()
        if entered:
            self.refresh()

    def _on_write_failed(self, exc: BaseException) -> bool:
        log.info("presence not written (best-effort, tried again with the next heartbeat): %s",
                 exc)
        self._after_write()
        return True  # quiet: presence must never bother the user

    def _after_write(self) -> None:
        self._writing = False
        if self._stopped:
            if self._leave_after_write:  # the window closed while this write was on its way
                self._leave_after_write = False
                self._leave()
            return
        if self._write_again:
            self._write_again = False
            self._send()

    # -- reading colleagues' ------------------------------------------------------------------
    def refresh(self) -> None:
        """Read who else has which story open (on the runner; the newest read wins)."""
        if self._stopped or self._paused or self._newsroom_closed():
            return
        self._reading = self._runner.run(
            self.service.others, self.session_id, on_result=self._on_others,
            on_error=self._on_read_failed, channel=f"presence-{self.session_id}")

    def _on_others(self, others: list[Presence]) -> None:
        if self._stopped:
            return
        self._others = others
        by_story: dict[int, list[str]] = {}
        for presence in others:
            by_story.setdefault(presence.article_id, []).append(
                presence.user_name or self.tr("a colleague"))
        self._model.set_presence({story: ", ".join(dict.fromkeys(names))
                                  for story, names in by_story.items()})
        self._show()
        self.presence_read.emit()

    def _on_read_failed(self, exc: BaseException) -> bool:
        log.info("colleagues' presence not read (best-effort): %s", exc)
        return True

    def _show(self) -> None:
        here = self.others_on(self._story) if self._story is not None else []
        if not here:
            self._label.clear()
            self._label.hide()
            return
        parts = [self.tr("{name} since {time}").format(
            name=presence.user_name or self.tr("a colleague"),
            time=_local_time(presence.opened_at)) for presence in here]
        self._label.setText(self.tr("Also open by {0}").format(", ".join(parts)))
        self._label.show()


def _local_time(moment: datetime) -> str:
    """Hours and minutes of ``moment`` on this computer's clock, as the interface's locale
    writes them (10:42, 10:42 AM)."""
    local = moment.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute),
                              QLocale.FormatType.ShortFormat)
