"""Closing the window: the last save first, and text that cannot be saved never dropped silently.

The window never waits for the newsroom as it closes: ``closeEvent`` starts the desk
session's close and is ignored; the session's verdict (``close_decided``) closes the window
again once the last save has landed. The newsroom unavailable: the journal keeps the text,
the user is told where it is, the window goes. A colleague's newer version: the window stays
with the ways out that keep everything (save mine as a copy, or keep it here); a refused
field: keep it here, or discard it. The notice names only the buttons it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStatusBar, QWidget

from newsdesk.ui.autosave import SaveState
from newsdesk.ui.desk_session import CloseChoice, CloseVerdict
from newsdesk.ui.messages import Level, MessageAction
from newsdesk.ui.noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from newsdesk.ui.desk_session import DeskSession
    from newsdesk.ui.editor.article_editor import ArticleEditor
    from newsdesk.ui.widgets.notice_bar import NoticeBar

COPY_AND_CLOSE = QT_TRANSLATE_NOOP("WindowClosing", "Save Mine as a Copy and Close")
KEEP_AND_CLOSE = QT_TRANSLATE_NOOP("WindowClosing", "Keep My Text and Close")
DISCARD_AND_CLOSE = QT_TRANSLATE_NOOP("WindowClosing", "Discard and Close")


class WindowClosing(QObject):
    """The close of one window: its ``closeEvent`` goes to :meth:`close_event`.

    ``tell_kept(headline, why)`` says where the text is when the newsroom is away;
    ``tear_down()`` runs once, when the window really goes (the session has finished).
    """

    def __init__(self, window: QWidget, session: DeskSession, editor: ArticleEditor, *,
                 status: QStatusBar, notice: NoticeBar,
                 tell_kept: Callable[[str, str], None], tear_down: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._editor = editor
        self._status = status
        self._notice = notice
        self._tell_kept = tell_kept
        self._tear_down = tear_down
        self._may_close = False  # closing's save landed: the next closeEvent goes
        self._in_close_event = False
        session.close_decided.connect(self.on_close_decided)

    def saying(self) -> str:
        """What the editor and the status bar say while the closing save is on its way."""
        return self.tr("Saving before closing…")

    def close_event(self, event: QCloseEvent) -> None:
        """Accept ``event`` once the last save has landed; until then start it and ignore."""
        session = self._session
        if not self._may_close and not session.finished:
            # With nothing to save the verdict comes at once, inside session.close().
            if not session.closing:
                saying = self.saying()
                self._status.showMessage(saying)
                # Keys typed now would come after the last save: the editor takes none.
                self._editor.set_busy(saying)
                self._in_close_event = True
                try:
                    session.close()
                finally:
                    self._in_close_event = False
            if not self._may_close:
                event.ignore()
                return
        if session.finish():  # once: a window can be closed twice
            self._tear_down()
        # The start-up fallback timer may still fire before the window is deleted: a closed
        # (CLOSING) session opens nothing (its database may be gone by then).
        event.accept()

    def close_with(self, choice: CloseChoice) -> None:
        """The notice's Keep My Text and Close / Discard and Close: the user chose."""
        self._session.close(choice)  # close_decided closes the window

    def copy_and_close(self) -> None:
        """The notice's Save Mine as a Copy and Close: my text becomes a new draft beside the
        colleague's version, and the window goes once that save has landed. Refused, the
        window stays and the session says why."""
        self._notice.hide()
        self._session.save_as_copy(then=self._on_copy_landed)

    def _on_copy_landed(self, stored: bool) -> None:
        if stored and not self._session.finished:
            self._window.close()  # the copy is stored and shown: nothing left to save

    def on_close_decided(self, verdict: CloseVerdict) -> None:
        """Closing's save landed (or could not): go, or stay with the ways out."""
        if verdict is CloseVerdict.STAY:
            # A conflict or a refused field is the user's decision: the window stays.
            self._editor.set_busy("")
            self._status.clearMessage()
            self._notice.setProperty("about", "save")
            text, actions = self._stay_notice()
            self._notice.show_notice(text, actions=actions, level=Level.WARNING)
            return
        if verdict is CloseVerdict.CLOSE_KEPT_HERE:
            # The newsroom is unavailable: the text waits on this computer. Say so, go.
            self._tell_kept(self._editor.current_article().headline,
                            self._session.autosaver.message)
        self._may_close = True
        if not self._in_close_event:
            self._window.close()  # inside closeEvent, the event itself is accepted instead

    def _stay_notice(self) -> tuple[str, list[MessageAction]]:
        """Why the window stayed, and the ways out; the words name only the buttons shown.

        The autosaver's conflict message names Reload Story and Save Mine as a Copy, which a
        closing notice does not offer: a conflict is said here in its own words.
        """
        keep = MessageAction(self.tr(KEEP_AND_CLOSE),
                             partial(self.close_with, CloseChoice.KEEP_HERE))
        if self._session.autosaver.state is SaveState.CONFLICT:
            copy = self.tr(COPY_AND_CLOSE)
            return (self.tr(
                "The window stayed open so your text is not lost: “{0}” was changed elsewhere "
                "and your last changes are not saved. “{1}” keeps your text as a new draft "
                "beside the newer version; “{2}” keeps it on this computer for the next start."
            ).format(self._editor.current_article().headline, copy, keep.label),
                [MessageAction(copy, self.copy_and_close), keep])
        return (self.tr("The window stayed open so your text is not lost. {0}").format(
                    self._session.autosaver.message),
                [keep, MessageAction(self.tr(DISCARD_AND_CLOSE),
                                     partial(self.close_with, CloseChoice.DISCARD))])
