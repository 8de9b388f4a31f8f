"""Import stories from interchange files: each file is one transaction, all or nothing."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Final

from newsdesk.db.mapping import (
    apply_author_names,
    apply_source,
    apply_source_names,
    article_from_row,
    author_names_of,
    snapshot_of,
    source_names_of,
)
from newsdesk.db.models import ArticleRow, AuthorRow, SourceRow
from newsdesk.db.uow import UnitOfWork, UnitOfWorkFactory
from newsdesk.domain.article import Article, BylineEntry, Status
from newsdesk.domain.errors import InvalidInputError, Wording, os_reason, wording
from newsdesk.domain.interchange import (
    ParsedStory,
    body_offset_line,
    decode_story_bytes,
    field_line,
    parse_story,
    undefined_citations,
)
from newsdesk.domain.new_story import with_house_defaults
from newsdesk.domain.one_line import one_line
from newsdesk.domain.people import Source, SourceName, name_language
from newsdesk.domain.slugs import make_slug, unique_slug
from newsdesk.domain.validation import validate_article
from newsdesk.services.article_writer import record_revision, write_article
from newsdesk.services.house import house_settings_in
from newsdesk.services.names import (
    clean_author_names,
    clean_source_names,
    merged_author_names,
    merged_source_names,
)


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
        text = decode_story_bytes(read_story_file(path), str(path))
        return self.import_text(text, filename=str(path), update=update, who=who)

    def import_text(
        self, text: str, *, filename: str = "<text>", update: bool = False, who: str = ""
    ) -> ImportResult:
        parsed = parse_story(text, filename)
        try:
            validate_article(parsed.article)
        except InvalidInputError as exc:
            raise InvalidInputError(
                exc.wording or exc.message, file=filename, field=exc.field,
                line=field_line(parsed, exc.field),
            ) from exc
        with self._uow() as uow:
            self._check_citations(uow, parsed, filename)
            learned = self._register_sources(uow, parsed, filename)
            article, learned_names = self._with_byline(uow, parsed, filename)
            # A slug derived from the headline counts as much as one written in the file:
            # importing the same story twice must not quietly make a "-2" copy of it.
            existing = uow.articles.get_by_slug(article.slug)
            if existing is not None and not update:
                raise InvalidInputError(
                    _slug_taken_message(uow, existing, article),
                    file=filename,
                    field="slug",
                    line=field_line(parsed, "slug" if parsed.slug_given else "headline"),
                )
            if existing is not None and _same_story(article_from_row(existing), article):
                # Re-running an import (a sync from another system) must not pile up
                # revisions and versions for stories nobody changed; names in other
                # languages it taught the registry or the profiles are kept all the same.
                if learned or learned_names:
                    uow.commit()
                return ImportResult(filename, article_from_row(existing), False,
                                    parsed.warnings, unchanged=True)
            created = existing is None
            if existing is None:
                # A new story gets the house's language, credit and date where the file gives
                # none (a file's own date of writing stands in for today).
                article = with_house_defaults(
                    article, house_settings_in(uow),
                    parsed.date.date() if parsed.date else date.today(),
                    language_given="language" in parsed.key_lines)
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
                    exc.wording or exc.message, file=filename, field=exc.field,
                    line=field_line(parsed, exc.field),
                ) from exc
            if article.status is Status.PUBLISHED and row.published_at is None:
                row.published_at = parsed.date or datetime.now(UTC)
            uow.flush()
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
                wording("cites source '{key}', which is neither in 'sources' nor in the "
                        "registry", key=key),
                file=filename,
                line=body_offset_line(parsed, offset),
                field="body",
            )

    @staticmethod
    def _register_sources(uow: UnitOfWork, parsed: ParsedStory, filename: str) -> bool:
        """Sources defined in the file join the registry; an existing id keeps its entry but
        learns the file's names in other languages (a translation's own name and title for a
        source are its language's), in the same transaction as the story. True when an
        existing entry learned names."""
        learned = False
        existing = uow.sources.by_keys([source.key for source in parsed.sources])
        for index, source in enumerate(parsed.sources):
            try:
                source = replace(source, names=clean_source_names(source.names))
                row = existing.get(source.key)
                if row is None:
                    row = SourceRow()
                    apply_source(row, source)
                    uow.sources.add(row)
                    continue
                offered = list(source.names)
                if parsed.article.translation_of:
                    offered.append(_translated_name(row, source, parsed.article.language))
                names = merged_source_names(row.key, source_names_of(row), offered)
                if names is not None:
                    apply_source_names(row, names)
                    learned = True
            except InvalidInputError as exc:
                raise InvalidInputError(exc.wording or exc.message, file=filename,
                                        field=f"sources[{index}].{exc.field or 'names'}",
                                        line=field_line(parsed, "sources")) from exc
        uow.flush()
        return learned

    @staticmethod
    def _with_byline(uow: UnitOfWork, parsed: ParsedStory,
                     filename: str) -> tuple[Article, bool]:
        """The story with its byline matched to profiles (made when missing), and whether an
        existing profile learned names in other languages from the file."""
        entries: list[BylineEntry] = []
        learned = False
        for index, spec in enumerate(parsed.authors):
            try:
                spec = replace(spec, names=clean_author_names(spec.names))
                row = uow.authors.find_by_name(spec.name)
                names = (merged_author_names(row.name, author_names_of(row), spec.names)
                         if row is not None else None)
            except InvalidInputError as exc:
                raise InvalidInputError(exc.wording or exc.message, file=filename,
                                        field=f"authors[{index}].{exc.field}",
                                        line=field_line(parsed, "authors")) from exc
            if row is not None and names is not None:
                apply_author_names(row, names)
                learned = True
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
                apply_author_names(row, spec.names)
                uow.authors.add(row)
                uow.flush()
            # The profile's main name, whichever of its names the file used: a Russian file
            # naming "Сергей Кван" is the same byline as the English one naming Sergey Kwan.
            entries.append(BylineEntry(row.name, spec.role, row.id, row.slug))
        return replace(parsed.article, byline=tuple(entries)), learned


def _translated_name(row: SourceRow, source: Source, language: str) -> SourceName:
    """What a translation's own wording of a registry source says in its language: the name
    and title it gives where they differ from the entry's main ones (else blank: nothing)."""
    return SourceName(
        name_language(language),
        name=source.name if source.name != row.name else "",
        title=source.title if source.title and source.title != row.title else "",
    )


MAX_STORY_FILE_BYTES: Final = 10 * 1024 * 1024
"""The largest story file an import reads: a whole book is a few megabytes of Markdown."""
_NOT_REGULAR: Final = (
    (stat.S_ISDIR, wording("a folder")),
    (stat.S_ISFIFO, wording("a named pipe (FIFO)")),
    (stat.S_ISCHR, wording("a device")),
    (stat.S_ISBLK, wording("a device")),
    (stat.S_ISSOCK, wording("a socket")),
)


def read_story_file(path: Path) -> bytes:
    """The bytes of a story file, refusing anything but a regular file of sane size.

    Opened without blocking and checked on the open descriptor (no gap between the check and
    the read): a named pipe would wait forever for a writer, ``/dev/zero`` would fill memory.
    At most one byte past the limit is read, so a file that grows while being read is
    refused too.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise InvalidInputError(_unreadable(exc), file=str(path)) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = next((name for test, name in _NOT_REGULAR if test(info.st_mode)),
                        wording("not a regular file"))
            raise InvalidInputError(
                wording("is {kind}, not a story file; import Markdown files only", kind=kind),
                file=str(path),
            )
        if info.st_size > MAX_STORY_FILE_BYTES:
            raise InvalidInputError(_too_big(info.st_size), file=str(path))
        with os.fdopen(os.dup(fd), "rb") as handle:
            data = handle.read(MAX_STORY_FILE_BYTES + 1)
    except OSError as exc:
        raise InvalidInputError(_unreadable(exc), file=str(path)) from exc
    finally:
        os.close(fd)
    if len(data) > MAX_STORY_FILE_BYTES:
        raise InvalidInputError(_too_big(len(data)), file=str(path))
    return data


def _unreadable(exc: OSError) -> Wording:
    return wording("cannot read the file: {reason}", reason=os_reason(exc))


def _too_big(size: int) -> Wording:
    return wording("is {size} MB; a story file may be at most {limit} MB (is it really a "
                   "story?)", size=f"{size / (1024 * 1024):,.1f}",
                   limit=MAX_STORY_FILE_BYTES // (1024 * 1024))


def _slug_taken_message(uow: UnitOfWork, existing: ArticleRow, article: Article) -> Wording:
    """Why the import stops, and what to do: ``--update`` only when it is the same story.

    Suggesting ``--update`` for an unrelated story with the same slug would have the user
    replace that story with this one.
    """
    slug = article.slug
    if _same_headline(existing.headline, article.headline):
        return wording("a story with slug '{slug}' already exists; if this file is a new "
                       "version of that story, import it with update (newsdesk import --update; "
                       "the current text is kept as a revision); otherwise give it its own "
                       "slug: in the front matter", slug=slug)
    free = unique_slug(slug, uow.articles.slug_taken)
    return wording("slug '{slug}' is taken by another story, '{headline}'; give this file its "
                   "own slug: in the front matter (slug: {free}, say); only if it is a new "
                   "version of that story, import it with --update",
                   slug=slug, headline=one_line(existing.headline), free=free)


def _same_headline(stored: str, incoming: str) -> bool:
    """Headlines that differ at most in case, spacing and punctuation."""
    return make_slug(stored) == make_slug(incoming)


def _same_story(stored: Article, incoming: Article) -> bool:
    """Whether an update would change nothing a reader or an editor can see."""
    mutable = ("version", "published_at")
    before, after = snapshot_of(stored), snapshot_of(incoming)
    for key in mutable:
        before.pop(key, None)
        after.pop(key, None)
    return before == after and set(stored.source_keys) >= set(incoming.source_keys)
