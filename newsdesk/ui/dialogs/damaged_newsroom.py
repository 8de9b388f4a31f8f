"""The dialog for a damaged or empty newsroom file: open the newest backup, read only, or quit.

Shown at start-up when the file is refused (empty, damaged) and after the start-up integrity
check finds damage; by then the newsroom already refuses every write, so whatever the user
picks, nothing more reaches the damaged file. The caller acts on :attr:`choice`.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


class DamageChoice(Enum):
    OPEN_BACKUP = "open_backup"
    """Move the damaged file aside and open a copy of the newest backup in its place."""
    READ_ONLY = "read_only"
    """Keep working with the damaged newsroom, reading only (to copy text out of it)."""
    QUIT = "quit"


class DamagedNewsroomDialog(QMessageBox):
    """Says what is wrong with which file and offers the newest backup beside it.

    ``backup``: the newest backup (``None``: there is none, so it is not offered).
    ``can_read``: the newsroom is open and readable (not offered for an empty file).
    """

    def __init__(
        self,
        parent: QWidget | None,
        *,
        database: Path | str,
        reason: str,
        backup: Path | None,
        can_read: bool,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("damagedNewsroomDialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("The newsroom file is damaged"))
        self.setText(self.tr(
            "The newsroom {database} is damaged or incomplete. Newsdesk writes nothing more "
            "to it."
        ).format(database=database))
        if backup is not None:
            offer = self.tr(
                "The newest backup beside it is {backup}. Opening it moves the damaged file "
                "aside (it is kept, named …damaged-…) and restarts Newsdesk on a copy of the "
                "backup; stories written since that backup are not in it."
            ).format(backup=backup.name)
        else:
            offer = self.tr("No backup was found beside it. Pick another file with --database, "
                            "or restore one from your own backups.")
        if can_read:
            offer += " " + self.tr("You can also keep reading it (to copy text out), "
                                   "without saving.")
        self.setInformativeText(offer)
        self.setDetailedText(reason)
        self.choice = DamageChoice.QUIT
        self._choices: dict[QPushButton, DamageChoice] = {}
        if backup is not None:
            self.open_backup_button = self._add(
                self.tr("Open the Newest Backup"), "openBackupButton",
                QMessageBox.ButtonRole.AcceptRole, DamageChoice.OPEN_BACKUP)
            self.setDefaultButton(self.open_backup_button)
        escape = None
        if can_read:
            escape = self._add(self.tr("Keep Reading Only"), "readOnlyButton",
                               QMessageBox.ButtonRole.RejectRole, DamageChoice.READ_ONLY)
        quit_button = self._add(self.tr("Quit"), "quitButton",
                                QMessageBox.ButtonRole.DestructiveRole, DamageChoice.QUIT)
        # Escape does the harmless thing: keep reading if possible, else leave.
        self.setEscapeButton(escape or quit_button)
        self.buttonClicked.connect(self._on_button_clicked)

    def _add(self, text: str, name: str, role: QMessageBox.ButtonRole,
             choice: DamageChoice) -> QPushButton:
        button = self.addButton(text, role)
        button.setObjectName(name)
        self._choices[button] = choice
        return button

    def _on_button_clicked(self, button: object) -> None:
        if isinstance(button, QPushButton) and button in self._choices:
            self.choice = self._choices[button]


def ask_about_damage(
    parent: QWidget | None, *, database: Path | str, reason: str, backup: Path | None,
    can_read: bool,
) -> DamageChoice:
    """Show the dialog modally and return what the user chose."""
    dialog = DamagedNewsroomDialog(parent, database=database, reason=reason, backup=backup,
                                   can_read=can_read)
    dialog.exec()
    choice = dialog.choice
    dialog.deleteLater()
    return choice
