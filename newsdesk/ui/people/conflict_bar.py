"""The bar a profile or source form shows when its save was refused: a colleague saved first.

A story offers Reload or Save Mine as a Copy; a second copy of a person or a source makes no
sense, so here the choices are "Reload (drop my edits)" and "Keep Editing". The bar says
what the colleague changed, field by field (theirs against yours), so the user can decide
without opening another window.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from newsdesk.ui.people.naming import named

_ELIDE_AT = 160


@dataclass(frozen=True)
class FieldChange:
    """One field whose stored text (theirs) differs from the form's (yours)."""

    label: str
    theirs: str
    yours: str


def changed_fields(
    theirs: Mapping[str, str], yours: Mapping[str, str]
) -> list[FieldChange]:
    """The fields (label -> text, in ``theirs``' order) where the two versions differ."""
    return [FieldChange(label, text, yours.get(label, ""))
            for label, text in theirs.items() if text != yours.get(label, "")]


def _elided(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _ELIDE_AT else flat[: _ELIDE_AT - 1] + "…"


class ConflictBar(QFrame):
    """Shown above a form's Save button after a refused save; hidden otherwise.

    ``prefix`` names the widgets (``profileConflictBar``, ``profileConflictLabel``,
    ``profileReloadButton``, ``profileKeepEditingButton``) so tests and screen readers find
    them.

    Signals:
        reload_requested: the user drops the edits and wants the stored version shown.
        keep_editing_requested: the user keeps the edits; the bar has hidden itself.
    """

    reload_requested = Signal()
    """Drop the form's edits and show the colleague's stored version."""
    keep_editing_requested = Signal()
    """Keep the form's edits; the next save is the user's, made knowing theirs."""

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}ConflictBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame { background:#fff4e5; border:1px solid #f0c48a; border-radius:4px; }"
            "QLabel { border:none; color:#6b3d00; }"
        )
        self.label = named(QLabel(), f"{prefix}ConflictLabel")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # names and bios are not markup
        self.reload_button = named(
            QPushButton(self.tr("Reload (drop my edits)")), f"{prefix}ReloadButton")
        self.keep_button = named(QPushButton(self.tr("Keep Editing")),
                                 f"{prefix}KeepEditingButton")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        self.reload_button.clicked.connect(self.reload_requested)
        self.keep_button.clicked.connect(self.on_keep_clicked)
        self.hide()

    def show_conflict(self, message: str, changes: Sequence[FieldChange]) -> None:
        """Show ``message`` and, per changed field, the colleague's text beside the user's."""
        lines = [message]
        lines += [
            self.tr("{field}: theirs “{theirs}”, yours “{yours}”").format(
                field=change.label, theirs=_elided(change.theirs) or self.tr("(empty)"),
                yours=_elided(change.yours) or self.tr("(empty)"))
            for change in changes
        ]
        self.label.setText("\n".join(lines))
        self.set_waiting(False)
        self.show()

    def set_waiting(self, waiting: bool) -> None:
        """While the stored version is read on the runner (after Reload) neither choice can
        be made again: a second Reload would only read it twice."""
        self.reload_button.setEnabled(not waiting)
        self.keep_button.setEnabled(not waiting)

    def on_keep_clicked(self) -> None:
        self.hide()
        self.keep_editing_requested.emit()
