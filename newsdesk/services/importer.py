"""Import stories from interchange files: each file is one transaction, all or nothing."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from newsdesk.db.mapping import apply_source, article_from_row, snapshot_of
from newsdesk.db.models import ArticleRow, AuthorRow, SourceRow
from newsdesk.db.uow import UnitOfWork, UnitOfWorkFactory
from newsdesk.domain.article import Article, BylineEntry, Status
from newsdesk.domain.errors import InvalidInputError
from newsdesk.domain.interchange import (
    ParsedStory,
    body_offset_line,
    decode_story_bytes,
    field_line,
    parse_story,
    undefined_citations,
)
from newsdesk.domain.slugs import make_slug, unique_slug
from newsdesk.domain.validation import validate_article
from newsdesk.services.article_writer import record_revision, write_article


@dataclass(frozen=True)
class ImportResult:
    """What one file did: the story it created or updated, and warnings to show."""

    path: str
    article: Article
    created: bool
    warnings: tuple[str, ...] = ()
    unchanged: bool = False
    """An update whose file says exactly what the story already says: nothing was written."""


class ImportService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def import_files(
        self, paths: Sequence[Path], *, update: bool = False, who: str = ""
    ) -> Iterator[tuple[Path, ImportResult | InvalidInputError]]:
        """Import files one at a time (each all or nothing), yielding each file's outcome.

        A translation may come before its original (``water-ru.md`` sorts before
        ``water.md``): one refused for a missing ``translation_of`` is tried again once the
        other files are in, so an exported folder imports back in one go.
        """
        waiting: list[Path] = []
        for path in paths:
            try:
                yield path, self.import_file(path, update=update, who=who)
            except InvalidInputError as exc:
                if exc.field == "translation_of" and len(paths) > 1:
                    waiting.append(path)
                else:
                    yield path, exc
        for path in waiting:
            try:
                yield path, self.import_file(path, update=update, who=who)
            except InvalidInputError as exc:
                yield path, exc

    def import_file(self, path: Path, *, update: bool = False, who: str = "") -> ImportResult:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InvalidInputError(
                f"cannot read the file: {exc.strerror}", file=str(path)
            ) from exc
        text = decode_story_bytes(data, str(path))
        return self.import_text(text, filename=str(path), update=update, who=who)

    def import_text(
        self, text: str, *, filename: str = "<text>", update: bool = False, who: str = ""
    ) -> ImportResult:
        parsed = parse_story(text, filename)
        try:
            validate_article(parsed.article)
        except InvalidInputError as exc:
            raise InvalidInputError(
                exc.message, file=filename, field=exc.field, line=field_line(parsed, exc.field)
            ) from exc
        with self._uow() as uow:
            self._check_citations(uow, parsed, filename)
            self._register_sources(uow, parsed, filename)
            article = self._with_byline(uow, parsed)
            # A slug derived from the headline counts as much as one written in the file:
            # importing the same story twice must not quietly make a "-2" copy of it.
            existing = uow.articles.get_by_slug(article.slug)
            if existing is not None and not update:
                raise InvalidInputError(
                    f"a story with slug '{article.slug}' already exists; import it again "
                    "with update (newsdesk import --update) to replace it; the current text "
                    "is kept as a revision",
                    file=filename,
                    field="slug",
                    line=field_line(parsed, "slug" if parsed.slug_given else "headline"),
                )
            if existing is not None and _same_story(article_from_row(existing), article):
                # Re-running an import (a sync from another system) must not pile up
                # revisions and versions for stories nobody changed.
                return ImportResult(filename, article_from_row(existing), False,
                                    parsed.warnings, unchanged=True)
            created = existing is None
            if existing is None:
                row = ArticleRow(version=1)
                if parsed.date is not None:
                    row.created_at = parsed.date
                uow.articles.add(row)
            else:
                row = existing
                record_revision(uow, row, note=f"before import of {Path(filename).name}", who=who)
                row.updated_at = datetime.now(UTC)
            try:
                write_article(uow, row, article)
            except InvalidInputError as exc:
                raise InvalidInputError(
                    exc.message, file=filename, field=exc.field,
                    line=field_line(parsed, exc.field),
                ) from exc
            if article.status is Status.PUBLISHED and row.published_at is None:
                row.published_at = parsed.date or datetime.now(UTC)
            uow.flush()
            uow.search.index(row)
            uow.commit()
            return ImportResult(filename, article_from_row(row), created, parsed.warnings)

    @staticmethod
    def _check_citations(uow: UnitOfWork, parsed: ParsedStory, filename: str) -> None:
        keys = {ref_key for ref_key, _ in undefined_citations(parsed, set())}
        known = set(uow.sources.by_keys(sorted(keys)))
        missing = undefined_citations(parsed, known)
        if missing:
            key, offset = missing[0]
            raise InvalidInputError(
                f"cites source '{key}', which is neither in 'sources' nor in the registry",
                file=filename,
                line=body_offset_line(parsed, offset),
                field="body",
            )

    @staticmethod
    def _register_sources(uow: UnitOfWork, parsed: ParsedStory, filename: str) -> None:
        """Sources defined in the file join the registry; existing ids are left as they are."""
        existing = uow.sources.by_keys([source.key for source in parsed.sources])
        for source in parsed.sources:
            if source.key in existing:
                continue
            row = SourceRow()
            apply_source(row, source)
            uow.sources.add(row)
        uow.flush()

    @staticmethod
    def _with_byline(uow: UnitOfWork, parsed: ParsedStory) -> Article:
        entries: list[BylineEntry] = []
        for spec in parsed.authors:
            row = uow.authors.find_by_name(spec.name)
            if row is None:
                slug = unique_slug(make_slug(spec.name), uow.authors.slug_taken)
                row = AuthorRow(
                    name=spec.name,
                    slug=slug,
                    roles=[str(spec.role)],
                    bio=spec.bio or "",
                    email=spec.email or "",
                    phone="",
                    photo_mime="",
                    languages=[parsed.article.language],
                    links=[],
                    active=True,
                )
                uow.authors.add(row)
                uow.flush()
            entries.append(BylineEntry(spec.name, spec.role, row.id, row.slug))
        return replace(parsed.article, byline=tuple(entries))


def _same_story(stored: Article, incoming: Article) -> bool:
    """Whether an update would change nothing a reader or an editor can see."""
    mutable = ("version", "published_at")
    before, after = snapshot_of(stored), snapshot_of(incoming)
    for key in mutable:
        before.pop(key, None)
        after.pop(key, None)
    return before == after and set(stored.source_keys) >= set(incoming.source_keys)
