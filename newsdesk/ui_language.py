"""The interface languages Newsdesk ships and how one is chosen (no Qt: the CLI parses it too).

The choice, strongest first: ``--ui-language``, the Preferences setting, the system locale
(``ru_*`` -> Russian), else English. Kept free of Qt so that the command line's parser and
the window's fast start can validate ``--ui-language`` without loading PySide6.
"""

from __future__ import annotations

import os

ENGLISH = "en"
RUSSIAN = "ru"
UI_LANGUAGES = (ENGLISH, RUSSIAN)


def is_ui_language(value: str) -> bool:
    """True for a language the interface can be shown in (``en``, ``ru``)."""
    return value in UI_LANGUAGES


def system_ui_language(environ: dict[str, str] | None = None) -> str:
    """The language the system locale asks for: ``ru`` for ``ru_*``, else ``en``.

    Reads the POSIX variables in their order of precedence (LC_ALL, LC_MESSAGES, LANG) and
    LANGUAGE's first entry, as gettext does, so ``LANG=ru_RU.UTF-8`` picks Russian.
    """
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if not value:
            continue
        first = value.split(":")[0].strip().lower()
        if first in ("", "c", "posix") or first.startswith("c."):
            continue
        return RUSSIAN if first.split("_")[0].split(".")[0] == RUSSIAN else ENGLISH
    return ENGLISH


def choose_ui_language(explicit: str | None, preference: str | None,
                       environ: dict[str, str] | None = None) -> str:
    """The interface language to use: ``explicit`` (the flag), the saved preference, the system.

    An unknown saved preference (a hand-edited settings file) is ignored rather than fatal.
    """
    for value in (explicit, preference):
        if value and is_ui_language(value):
            return value
    return system_ui_language(environ)
