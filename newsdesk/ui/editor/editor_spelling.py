"""Spelling for one article editor: which checker, loaded where, and the house dictionary.

The body, headline and deck share one checker for the article's language. Opening enchant and
its dictionaries takes ~0.5 s, so it happens on a worker; words colleagues add to the house
dictionary are picked up when a field gets focus.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from newsdesk.domain.errors import NewsdeskError
from newsdesk.services.house import HouseService
from newsdesk.services.ignored_words import IgnoredWordsService
from newsdesk.services.spelling import (
    SpellChecker,
    SpellingStatus,
    SpellingUnavailableError,
    spelling_status,
)
from newsdesk.ui.error_text import error_text, wording_text
from newsdesk.ui.ink import WARNING
from newsdesk.ui.spelling.highlighter import SpellingUnderliner
from newsdesk.ui.tasks import TaskRunner, describe_failure

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _LoadedSpelling:
    language: str
    checker: SpellChecker | None
    status: SpellingStatus


def _load_spelling(language: str, house: HouseService) -> _LoadedSpelling:
    """Open enchant and the dictionaries (worker thread); the GUI thread only receives them."""
    status = spelling_status(language)
    checker: SpellChecker | None = None
    if status.ok:
        try:
            checker = SpellChecker(language, house)
        except SpellingUnavailableError as error:
            status = replace(status, ok=False, message=str(error), wording=error.wording)
    return _LoadedSpelling(language, checker, status)


def read_house_words(house: HouseService, languages: list[str]) -> frozenset[str]:
    """The house dictionary's words in ``languages`` (a read: a worker may call it)."""
    return frozenset(word for language in languages for word in house.words(language))


class EditorSpelling(QObject):
    """The checker behind an editor's underliners, and what the status line says about it.

    Signals:
        ready(): the checker for the article's language is loaded (or spelling is known off).
    """

    ready = Signal()
    """The checker for the article's language is loaded, or spelling is known to be off."""

    def __init__(
        self,
        house: HouseService,
        ignored: IgnoredWordsService,
        underliners: Sequence[SpellingUnderliner],
        label: QLabel,
        notify: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._house = house
        self._ignored_store = ignored
        self._story_id: int | None = None
        self._underliners = tuple(underliners)
        self._label = label
        self._notify = notify
        self._checker: SpellChecker | None = None
        self._language = ""
        self._pending = False
        self._message = ""
        self._ignored: frozenset[str] = frozenset()
        self._ignored_reading = False  # the open story's ignore list is being read
        self._house_words_failed = False  # the last look for colleagues' house words failed
        self._house_words_reading = False  # a look for colleagues' house words is on its way

    @property
    def checker(self) -> SpellChecker | None:
        return self._checker

    @property
    def loading(self) -> bool:
        """True while the checker for the article's language is still being opened."""
        return self._pending

    @property
    def busy(self) -> bool:
        """Whether underlines are still being filled in (dictionaries or words pending)."""
        return (self._pending or self._ignored_reading or self._house_words_reading
                or any(u.is_busy for u in self._underliners))

    @property
    def message(self) -> str:
        """"Spelling: en_US (hunspell)" or why spelling is off and what to install."""
        return self._message

    def use_language(self, language: str) -> None:
        """Load the checker for ``language`` on a worker (nothing to do if it is loaded)."""
        if language == self._language and self._checker is not None:
            return
        self._pending = True
        # Latest request wins: a language chosen meanwhile drops this one's checker.
        TaskRunner.of().run(_load_spelling, language, self._house, on_result=self._on_loaded,
                            on_error=self._on_load_failed, channel=f"spelling:{id(self)}")

    def _on_load_failed(self, exc: BaseException) -> bool:
        """The checker (or the house words) could not be loaded: say so, never "loading"."""
        self._pending = False
        self._checker, self._language = None, ""
        for underliner in self._underliners:
            underliner.set_checker(None)  # no underlines from another language's checker
        self._message = self.tr(
            "Spelling is off: the dictionaries could not be loaded ({0}). Reopen the story "
            "to try again.").format(describe_failure(exc))
        self._label.setText(self._message)
        self._label.setVisible(True)
        self._label.setStyleSheet(f"color: {WARNING.name()};")
        self.ready.emit()
        return True

    def _on_loaded(self, loaded: _LoadedSpelling) -> None:
        self._pending = False
        status = loaded.status
        self._checker = loaded.checker
        if loaded.checker is not None:
            loaded.checker.set_ignored_words(self._ignored)
        self._language = loaded.language if loaded.checker is not None else ""
        for underliner in self._underliners:
            underliner.set_checker(loaded.checker)
        self._message = (wording_text(status.wording) if status.wording is not None
                         else status.message)
        self._label.setText("" if status.ok else self._message)
        self._label.setVisible(not status.ok)
        self._label.setStyleSheet("" if status.ok else f"color: {WARNING.name()};")
        self.ready.emit()

    @property
    def ignored_words(self) -> frozenset[str]:
        """The open story's "Ignore in this article" list."""
        return self._ignored

    def open_story(self, story_id: int | None) -> None:
        """Use the ignore list kept with this story (a new story starts with none).

        Called before the story's text is shown: the last story's ignores must not carry over
        to this one. The story's own list is read on the task runner (opening never waits
        for a round trip) and its words stop being underlined when it arrives.
        """
        self._story_id = story_id
        self._set_ignored(frozenset())
        self._ignored_reading = story_id is not None
        if story_id is not None:
            TaskRunner.of().run(self._ignored_store.words, story_id,
                                on_result=partial(self._on_ignored_read, story_id),
                                on_error=self._on_ignored_failed,
                                channel=f"ignored-words:{id(self)}")

    def _set_ignored(self, words: frozenset[str]) -> None:
        changed = words != self._ignored
        self._ignored = words
        if self._checker is not None and changed:  # it empties the checker's verdict cache
            self._checker.set_ignored_words(words)

    def _on_ignored_read(self, story_id: int, words: frozenset[str]) -> None:
        if story_id != self._story_id:
            return  # another story was opened meanwhile (its own read is on its way)
        self._ignored_reading = False
        if words - self._ignored:
            self._set_ignored(self._ignored | words)  # and any ignored meanwhile
            for underliner in self._underliners:
                underliner.refresh()

    def _on_ignored_failed(self, exc: BaseException) -> bool:
        """A database hiccup must not block opening: the story's ignored words are underlined
        until it is opened again (the runner has logged the traceback)."""
        self._ignored_reading = False
        self._notify(self.tr("The words ignored in this story could not be read ({0}): they "
                             "are underlined until you open it again.").format(
                                 describe_failure(exc)))
        return True

    def story_stored(self, story_id: int) -> None:
        """The new story now has an id: the words ignored while it had none go with it."""
        first = self._story_id is None
        self._story_id = story_id
        if first and self._ignored:
            self._keep(self._ignored)

    def note_ignored(self, word: str) -> None:
        """A menu or the F7 dialog ignored ``word``: accepted in every field of the story,
        and kept with the story for everyone who opens it.

        The menu refreshed its own field; the headline or deck may show the word too.
        """
        self._ignored = self._ignored | {word}
        for underliner in self._underliners:
            underliner.refresh()
        if self._story_id is not None:
            self._keep(frozenset({word}))

    def _keep(self, words: frozenset[str]) -> None:
        """Store the story's ignored words on the task runner (the field is already clean)."""
        assert self._story_id is not None
        TaskRunner.of().run(self._ignored_store.ignore_all, self._story_id, words,
                            on_error=self._on_keep_failed)

    def _on_keep_failed(self, error: BaseException) -> bool:
        if not isinstance(error, NewsdeskError):
            return False  # a bug: the runner logs it and says so
        self._notify(self.tr("The ignored word is not kept with the story: {0}").format(
            error_text(error)))
        return True

    def on_house_word_added(self, word: str, tag: str) -> None:
        """Store the word in the shared house dictionary on the task runner; said once it is
        (the menu's checker accepts it at once, so the underline goes meanwhile)."""
        TaskRunner.of().run(self._house.add_word, tag, word,
                            on_result=partial(self._on_house_word_stored, word),
                            on_error=self._on_house_word_failed)

    def _on_house_word_stored(self, word: str, _added: object) -> None:
        self._notify(self.tr("Added “{0}” to the house dictionary.").format(word))
        for underliner in self._underliners:
            underliner.refresh()

    def _on_house_word_failed(self, error: BaseException) -> bool:
        if not isinstance(error, NewsdeskError):
            return False
        self._notify(error_text(error))
        return True

    def reload_house_words(self) -> None:
        """Pick up words colleagues added to the house dictionary since the last look.

        Read on the task runner (a field getting focus never waits for the database); a
        newer look drops an older one's words (latest request wins).
        """
        checker = self._checker
        if checker is None:
            return
        self._house_words_reading = True
        TaskRunner.of().run(read_house_words, self._house, checker.house_languages(),
                            on_result=partial(self._on_house_words_read, checker),
                            on_error=self._on_house_words_failed,
                            channel=f"house-words:{id(self)}")

    def _on_house_words_read(self, checker: SpellChecker, words: frozenset[str]) -> None:
        self._house_words_reading = self._house_words_failed = False
        self.take_house_words(checker, words)

    def _on_house_words_failed(self, exc: BaseException) -> bool:
        """Typing goes on with the words already known; said once (not at every focus change)
        until a later look succeeds. The runner logged it with its traceback."""
        self._house_words_reading = False
        if not self._house_words_failed:
            self._house_words_failed = True
            self._notify(self.tr("Words colleagues added to the house dictionary could not be "
                                 "read ({0}); they are looked for again as you work.").format(
                                     describe_failure(exc)))
        return True

    def take_house_words(self, checker: SpellChecker, words: frozenset[str]) -> None:
        """``checker``'s house words as read (on a worker, or just now); dropped when the
        editor has moved to another language's checker meanwhile."""
        if checker is not self._checker:
            return
        before = checker.house_words
        checker.set_house_words(words)
        if checker.house_words != before:
            for underliner in self._underliners:
                underliner.refresh()
