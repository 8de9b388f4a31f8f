"""A one-line message strip for forms: errors in red naming the field, confirmations in green."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

_STYLES = {
    "error": "background:#fdecea; color:#8a1c12; border:1px solid #f5c2bd;",
    "info": "background:#e9f5ec; color:#1d5e2e; border:1px solid #bfe0c7;",
}


class MessageBanner(QLabel):
    """Shows the last outcome inline instead of a modal box, so typing is never interrupted."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.hide()

    def show_error(self, message: str) -> None:
        self._show(message, "error")

    def show_info(self, message: str) -> None:
        self._show(message, "info")

    def clear_message(self) -> None:
        self.clear()
        self.hide()

    @property
    def is_error(self) -> bool:
        return not self.isHidden() and self.property("kind") == "error"

    def _show(self, message: str, kind: str) -> None:
        self.setProperty("kind", kind)
        self.setStyleSheet(f"QLabel {{ {_STYLES[kind]} border-radius:4px; padding:6px 8px; }}")
        self.setText(message)
        self.show()
