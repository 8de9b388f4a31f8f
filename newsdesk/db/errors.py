"""Database failures a user can cause, phrased so the message tells them what to do."""

from __future__ import annotations

from newsdesk.domain.errors import Wording


class DatabaseUnavailableError(Exception):
    """The database URL cannot be opened: unreachable server, wrong file, bad URL.

    Raised with a :class:`Wording`, it keeps it as ``wording`` for the window to translate;
    ``str()`` is the English the CLI and the log print.
    """

    def __init__(self, message: str | Wording) -> None:
        super().__init__(str(message))
        self.wording = message if isinstance(message, Wording) else None
