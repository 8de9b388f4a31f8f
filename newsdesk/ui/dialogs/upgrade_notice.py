"""The note that the newsroom's schema was upgraded at start-up, and where its backup is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def upgrade_notice(
    parent: QWidget | None, *, database: str, from_revision: str, to_revision: str,
    backup: Path | None,
) -> QMessageBox:
    """A non-modal note (the desk stays usable behind it); the caller shows it.

    Said once, when it happened: a user who later misses something wants to know that an
    upgrade ran and where the copy from before it is.
    """
    box = QMessageBox(parent)
    box.setObjectName("upgradeNotice")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("UpgradeNotice", "Newsroom upgraded"))
    box.setText(QCoreApplication.translate(
        "UpgradeNotice", "Newsdesk upgraded the newsroom {database} from schema {old} to {new}."
    ).format(database=database, old=from_revision, new=to_revision))
    if backup is not None:
        box.setInformativeText(QCoreApplication.translate(
            "UpgradeNotice", "A copy of it as it was before is at {backup}."
        ).format(backup=backup))
    else:
        box.setInformativeText(QCoreApplication.translate(
            "UpgradeNotice",
            "The upgrade ran in one transaction on the server. Newsdesk keeps no copy of a "
            "database on a server: keep your own backups (pg_dump)."
        ))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setObjectName("upgradeNoticeOkButton")
    box.setModal(False)
    return box
