"""House settings and the house dictionary, shared by every journalist on the database."""

from __future__ import annotations

import dataclasses
import unicodedata
import uuid
from collections.abc import Iterable

from newsdesk.db.models import HouseWordRow
from newsdesk.db.uow import UnitOfWorkFactory
from newsdesk.domain.errors import ConflictError, InvalidInputError
from newsdesk.domain.house import DatelineStyle, HouseSettings

_FIELDS = {f.name: f for f in dataclasses.fields(HouseSettings)}
NEWSROOM_ID_KEY = "_newsroom_id"


MAX_WORD_LENGTH = 200  # the word columns' width


def single_word(raw: str, *, line: int | None = None) -> str:
    """``raw`` as one NFC-normalised word, or an error naming it (dictionaries hold words)."""
    word = unicodedata.normalize("NFC", raw.strip())
    if (not word or any(ch.isspace() for ch in word) or "\x00" in word
            or len(word) > MAX_WORD_LENGTH):
        raise InvalidInputError(f"'{word[:60]}' is not a single word", line=line, field="word")
    return word


def dictionary_language(language: str) -> str:
    """House words are kept per base language: ``en-GB`` and ``en`` share names."""
    return language.split("-")[0].split("_")[0].lower() or "en"


class HouseService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    # -- settings ------------------------------------------------------------------------
    def settings(self) -> HouseSettings:
        with self._uow() as uow:
            stored = uow.house.settings()
        values: dict[str, object] = {}
        defaults = HouseSettings()
        for name, value in stored.items():
            if name not in _FIELDS:
                continue
            default = getattr(defaults, name)
            if isinstance(default, DatelineStyle):
                try:
                    values[name] = DatelineStyle(str(value))
                except ValueError:
                    continue
            elif isinstance(value, type(default)):
                values[name] = value
        return dataclasses.replace(defaults, **values)  # type: ignore[arg-type]

    def update_settings(self, settings: HouseSettings) -> HouseSettings:
        if not settings.outlet_name.strip():
            raise InvalidInputError("is empty", field="outlet_name")
        if settings.headline_limit < 10:
            raise InvalidInputError("must be at least 10 characters", field="headline_limit")
        with self._uow() as uow:
            for name in _FIELDS:
                value = getattr(settings, name)
                uow.house.put_setting(
                    name, str(value) if isinstance(value, DatelineStyle) else value
                )
            uow.commit()
        return settings

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
