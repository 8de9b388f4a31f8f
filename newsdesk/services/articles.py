"""Article use cases: list, open, create, save with optimistic locking, revisions, workflow."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from sqlalchemy.orm.exc import StaleDataError

from newsdesk.db.mapping import (
    article_from_row,
    author_from_row,
    source_from_row,
    summary_from_row,
)
from newsdesk.db.models import ArticleRow
from newsdesk.db.uow import UnitOfWork, UnitOfWorkFactory
from newsdesk.domain.article import Article, ArticleSummary, Status
from newsdesk.domain.bundle import StoryBundle
from newsdesk.domain.errors import (
    ConflictError,
    InvalidInputError,
    NotFoundError,
    NotReadyError,
    wording,
)
from newsdesk.domain.new_story import with_house_defaults
from newsdesk.domain.query import ArticleQuery
from newsdesk.domain.slugs import make_slug, unique_slug
from newsdesk.domain.validation import MAX_HEADLINE, validate_article
from newsdesk.domain.workflow import READY_STATUSES, Problem
from newsdesk.services import readiness
from newsdesk.services.article_writer import (
    existing_article_row,
    latest_revision_if_current,
    record_revision,
    write_article,
)
from newsdesk.services.house import house_settings_in

FIRST_VERSION = 1
"""The version a story is created with: the one its creator's first edits were typed on."""


@dataclass(frozen=True)
class RevisionInfo:
    """A recorded revision as the history list shows it."""

    number: int
    created_at: datetime
    author_name: str
    note: str
    headline: str


def _bundle(uow: UnitOfWork, row: ArticleRow) -> StoryBundle:
    article = article_from_row(row)
    authors = tuple(author_from_row(entry.author) for entry in row.byline)
    sources = tuple(source_from_row(citation.source) for citation in row.citations)
    translations = tuple(article_from_row(t) for t in uow.articles.translations_of(row.id))
    return StoryBundle(
        article=replace(article, translations=tuple(t.slug for t in translations)),
        authors=authors,
        sources=tuple(sorted(sources, key=lambda s: s.key)),
        original=article_from_row(row.original) if row.original is not None else None,
        translations=translations,
    )


class ArticleService:
    """Everything the desk does to stories; each call is one transaction."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    # -- reading ---------------------------------------------------------------------------
    def page(self, query: ArticleQuery, offset: int, limit: int) -> list[ArticleSummary]:
        with self._uow() as uow:
            return [summary_from_row(row) for row in uow.articles.page(query, offset, limit)]

    def count(self, query: ArticleQuery) -> int:
        with self._uow() as uow:
            return uow.articles.count(query)

    def status_counts(self, query: ArticleQuery | None = None) -> dict[Status, int]:
        query = query or ArticleQuery()
        with self._uow() as uow:
            counts = uow.articles.count_by_status(query)
        return {status: counts.get(str(status), 0) for status in Status}

    def get(self, article_id: int) -> Article:
        with self._uow() as uow:
            return article_from_row(existing_article_row(uow, article_id))

    def get_by_slug(self, slug: str) -> Article:
        with self._uow() as uow:
            row = uow.articles.get_by_slug(slug)
            if row is None:
                raise NotFoundError(wording("no story with slug '{slug}'", slug=slug))
            return article_from_row(row)

    def bundle(self, article_id: int) -> StoryBundle:
        with self._uow() as uow:
            return _bundle(uow, existing_article_row(uow, article_id))

    def bundle_by_slug(self, slug: str) -> StoryBundle:
        with self._uow() as uow:
            row = uow.articles.get_by_slug(slug)
            if row is None:
                raise NotFoundError(wording("no story with slug '{slug}'", slug=slug))
            return _bundle(uow, row)

    def iter_bundles(self, query: ArticleQuery | None = None) -> Iterator[StoryBundle]:
        """Stream every matching story, a batch at a time, for exports of thousands."""
        with self._uow() as uow:
            for row in uow.articles.iterate(query or ArticleQuery()):
                yield _bundle(uow, row)

    def tags(self) -> list[str]:
        with self._uow() as uow:
            return uow.articles.all_tags()

    def languages(self) -> list[str]:
        with self._uow() as uow:
            return uow.articles.languages()

    def slug_available(self, slug: str, *, except_id: int | None = None) -> bool:
        with self._uow() as uow:
            return not uow.articles.slug_taken(slug, except_id=except_id)

    # -- writing ---------------------------------------------------------------------------
    def find_by_client_key(self, client_key: str) -> Article | None:
        """The story created with ``client_key`` (see :meth:`create`), or None."""
        with self._uow() as uow:
            row = uow.articles.get_by_client_key(client_key)
            return article_from_row(row) if row is not None else None

    def create(self, article: Article, *, ignored_words_from: int | None = None,
               client_key: str | None = None) -> Article:
        """Store a new story; its slug comes from the headline unless given, made unique.

        ``ignored_words_from``: a story whose spelling ignore list the new one starts with
        (a duplicate), copied in the same transaction. ``client_key``: the window's recovery
        journal key of the story, stored with it in the same transaction, so a journal left
        by a window killed before it heard the new id finds this story
        (:meth:`find_by_client_key`) instead of creating it again.
        """
        with self._uow() as uow:
            # The house's language, credit and date where the story has none: the same for
            # the window, the CLI, duplicates and translations.
            article = with_house_defaults(article, house_settings_in(uow), date.today())
            validate_article(article)
            base = article.slug or make_slug(article.headline)
            slug = unique_slug(base, lambda s: uow.articles.slug_taken(s))
            row = ArticleRow(version=FIRST_VERSION, client_key=client_key)
            uow.articles.add(row)
            write_article(uow, row, replace(article, slug=slug))
            if article.status is Status.PUBLISHED:
                row.published_at = datetime.now(UTC)
            uow.flush()
            if ignored_words_from is not None:
                for word in uow.ignored_words.words(ignored_words_from):
                    uow.ignored_words.add(row.id, word)
            uow.commit()
            return article_from_row(row)

    def save(self, article: Article, *, client_key: str | None = None) -> Article:
        """Save edits made to ``article.version``; a newer version in the database wins.

        Refusing instead of merging is deliberate: two journalists typing into one story
        must see the conflict, not lose a paragraph silently.

        A new story (no id) is created with ``client_key``; when a story already holds that
        key, an earlier save of this one landed without its window hearing (the connection
        dropped after the commit): the text is saved over it as an edit of its first
        version, never as a second story.
        """
        if article.id is None:
            earlier = self.find_by_client_key(client_key) if client_key else None
            if earlier is None:
                return self.create(article, client_key=client_key)
            return self.save(replace(article, id=earlier.id, version=FIRST_VERSION,
                                     slug=article.slug or earlier.slug,
                                     language=article.language.strip() or earlier.language))
        validate_article(article)
        self._refuse_publishing_with_problems(article)
        with self._uow() as uow:
            row = existing_article_row(uow, article.id)
            if row.version != article.version:
                raise ConflictError(wording(
                    "'{headline}' was changed elsewhere (version {theirs}, yours {yours}); "
                    "reopen it to see the newer text",
                    headline=row.headline, theirs=row.version, yours=article.version))
            if article.slug != row.slug and uow.articles.slug_taken(article.slug, except_id=row.id):
                raise InvalidInputError(wording("'{slug}' is used by another story",
                                                slug=article.slug), field="slug")
            headline = row.headline
            try:
                # A colleague's save can land between the version check above and our UPDATE:
                # the version column then matches no row, at any flush (the byline's, ours)
                # or at commit, and the save is refused like any other conflict.
                write_article(uow, row, article)
                row.updated_at = datetime.now(UTC)
                if article.status is Status.PUBLISHED and row.published_at is None:
                    row.published_at = datetime.now(UTC)
                uow.flush()
                uow.commit()
            except StaleDataError as exc:
                raise ConflictError(wording(
                    "'{headline}' was saved elsewhere at the same time; reopen it to see the "
                    "newer text", headline=headline)) from exc
            return article_from_row(row)

    def _refuse_publishing_with_problems(self, article: Article) -> None:
        """A save that would publish a story with a readiness problem is refused.

        Only the move to ``published`` is guarded: a story already ``ready`` or ``published``
        that gains a problem (an unattributed quote, an empty byline) is still saved, text and
        status, because losing an editor's words is worse than a flag; the list marks it and
        ``set_status`` refuses to publish it until it is fixed.
        """
        if article.status is not Status.PUBLISHED or article.id is None:
            return
        if self.get(article.id).status is Status.PUBLISHED:
            return
        problems = self.check_ready(article)
        if problems:
            raise NotReadyError(problems)

    def check_ready(self, article: Article) -> list[Problem]:
        """What stands between this story and ``ready`` (empty: nothing).

        A translation is also checked against its original: must-review changes since it was
        translated, untranslated rows and QA errors (:mod:`newsdesk.services.readiness`).
        """
        with self._uow() as uow:
            inputs = readiness.load_inputs(uow, article)
        return readiness.problems_of(inputs, readiness.glossary_terms(self._uow))

    def problems_of(self, article_ids: Sequence[int]) -> dict[int, tuple[Problem, ...]]:
        """Readiness problems of those of ``article_ids`` that are ``ready`` or ``published``.

        For the story list's warning mark on a story that gained a problem after it was moved
        on (a colleague emptied the byline, added an unattributed quote). Run it off the GUI
        thread: it reads every sentence of those stories. Stories in other statuses, and ids
        that no longer exist, are left out; a story with nothing wrong maps to ``()``.
        """
        found: list[readiness.ReadinessInputs] = []
        with self._uow() as uow:
            for article_id in dict.fromkeys(article_ids):
                row = uow.articles.get(article_id)
                if row is not None and Status(row.status) in READY_STATUSES:
                    found.append(readiness.load_inputs(uow, article_from_row(row)))
        terms = readiness.glossary_terms(self._uow)
        return {inputs.article.id or 0: tuple(readiness.problems_of(inputs, terms))
                for inputs in found}

    def set_status(self, article_id: int, status: Status, *, version: int | None = None) -> Article:
        """Move a story through the workflow, refusing ``ready``/``published`` when incomplete."""
        article = self.get(article_id)
        if version is not None and article.version != version:
            raise ConflictError(wording("'{headline}' was changed elsewhere; reopen it first",
                                        headline=article.headline))
        if status in READY_STATUSES:
            problems = self.check_ready(article)
            if problems:
                raise NotReadyError(problems)
        return self.save(replace(article, status=status))

    def spike(self, article_id: int, *, version: int | None = None) -> tuple[Article, Status]:
        """Archive a story; returns it and the status it had, so the desk can undo.

        ``version``: the version the caller saw (an undo/redo); a story changed since is
        refused, never spiked over a colleague's work.
        """
        article = self._at_version(article_id, version)
        previous = article.status
        return self.save(replace(article, status=Status.ARCHIVED)), previous

    def restore(self, article_id: int, status: Status, *, version: int | None = None) -> Article:
        """Put a spiked story back in ``status``; refused if it changed since ``version``."""
        article = self._at_version(article_id, version)
        return self.save(replace(article, status=status))

    def _at_version(self, article_id: int, version: int | None) -> Article:
        article = self.get(article_id)
        if version is not None and article.version != version:
            raise ConflictError(wording(
                "'{headline}' was changed since (version {theirs}, expected {yours})",
                headline=article.headline, theirs=article.version, yours=version))
        return article

    def duplicate(self, article_id: int) -> Article:
        """A new draft copy, with the words spelling ignores in the original."""
        original = self.get(article_id)
        copy = replace(
            original,
            id=None,
            slug="",
            headline=original.headline,
            status=Status.DRAFT,
            version=0,
            created_at=None,
            updated_at=None,
            published_at=None,
        )
        return self.create(copy, ignored_words_from=article_id)

    def save_as_new_draft(self, article: Article, *, suffix: str) -> Article:
        """Keep ``article``'s text as a new draft beside the stored story it was edited from.

        The way out of a conflict (and of a recovered text) that keeps both versions: the
        headline says which one this is, the spelling ignores travel with it.
        """
        headline = article.headline.strip()[: MAX_HEADLINE - len(suffix)] + suffix
        copy = replace(article, id=None, version=0, slug="", headline=headline,
                       status=Status.DRAFT, created_at=None, updated_at=None,
                       published_at=None, translations=())
        return self.create(copy, ignored_words_from=article.id)

    def delete(self, article_id: int, *, version: int | None = None) -> None:
        """Delete a story for good; with ``version``, only if nobody changed it since."""
        with self._uow() as uow:
            row = existing_article_row(uow, article_id)
            if version is not None and row.version != version:
                raise ConflictError(wording(
                    "'{headline}' was changed since (version {theirs}, expected {yours}); "
                    "spike it instead if it should go",
                    headline=row.headline, theirs=row.version, yours=version))
            uow.articles.delete(row)
            uow.commit()

    # -- revisions -------------------------------------------------------------------------
    def record_revision(self, article_id: int, *, note: str = "", who: str = "") -> int:
        with self._uow() as uow:
            number = record_revision(uow, existing_article_row(uow, article_id), note=note, who=who)
            uow.commit()
            return number

    def revision_of_now(self, article_id: int) -> int | None:
        """The latest revision's number when it holds the story exactly as stored now."""
        with self._uow() as uow:
            return latest_revision_if_current(uow, existing_article_row(uow, article_id))

    def revisions(self, article_id: int) -> list[RevisionInfo]:
        with self._uow() as uow:
            return [
                RevisionInfo(
                    number=r.number,
                    created_at=r.created_at,
                    author_name=r.author_name,
                    note=r.note,
                    headline=str(r.snapshot.get("headline", "")),
                )
                for r in uow.revisions.for_article(article_id)
            ]

    def latest_revision_number(self, article_id: int) -> int:
        with self._uow() as uow:
            return uow.revisions.latest_number(article_id)
