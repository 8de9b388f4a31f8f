"""What the desk says about saving: the notice bar above the editor, the save-state label.

A save that did not go through (refused field, conflict, newsroom unavailable), a recovery
journal that cannot be written and a newsroom open for reading only are said where the user
writes, each with its ways out; the notice's ``about`` property says which one it shows, so
a later "saved" hides only a notice about saving, never the read-only one. The status bar's
save-state label says the state in a word or two and keeps the whole message in its tooltip:
the message itself is said once, in the notice, never again in the status bar's own line.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from newsdesk.ui.autosave import SaveState
from newsdesk.ui.messages import Level, MessageAction
from newsdesk.ui.widgets.notice_bar import NoticeBar
from newsdesk.ui.widgets.save_state_label import SaveStateLabel


class DeskNotices(QObject):
    """Says the save state (label and notice) and the desk's own troubles."""

    def __init__(
        self,
        notice: NoticeBar,
        label: SaveStateLabel,
        *,
        conflict_actions: Callable[[], list[MessageAction]],
        retry_saving: Callable[[], object],
        parent: QObject | None = None,
    ) -> None:
        """``conflict_actions``: the ways out of a conflict (the session's); ``retry_saving``:
        what the notice's Retry Now does while the newsroom is unavailable."""
        super().__init__(parent)
        self._notice = notice
        self._label = label
        self._conflict_actions = conflict_actions
        self._retry_saving = retry_saving

    def show_save_state(self, state: SaveState, message: str) -> None:
        """The autosaver's state: in the label always (the message in its tooltip); a save
        that did not go through also in the notice, with its ways out, until it does.

        Never in the status bar's line as well: the same long sentence twice on one screen
        (once with its buttons, once beside the label) reads as two problems.
        """
        self._label.show_state(state, message)
        notice = self._notice
        if state is SaveState.CONFLICT:
            notice.show_notice(message, actions=self._conflict_actions())
        elif state is SaveState.INVALID:
            notice.show_notice(message)
        elif state is SaveState.OFFLINE:
            notice.show_notice(
                message, actions=[MessageAction(self.tr("Retry Now"), self._retry_saving)])
        elif state is SaveState.SAVED and notice.property("about") == "save":
            notice.hide()
        if state in (SaveState.INVALID, SaveState.CONFLICT, SaveState.OFFLINE):
            notice.setProperty("about", "save")

    def journal_failed(self, reason: str) -> None:
        self._notice.setProperty("about", "journal")
        self._notice.show_notice(self.tr(
            "Your text cannot be kept on this computer as a safeguard ({0}). Saving to the "
            "newsroom goes on; free some disk space.").format(reason))

    def read_only(self, reason: str) -> None:
        """The newsroom refuses every write (found damaged): say so where the user writes."""
        self._notice.setProperty("about", "read-only")
        self._notice.show_notice(self.tr(
            "This newsroom is damaged ({0}) and open for reading only: nothing is written to "
            "it. What you type is kept on this computer; copy out what you need, then open "
            "the newest backup.").format(reason), level=Level.ERROR)
