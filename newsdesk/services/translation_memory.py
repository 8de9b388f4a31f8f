"""The translation memory: store confirmed pairs, find the best matches, exact and concordance.

Lookup is a two-step search so it stays fast over 100,000 pairs on both backends: the database
keeps only candidates that could score (the length band in which rapidfuzz's ratio can reach
the threshold) and share the query's rarest words (``translation_memory_tokens``); rapidfuzz
then scores those few hundred in Python. Pairs are stored once per language pair and texts.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from rapidfuzz import fuzz

from newsdesk.db.models import ArticleRow
from newsdesk.db.uow import UnitOfWork, UnitOfWorkFactory
from newsdesk.domain.errors import InvalidInputError, StorageError, wording
from newsdesk.domain.memory import (
    MemoryEntry,
    MemoryMatch,
    MemoryOrigin,
    SegmentPair,
    SegmentType,
    StoryRef,
    base_language,
    folded,
    index_tokens,
    length_band,
    normal_text,
    text_hash,
)
from newsdesk.domain.translation_changes import word_segments

log = logging.getLogger(__name__)

REBUILT_KEY = "_memory_rebuilt"
"""House setting set once the memory was rebuilt from linked translations (see 0005)."""
CANDIDATES = 300  # pairs scored per lookup, those sharing the most (and rarest) words
POSTINGS_PER_WORD = 2000  # newest pairs read per word: bounds the work for common words
WORDS_READ = 8  # the rarest words of the text whose postings rank the candidates
FREQUENCY_CAP = 200  # counting a word's pairs stops here: enough to tell rare from common
NO_TOKEN_CANDIDATES = 2000


def known_language(tag: str, *, file: str = "", line: int | None = None,
                   field: str = "language") -> str:
    """``tag``'s base language (``en-US`` -> ``en``), or an error when no one speaks it."""
    from babel import Locale, UnknownLocaleError  # its locale data loads on first use

    base = base_language(tag)
    if base in _KNOWN_LANGUAGES:
        return base  # a TMX file names the same two languages 200,000 times
    try:
        if not base.isalpha() or not 2 <= len(base) <= 3:
            raise ValueError(base)
        Locale.parse(base)
    except (UnknownLocaleError, ValueError):
        raise InvalidInputError(
            wording("'{tag}' is not a known language code; use one like en, ru or en-US",
                    tag=tag), file=file, line=line, field=field) from None
    _KNOWN_LANGUAGES.add(base)
    return base


_KNOWN_LANGUAGES: set[str] = set()


@dataclass(frozen=True)
class PairRecord:
    """One pair ready for the table: its row values and its index words."""

    row: dict[str, Any]
    tokens: set[str]


def pair_record(source_language: str, target_language: str, source: str, target: str, *,
                segment: SegmentType = SegmentType.PARAGRAPH,
                origin: MemoryOrigin = MemoryOrigin.DESK, story: StoryRef | None = None,
                translator: str = "", created_at: datetime | None = None) -> PairRecord | None:
    """The stored form of a pair; None when either side is blank (nothing to remember)."""
    source, target = normal_text(source), normal_text(target)
    if not source or not target:
        return None
    source_folded = folded(source)
    row: dict[str, Any] = {
        "source_language": source_language, "target_language": target_language,
        "source_text": source, "target_text": target,
        "source_folded": source_folded, "target_folded": folded(target),
        "source_length": len(source_folded),
        "source_hash": text_hash(source_language, target_language, source),
        "pair_hash": text_hash(source_language, target_language, source, target),
        "segment": str(segment), "origin": str(origin),
        "article_id": story.article_id if story else None,
        "story_slug": (story.slug if story else "")[:200],
        "story_headline": story.headline if story else "",
        "translator": translator[:200],
        "created_at": created_at or datetime.now().astimezone(),
    }
    return PairRecord(row, index_tokens(source_folded, source_language, target_language))


def with_sentences(pairs: Iterable[SegmentPair]) -> list[tuple[SegmentPair, SegmentType]]:
    """Each paragraph pair, then its sentence pairs when both sides have as many sentences."""
    from newsdesk.domain.sentences import split_sentences

    out: list[tuple[SegmentPair, SegmentType]] = []
    for pair in pairs:
        out.append((pair, SegmentType.PARAGRAPH))
        sources, targets = split_sentences(pair.source), split_sentences(pair.target)
        if len(sources) > 1 and len(sources) == len(targets):
            out.extend((SegmentPair(s, t), SegmentType.SENTENCE)
                       for s, t in zip(sources, targets, strict=True))
    return out


def store(uow: UnitOfWork, records: Sequence[PairRecord]) -> int:
    """Insert ``records`` in the caller's transaction (duplicates skipped); how many were new."""
    unique: dict[str, PairRecord] = {}
    for record in records:
        unique.setdefault(record.row["pair_hash"], record)
    chosen = list(unique.values())
    return uow.memory.insert_pairs([r.row for r in chosen], [r.tokens for r in chosen])


def _entry(row: Any) -> MemoryEntry:
    return MemoryEntry(
        id=row.id, source_language=row.source_language, target_language=row.target_language,
        source=row.source_text, target=row.target_text, segment=SegmentType(row.segment),
        origin=MemoryOrigin(row.origin), story_slug=row.story_slug,
        story_headline=row.story_headline, translator=row.translator,
        created_at=row.created_at,
    )


def like_pattern(phrase: str) -> str:
    """``phrase`` folded as the stored sides are, as a LIKE pattern matching it anywhere."""
    escaped = folded(phrase).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class TranslationMemoryService:
    """The newsroom's memory, shared through the database; each call is one transaction."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def add_pairs(self, pairs: Sequence[SegmentPair], *, source_language: str,
                  target_language: str, story: StoryRef | None = None, translator: str = "",
                  origin: MemoryOrigin = MemoryOrigin.DESK) -> int:
        """Remember confirmed paragraph pairs and the sentence pairs inside them.

        Returns how many pairs were new; a pair already stored (same languages and texts) is
        kept once, with where it first came from.
        """
        source = known_language(source_language, field="source language")
        target = known_language(target_language, field="target language")
        if source == target:
            raise InvalidInputError(wording("source and target are both '{language}'",
                                            language=source), field="target language")
        records = [
            record for pair, segment in with_sentences(pairs)
            if (record := pair_record(source, target, pair.source, pair.target,
                                      segment=segment, origin=origin, story=story,
                                      translator=translator)) is not None
        ]
        with self._uow() as uow:
            added = store(uow, records)
            uow.commit()
        return added

    def lookup(self, text: str, source_language: str, target_language: str, *,
               limit: int = 3, threshold: float = 0.70) -> tuple[MemoryMatch, ...]:
        """The best ``limit`` pairs whose source is at least ``threshold`` like ``text``.

        Scores are rapidfuzz ratios of the folded texts; only a pair whose source is the same
        text (whitespace aside) scores 1.0, so a case or ё difference shows as 99 %.
        Candidates are the pairs sharing the most of the text's words, each word weighted by
        how rare it is among the newest postings read (``POSTINGS_PER_WORD``).
        """
        query = normal_text(text)
        if not query:
            return ()
        source, target = base_language(source_language), base_language(target_language)
        query_folded = folded(query)
        exact_key = text_hash(source, target, query)
        band = length_band(len(query_folded), threshold)
        tokens = sorted(index_tokens(query_folded, source, target))
        with self._uow() as uow:
            if tokens:
                counts = uow.memory.frequencies(tokens, FREQUENCY_CAP)
                present = sorted((n, token) for token, n in zip(tokens, counts, strict=True)
                                 if n)[:WORDS_READ]
                weighted = [(token, 1 + math.log(FREQUENCY_CAP / n)) for n, token in present]
                best_ids = uow.memory.ranked_ids(weighted, POSTINGS_PER_WORD, CANDIDATES)
                rows = list(uow.memory.entries(best_ids, band, exact_key))
            else:
                rows = [*uow.memory.in_band(source, target, band, NO_TOKEN_CANDIDATES),
                        *uow.memory.exact(exact_key, limit)]
        scored: dict[int, tuple[float, Any]] = {}
        cutoff = threshold * 100
        for row in rows:
            if row.id in scored:
                continue
            if row.source_hash == exact_key:
                scored[row.id] = (1.0, row)
                continue
            score = fuzz.ratio(query_folded, row.source_folded, score_cutoff=cutoff)
            if score:
                scored[row.id] = (min(score / 100, 0.99), row)
        best = sorted(scored.values(), key=lambda item: (-item[0], -item[1].id))[:limit]
        return tuple(
            MemoryMatch(_entry(row), round(score, 4), word_segments(row.source_text, query))
            for score, row in best
        )

    def exact(self, text: str, source_language: str,
              target_language: str) -> MemoryMatch | None:
        """The newest pair whose source is ``text`` (whitespace aside), for pre-translation."""
        query = normal_text(text)
        if not query:
            return None
        with self._uow() as uow:
            rows = uow.memory.exact(text_hash(base_language(source_language),
                                              base_language(target_language), query), 1)
        return MemoryMatch(_entry(rows[0]), 1.0, word_segments(rows[0].source_text, query)) \
            if rows else None

    def concordance(self, phrase: str, language: str, side: str = "source", *,
                    limit: int = 50) -> tuple[MemoryEntry, ...]:
        """Pairs whose ``side`` ('source' or 'target') in ``language`` contains ``phrase``.

        Case-insensitive, ё and е alike, whitespace folded, as the story search compares.
        """
        if side not in ("source", "target"):
            raise InvalidInputError(wording("'{side}' is neither 'source' nor 'target'",
                                            side=side), field="side")
        if not normal_text(phrase):
            raise InvalidInputError(wording("is empty: give a word or phrase to look for"),
                                    field="phrase")
        with self._uow() as uow:
            rows = uow.memory.concordance(base_language(language), side, like_pattern(phrase),
                                          limit)
        return tuple(_entry(row) for row in rows)

    def count(self, source_language: str = "", target_language: str = "") -> int:
        with self._uow() as uow:
            return uow.memory.count(base_language(source_language) if source_language else "",
                                    base_language(target_language) if target_language else "")

    # -- the rebuild of 0005 ---------------------------------------------------------------
    def rebuild_if_needed(self) -> int:
        """Fill an empty memory from the linked translations, once (see migration 0005).

        Reads only when there is nothing to do, so a read-only newsroom opens as before; a
        rebuild that fails (a locked or read-only file) is logged and tried at the next start.
        """
        try:
            with self._uow() as uow:
                if (REBUILT_KEY in uow.house.settings() or not uow.memory.is_empty()
                        or not uow.memory.has_linked_translations()):
                    return 0
            return self.rebuild()
        except StorageError:
            log.warning("the translation memory could not be rebuilt now", exc_info=True)
            return 0

    def rebuild(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Align every linked translation with its original and store the pairs, at once."""
        with self._uow() as uow:
            linked = uow.memory.linked_translations()
            records: list[PairRecord] = []
            for done, (original, translation) in enumerate(linked, start=1):
                records.extend(_rebuilt_records(uow, original, translation))
                if progress is not None:
                    progress(done, len(linked))
            added = store(uow, records)
            uow.house.put_setting(REBUILT_KEY, True)
            uow.commit()
        return added


def _original_then(uow: UnitOfWork, original: ArticleRow,
                   translation: ArticleRow) -> tuple[str, str, str]:
    """The original's headline, deck and body as they were when it was translated."""
    if translation.translation_of_revision is not None:
        revision = uow.revisions.get(original.id, translation.translation_of_revision)
        if revision is not None:
            shot = revision.snapshot
            return (str(shot.get("headline", original.headline)),
                    str(shot.get("deck", original.deck)), str(shot.get("body", original.body)))
    return original.headline, original.deck, original.body


def _rebuilt_records(uow: UnitOfWork, original: ArticleRow,
                     translation: ArticleRow) -> list[PairRecord]:
    from newsdesk.domain.alignment import BeadKind, align_bodies

    try:
        source = known_language(original.language)
        target = known_language(translation.language)
    except InvalidInputError:
        return []  # a story in a language babel does not know: nothing to pair it in
    if source == target:
        return []
    headline, deck, body = _original_then(uow, original, translation)
    pairs = [SegmentPair(headline, translation.headline), SegmentPair(deck, translation.deck)]
    for aligned in align_bodies(body, translation.body):
        if aligned.kind is not BeadKind.ONE_ONE or aligned.original is None \
                or aligned.translation is None:
            continue
        pairs.append(SegmentPair(aligned.original.text, aligned.translation.text))
    translator = next((entry.author.name for entry in translation.byline
                       if entry.role == "translator"), "")
    story = StoryRef(translation.id, translation.slug, translation.headline)
    return [
        record for pair, segment in with_sentences(pairs)
        # A paragraph still identical to the original was not translated (drafts start
        # as a copy of the original).
        if normal_text(pair.source) != normal_text(pair.target)
        and (record := pair_record(source, target, pair.source, pair.target, segment=segment,
                                   origin=MemoryOrigin.REBUILD, story=story,
                                   translator=translator,
                                   created_at=translation.updated_at)) is not None
    ]
