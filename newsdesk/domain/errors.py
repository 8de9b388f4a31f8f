"""Errors a user can cause, each naming where the problem is so the message says what to fix."""

from __future__ import annotations

import errno
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from newsdesk.domain.workflow import Problem


@dataclass(frozen=True)
class Wording:
    """An English sentence with named fields, kept apart from the values filled into it.

    ``str()`` is the English text the CLI and the log print; the window looks the template up
    in its catalogue (``newsdesk.ui.error_text``), translates it and fills the same values in,
    so the Russian interface says it in Russian while the domain stays free of Qt. A value may
    itself be a :class:`Wording` (a situation inside a piece of advice).
    """

    template: str
    values: Mapping[str, str | Wording] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format_map({key: str(value) for key, value in self.values.items()})


def wording(template: str, /, **values: object) -> Wording:
    """A :class:`Wording`; values other than text and wordings are written with ``str()``."""
    return Wording(template, {key: value if isinstance(value, Wording) else str(value)
                              for key, value in values.items()})


def wording_of(error: BaseException) -> Wording | None:
    """The wording ``error`` was raised with, when it says all the error says.

    An error whose text adds a file, line or field before its wording (an
    :class:`InvalidInputError` with a location) has none here: the English text then
    stands, rather than a translation that drops where the problem is.
    """
    found = getattr(error, "wording", None)  # a NewsdeskError, or a DatelineError (ValueError)
    return found if isinstance(found, Wording) and str(found) == str(error) else None


# What the operating system says, by errno, in our own words: Python's ``strerror`` is
# English and differs between systems; these the window translates (newsdesk.ui.error_texts
# .os_reasons lists the same sentences for the catalogue).
OS_REASONS: Final[Mapping[int, str]] = {
    errno.ENOENT: "there is no such file or folder",
    errno.EACCES: "permission denied",
    errno.EPERM: "the operation is not permitted",
    errno.ENOSPC: "no space left on the disk",
    errno.EROFS: "the disk is read-only",
    errno.EISDIR: "it is a folder",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EEXIST: "it exists already",
    errno.EIO: "the disk could not be read or written",
    errno.ENAMETOOLONG: "the name is too long",
}


def os_reason(error: OSError) -> str | Wording:
    """Why the system refused, for "cannot be read: {reason}": a wording for a common errno,
    the system's own words for the rest (the log keeps those always, through ``from exc``)."""
    known = OS_REASONS.get(error.errno) if error.errno is not None else None
    return Wording(known) if known is not None else error.strerror or str(error)


class NewsdeskError(Exception):
    """Base for every failure that is shown to a user as a message, never as a traceback.

    Raised with a :class:`Wording` (``ConflictError(wording("…{name}…", name=…))``), the error
    keeps it as ``wording`` for the interface to translate; with plain text it has none and
    is shown as it is.
    """

    wording: Wording | None = None

    def __init__(self, *args: object) -> None:
        if args and isinstance(args[0], Wording):
            self.wording = args[0]
            args = (str(args[0]), *args[1:])
        super().__init__(*args)


class InvalidInputError(NewsdeskError):
    """Bad data in a field, a file or a line: ``str()`` is the one-line message to show."""

    def __init__(
        self,
        message: str | Wording,
        *,
        field: str = "",
        file: str = "",
        line: int | None = None,
    ) -> None:
        self.wording = message if isinstance(message, Wording) else None
        self.message = str(message)
        self.field = field
        self.file = file
        self.line = line
        super().__init__(self.location_message())

    def location_message(self) -> str:
        where = self.file
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"line {self.line}"
        prefix = f"{where}: " if where else ""
        field = f"field '{self.field}': " if self.field else ""
        return f"{prefix}{field}{self.message}"


class NotFoundError(NewsdeskError):
    """A story, author or source that the user named does not exist."""


class ConflictError(NewsdeskError):
    """Somebody else saved a newer version; ours is refused rather than overwriting theirs."""


class InUseError(NewsdeskError):
    """Deleting something that other records still rely on (an author with bylines)."""


class NotReadyError(InvalidInputError):
    """Moving to ready/published was refused; ``problems`` lists what to fix, in order."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        summary = " ".join(problem.message for problem in problems[:3])
        more = f" And {len(problems) - 3} more." if len(problems) > 3 else ""
        super().__init__(f"Not ready: {summary}{more}", field=problems[0].field)

    def location_message(self) -> str:
        # Shown in the status bar and the CLI: plain words, not "field 'dateline': …".
        return self.message


class StorageError(NewsdeskError):
    """The database could not do what was asked; the message says what the user can do.

    Raised at the service boundary in place of driver errors (see ``newsdesk.db.failures``).
    ``retryable``: the same call may succeed later without anyone changing anything (a lock
    released, a server back), so the desk keeps the text and tries again by itself.
    """

    retryable = False

    def __init__(self, message: str | Wording, *, situation: str | Wording = "") -> None:
        super().__init__(message)
        self.situation_wording = situation if isinstance(situation, Wording) else self.wording
        self.situation = str(situation) or str(message)
        """What happened, without the advice: for a caller that gives its own (the desk
        keeps the text and retries by itself, so "try again" would mislead)."""


class DatabaseBusyError(StorageError):
    """Another program holds a write lock on the newsroom (a long import, a backup tool)."""

    retryable = True


class DatabaseOfflineError(StorageError):
    """The database server cannot be reached, or the newsroom file's disk went away."""

    retryable = True


class DatabaseReadOnlyError(StorageError):
    """The newsroom may be read but not written (file permissions, a read-only mount)."""

    retryable = True


class DatabaseDamagedError(StorageError):
    """The newsroom file is damaged or empty: it is never written to, a backup is offered."""
