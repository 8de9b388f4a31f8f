"""The source registry: who or what stories cite, and where each source is cited.

Refusals carry a :class:`~newsdesk.domain.errors.Wording` for the window to translate.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy.orm.exc import StaleDataError

from newsdesk.db.mapping import apply_source, source_from_row, summary_from_row
from newsdesk.db.models import SourceRow
from newsdesk.db.uow import UnitOfWorkFactory
from newsdesk.domain.article import ArticleSummary
from newsdesk.domain.citations import is_valid_source_key
from newsdesk.domain.errors import (
    ConflictError,
    InUseError,
    InvalidInputError,
    NotFoundError,
    Wording,
    wording,
)
from newsdesk.domain.one_line import one_line
from newsdesk.domain.people import Source
from newsdesk.services.authors import changed_elsewhere, saved_at_the_same_time
from newsdesk.services.names import clean_source_names


@dataclass(frozen=True)
class SourceUse:
    """A story that cites a source, and how many times."""

    article: ArticleSummary
    occurrences: int


def validate_source(source: Source) -> None:
    if not is_valid_source_key(source.key):
        raise InvalidInputError(
            wording("'{key}' is not a valid id: lowercase latin letters, digits, - and _, no "
                    "spaces", key=source.key),
            field="id",
        )
    if not source.name.strip():
        raise InvalidInputError(wording("is empty: a source needs a name"), field="name")
    if not source.on_record and not source.anonymity_reason.strip():
        raise InvalidInputError(
            wording("an anonymous source needs the reason anonymity was granted"),
            field="anonymity_reason",
        )


class SourceService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def all(self) -> list[Source]:
        with self._uow() as uow:
            return [source_from_row(row) for row in uow.sources.list()]

    def get(self, key: str) -> Source:
        with self._uow() as uow:
            row = uow.sources.get_by_key(key)
            if row is None:
                raise NotFoundError(_no_source(key))
            return source_from_row(row)

    def by_keys(self, keys: list[str]) -> dict[str, Source]:
        with self._uow() as uow:
            return {k: source_from_row(r) for k, r in uow.sources.by_keys(keys).items()}

    def create(self, source: Source) -> Source:
        source = _one_line_fields(replace(source, key=source.key.strip()))
        validate_source(source)
        with self._uow() as uow:
            if uow.sources.get_by_key(source.key) is not None:
                raise InvalidInputError(_taken(source.key), field="id")
            row = SourceRow()
            apply_source(row, source)
            uow.sources.add(row)
            uow.commit()
            return source_from_row(row)

    def update(self, source: Source) -> Source:
        source = _one_line_fields(source)
        if source.id is None:
            return self.create(source)
        validate_source(source)
        with self._uow() as uow:
            row = uow.sources.get(source.id)
            if row is None:
                raise NotFoundError(wording("source #{id} does not exist", id=source.id))
            if row.version != source.version:
                raise ConflictError(changed_elsewhere(row.name, row.version, source.version))
            other = uow.sources.get_by_key(source.key)
            if other is not None and other.id != source.id:
                raise InvalidInputError(_taken(source.key), field="id")
            name = row.name
            try:
                # A colleague's save between the check and the UPDATE: refused, not merged.
                apply_source(row, source)
                uow.commit()
            except StaleDataError as exc:
                raise ConflictError(saved_at_the_same_time(name)) from exc
            return source_from_row(row)

    def delete(self, key: str) -> None:
        with self._uow() as uow:
            row = uow.sources.get_by_key(key)
            if row is None:
                raise NotFoundError(_no_source(key))
            uses = uow.sources.citing_articles(row.id)
            if len(uses) == 1:
                raise InUseError(wording("'{name}' is cited in 1 story; it cannot be deleted",
                                         name=row.name))
            if uses:
                raise InUseError(wording("'{name}' is cited in {count} stories; it cannot be "
                                         "deleted", name=row.name, count=f"{len(uses):,}"))
            uow.sources.delete(row)
            uow.commit()

    def uses(self, key: str) -> list[SourceUse]:
        with self._uow() as uow:
            row = uow.sources.get_by_key(key)
            if row is None:
                raise NotFoundError(_no_source(key))
            return [
                SourceUse(summary_from_row(article), count)
                for article, count in uow.sources.citing_articles(row.id)
            ]


def _no_source(key: str) -> Wording:
    return wording("no source with id '{key}'", key=key)


def _taken(key: str) -> Wording:
    return wording("the id '{key}' is already in the registry", key=key)


def _one_line_fields(source: Source) -> Source:
    """A source's name, title, URL and contact on one line, without control characters;
    its names in other languages cleaned the same way (one entry per language)."""
    return replace(source, name=one_line(source.name), title=one_line(source.title),
                   url=one_line(source.url), contact=one_line(source.contact),
                   names=clean_source_names(source.names))
