"""Author profiles: create, edit, deactivate, merge, and every story of an author.

Refusals carry a :class:`~newsdesk.domain.errors.Wording` for the window to translate.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm.exc import StaleDataError

from newsdesk.db.mapping import apply_author, apply_author_names, author_from_row, author_names_of
from newsdesk.db.models import AuthorRow
from newsdesk.db.uow import UnitOfWork, UnitOfWorkFactory
from newsdesk.domain.article import Role, Status
from newsdesk.domain.errors import (
    ConflictError,
    InUseError,
    InvalidInputError,
    NotFoundError,
    Wording,
    wording,
)
from newsdesk.domain.one_line import one_line
from newsdesk.domain.people import Author
from newsdesk.domain.slugs import make_slug, unique_slug
from newsdesk.services.names import clean_author_names

MAX_PHOTO_BYTES = 2_000_000
PHOTO_MIMES = frozenset({"image/png", "image/jpeg", "image/webp"})
EMAIL_SHAPE = "@"


def validate_author(author: Author) -> None:
    if not author.name.strip():
        raise InvalidInputError(wording("is empty: a profile needs a name"), field="name")
    if len(author.name) > 200:
        raise InvalidInputError(wording("is longer than {limit} characters", limit=200),
                                field="name")
    if "\x00" in author.name or "\x00" in author.bio:
        raise InvalidInputError(
            wording("contains a NUL character"), field="bio" if "\x00" in author.bio else "name"
        )
    if author.email and (EMAIL_SHAPE not in author.email or " " in author.email.strip()):
        raise InvalidInputError(
            wording("'{email}' is not an e-mail address", email=author.email), field="email")
    if author.photo is not None:
        if author.photo_mime not in PHOTO_MIMES:
            raise InvalidInputError(
                wording("'{kind}' photos are not accepted; use PNG, JPEG or WebP",
                        kind=author.photo_mime or "unknown"),
                field="photo",
            )
        if len(author.photo) > MAX_PHOTO_BYTES:
            raise InvalidInputError(
                wording("is {size} MB after scaling; the limit is 2 MB",
                        size=f"{len(author.photo) / 1e6:.1f}"),
                field="photo",
            )
    if not author.roles:
        raise InvalidInputError(wording("pick at least one role"), field="roles")


class AuthorService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def all(self, *, include_inactive: bool = True) -> list[Author]:
        with self._uow() as uow:
            return [author_from_row(r) for r in uow.authors.list(include_inactive=include_inactive)]

    def get(self, author_id: int) -> Author:
        with self._uow() as uow:
            row = uow.authors.get(author_id)
            if row is None:
                raise NotFoundError(_no_author(author_id))
            return author_from_row(row)

    def find(self, name_or_slug: str) -> Author:
        with self._uow() as uow:
            row = uow.authors.get_by_slug(name_or_slug) or uow.authors.find_by_name(name_or_slug)
            if row is None:
                raise NotFoundError(wording("no author named '{name}'", name=name_or_slug))
            return author_from_row(row)

    def create(self, author: Author) -> Author:
        author = replace(author, name=one_line(author.name),
                         names=clean_author_names(author.names))
        validate_author(author)
        with self._uow() as uow:
            _refuse_a_second_profile(uow, author.name)
            slug = unique_slug(
                author.slug or make_slug(author.name), lambda s: uow.authors.slug_taken(s)
            )
            row = AuthorRow()
            apply_author(row, replace(author, slug=slug))
            uow.authors.add(row)
            uow.commit()
            return author_from_row(row)

    def update(self, author: Author) -> Author:
        if author.id is None:
            return self.create(author)
        author_id = author.id
        author = replace(author, name=one_line(author.name),
                         names=clean_author_names(author.names))
        validate_author(author)
        with self._uow() as uow:
            row = uow.authors.get(author_id)
            if row is None:
                raise NotFoundError(_no_author(author_id))
            if row.version != author.version:
                raise ConflictError(changed_elsewhere(row.name, row.version, author.version))
            if uow.authors.slug_taken(author.slug, except_id=author.id):
                raise InvalidInputError(
                    wording("'{slug}' is another author's", slug=author.slug), field="slug")
            _refuse_a_second_profile(uow, author.name, except_id=author_id)
            name = row.name
            try:
                # A colleague's save can land between the check above and our UPDATE: the
                # version then matches no row and the save is refused like any conflict.
                apply_author(row, author)
                uow.commit()
            except StaleDataError as exc:
                raise ConflictError(saved_at_the_same_time(name)) from exc
            return author_from_row(row)

    def set_active(self, author_id: int, active: bool) -> Author:
        return self.update(replace(self.get(author_id), active=active))

    def delete(self, author_id: int) -> None:
        """Refused while the author is in any byline: merge or deactivate instead."""
        with self._uow() as uow:
            row = uow.authors.get(author_id)
            if row is None:
                raise NotFoundError(_no_author(author_id))
            count = uow.authors.byline_count(author_id)
            if count == 1:
                raise InUseError(wording(
                    "{name} is in the byline of 1 story; merge the profile into another or "
                    "deactivate it instead", name=row.name))
            if count:
                raise InUseError(wording(
                    "{name} is in the byline of {count} stories; merge the profile into "
                    "another or deactivate it instead", name=row.name, count=count))
            uow.authors.delete(row)
            uow.commit()

    def merge(self, keep_id: int, merge_id: int, *, bio_from: int | None = None) -> Author:
        """Move every byline of ``merge_id`` onto ``keep_id`` and delete the duplicate."""
        if keep_id == merge_id:
            raise InvalidInputError(wording("cannot merge a profile into itself"),
                                    field="author")
        with self._uow() as uow:
            keep, gone = uow.authors.get(keep_id), uow.authors.get(merge_id)
            if keep is None or gone is None:
                raise NotFoundError(wording("one of the profiles to merge no longer exists"))
            for entry in uow.authors.byline_rows(merge_id):
                entry.author = keep
            if bio_from == merge_id:
                keep.bio = gone.bio
            keep.roles = list(dict.fromkeys([*keep.roles, *gone.roles]))
            keep.languages = list(dict.fromkeys([*keep.languages, *gone.languages]))
            keep.photo = keep.photo or gone.photo
            keep.photo_mime = keep.photo_mime or gone.photo_mime
            keep.email = keep.email or gone.email
            keep.phone = keep.phone or gone.phone
            # Languages the kept profile has no name for take the duplicate's.
            kept = {entry.language for entry in author_names_of(keep)}
            apply_author_names(keep, (*author_names_of(keep), *(
                entry for entry in author_names_of(gone) if entry.language not in kept)))
            uow.flush()
            uow.authors.delete(gone)
            uow.commit()
            return author_from_row(keep)

    def status_counts(self, author_id: int) -> dict[Status, int]:
        with self._uow() as uow:
            counts = uow.authors.status_counts(author_id)
        return {status: counts.get(str(status), 0) for status in Status}

    def ensure(
        self,
        name: str,
        *,
        role: Role = Role.REPORTER,
        bio: str | None = None,
        email: str | None = None,
    ) -> Author:
        """The profile with this name, created when missing (used by the importer)."""
        with self._uow() as uow:
            row = uow.authors.find_by_name(name)
            if row is not None:
                return author_from_row(row)
        return self.create(Author(name=name, roles=(role,), bio=bio or "", email=email or ""))


def _no_author(author_id: int) -> Wording:
    return wording("author #{id} does not exist", id=author_id)


def changed_elsewhere(name: str, stored: int, yours: int) -> Wording:
    """The refusal of a profile or source saved from an older version than the stored one."""
    return wording("'{name}' was changed elsewhere (version {stored}, yours {yours}); reload "
                   "it to see the newer text", name=name, stored=stored, yours=yours)


def saved_at_the_same_time(name: str) -> Wording:
    return wording("'{name}' was saved elsewhere at the same time; reload it to see the newer "
                   "text", name=name)


def _refuse_a_second_profile(uow: UnitOfWork, name: str, *, except_id: int | None = None) -> None:
    """One profile per name: bylines and imports find people by name, so two "Jane Roe"s
    would send stories to whichever was made first."""
    existing = uow.authors.find_by_name(name)
    if existing is not None and existing.id != except_id:
        raise InvalidInputError(
            wording("'{name}' already has a profile ({slug}); open that one, or tell the two "
                    "people apart, e.g. with a middle initial", name=existing.name,
                    slug=existing.slug),
            field="name",
        )
