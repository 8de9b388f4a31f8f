"""A story's history: list its revisions, read and compare any two, restore one as a new one."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime

from sqlalchemy.orm.exc import StaleDataError

from newsdesk.db.mapping import article_from_row
from newsdesk.db.models import ArticleRow
from newsdesk.db.snapshots import article_from_snapshot
from newsdesk.db.uow import UnitOfWork, UnitOfWorkFactory
from newsdesk.domain.article import Article, BylineEntry
from newsdesk.domain.errors import ConflictError, InvalidInputError, NotFoundError, wording
from newsdesk.domain.revision_diff import StoryDiff, story_diff
from newsdesk.domain.validation import validate_article
from newsdesk.services import article_writer
from newsdesk.services.articles import RevisionInfo

CURRENT = "current"
"""The name of the story's stored text where a revision number is expected (CLI and UI)."""

Which = int | None
"""A revision number, or None for the story as it is stored now."""


def parse_which(text: str) -> Which:
    """``"3"`` -> 3, ``"current"`` -> None; anything else is refused naming what was typed."""
    cleaned = text.strip()
    if cleaned.casefold() == CURRENT:
        return None
    if cleaned.isdigit() and int(cleaned) > 0:
        return int(cleaned)
    raise InvalidInputError(
        wording("'{text}' is not a revision: give its number (as listed) or '{current}'",
                text=cleaned, current=CURRENT),
        field="revision",
    )


def restored_note(number: int) -> str:
    return f"Restored revision {number}"


def before_restore_note(number: int) -> str:
    return f"Before restoring revision {number}"


@dataclass(frozen=True)
class RestoreResult:
    """The story as stored after a restore, and the revision that records it."""

    article: Article
    revision: int
    kept_current_as: int | None
    """The revision recorded for the text the restore replaced (None: it already had one)."""


def _info(row_number: int, created_at: datetime, author: str, note: str,
          headline: object) -> RevisionInfo:
    return RevisionInfo(number=row_number, created_at=created_at, author_name=author,
                        note=note, headline=str(headline or ""))


class RevisionService:
    """Every call is one transaction; nothing here ever changes or deletes a revision."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    # -- reading ---------------------------------------------------------------------------
    def story(self, slug: str) -> Article:
        """The story a user named by slug (the command line), or a NotFoundError saying so."""
        with self._uow() as uow:
            row = uow.articles.get_by_slug(slug)
            if row is None:
                raise NotFoundError(wording("no story with slug '{slug}'", slug=slug))
            return article_from_row(row)

    def history(self, article_id: int) -> list[RevisionInfo]:
        """Newest first, as the history list and ``newsdesk revisions`` show them."""
        with self._uow() as uow:
            article_writer.existing_article_row(uow, article_id)
            return [
                _info(r.number, r.created_at, r.author_name, r.note, r.snapshot.get("headline"))
                for r in uow.revisions.for_article(article_id)
            ]

    def text(self, article_id: int, which: Which) -> Article:
        """A revision's full text (``None``: the story as stored now)."""
        with self._uow() as uow:
            return self._text(uow, article_writer.existing_article_row(uow, article_id), which)

    def diff(self, article_id: int, old: Which, new: Which) -> StoryDiff:
        """Word-level differences from ``old`` to ``new`` (either may be the current text)."""
        with self._uow() as uow:
            row = article_writer.existing_article_row(uow, article_id)
            return story_diff(self._text(uow, row, old), self._text(uow, row, new))

    @staticmethod
    def _text(uow: UnitOfWork, row: ArticleRow, which: Which) -> Article:
        if which is None:
            return article_from_row(row)
        revision = uow.revisions.get(row.id, which)
        if revision is None:
            latest = uow.revisions.latest_number(row.id)
            known = (wording("it has revisions 1 to {latest}", latest=latest) if latest
                     else wording("it has no revisions yet"))
            raise NotFoundError(wording("'{slug}' has no revision {which} ({known})",
                                        slug=row.slug, which=which, known=known))
        return article_from_snapshot(revision.snapshot, article_id=row.id, number=which)

    # -- restoring -------------------------------------------------------------------------
    def restore(self, article_id: int, number: int, *, version: int,
                who: str = "") -> RestoreResult:
        """Put revision ``number``'s text back as a *new* revision; nothing is overwritten.

        In one transaction: the stored text is first kept as a revision (unless the latest
        revision already holds it), then the story is saved with the restored headline, deck,
        body, dateline, tags and byline, then "Restored revision N" is recorded. The status,
        slug and language stay as they are now: restoring words must not unpublish a story or
        break its address. ``version`` is the version the user looked at; a story saved by
        someone else since is refused like any other conflicting save.
        """
        with self._uow() as uow:
            row = article_writer.existing_article_row(uow, article_id)
            if row.version != version:
                raise ConflictError(wording(
                    "'{headline}' was changed elsewhere (version {theirs}, yours {yours}); "
                    "reopen it to see the newer text before restoring",
                    headline=row.headline, theirs=row.version, yours=version))
            old = self._text(uow, row, number)
            current = article_from_row(row)
            restored = replace(
                current,
                headline=old.headline,
                deck=old.deck,
                body=old.body,
                dateline=old.dateline,
                tags=old.tags,
                byline=self._byline(uow, old.byline) or current.byline,
                translation_of_revision=(old.translation_of_revision
                                         if old.translation_of == current.translation_of
                                         else current.translation_of_revision),
            )
            validate_article(restored)
            headline = row.headline
            try:
                kept = None
                if article_writer.latest_revision_if_current(uow, row) is None:
                    kept = article_writer.record_revision(
                        uow, row, note=before_restore_note(number), who=who)
                article_writer.write_article(uow, row, restored)
                row.updated_at = datetime.now(UTC)
                uow.flush()
                recorded = article_writer.record_revision(
                    uow, row, note=restored_note(number), who=who)
                uow.commit()
            except StaleDataError as exc:
                raise ConflictError(wording(
                    "'{headline}' was saved elsewhere at the same time; reopen it to see the "
                    "newer text before restoring", headline=headline)) from exc
            return RestoreResult(article_from_row(row), recorded, kept)

    @staticmethod
    def _byline(uow: UnitOfWork, byline: tuple[BylineEntry, ...]) -> tuple[BylineEntry, ...]:
        """The revision's byline without people whose profile was deleted since."""
        return tuple(entry for entry in byline
                     if entry.author_id is not None and uow.authors.get(entry.author_id))
