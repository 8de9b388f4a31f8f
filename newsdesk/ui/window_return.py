"""Coming back to the window catches the desk up with what changed meanwhile, now and then.

A user returning from another application (a colleague on the shared database, `newsdesk
import` in a terminal) sees the list, counts and open story as stored now. A dialog closing
reactivates the window too: within a few seconds of the last refresh it is not worth one.
"""

from __future__ import annotations

import time
from collections.abc import Callable

_REFRESH_AFTER_SECONDS = 5.0


class RefreshOnReturn:
    """Calls ``refresh`` when asked (:meth:`refresh`), or on a return (:meth:`returned`) when
    the last refresh is more than a few seconds old."""

    def __init__(self, refresh: Callable[[], None]) -> None:
        self._refresh = refresh
        self._last = time.monotonic()

    def refresh(self) -> None:
        self._last = time.monotonic()
        self._refresh()

    def returned(self) -> None:
        """The window became the active one again (once its desk works and has painted)."""
        if time.monotonic() - self._last > _REFRESH_AFTER_SECONDS:
            self.refresh()
