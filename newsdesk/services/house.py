"""House settings and the house dictionary, shared by every journalist on the database."""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Iterable, Mapping

from sqlalchemy import func, select

from newsdesk.db.models import ArticleRow, HouseWordRow
from newsdesk.db.uow import UnitOfWork, UnitOfWorkFactory
from newsdesk.domain.errors import ConflictError, InvalidInputError, wording
from newsdesk.domain.house import HouseSettings
from newsdesk.domain.house_keys import (
    KEYS,
    LEGACY_KEYS,
    StoredHouse,
    check_settings,
    check_value,
    parse_text,
    read_stored,
    setting_key,
    stored_value,
)

NEWSROOM_ID_KEY = "_newsroom_id"


MAX_WORD_LENGTH = 200  # the word columns' width


def single_word(raw: str, *, line: int | None = None) -> str:
    """``raw`` as one NFC-normalised word, or an error naming it (dictionaries hold words)."""
    word = unicodedata.normalize("NFC", raw.strip())
    if (not word or any(ch.isspace() for ch in word) or "\x00" in word
            or len(word) > MAX_WORD_LENGTH):
        raise InvalidInputError(wording("'{word}' is not a single word", word=word[:60]),
                                line=line, field="word")
    return word


def dictionary_language(language: str) -> str:
    """House words are kept per base language: ``en-GB`` and ``en`` share names."""
    return language.split("-")[0].split("_")[0].lower() or "en"


def house_settings_in(uow: UnitOfWork) -> HouseSettings:
    """The house settings as read inside a unit of work another service has open."""
    return read_stored(uow.house.settings()).settings


def _write(uow: UnitOfWork, key: str, value: object) -> None:
    """One key's row; a row under the key's older name goes in the same transaction."""
    uow.house.put_setting(key, stored_value(value))
    for legacy, current in LEGACY_KEYS.items():
        if current == key:
            uow.house.delete_setting(legacy)


class HouseService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    # -- settings ------------------------------------------------------------------------
    def settings(self) -> HouseSettings:
        """The settings every window, export and CLI command on this database uses."""
        return self.stored().settings

    def stored(self) -> StoredHouse:
        """The settings with which keys are set and which rows are ignored (``house show``)."""
        with self._uow() as uow:
            return read_stored(uow.house.settings())

    def update_settings(self, settings: HouseSettings) -> HouseSettings:
        """Store every key of ``settings`` (checked first: a bad one stores nothing)."""
        checked = check_settings(settings)
        with self._uow() as uow:
            for entry in KEYS:
                _write(uow, entry.key, getattr(checked, entry.attribute))
            uow.commit()
        return checked

    def set_values(self, changes: Mapping[str, object]) -> HouseSettings:
        """Set some keys (typed values, as the dialog has them) in one transaction.

        Only the keys given are written, so two people changing different settings at once
        both keep theirs. Every value is checked before anything is written.
        """
        checked = {key: check_value(key, value) for key, value in changes.items()}
        with self._uow() as uow:
            for key, value in checked.items():
                _write(uow, key, value)
            uow.commit()
            return read_stored(uow.house.settings()).settings

    def set_text(self, key: str, text: str) -> HouseSettings:
        """Set one key from what was typed on the command line (``"90"``, ``"yes"``)."""
        return self.set_values({key: parse_text(key, text)})

    def reset(self, key: str) -> HouseSettings:
        """Forget the stored value of ``key``: the release's default applies again."""
        setting_key(key)
        with self._uow() as uow:
            uow.house.delete_setting(key)
            for legacy, current in LEGACY_KEYS.items():
                if current == key:
                    uow.house.delete_setting(legacy)
            uow.commit()
            return read_stored(uow.house.settings()).settings

    def is_unconfigured(self) -> bool:
        """A newsroom nobody has set up: no story and no house setting stored yet.

        The window then asks for the outlet's name and credit instead of inventing them.
        """
        with self._uow() as uow:
            if read_stored(uow.house.settings()).stored:
                return False
            stories = uow.session.scalar(select(func.count()).select_from(ArticleRow)) or 0
        return stories == 0

    def newsroom_id(self) -> str:
        """This newsroom's identity, made on first use and the same for every window on it.

        A URL does not say which newsroom it reaches (a host alias, a proxy, a file moved or
        replaced); what this computer keeps for a newsroom (the recovery journal) is filed
        under this instead. Kept with the house settings, apart from what users set.
        """
        with self._uow() as uow:
            stored = uow.house.settings().get(NEWSROOM_ID_KEY)
        if isinstance(stored, str) and stored:
            return stored
        made = uuid.uuid4().hex
        try:
            with self._uow() as uow:
                uow.house.put_setting(NEWSROOM_ID_KEY, made)
                uow.commit()
        except ConflictError:  # another window made it at the same moment: theirs counts
            with self._uow() as uow:
                stored = uow.house.settings().get(NEWSROOM_ID_KEY)
            if isinstance(stored, str) and stored:
                return stored
            raise
        return made

    # -- house dictionary ----------------------------------------------------------------
    def words(self, language: str) -> frozenset[str]:
        with self._uow() as uow:
            return frozenset(row.word for row in uow.house.words(dictionary_language(language)))

    def add_word(self, language: str, word: str, *, added_by: str = "") -> bool:
        """Add a word; False when it was already there (another journalist was faster)."""
        word = single_word(word)
        lang = dictionary_language(language)
        with self._uow() as uow:
            if uow.house.word(lang, word) is not None:
                return False
            uow.house.add_word(HouseWordRow(language=lang, word=word, added_by=added_by))
            uow.commit()
        return True

    def remove_word(self, language: str, word: str) -> bool:
        with self._uow() as uow:
            row = uow.house.word(dictionary_language(language), word)
            if row is None:
                return False
            uow.house.delete_word(row)
            uow.commit()
        return True

    def remove_words(self, language: str, words: Iterable[str]) -> int:
        """Remove ``words`` in one transaction (all of them or none); how many were there.

        A word a colleague removed first is simply not counted.
        """
        lang = dictionary_language(language)
        with self._uow() as uow:
            removed = 0
            for word in dict.fromkeys(words):
                row = uow.house.word(lang, word)
                if row is not None:
                    uow.house.delete_word(row)
                    removed += 1
            uow.commit()
        return removed

    def import_words(self, language: str, lines: Iterable[str], *, added_by: str = "") -> int:
        """Import a plain word list (one per line, # comments); one transaction, count added."""
        lang = dictionary_language(language)
        words: list[str] = []
        for number, raw in enumerate(lines, start=1):
            if not raw.strip() or raw.strip().startswith("#"):
                continue
            words.append(single_word(raw, line=number))
        with self._uow() as uow:
            existing = {row.word for row in uow.house.words(lang)}
            added = 0
            for word in dict.fromkeys(words):
                if word not in existing:
                    uow.house.add_word(HouseWordRow(language=lang, word=word, added_by=added_by))
                    added += 1
            uow.commit()
        return added

    def export_words(self, language: str) -> str:
        return "".join(f"{word}\n" for word in sorted(self.words(language)))
