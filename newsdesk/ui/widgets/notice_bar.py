"""A strip above the editor that explains a save problem and offers the ways out."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class NoticeBar(QFrame):
    """Shows why the story is not saved without a modal box, so typing is never interrupted.

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
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.label = QLabel(self)
        self.label.setObjectName("noticeLabel")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(self)
        self.button.setObjectName("noticeAction")
        self.second_button = QPushButton(self)
        self.second_button.setObjectName("noticeSecondAction")
        self.close_button = QPushButton("Dismiss", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.second_button)
        layout.addWidget(self.close_button)
        self.button.clicked.connect(self.action_triggered)
        self.second_button.clicked.connect(self.second_action_triggered)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def show_notice(
        self, message: str, *, action: str = "", second_action: str = "", error: bool = True
    ) -> None:
        # Colours are tints that read on light and dark palettes alike.
        tint = "rgba(220, 60, 40, 40)" if error else "rgba(60, 160, 90, 40)"
        self.setStyleSheet(f"#noticeBar {{ background: {tint}; border-radius: 4px; }}")
        self.label.setText(message)
        self.button.setText(action)
        self.button.setVisible(bool(action))
        self.second_button.setText(second_action)
        self.second_button.setVisible(bool(second_action))
        self.show()

    @property
    def message(self) -> str:
        return "" if self.isHidden() else self.label.text()
