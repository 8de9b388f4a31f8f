"""Who else has a story open: presence rows with heartbeats, never a lock (issue 13).

Each window is one *session* (a random id made when it opens) showing at most one story.
It enters a story when it shows it, beats every ~20 s, and leaves on a switch or on close.
Colleagues' windows read the fresh rows of other sessions to say "Also open by NAME since
10:42" and to mark the list. A window that crashed or lost its network stops beating; after
:data:`STALE_AFTER` seconds its row is ignored, and the next heartbeat of anyone cleans it.

Presence is best-effort: callers run these calls off the GUI thread and only log failures.
Times come from each computer's clock (UTC); clocks a minute apart would age rows early.
"""

from __future__ import annotations

import getpass
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from sqlalchemy import delete, select, update

from newsdesk.db.base import utcnow
from newsdesk.db.lock_wait import brief_lock_wait
from newsdesk.db.models import PresenceRow
from newsdesk.db.uow import UnitOfWorkFactory

HEARTBEAT_EVERY: Final = 20.0
"""Seconds between two heartbeats of one window."""
STALE_AFTER: Final = 60.0
"""Seconds without a heartbeat after which a row is a window that went away."""
NAME_LIMIT: Final = 200
LOCK_WAIT_MS: Final = 300
"""How long a presence write waits for another writer's lock before it gives up (a story's
save waits the full busy timeout; a heartbeat is tried again 20 s later anyway)."""


@dataclass(frozen=True)
class Presence:
    """Someone else's window showing a story."""

    session_id: str
    user_name: str
    article_id: int
    opened_at: datetime
    heartbeat_at: datetime


def new_session_id() -> str:
    """An id for one window's presence (unique per window, not per user)."""
    return uuid.uuid4().hex


def default_user_name() -> str:
    """The OS user's full name, else their login: Newsdesk has no log-in of its own."""
    try:
        import pwd  # POSIX only

        entry = pwd.getpwuid(os.getuid())
        full = entry.pw_gecos.split(",")[0].strip()
        if full:
            return full[:NAME_LIMIT]
        return entry.pw_name[:NAME_LIMIT]
    except (ImportError, KeyError, AttributeError):
        pass
    try:
        return getpass.getuser()[:NAME_LIMIT]
    except (OSError, KeyError):  # no login name in the environment either
        return ""


Clock = Callable[[], datetime]


class PresenceService:
    """Presence rows of one newsroom; each call is one short transaction."""

    def __init__(self, uow: UnitOfWorkFactory, *, stale_after: float = STALE_AFTER,
                 clock: Clock = utcnow) -> None:
        self._uow = uow
        self.stale_after = stale_after
        self._clock = clock

    def enter(self, session_id: str, user_name: str, article_id: int) -> datetime:
        """This session now shows ``article_id`` (whatever it showed before); returns since when."""
        now = self._clock()
        with self._uow() as uow:
            with brief_lock_wait(uow.session, LOCK_WAIT_MS):
                uow.session.execute(delete(PresenceRow)
                                    .where(PresenceRow.session_id == session_id))
                uow.session.add(PresenceRow(
                    session_id=session_id, user_name=user_name[:NAME_LIMIT],
                    article_id=article_id, opened_at=now, heartbeat_at=now))
                uow.flush()
            uow.commit()
        return now

    def heartbeat(self, session_id: str, user_name: str, article_id: int,
                  opened_at: datetime) -> None:
        """Still here. Puts the row back when it was cleaned meanwhile (a long sleep), and
        removes every stale row of anyone (a crashed window never leaves by itself)."""
        now = self._clock()
        with self._uow() as uow:
            with brief_lock_wait(uow.session, LOCK_WAIT_MS):
                beat = uow.session.execute(
                    update(PresenceRow).where(PresenceRow.session_id == session_id)
                    .values(heartbeat_at=now, article_id=article_id,
                            user_name=user_name[:NAME_LIMIT])
                    .execution_options(synchronize_session=False))
                if getattr(beat, "rowcount", 0) == 0:
                    uow.session.add(PresenceRow(
                        session_id=session_id, user_name=user_name[:NAME_LIMIT],
                        article_id=article_id, opened_at=opened_at, heartbeat_at=now))
                uow.session.execute(delete(PresenceRow).where(
                    PresenceRow.heartbeat_at < self._fresh_since(now)))
                uow.flush()
            uow.commit()

    def leave(self, session_id: str) -> None:
        """This session shows no story any more (a new story, the window closed)."""
        with self._uow() as uow:
            with brief_lock_wait(uow.session, LOCK_WAIT_MS):
                uow.session.execute(delete(PresenceRow)
                                    .where(PresenceRow.session_id == session_id))
            uow.commit()

    def others(self, session_id: str) -> list[Presence]:
        """Other sessions' fresh rows, the earliest opened first (a read: takes no lock)."""
        since = self._fresh_since(self._clock())
        with self._uow() as uow:
            rows = uow.session.scalars(
                select(PresenceRow)
                .where(PresenceRow.session_id != session_id,
                       PresenceRow.heartbeat_at >= since)
                .order_by(PresenceRow.opened_at, PresenceRow.session_id)).all()
            return [Presence(session_id=row.session_id, user_name=row.user_name,
                             article_id=row.article_id, opened_at=row.opened_at,
                             heartbeat_at=row.heartbeat_at) for row in rows]

    def _fresh_since(self, now: datetime) -> datetime:
        return now - timedelta(seconds=self.stale_after)
