"""A strip above the editor that explains a save problem and offers the ways out."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from newsdesk.ui.messages import Level, Message, MessageAction
from newsdesk.ui.widgets.notice_style import notice_background, notice_stripe

_RADIUS = 4
_STRIPE = 4  # px: the level's colour on the left edge


class NoticeBar(QFrame):
    """Shows why the story is not saved without a modal box, so typing is never interrupted.

    Each button runs the callback of the :class:`MessageAction` it shows: what a button does
    travels with the notice, never decided later from its caption.

    Signals:
        action_triggered(): the user pressed the offered action (e.g. "Reload Story").
        second_action_triggered(): the user pressed the other way out (e.g. "Save Mine as a
            Copy").
    """

    action_triggered = Signal()
    """The action button was pressed."""
    second_action_triggered = Signal()
    """The second action button was pressed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        # Painted here (paintEvent): a style sheet's background would not follow the palette.
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.label = QLabel(self)
        self.label.setObjectName("noticeLabel")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(self)
        self.button.setObjectName("noticeAction")
        self.second_button = QPushButton(self)
        self.second_button.setObjectName("noticeSecondAction")
        # A refused save has three ways out: Compare, Reload Story, Save Mine as a Copy.
        self.third_button = QPushButton(self)
        self.third_button.setObjectName("noticeThirdAction")
        self.close_button = QPushButton(self.tr("Dismiss"), self)
        self._actions: tuple[MessageAction, ...] = ()
        self.level = Level.WARNING
        """How much the notice shown matters (its tint says it too)."""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8 + _STRIPE, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.second_button)
        layout.addWidget(self.third_button)
        layout.addWidget(self.close_button)
        self.button.clicked.connect(self._on_first_clicked)
        self.second_button.clicked.connect(self._on_second_clicked)
        self.third_button.clicked.connect(lambda: self._trigger(2))
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def show_notice(
        self, message: str, *, actions: Sequence[MessageAction] = (),
        level: Level = Level.WARNING,
    ) -> None:
        """Show ``message`` with up to three ``actions``, each button running its own
        callback, tinted by ``level``: a warning (nothing is lost, something waits for the
        user) amber, an error red, an info green."""
        if len(actions) > 3:
            raise ValueError("the notice bar shows at most three actions")
        self.level = level
        self.setProperty("level", level.value)
        self.update()  # the tint is painted (paintEvent), from the palette of the moment
        self.label.setText(message)
        self._actions = tuple(actions)
        for index, button in enumerate((self.button, self.second_button, self.third_button)):
            button.setText(self._actions[index].label if index < len(self._actions) else "")
            button.setVisible(index < len(self._actions))
        self.show()

    def show_message(self, message: Message) -> None:
        """Show a posted warning or error (see :class:`~newsdesk.ui.messages.MessageBus`)."""
        self.setProperty("about", message.about)
        self.show_notice(message.text, actions=message.actions, level=message.level)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The level's tint over the palette's window colour, and its stripe on the left."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        window = self.palette().color(QPalette.ColorRole.Window)
        painter.setBrush(notice_background(self.level, window))
        painter.drawRoundedRect(self.rect(), _RADIUS, _RADIUS)
        painter.setBrush(notice_stripe(self.level))
        painter.setClipRect(0, 0, _STRIPE, self.height())
        painter.drawRoundedRect(self.rect(), _RADIUS, _RADIUS)
        painter.end()
        super().paintEvent(event)

    def _on_first_clicked(self) -> None:
        self._trigger(0)
        self.action_triggered.emit()

    def _on_second_clicked(self) -> None:
        self._trigger(1)
        self.second_action_triggered.emit()

    def _trigger(self, index: int) -> None:
        if index < len(self._actions):
            self._actions[index].trigger()

    @property
    def message(self) -> str:
        return "" if self.isHidden() else self.label.text()
