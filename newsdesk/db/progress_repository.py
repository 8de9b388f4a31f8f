"""The SELECTs behind the translations' progress line in the story list: a page at a time.

A page of the list asks about up to a hundred stories (thousands after a long scroll and a
catch-up); each question below is one statement per few hundred ids, never one per story.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from newsdesk.db.models import ArticleRow, RevisionRow, TranslationSegmentRow

CHUNK = 500  # ids per IN (): far below every backend's limit on bound parameters


@dataclass(frozen=True)
class StoryText:
    """What the progress needs of a story: its texts, language and translation link."""

    id: int
    original_id: int | None
    base_revision: int | None
    headline: str
    deck: str
    body: str
    language: str


_COLUMNS = (ArticleRow.id, ArticleRow.translation_of_id, ArticleRow.translation_of_revision,
            ArticleRow.headline, ArticleRow.deck, ArticleRow.body, ArticleRow.language)


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


class ProgressRepository:
    """Stories with their translations, the revisions they were made from, and row states."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def translations_among(self, ids: Sequence[int]) -> list[StoryText]:
        """The translations among ``ids`` and every translation of a story among them."""
        found: dict[int, StoryText] = {}
        for chunk in _chunks(list(ids)):
            rows = self._session.execute(select(*_COLUMNS).where(or_(
                and_(ArticleRow.id.in_(chunk), ArticleRow.translation_of_id.is_not(None)),
                ArticleRow.translation_of_id.in_(chunk))))
            for row in rows:
                found[row[0]] = StoryText(*row)
        return sorted(found.values(), key=lambda story: story.id)

    def stories(self, ids: Sequence[int]) -> dict[int, StoryText]:
        found: dict[int, StoryText] = {}
        for chunk in _chunks(sorted(set(ids))):
            for row in self._session.execute(select(*_COLUMNS).where(ArticleRow.id.in_(chunk))):
                found[row[0]] = StoryText(*row)
        return found

    def snapshots(self, wanted: Sequence[tuple[int, int]]) -> dict[tuple[int, int], dict[str, Any]]:
        """Revision snapshots by (story id, revision number)."""
        found: dict[tuple[int, int], dict[str, Any]] = {}
        for chunk in _chunks(sorted(set(wanted))):
            statement = select(RevisionRow.article_id, RevisionRow.number,
                               RevisionRow.snapshot).where(or_(*(
                                   and_(RevisionRow.article_id == article_id,
                                        RevisionRow.number == number)
                                   for article_id, number in chunk)))
            for article_id, number, snapshot in self._session.execute(statement):
                found[article_id, number] = snapshot
        return found

    def states(self, translation_ids: Sequence[int]) -> dict[int, list[TranslationSegmentRow]]:
        found: dict[int, list[TranslationSegmentRow]] = defaultdict(list)
        for chunk in _chunks(sorted(set(translation_ids))):
            rows = self._session.scalars(select(TranslationSegmentRow).where(
                TranslationSegmentRow.translation_id.in_(chunk)))
            for row in rows:
                found[row.translation_id].append(row)
        return found
