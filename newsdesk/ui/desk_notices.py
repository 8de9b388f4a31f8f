"""What the desk says above the editor (the notice bar) and in the status bar about saving.

A save that did not go through (refused field, conflict, newsroom unavailable), a recovery
journal that cannot be written and a newsroom open for reading only are said where the user
writes, each with its ways out; the notice's ``about`` property says which one it shows, so
a later "saved" hides only a notice about saving, never the read-only one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStatusBar

from newsdesk.ui.autosave import SaveState
from newsdesk.ui.messages import MessageAction
from newsdesk.ui.widgets.notice_bar import NoticeBar
from newsdesk.ui.widgets.save_state_label import SaveStateLabel

_NEEDS_A_WAY_OUT = (SaveState.INVALID, SaveState.CONFLICT, SaveState.OFFLINE)


class DeskNotices(QObject):
    """Says the save state (label, notice, status bar) and the desk's own troubles."""

    def __init__(
        self,
        notice: NoticeBar,
        status_bar: QStatusBar,
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
        self._status_bar = status_bar
        self._label = label
        self._conflict_actions = conflict_actions
        self._retry_saving = retry_saving

    def show_save_state(self, state: SaveState, message: str) -> None:
        """The autosaver's state: in the label always; a save that did not go through also
        in the notice (with its ways out) and the status bar until it does."""
        self._label.show_state(state, message)
        notice, status = self._notice, self._status_bar
        if state is SaveState.CONFLICT:
            notice.show_notice(message, actions=self._conflict_actions())
        elif state is SaveState.INVALID:
            notice.show_notice(message)
        elif state is SaveState.OFFLINE:
            notice.show_notice(
                message, actions=[MessageAction(self.tr("Retry Now"), self._retry_saving)])
        elif state is SaveState.SAVED:
            if notice.property("about") == "save":
                notice.hide()
            status.clearMessage()
        if state in _NEEDS_A_WAY_OUT:
            status.showMessage(message)
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
            "the newest backup.").format(reason))
