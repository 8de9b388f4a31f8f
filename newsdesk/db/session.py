"""The session class every unit of work uses, so its listeners are attached once, by class.

Listeners were attached to each ``sessionmaker`` behind an ``event.contains`` guard. SQLAlchemy
keys that registry by the target's ``id()``: once a newsroom's sessionmaker was collected, a
new one could reuse its address, the guard answered "already listening", and that newsroom's
writes were neither indexed for search nor announced (seen as a rare flaky test, reproduced
about one newsroom in sixty). A class lives as long as the process: listeners on it never go.
"""

from __future__ import annotations

from sqlalchemy.orm import Session


class NewsroomSession(Session):
    """A plain SQLAlchemy session; :mod:`newsdesk.db.search_sync` and
    :mod:`newsdesk.db.change_notify` listen on this class at import."""
