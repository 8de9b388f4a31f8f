"""Words spelling ignores in one story ("Ignore in this article"), kept with the story."""

from __future__ import annotations

from newsdesk.db.uow import UnitOfWorkFactory
from newsdesk.services.article_writer import existing_article_row
from newsdesk.services.house import single_word


class IgnoredWordsService:
    """Per-story ignore lists: a reporter's "this is right here" outlives the window.

    Unlike the house dictionary, an ignored word is accepted in that story only: a surname
    spelled unusually in one quote must still be flagged everywhere else.
    """

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def words(self, article_id: int) -> frozenset[str]:
        with self._uow() as uow:
            return frozenset(uow.ignored_words.words(article_id))

    def ignore(self, article_id: int, word: str) -> bool:
        """Ignore ``word`` in the story; False when it already was.

        Raises ``NotFoundError`` when the story is gone, ``InvalidInputError`` for a phrase.
        """
        word = single_word(word)
        with self._uow() as uow:
            existing_article_row(uow, article_id)
            added = uow.ignored_words.add(article_id, word)
            uow.commit()
        return added

    def ignore_all(self, article_id: int, words: frozenset[str]) -> int:
        """Store several words at once (a new story's list on its first save); count added."""
        cleaned = sorted({single_word(word) for word in words})
        with self._uow() as uow:
            existing_article_row(uow, article_id)
            added = sum(uow.ignored_words.add(article_id, word) for word in cleaned)
            uow.commit()
        return added
