"""Spell check a story's words against Hunspell, the house dictionary and the article's ignores."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from typing import Any, Protocol

from newsdesk.services.spelling.availability import SpellingUnavailableError, request_dictionary
from newsdesk.services.spelling.languages import (
    Script,
    dictionary_tag,
    language_script,
    other_script_dictionary,
    script_of,
)
from newsdesk.services.spelling.tokens import (
    WordSpan,
    is_checkable_word,
    iter_words,
    normalize_word,
)

__all__ = ["DEFAULT_CACHE_SIZE", "HouseWords", "SpellChecker"]

DEFAULT_CACHE_SIZE = 100_000


class HouseWords(Protocol):
    """Where the newsroom's own words come from (the database service provides one).

    ``language`` is a primary language subtag (``en``, ``ru``): Tokayev is right in en-GB and
    en-US stories alike.
    """

    def words(self, language: str) -> frozenset[str]: ...


class _LruCache:
    """Dictionary verdicts per word: Hunspell costs microseconds a word, a dict hit nanoseconds."""

    def __init__(self, capacity: int) -> None:
        self._capacity = capacity
        self._entries: OrderedDict[str, bool] = OrderedDict()

    def get(self, word: str) -> bool | None:
        verdict = self._entries.get(word)
        if verdict is not None:
            self._entries.move_to_end(word)
        return verdict

    def put(self, word: str, verdict: bool) -> None:
        self._entries[word] = verdict
        if len(self._entries) > self._capacity:
            self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)


class SpellChecker:
    """Judges words for one article: its language's dictionary plus the other script's one.

    Cyrillic words in an English story go to the Russian dictionary and Latin words in a Russian
    story to the English one, because wire copy quotes names and titles in both; a word in a
    script with no dictionary installed is left alone rather than flagged. House words and the
    article's ignored words are consulted before any dictionary and are never cached, so adding
    one takes effect on the next check. Not thread-safe: use it from one thread.

    Raises SpellingUnavailableError (with the install command) when enchant or the dictionary
    for the article's own language is missing.
    """

    def __init__(
        self,
        language: str,
        house_words: HouseWords | None = None,
        *,
        cache_size: int = DEFAULT_CACHE_SIZE,
    ) -> None:
        self.language = language
        self.tag = dictionary_tag(language)
        self._house_source = house_words
        main = request_dictionary(self.tag)
        self._dictionaries: dict[Script, Any] = {language_script(self.tag): main}
        for script in (Script.LATIN, Script.CYRILLIC):
            other_tag = other_script_dictionary(script)
            if script in self._dictionaries or other_tag is None:
                continue
            try:
                self._dictionaries[script] = request_dictionary(other_tag)
            except SpellingUnavailableError:
                continue
        self._caches = {script: _LruCache(cache_size) for script in self._dictionaries}
        self._house: frozenset[str] = frozenset()
        self._ignored: set[str] = set()
        # Final verdicts (dictionary + house + ignores) for the highlighter's hot path: one
        # dict lookup per word. Cleared whenever house words or ignores change.
        self._known: dict[str, bool] = {}
        self._known_capacity = cache_size
        self.reload_house_words()

    @property
    def provider_name(self) -> str:
        """The enchant provider behind the article's own dictionary (``hunspell`` here)."""
        return str(self._dictionaries[language_script(self.tag)].provider.name)

    @property
    def dictionary_tags(self) -> dict[Script, str]:
        """Which dictionary judges each script in this article."""
        return {script: str(d.tag) for script, d in self._dictionaries.items()}

    @property
    def ignored_words(self) -> frozenset[str]:
        """The words ignored in this article, for the caller to keep with the article."""
        return frozenset(self._ignored)

    @property
    def house_words(self) -> frozenset[str]:
        return self._house

    def reload_house_words(self) -> None:
        """Re-read the house dictionary, e.g. after a colleague added a name to the database."""
        if self._house_source is None:
            return
        words: set[str] = set()
        for language in self.house_languages():
            words.update(self._house_source.words(language))
        self.set_house_words(words)

    def house_languages(self) -> list[str]:
        """The languages whose house words this checker accepts (one per dictionary)."""
        return sorted({tag.split("_")[0] for tag in self.dictionary_tags.values()})

    def set_house_words(self, words: Iterable[str]) -> None:
        """Replace the house words (all languages of this article) with ``words``."""
        self._house = frozenset(normalize_word(word.strip()) for word in words if word.strip())
        self._known.clear()

    def add_house_word(self, word: str) -> None:
        """Accept ``word`` at once; the caller stores it in the house dictionary."""
        self._house = self._house | {normalize_word(word)}
        self._known.clear()

    def ignore(self, word: str) -> None:
        """Accept ``word`` in this article only."""
        self._ignored.add(normalize_word(word))
        self._known.clear()

    def set_ignored_words(self, words: Iterable[str]) -> None:
        """Restore the ignores an article was saved with."""
        self._ignored = {normalize_word(word) for word in words}
        self._known.clear()

    def check(self, word: str) -> bool:
        """Whether ``word`` is spelled right (or is no business of a dictionary: SCO, G7)."""
        known = self._known.get(word)
        if known is not None:
            return known
        verdict = self._check(word)
        if len(self._known) >= self._known_capacity:
            self._known.clear()
        self._known[word] = verdict
        return verdict

    def _check(self, word: str) -> bool:
        word = normalize_word(word)
        if not is_checkable_word(word) or self._is_accepted(word):
            return True
        script = script_of(word)
        if script not in self._dictionaries:
            return True
        if self._dictionary_check(script, word):
            return True
        # Only misspelled words get here: a compound or possessive made of house words
        # ("Tokayev-led", "Mirziyoyev's") is right even though Hunspell has never seen it.
        if word.endswith("'s") and self._is_accepted(word[:-2]):
            return True
        parts = _hyphen_parts(word)
        return len(parts) > 1 and all(
            not is_checkable_word(part)
            or self._is_accepted(part)
            or self._dictionary_check(script_of(part), part)
            for part in parts
        )

    def peek(self, word: str) -> bool | None:
        """The verdict when it needs no dictionary call, else None (then call :meth:`check`).

        A highlighter runs this on every keystroke: it only reads sets and the cache, so typing
        never waits for Hunspell; unknown words are checked later, a few at a time.
        """
        known = self._known.get(word)
        if known is not None:
            return known
        normalized = normalize_word(word)
        cache = self._caches.get(script_of(normalized))
        if (
            cache is not None
            and is_checkable_word(normalized)
            and not self._is_accepted(normalized)
            and cache.get(normalized) is None
        ):
            return None
        return self.check(word)

    def suggest(self, word: str, limit: int = 7) -> list[str]:
        """Up to ``limit`` corrections, best first. Slow (tens of ms): call when a menu opens."""
        normalized = normalize_word(word)
        dictionary = self._dictionaries.get(script_of(normalized))
        if dictionary is None or not normalized:
            return []
        typographic = "’" in word
        suggestions: list[str] = []
        for suggestion in dictionary.suggest(normalized):
            if typographic:
                suggestion = suggestion.replace("'", "’")
            if suggestion != word and suggestion not in suggestions:
                suggestions.append(suggestion)
            if len(suggestions) >= limit:
                break
        return suggestions

    def misspellings(self, text: str) -> list[WordSpan]:
        """Every misspelled word of a Markdown text, with offsets into ``text``."""
        return [span for span in iter_words(text) if not self.check(span.word)]

    def cached_words(self) -> int:
        """How many dictionary verdicts are cached (for benchmarks and diagnostics)."""
        return sum(len(cache) for cache in self._caches.values())

    def _is_accepted(self, word: str) -> bool:
        for accepted in (self._house, self._ignored):
            if word in accepted or word[:1].lower() + word[1:] in accepted:
                return True
        return False

    def _dictionary_check(self, script: Script, word: str) -> bool:
        """The dictionary's own verdict, cached: it never depends on house words or ignores."""
        cache = self._caches.get(script)
        if cache is None:
            return True
        verdict = cache.get(word)
        if verdict is None:
            verdict = bool(self._dictionaries[script].check(word))
            cache.put(word, verdict)
        return verdict


def _hyphen_parts(word: str) -> list[str]:
    return [part for part in word.replace("‐", "-").split("-") if part]
