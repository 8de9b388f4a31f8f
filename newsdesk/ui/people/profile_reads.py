"""What the profiles dialog reads and writes on the task runner: each call is one worker's work.

The dialog never calls the author service itself: a PostgreSQL server across the newsroom's
network, or a colleague's write lock on a SQLite file, would freeze it for each round trip.
These functions run on a worker and hand back plain values (the list, the profile with its
story counts, the outcome of a save) for the dialog to show on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from newsdesk.domain.article import Status
from newsdesk.domain.errors import ConflictError, NewsdeskError
from newsdesk.domain.people import Author
from newsdesk.services.newsroom import Newsroom


@dataclass(frozen=True)
class ShownProfile:
    """A profile as the dialog shows it: the author and how many stories carry the byline,
    by status (None: a new profile, nothing stored yet)."""

    author: Author | None
    counts: dict[Status, int] = field(default_factory=dict)


@dataclass(frozen=True)
class ProfilesChange:
    """A write's outcome: the list after it and the profile to show (None: none to select),
    or the conflict that refused it with the colleague's version (None: nothing to compare)."""

    outcome: Author | ConflictError | None
    authors: list[Author]
    shown: ShownProfile | None = None
    theirs: Author | None = None
    listed: bool = True
    """False when the write landed but the list could not be read after it (keep the old)."""


def read_profile(newsroom: Newsroom, author_id: int) -> ShownProfile:
    """The stored profile of ``author_id`` with its story counts (one worker task)."""
    return ShownProfile(newsroom.authors.get(author_id),
                        newsroom.authors.status_counts(author_id))


def read_all(newsroom: Newsroom, select_id: int | None = None) -> ProfilesChange:
    """The list of profiles, and ``select_id``'s profile when it still exists."""
    authors = newsroom.authors.all()
    shown = None
    if select_id is not None and any(author.id == select_id for author in authors):
        shown = read_profile(newsroom, select_id)
    return ProfilesChange(None, authors, shown)


def store_profile(newsroom: Newsroom, edited: Author) -> ProfilesChange:
    """Create or update ``edited`` (one transaction), then read the list and the stored
    profile; a conflict comes back with the colleague's version to compare with."""
    try:
        saved = newsroom.authors.update(edited)  # a profile without id is created
    except ConflictError as exc:
        theirs: Author | None = None
        if edited.id is not None:
            try:
                theirs = newsroom.authors.get(edited.id)
            except NewsdeskError:
                theirs = None  # deleted or merged away meanwhile: the refusal says it all
        return ProfilesChange(exc, [], None, theirs)
    try:
        return _after(newsroom, saved)
    except NewsdeskError:
        # The profile is stored: saying the save failed would make the user save it again
        # over their own version. Show what was stored; the list is read another time.
        return ProfilesChange(saved, [], ShownProfile(saved, {}), listed=False)


def change_profiles(newsroom: Newsroom, write: Callable[[Newsroom], Author | None]
                    ) -> ProfilesChange:
    """Run ``write`` (a delete, a merge, a deactivation: one service call, one transaction),
    then read the list and the profile it returned (None after a delete)."""
    return _after(newsroom, write(newsroom))


def _after(newsroom: Newsroom, changed: Author | None) -> ProfilesChange:
    authors = newsroom.authors.all()
    if changed is None or changed.id is None:
        return ProfilesChange(changed, authors)
    return ProfilesChange(changed, authors,
                          ShownProfile(changed, newsroom.authors.status_counts(changed.id)))
