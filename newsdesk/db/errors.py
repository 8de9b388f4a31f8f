"""Database failures a user can cause, phrased so the message tells them what to do."""

from __future__ import annotations


class DatabaseUnavailableError(Exception):
    """The database URL cannot be opened: unreachable server, wrong file, bad URL."""
