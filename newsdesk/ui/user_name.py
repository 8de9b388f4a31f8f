"""The name colleagues see for this user ("Also open by NAME"): a setting, else the OS's.

Newsdesk has no log-in; the OS user's full name (or login) stands in until the user sets
"Your name" (QSettings ``user/name``).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from newsdesk.services.presence import NAME_LIMIT, default_user_name

USER_NAME_KEY = "user/name"


def user_name() -> str:
    """The name set in the settings, else the OS user's."""
    stored = str(QSettings().value(USER_NAME_KEY, "") or "").strip()
    return stored[:NAME_LIMIT] if stored else default_user_name()


def set_user_name(name: str) -> None:
    """Keep ``name`` (blank: go back to the OS user's name)."""
    settings = QSettings()
    if name.strip():
        settings.setValue(USER_NAME_KEY, name.strip()[:NAME_LIMIT])
    else:
        settings.remove(USER_NAME_KEY)
