"""One way for any part of the UI to tell the user something: info, warning or error.

A widget or the task runner posts a :class:`Message`; the window decides where it shows (the
status bar for info, the notice bar for warnings and errors). Every message is logged too, so
what the user was told is in the log beside what went wrong. Actions carry their callback:
whoever shows a message dispatches by the action object, never by comparing button captions.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

log = logging.getLogger(__name__)

_BUS_NAME = "newsdeskMessageBus"


class Level(enum.Enum):
    """How much the message matters; decides where it shows and how it is logged."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


_LOG_LEVEL = {Level.INFO: logging.INFO, Level.WARNING: logging.WARNING, Level.ERROR: logging.ERROR}


@dataclass(frozen=True)
class MessageAction:
    """A way out offered with a message: the caption the user reads and what it does."""

    label: str
    callback: Callable[[], object]

    def trigger(self) -> None:
        self.callback()


@dataclass(frozen=True)
class Message:
    """What was posted: its level, the text for the user, up to two actions, and a topic.

    ``about`` names what the message is about ("save", "import"...), so a later success can
    clear exactly the notice it answers.
    """

    level: Level
    text: str
    actions: tuple[MessageAction, ...] = ()
    about: str = ""


class MessageBus(QObject):
    """Where messages for the user are posted; the window listens to :attr:`message_posted`.

    Signals:
        message_posted(Message): a message was posted (already logged).
    """

    message_posted = Signal(object)
    """A :class:`Message` was posted."""

    def info(self, text: str, *, actions: Sequence[MessageAction] = (),
             about: str = "") -> Message:
        """Something the user may like to know (shown briefly, e.g. in the status bar)."""
        return self.post(Message(Level.INFO, text, tuple(actions), about))

    def warning(self, text: str, *, actions: Sequence[MessageAction] = (),
                about: str = "") -> Message:
        """Something went not as asked but nothing is lost; shown until dismissed."""
        return self.post(Message(Level.WARNING, text, tuple(actions), about))

    def error(self, text: str, *, actions: Sequence[MessageAction] = (),
              about: str = "") -> Message:
        """Something failed; the text says what and what to do next."""
        return self.post(Message(Level.ERROR, text, tuple(actions), about))

    def post(self, message: Message) -> Message:
        if len(message.actions) > 3:
            # The notice bar has room for three buttons; a fourth would silently vanish.
            raise ValueError("a message offers at most three actions")
        log.log(_LOG_LEVEL[message.level], "%s", message.text)
        self.message_posted.emit(message)
        return message

    # -- where the application keeps it -------------------------------------------------------
    @classmethod
    def install(cls, app: QCoreApplication) -> MessageBus:
        """Give ``app`` its bus (once); later calls return the same one."""
        found = app.findChild(MessageBus, _BUS_NAME)
        if isinstance(found, MessageBus):
            return found
        bus = cls(app)
        bus.setObjectName(_BUS_NAME)
        return bus

    @classmethod
    def of(cls) -> MessageBus:
        """The running application's bus (installed on first use, e.g. in tests)."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("no QApplication: messages need a running application")
        return cls.install(app)
