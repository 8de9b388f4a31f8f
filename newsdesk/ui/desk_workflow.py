"""The open story's workflow commands: Save Revision and status moves, each saved first and then
run on the task runner as one command of the desk session's.

Apart from the session because they only need the story as stored (its id and version) and
the readiness check's answer, never the session's state: what to say when a move is refused
(the problems to fix, a colleague's newer version) lives here in one place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from newsdesk.domain.article import Article, Status
from newsdesk.domain.errors import ConflictError, NewsdeskError, NotFoundError, NotReadyError
from newsdesk.domain.workflow import Problem
from newsdesk.ui import desk_calls
from newsdesk.ui.desk_parts import DeskParts
from newsdesk.ui.desk_state import Command
from newsdesk.ui.error_text import error_text
from newsdesk.ui.status_labels import status_label


class DeskWorkflow:
    """Save Revision and status moves; outcomes go to the session's signals (callbacks).

    ``recorded(number)`` a revision landed; ``moved(article)`` a move landed;
    ``refused(status, problems)`` a move was refused for these readiness problems (the session
    says them: lupdate finds a plural only in a ``self.tr``); ``conflict(text)`` a newer
    stored version refused the move.
    """

    def __init__(
        self,
        parts: DeskParts,
        *,
        recorded: Callable[[int], None],
        moved: Callable[[Article], None],
        refused: Callable[[Status, list[Problem]], None],
        conflict: Callable[[str], None],
    ) -> None:
        self._parts = parts
        self._recorded = recorded
        self._moved = moved
        self._refused = refused
        self._conflict = conflict

    # -- revisions -----------------------------------------------------------------------------
    def save_revision(self, note: str) -> None:
        """Save now and record a named revision (``recorded`` with its number)."""
        parts = self._parts
        if not parts.begin(Command.REVISION):
            return
        parts.autosaver.flush(lambda stored: self._record_revision(note.strip(), stored))

    def _record_revision(self, note: str, stored: bool) -> None:
        parts = self._parts
        article_id = parts.open_id()
        if not stored:
            parts.end()
            parts.messages.info(parts.autosaver.message)
            return
        if article_id is None:
            parts.end()
            parts.messages.info(QCoreApplication.translate(
                "DeskSession", "Type a headline first: a new story is kept once it has one."))
            return
        said = note or QCoreApplication.translate("DeskSession", "Saved as a revision")
        parts.runner.run(desk_calls.revision, parts.articles, article_id, note, said,
                         on_result=lambda outcome: self._on_revision(said, outcome),
                         on_error=self._on_revision_failed)

    def _on_revision(self, note: str, outcome: tuple[int, bool]) -> None:
        number, recorded = outcome
        self._parts.end()
        if recorded:
            said = QCoreApplication.translate(
                "DeskSession", "Saved; revision {0} recorded ({1}).").format(number, note)
        else:
            # A second Ctrl+S with nothing new would only repeat the same text.
            said = QCoreApplication.translate(
                "DeskSession", "Saved; no change since revision {0}, so no new one.").format(
                    number)
        self._parts.messages.info(said)
        self._recorded(number)

    def _on_revision_failed(self, exc: BaseException) -> bool:
        self._parts.end()
        if not isinstance(exc, NewsdeskError):
            return False
        self._parts.messages.info(QCoreApplication.translate(
            "DeskSession", "Revision not recorded: {0}").format(error_text(exc)))
        return True

    # -- status moves --------------------------------------------------------------------------
    def move_to_status(self, status: Status) -> None:
        """Move the open story (``moved``); ready/published are checked, problems reported to
        click (``refused``)."""
        if not self._parts.begin(Command.MOVE):
            self._reset_editor_status()
            return
        self._parts.autosaver.flush(lambda stored: self._move(status, stored))

    def _move(self, status: Status, stored: bool) -> None:
        parts = self._parts
        article_id = parts.open_id()
        if not stored or article_id is None:
            parts.end()
            parts.messages.info(parts.autosaver.message or QCoreApplication.translate(
                "DeskSession", "Type a headline first to keep the story."))
            self._reset_editor_status()
            return
        version = parts.editor.current_article().version
        parts.runner.run(desk_calls.set_status, parts.articles, article_id, status, version,
                         on_result=lambda article: self._on_moved(status, article),
                         on_error=lambda exc: self._on_move_failed(status, exc))

    def _on_moved(self, status: Status, article: Article) -> None:
        self._parts.editor.mark_saved(article)
        self._parts.end()
        self._moved(article)
        self._parts.messages.info(QCoreApplication.translate(
            "DeskSession", "Moved to {0}.").format(status_label(status).lower()))

    def _on_move_failed(self, status: Status, exc: BaseException) -> bool:
        messages = self._parts.messages
        self._parts.end()
        self._reset_editor_status()
        if isinstance(exc, NotReadyError):
            self._refused(status, list(exc.problems))
        elif isinstance(exc, ConflictError | NotFoundError):
            self._conflict(error_text(exc))
        elif isinstance(exc, NewsdeskError):
            messages.warning(QCoreApplication.translate(
                "DeskSession", "Not moved: {0}").format(error_text(exc)), about="save")
        else:
            return False
        return True

    def _reset_editor_status(self) -> None:
        """The editor's status control goes back to the stored status (a refused move)."""
        editor = self._parts.editor
        editor.set_status(editor.current_article().status)
