"""Whether spelling can run here, which dictionaries exist, and how to install what is missing.

enchant is imported lazily: without the C library ``import enchant`` raises ImportError, and the
app must still start and say in its status bar that spelling is off and how to fix it.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from typing import Any

from newsdesk.domain.errors import Wording, wording
from newsdesk.services.spelling.languages import apt_package, dictionary_tag

__all__ = [
    "PREFERRED_PROVIDERS",
    "SharedDictionary",
    "SpellingStatus",
    "SpellingUnavailableError",
    "available_languages",
    "hunspell_broker",
    "request_dictionary",
    "reset_spelling_backend",
    "spelling_status",
]

# Hunspell first, then its successor: Debian's own ordering file prefers Aspell for English.
PREFERRED_PROVIDERS = "hunspell,nuspell"
ENCHANT_PACKAGE = "libenchant-2-2"


class SpellingUnavailableError(RuntimeError):
    """Spelling cannot run for a language; the message says what to install.

    ``wording`` keeps the English sentence apart from its values for the window to translate.
    """

    def __init__(self, message: Wording) -> None:
        super().__init__(str(message))
        self.wording = message


@dataclass(frozen=True)
class SpellingStatus:
    """What the status bar says about spelling for the open article (``wording``: the same
    message for the window to translate)."""

    ok: bool
    message: str
    wording: Wording | None = None


def _import_enchant() -> Any:
    # Lazy on purpose: importing this module must work where the C library is absent.
    import enchant

    return enchant


@functools.cache
def hunspell_broker() -> Any:
    """One enchant broker for the process, with Hunspell forced for every language.

    ``set_ordering("*", ...)`` alone is not enough: Debian's ``enchant.ordering`` names Aspell
    for ``en_US``/``en_GB`` explicitly and a per-language entry beats the wildcard, so every
    installed tag gets its own entry. Raises ImportError when the C library is missing.
    """
    enchant = _import_enchant()
    broker = enchant.Broker()
    broker.set_ordering("*", PREFERRED_PROVIDERS)
    for tag in broker.list_languages():
        broker.set_ordering(tag, PREFERRED_PROVIDERS)
    return broker


class SharedDictionary:
    """One enchant dictionary per tag for the whole process, used under one lock.

    Why: enchant brokers and Hunspell handles are not thread-safe, and the editor opens its
    dictionaries on a worker thread while the GUI thread checks words. A ``Dict`` freed by the
    garbage collector in one thread while another thread asked the broker for a dictionary
    crashed the process, so dictionaries are never freed and every call is serialised.
    """

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self.tag = inner.tag
        self.provider = inner.provider

    def check(self, word: str) -> bool:
        with _LOCK:
            return bool(self._inner.check(word))

    def suggest(self, word: str) -> list[str]:
        with _LOCK:
            return list(self._inner.suggest(word))


_LOCK = threading.RLock()
_DICTIONARIES: dict[str, SharedDictionary] = {}
_RETIRED: list[SharedDictionary] = []  # kept alive: see SharedDictionary


def reset_spelling_backend() -> None:
    """Forget the broker and dictionaries (tests that simulate a missing enchant library)."""
    with _LOCK:
        _RETIRED.extend(_DICTIONARIES.values())
        _DICTIONARIES.clear()
        hunspell_broker.cache_clear()


def request_dictionary(tag: str) -> SharedDictionary:
    """An enchant dictionary for ``tag`` from Hunspell, or SpellingUnavailableError saying why."""
    with _LOCK:
        if tag in _DICTIONARIES:
            return _DICTIONARIES[tag]
        try:
            broker = hunspell_broker()
        except ImportError as error:
            raise SpellingUnavailableError(_no_enchant_message(tag)) from error
        broker.set_ordering(tag, PREFERRED_PROVIDERS)
        if not broker.dict_exists(tag):
            raise SpellingUnavailableError(_no_dictionary_message(tag))
        dictionary = SharedDictionary(broker.request_dict(tag))
        _DICTIONARIES[tag] = dictionary
        return dictionary


def available_languages() -> list[str]:
    """Every dictionary tag enchant can load here (en_GB, ru_RU, kk_KZ...); [] without enchant."""
    with _LOCK:
        try:
            broker = hunspell_broker()
        except ImportError:
            return []
        return sorted(str(tag) for tag in broker.list_languages())


def spelling_status(language: str) -> SpellingStatus:
    """Whether spelling works for an article in ``language`` (BCP 47), in words for the user."""
    tag = dictionary_tag(language)
    try:
        dictionary = request_dictionary(tag)
    except SpellingUnavailableError as error:
        return SpellingStatus(ok=False, message=str(error), wording=error.wording)
    said = wording("Spelling: {tag} ({provider})", tag=tag, provider=dictionary.provider.name)
    return SpellingStatus(ok=True, message=str(said), wording=said)


def _no_enchant_message(tag: str) -> Wording:
    return wording("Spelling is off: the enchant library is not installed. Install it with: "
                   "sudo apt-get install {packages}",
                   packages=f"{ENCHANT_PACKAGE} {apt_package(tag)}")


def _no_dictionary_message(tag: str) -> Wording:
    return wording("Spelling is off: no Hunspell dictionary for {tag} is installed. Install "
                   "it with: sudo apt-get install {packages}", tag=tag,
                   packages=apt_package(tag))
