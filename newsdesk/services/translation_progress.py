"""The translations' progress for a page of the story list and for the story's details.

"RU: 14/18 translated, 2 flagged", counted as the desk counts it
(:mod:`newsdesk.domain.translation_progress`): for a translation its own line, for an original
one line per translation. One read of a few statements for the whole page (the stories, the
originals' revisions the translations were made from, the rows' stored states, the
glossary the desk aligns with), then the counting, off the database. The UI calls it on the
task runner: the alignment behind it is too slow for the GUI thread.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.db.progress_repository import ProgressRepository, StoryText
from newsdesk.db.snapshots import article_from_snapshot
from newsdesk.db.uow import UnitOfWorkFactory
from newsdesk.domain.article import Article
from newsdesk.domain.glossary import term_pairs
from newsdesk.domain.segments import SegmentRecord, SegmentState
from newsdesk.domain.translation_progress import TranslationProgress, translation_progress
from newsdesk.services.glossary import stored_terms

ProgressByStory = dict[int, tuple[TranslationProgress, ...]]
"""Story id -> the progress of its translations (or, for a translation, its own)."""


def _article(story: StoryText) -> Article:
    return Article(id=story.id, headline=story.headline, deck=story.deck, body=story.body,
                   language=story.language)


class TranslationProgressService:
    """Progress lines of translations, a page of stories at a time."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def of_stories(self, ids: Sequence[int]) -> ProgressByStory:
        """The progress lines of each of ``ids`` that is a translation or has translations
        (in the translations' id order); other stories are left out."""
        asked = set(ids)
        with self._uow() as uow:
            repository = ProgressRepository(uow.session)
            translations = repository.translations_among(list(asked))
            if not translations:
                return {}
            originals = repository.stories([t.original_id for t in translations
                                            if t.original_id is not None])
            snapshots = repository.snapshots([
                (t.original_id, t.base_revision) for t in translations
                if t.original_id is not None and t.base_revision is not None])
            states = repository.states([t.id for t in translations])
            terms = stored_terms(uow)
            stored = {translation_id: {row.row_key: SegmentRecord(
                row.row_key, SegmentState(row.state), row.confirmed_original_hash, row.who,
                row.updated_at, row.version) for row in rows}
                for translation_id, rows in states.items()}
        found: dict[int, list[TranslationProgress]] = {}
        for story in translations:
            original = originals.get(story.original_id or 0)
            if original is None:
                continue
            snapshot = snapshots.get((original.id, story.base_revision or 0))
            then = (article_from_snapshot(snapshot, article_id=original.id,
                                          number=story.base_revision)
                    if snapshot is not None else None)
            line = translation_progress(
                _article(original), then, _article(story), stored.get(story.id, {}),
                term_pairs(terms, original.language, story.language))
            entry = TranslationProgress(story.id, original.id, line)
            for story_id in (story.id, original.id):
                if story_id in asked:
                    found.setdefault(story_id, []).append(entry)
        return {story_id: tuple(entries) for story_id, entries in found.items()}

    def of_story(self, article_id: int) -> tuple[TranslationProgress, ...]:
        """:meth:`of_stories` for the story open in the editor."""
        return self.of_stories([article_id]).get(article_id, ())
