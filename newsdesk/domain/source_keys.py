"""Why a proposed source id is refused, in words a journalist can act on."""

from __future__ import annotations

import unicodedata

from newsdesk.domain.citations import is_valid_source_key
from newsdesk.domain.errors import Wording, wording
from newsdesk.domain.slugs import make_slug


def suggest_source_key(text: str) -> str:
    """A valid id made from a name or a bad id (``Минэнерго РК`` → ``minenergo-rk``)."""
    return make_slug(text)[:60].strip("-")


def source_key_problem(key: str,
                       taken: frozenset[str] | set[str] = frozenset()) -> Wording | None:
    """What is wrong with ``key`` as a registry id, or None when it is acceptable.

    The text cites ``[…](source:key)``: a space ends a Markdown link target and Cyrillic ids
    break exports that put the key in a URL, so both get their own explanation with a valid
    suggestion instead of the generic "invalid" the service gives. A :class:`Wording`, so the
    source form says it in the interface language.
    """
    if not key:
        return wording("is empty: give the source a short id such as 'kazinform'")
    if any(ch.isspace() for ch in key):
        return wording("'{key}' contains a space; use '-' instead, e.g. '{suggestion}'",
                       key=key, suggestion=suggest_source_key(key))
    if any(unicodedata.name(ch, "").startswith("CYRILLIC") for ch in key):
        return wording("'{key}' contains Cyrillic letters; ids use latin letters only, e.g. "
                       "'{suggestion}'", key=key, suggestion=suggest_source_key(key))
    if any(ch.isupper() for ch in key):
        return wording("'{key}' has capital letters; ids are lowercase, e.g. '{suggestion}'",
                       key=key, suggestion=key.lower())
    if not is_valid_source_key(key):
        return wording("'{key}' may hold only lowercase latin letters, digits, '-' and '_', "
                       "starting with a letter or digit", key=key)
    if key in taken:
        return wording("'{key}' is already in the registry; choose another id", key=key)
    return None
