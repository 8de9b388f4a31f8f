"""Choosing the duplicate profile to fold into another, and whose bio survives the merge."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.people import Author
from newsdesk.ui.people.naming import named


def _excerpt(bio: str, limit: int = 140) -> str:
    flat = " ".join(bio.split())
    if not flat:
        return QCoreApplication.translate("MergeDialog", "(no bio)")
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class MergeDialog(QDialog):
    """Merge ``keep`` with one of ``others``: bylines move to ``keep``, the other is deleted.

    Which bio to keep is an explicit choice because the two profiles usually exist because
    two people wrote them, and either may be the better one.
    """

    def __init__(self, keep: Author, others: list[Author], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge a duplicate into {0}").format(keep.name))
        self._keep = keep
        self._others = [a for a in others if a.id != keep.id]
        self.other_combo = named(QComboBox(), "mergeOtherCombo")
        for author in self._others:
            self.other_combo.addItem(author.name, author.id)
        self.keep_bio_radio = named(QRadioButton(), "keepBioRadio")
        self.other_bio_radio = named(QRadioButton(), "otherBioRadio")
        for radio in (self.keep_bio_radio, self.other_bio_radio):
            radio.setMinimumWidth(420)
        self.keep_bio_radio.setChecked(True)
        explanation = QLabel(
            self.tr("Every byline of the duplicate moves to <b>{0}</b>; roles and languages "
                    "are combined, a missing photo, e-mail or phone is taken from the duplicate, "
                    "and the duplicate profile is deleted.").format(keep.name)
        )
        explanation.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Duplicate:"), self.other_combo)
        form.addRow(self.tr("Keep the bio of:"), self.keep_bio_radio)
        form.addRow("", self.other_bio_radio)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.other_combo.currentIndexChanged.connect(self._on_other_changed)
        self._on_other_changed()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self._others))

    def select_other(self, author_id: int) -> None:
        self.other_combo.setCurrentIndex(self.other_combo.findData(author_id))

    def merge_id(self) -> int | None:
        value = self.other_combo.currentData()
        return int(value) if value is not None else None

    def bio_from(self) -> int | None:
        """The id of the profile whose bio survives."""
        return self.merge_id() if self.other_bio_radio.isChecked() else self._keep.id

    def _on_other_changed(self) -> None:
        self.keep_bio_radio.setText(f"{self._keep.name}: {_excerpt(self._keep.bio)}")
        index = self.other_combo.currentIndex()
        other = self._others[index] if 0 <= index < len(self._others) else None
        self.other_bio_radio.setEnabled(other is not None)
        self.other_bio_radio.setText(
            f"{other.name}: {_excerpt(other.bio)}" if other else self.tr("(no duplicate chosen)")
        )
