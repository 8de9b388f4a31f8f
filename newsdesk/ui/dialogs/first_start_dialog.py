"""The first start on an empty newsroom: ask for the outlet's name and credit, never invent them."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.errors import NewsdeskError
from newsdesk.domain.house import HouseSettings
from newsdesk.services.house import HouseService
from newsdesk.ui.error_text import error_text


class FirstStartDialog(QDialog):
    """Window-modal, opened (never exec'd); Skip leaves the newsroom unnamed for now.

    ``saved`` holds the stored settings once the user saved them.
    """

    def __init__(self, house: HouseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartDialog")
        self.setWindowTitle(self.tr("Name Your Newsroom"))
        self._house = house
        self.saved: HouseSettings | None = None
        intro = QLabel(self.tr(
            "This newsroom is new. Its name goes on every exported page, and its credit "
            "opens every dateline (ALMATY (TCA) —). Both can be changed later in Tools ▸ "
            "House Settings."), self)
        intro.setWordWrap(True)
        self.outlet_edit = QLineEdit(self)
        self.outlet_edit.setObjectName("firstStartOutletEdit")
        self.outlet_edit.setPlaceholderText(self.tr("e.g. The Times of Central Asia"))
        self.credit_edit = QLineEdit(self)
        self.credit_edit.setObjectName("firstStartCreditEdit")
        self.credit_edit.setPlaceholderText(self.tr("e.g. TCA"))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("firstStartError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Outlet name:"), self.outlet_edit)
        form.addRow(self.tr("Agency &credit:"), self.credit_edit)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("Save"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("firstStartSaveButton")
        self.skip_button = buttons.addButton(self.tr("Skip for Now"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        self.skip_button.setObjectName("firstStartSkipButton")
        self.save_button.clicked.connect(self.save)
        self.skip_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        """Store both through the house's own validation; a refusal stays in the dialog."""
        outlet = self.outlet_edit.text().strip()
        credit = self.credit_edit.text().strip()
        if not outlet:
            self._refuse(self.tr("Type the outlet's name, or skip for now."))
            self.outlet_edit.setFocus()
            return
        try:
            current = self._house.settings()
            self.saved = self._house.update_settings(
                replace(current, outlet_name=outlet, agency_credit=credit))
        except NewsdeskError as exc:
            self._refuse(error_text(exc))
            return
        self.accept()

    def _refuse(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
