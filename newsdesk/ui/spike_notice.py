"""What a spike says: how many stories went and that Ctrl+Z brings them back; when the open
story was among them, said once the editor shows the story the list moved on to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from newsdesk.ui.desk_session import Command
from newsdesk.ui.plural import english_plural

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from newsdesk.domain.article import Article
    from newsdesk.ui.desk_session import DeskSession
    from newsdesk.ui.messages import MessageBus


class SpikeNotice(QObject):
    """Says a spike once it landed (the session's ``stories_spiked``).

    The window tells it which story was open when the spike was asked (:meth:`asked`) and
    forwards each story shown (:meth:`story_shown`), after clearing what the status bar said
    about the story left behind.
    """

    def __init__(self, session: DeskSession, list_view: QWidget, messages: MessageBus,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._list_view = list_view
        self._messages = messages
        self._spiked_from: int | None = None  # the story open when a spike was asked
        self._said: str | None = None  # said once the list's next story is shown
        session.stories_spiked.connect(self.on_stories_spiked)

    def asked(self, open_id: int | None) -> None:
        """A spike was asked while ``open_id`` was open."""
        self._spiked_from = open_id

    def on_stories_spiked(self, spiked: list[int]) -> None:
        """The spike landed: say so (and, once it is shown, which story the editor moved to)."""
        if not spiked:
            return
        # Undo is for desk actions wherever no text field has focus: give the list focus so
        # the Ctrl+Z the message promises really brings the story back.
        self._list_view.setFocus()
        count = len(spiked)
        done = english_plural(
            self.tr("Spiked %n story(s) (Ctrl+Z brings it back).", None, 1) if count == 1
            else self.tr("Spiked %n story(s) (Ctrl+Z brings them back).", None, count), count)
        if self._spiked_from in spiked and self._session.command is Command.OPEN:
            # The list moved on to the next story; said when it is shown, or the switch looks
            # like a glitch.
            self._said = done
            return
        self._messages.info(done)

    def story_shown(self, article: Article | None) -> None:
        """The open story was spiked and the list moved on: say which story is shown now."""
        said, self._said = self._said, None
        if said is None:
            return
        if article is not None:
            said += " " + self.tr("The editor now shows “{0}”.").format(article.headline)
        self._messages.info(said)
