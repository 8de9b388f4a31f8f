"""What a profile or source form does when its save is refused because a colleague saved first.

The profile dialog and the source dock handle a refused save the same way: read the stored
version, show what the colleague changed field by field, then either drop the edits (Reload)
or keep them on top of the colleague's version (Keep Editing). One :class:`SaveConflict`
does that for both; the owner reads the stored entry with the refused save (on the task
runner, never here) and says which fields to compare and what showing the stored entry
means for it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication

from newsdesk.domain.errors import ConflictError
from newsdesk.ui.error_text import error_text
from newsdesk.ui.people.conflict_bar import ConflictBar, FieldChange, changed_fields
from newsdesk.ui.people.message_banner import MessageBanner


class Versioned(Protocol):
    """A profile or a source: saved with the version it was read at."""

    @property
    def name(self) -> str: ...

    @property
    def version(self) -> int: ...


class VersionedForm(Protocol):
    """A form that can count its edits as made on a newer version (after Keep Editing)."""

    def adopt_version(self, version: int) -> None: ...


V = TypeVar("V", bound=Versioned)


def _no_more_changes(theirs: object, yours: object) -> list[FieldChange]:
    return []


class SaveConflict(Generic[V]):
    """The conflict behind a form's refused save, from the refusal to the user's choice.

    The owner's save task reads the colleague's version with the refusal and hands both to
    :meth:`show_refusal` (None when there is none to compare with, e.g. a new entry, or it
    was deleted meanwhile); ``fields_of`` labels the fields the bar compares and
    ``more_changes`` adds what is not text (a photo). ``show_stored(theirs)`` drops the
    edits and shows the stored entry; ``adopted(theirs)`` tells the owner that the form's
    edits now stand on the colleague's version.
    """

    def __init__(
        self,
        bar: ConflictBar,
        banner: MessageBanner,
        form: VersionedForm,
        *,
        fields_of: Callable[[V], Mapping[str, str]],
        show_stored: Callable[[V], object],
        adopted: Callable[[V], object],
        more_changes: Callable[[V, V], list[FieldChange]] = _no_more_changes,
    ) -> None:
        self._bar, self._banner, self._form = bar, banner, form
        self._fields_of, self._more_changes = fields_of, more_changes
        self._show_stored, self._adopted = show_stored, adopted
        # The colleague's version behind the last refused save (None: no conflict shown).
        self._theirs: V | None = None
        bar.reload_requested.connect(self.on_reload_requested)
        bar.keep_editing_requested.connect(self.on_keep_editing_requested)

    @property
    def theirs(self) -> V | None:
        """The colleague's version while the bar is up."""
        return self._theirs

    def show_refusal(self, edited: V, error: ConflictError, theirs: V | None) -> None:
        """Show what the colleague changed in ``theirs`` (read with the refusal, on the task
        runner); the form keeps ``edited`` as the user typed it."""
        if theirs is None:  # nothing stored to compare with: the refusal says it all
            self._banner.show_error(error_text(error))
            return
        self._theirs = theirs
        self._banner.clear_message()
        message = QCoreApplication.translate(
            "SaveConflict",
            "“{name}” was changed elsewhere while you edited it (version {stored}, yours "
            "{yours}). Reload to see their text, or keep editing and save yours over it."
        ).format(name=theirs.name, stored=theirs.version, yours=edited.version)
        changes = changed_fields(self._fields_of(theirs), self._fields_of(edited))
        self._bar.show_conflict(message, changes + self._more_changes(theirs, edited))

    def clear(self) -> None:
        """Another entry (or the stored one) is shown: the conflict is over."""
        self._theirs = None
        self._bar.hide()

    def on_reload_requested(self) -> None:
        """Drop the edits and show the stored entry (the colleague's)."""
        theirs = self._theirs
        if theirs is not None:
            self._show_stored(theirs)

    def on_keep_editing_requested(self) -> None:
        """Keep the edits; the user has seen the colleague's version, so Save stores the
        form over it (the version moves to theirs)."""
        theirs = self._theirs
        if theirs is None:
            return
        self._theirs = None
        self._form.adopt_version(theirs.version)
        self._adopted(theirs)
        self._banner.show_info(QCoreApplication.translate(
            "SaveConflict",
            "Your edits are kept. Saving now stores them over the colleague's version."))
