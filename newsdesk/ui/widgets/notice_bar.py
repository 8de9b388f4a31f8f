"""A strip above the editor that explains a save problem and offers the ways out."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from newsdesk.ui.messages import Level, Message, MessageAction
from newsdesk.ui.widgets.notice_style import notice_background, notice_stripe

_RADIUS = 4
_STRIPE = 4  # px: the level's colour on the left edge
_WORDS_MIN_CHARS = 45  # the words keep about this many characters a line beside the buttons


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
        buttons = QHBoxLayout()
        for button in (self.button, self.second_button, self.third_button, self.close_button):
            buttons.addWidget(button)
        self._buttons = buttons
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(8 + _STRIPE, 4, 8, 4)
        self._layout.addWidget(self.label, 1)
        self._layout.addLayout(buttons)
        self._layout.setAlignment(buttons, Qt.AlignmentFlag.AlignRight)
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
        self._arrange()
        self.show()

    def _arrange(self) -> None:
        """Buttons beside the words while both fit; else on a row of their own below them.

        Long captions (Russian ones above all) beside a long message squeezed the buttons
        until their captions were cut and the words lost their last line.
        """
        margins = self._layout.contentsMargins()
        room = self.width() - margins.left() - margins.right() - self._layout.spacing()
        words = self.label.fontMetrics().averageCharWidth() * _WORDS_MIN_CHARS
        beside = self._buttons.sizeHint().width() + words <= room
        direction = (QBoxLayout.Direction.LeftToRight if beside
                     else QBoxLayout.Direction.TopToBottom)
        if self._layout.direction() is not direction:
            self._layout.setDirection(direction)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

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
