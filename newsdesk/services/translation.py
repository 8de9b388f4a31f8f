"""Translation use cases: start a translation, open the desk with its flags, mark it synced."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from newsdesk.db.mapping import article_from_row
from newsdesk.db.models import ArticleRow
from newsdesk.db.snapshots import article_from_snapshot
from newsdesk.db.uow import UnitOfWork, UnitOfWorkFactory
from newsdesk.domain.alignment import AlignedPair, align_bodies
from newsdesk.domain.article import Article, BylineEntry, Role, Status
from newsdesk.domain.dateline_language import dateline_in_language
from newsdesk.domain.errors import ConflictError, InvalidInputError, wording
from newsdesk.domain.glossary import TermPair, term_pairs
from newsdesk.domain.slugs import unique_slug
from newsdesk.domain.translation_changes import ChangeFlag, DeskRow, desk_rows
from newsdesk.domain.validation import LANGUAGE_TAG, validate_article
from newsdesk.services.article_writer import (
    existing_article_row,
    latest_revision_if_current,
    record_revision,
    write_article,
)
from newsdesk.services.glossary import stored_terms
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.segments import move_row_keys


@dataclass(frozen=True)
class TranslationDesk:
    """Everything the translators' desk shows for one translation.

    ``original_then`` is the original at ``base_revision``, the text the translation was made
    from; it is None when the translation never recorded one (an imported pair): then nothing
    can be flagged until the translator marks it up to date.
    """

    original: Article
    original_then: Article | None
    translation: Article
    base_revision: int | None
    latest_revision: int
    alignment: tuple[AlignedPair, ...]
    rows: tuple[DeskRow, ...]
    terms: tuple[TermPair, ...] = ()  # the glossary's pairs the alignment anchored on

    @property
    def flags(self) -> tuple[ChangeFlag, ...]:
        return tuple(flag for row in self.rows for flag in row.flags)

    @property
    def tracked(self) -> bool:
        return self.original_then is not None

    @property
    def up_to_date(self) -> bool:
        return self.tracked and not self.flags


def _revision_of_now(uow: UnitOfWork, row: ArticleRow, *, note: str, who: str) -> int:
    """A revision holding the original as it is now: the latest if it does, else a new one.

    The translation points at a revision number, so the text it was made from must be kept
    in the history even if the original is edited the next minute.
    """
    current = latest_revision_if_current(uow, row)
    if current is not None:
        return current
    return record_revision(uow, row, note=note, who=who)


def _translator_byline(
    original: Article, translator: BylineEntry | None
) -> tuple[BylineEntry, ...]:
    """The reporters and photographers keep their credit; the original's editors do not edit
    the translation, and the translator is added last."""
    kept = tuple(e for e in original.byline if e.role in (Role.REPORTER, Role.PHOTOGRAPHER))
    return (*kept, translator) if translator is not None else kept


class TranslationService:
    """The translators' desk over a unit of work; each call is one transaction."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def start_translation(
        self,
        original_id: int,
        language: str,
        who: str = "",
        *,
        translator_id: int | None = None,
    ) -> Article:
        """Create a draft translation of a story into ``language`` and return it.

        The draft's body is a copy of the original's, paragraph for paragraph: the translator
        overwrites each paragraph in place on the desk, so the structure (headings, quotes,
        ``source:`` citations, numbers) is already right, no paragraph can be forgotten, and
        the alignment starts one to one. The desk marks a paragraph still identical to the
        original as untranslated, and the draft status keeps it off the wire meanwhile.
        Headline and deck are copied for the same reason (a story needs a headline to exist).

        A revision of the original is recorded first unless the latest one already holds it,
        and the translation points at it, so later edits of the original can be flagged.
        """
        language = language.strip()
        if not LANGUAGE_TAG.match(language):
            raise InvalidInputError(wording(
                "'{language}' is not a language tag like en, ru or en-GB", language=language),
                field="language")
        with self._uow() as uow:
            row = existing_article_row(uow, original_id)
            original = article_from_row(row)
            if original.language == language:
                raise InvalidInputError(wording(
                    "'{headline}' is already in '{language}'; pick another language",
                    headline=original.headline, language=language), field="language")
            for existing in uow.articles.translations_of(row.id):
                if existing.language == language:
                    raise InvalidInputError(wording(
                        "'{headline}' already has a '{language}' translation: '{slug}'",
                        headline=original.headline, language=language, slug=existing.slug),
                        field="language")
            translator: BylineEntry | None = None
            if translator_id is not None:
                author = uow.authors.get(translator_id)
                if author is None:
                    raise InvalidInputError(wording("author #{id} no longer exists",
                                                    id=translator_id), field="byline")
                translator = BylineEntry(author.name, Role.TRANSLATOR, author.id, author.slug)
            number = _revision_of_now(uow, row, note=f"Translation into {language} started",
                                      who=who)
            draft = Article(
                headline=original.headline,
                deck=original.deck,
                body=original.body,
                language=language,
                status=Status.DRAFT,
                dateline=dateline_in_language(original.dateline, language),
                byline=_translator_byline(original, translator),
                tags=original.tags,
                source_keys=original.source_keys,
                translation_of=original.slug,
                translation_of_revision=number,
            )
            validate_article(draft)
            slug = unique_slug(f"{original.slug}-{language.lower()}",
                               lambda s: uow.articles.slug_taken(s))
            new_row = ArticleRow(version=1)
            uow.articles.add(new_row)
            write_article(uow, new_row, replace(draft, slug=slug))
            uow.flush()
            uow.commit()
            return article_from_row(new_row)

    def desk(self, translation_id: int) -> TranslationDesk:
        """The original now and then, the translation, their alignment and the change flags.

        Run it off the GUI thread: the alignment is a dynamic programme over all paragraphs.
        """
        with self._uow() as uow:
            row = existing_article_row(uow, translation_id)
            original_row = self._original_row(row)
            translation = article_from_row(row)
            original = article_from_row(original_row)
            latest = uow.revisions.latest_number(original_row.id)
            base = row.translation_of_revision
            then: Article | None = None
            if base is not None:
                revision = uow.revisions.get(original_row.id, base)
                if revision is not None:
                    then = article_from_snapshot(revision.snapshot, article_id=original.id,
                                                 number=base)
            terms = term_pairs(stored_terms(uow), original.language, translation.language)
        old_body = then.body if then is not None else original.body
        # Once: costly for a long story. The glossary's terms anchor rows that transliteration
        # cannot pair (SCO and ШОС).
        alignment = align_bodies(old_body, translation.body, terms)
        return TranslationDesk(
            original=original,
            original_then=then,
            translation=translation,
            base_revision=base if then is not None else None,
            latest_revision=latest,
            alignment=alignment,
            rows=desk_rows(old_body, original.body, translation.body, alignment),
            terms=terms,
        )

    def mark_synced(
        self, translation_id: int, *, version: int | None = None, who: str = "",
        moved_keys: Mapping[str, str] | None = None,
    ) -> Article:
        """The translator has taken the original's changes in: point at its text as it is now.

        A revision of the original is recorded first when the latest one is older than the
        text, so the next change is flagged against exactly what was translated. ``version``
        is the translation's version the desk holds; a newer one in the database is refused.
        ``moved_keys`` (old row key -> new) moves the rows' stored states to the keys of the
        original now, in the same transaction: a failure leaves neither half behind.
        """
        with self._uow() as uow:
            row = existing_article_row(uow, translation_id)
            if version is not None and row.version != version:
                raise ConflictError(wording(
                    "'{headline}' was changed elsewhere (version {theirs}, yours {yours}); "
                    "reopen the desk to see the newer text",
                    headline=row.headline, theirs=row.version, yours=version))
            original_row = self._original_row(row)
            number = _revision_of_now(uow, original_row, note="Translations brought up to date",
                                      who=who)
            row.translation_of_revision = number
            uow.flush()
            if moved_keys:
                move_row_keys(uow, translation_id, moved_keys)
            uow.commit()
            return article_from_row(row)

    def original_id(self, article_id: int) -> int:
        """The story whose desk opens for ``article_id``: its original if it is a translation."""
        with self._uow() as uow:
            row = existing_article_row(uow, article_id)
            return row.original.id if row.original is not None else row.id

    def translations(self, original_id: int) -> list[Article]:
        with self._uow() as uow:
            existing_article_row(uow, original_id)
            return [article_from_row(r) for r in uow.articles.translations_of(original_id)]


    @staticmethod
    def _original_row(row: ArticleRow) -> ArticleRow:
        if row.original is None and row.translation_of_revision is not None:
            # It was made from a revision of an original that has since been deleted (the
            # link was cleared with it): say so, rather than "not a translation".
            raise InvalidInputError(wording(
                "the original of '{headline}' is no longer in the newsroom (it was deleted); "
                "the translation is kept as a story of its own", headline=row.headline),
                field="translation_of")
        if row.original is None:
            raise InvalidInputError(wording(
                "'{headline}' is not a translation: it has no original to compare with",
                headline=row.headline), field="translation_of")
        return row.original


def translation_service_for(newsroom: Newsroom) -> TranslationService:
    """The desk's service for an open newsroom, so the UI never handles the unit of work."""
    return TranslationService(newsroom.uow)
