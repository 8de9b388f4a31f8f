"""The first start on an empty newsroom: ask for the outlet's name and credit, never invent them.

With them, the language new stories start in (offered as the interface's, so a Russian desk
does not start every story in English). All are checked at once by the house's own rules
(pure, on the GUI thread) and stored on the task runner in one transaction (issue 13); the
dialog closes when the save has landed.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.errors import InvalidInputError, NewsdeskError
from newsdesk.domain.house import HouseSettings
from newsdesk.domain.house_keys import check_value
from newsdesk.services.house import HouseService
from newsdesk.ui.editor.sidebar import BASE_LANGUAGES
from newsdesk.ui.error_text import error_text
from newsdesk.ui.labels import language_name
from newsdesk.ui.tasks import TaskRunner, describe_failure


def interface_story_language() -> str:
    """The story language a new newsroom is offered: the interface's (its locale is set with
    the catalogue), or English when stories are not offered in that language."""
    interface = QLocale().name().split("_")[0]
    return interface if interface in BASE_LANGUAGES else BASE_LANGUAGES[0]


class FirstStartDialog(QDialog):
    """Window-modal, opened (never exec'd); Skip leaves the newsroom unnamed for now.

    ``saved`` holds the stored settings once the user saved them.

    Signals:
        settings_saved(object): the :class:`HouseSettings` as stored (the dialog then closes);
            new stories take its ``default_language``.
        save_refused(str): the save came back refused, said in the dialog; the typing stays.
    """

    settings_saved = Signal(object)
    """The name, credit and story language are stored: the house settings as the database
    now holds them."""
    save_refused = Signal(str)
    """The newsroom refused the save (why, as shown); nothing was stored."""

    def __init__(self, house: HouseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartDialog")
        self.setWindowTitle(self.tr("Name Your Newsroom"))
        self._house = house
        self._saving = False
        self.saved: HouseSettings | None = None
        intro = QLabel(self.tr(
            "This newsroom is new. Its name goes on every exported page, and its credit "
            "opens every dateline (ALMATY (TCA) —); new stories start in its language. All "
            "can be changed later in Tools ▸ House Settings."), self)
        intro.setWordWrap(True)
        self.outlet_edit = QLineEdit(self)
        self.outlet_edit.setObjectName("firstStartOutletEdit")
        self.outlet_edit.setPlaceholderText(self.tr("e.g. The Times of Central Asia"))
        self.credit_edit = QLineEdit(self)
        self.credit_edit.setObjectName("firstStartCreditEdit")
        self.credit_edit.setPlaceholderText(self.tr("e.g. TCA"))
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("firstStartLanguageCombo")
        for code in BASE_LANGUAGES:
            primary = code.split("-")[0]
            self.language_combo.addItem(f"{language_name(primary)} ({code})", code)
        self.language_combo.setCurrentIndex(
            self.language_combo.findData(interface_story_language()))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("firstStartError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Outlet name:"), self.outlet_edit)
        form.addRow(self.tr("Agency &credit:"), self.credit_edit)
        form.addRow(self.tr("&Language of new stories:"), self.language_combo)
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

    @property
    def saving(self) -> bool:
        """The save is on its way: the fields and buttons wait for it."""
        return self._saving

    def save(self) -> bool:
        """Check both by the house's own rules and send them to be stored (True); a refusal
        is said in the dialog at once (False), or when the save comes back refused."""
        if self._saving:
            return False
        outlet = self.outlet_edit.text().strip()
        credit = self.credit_edit.text().strip()
        if not outlet:
            self._refuse(self.tr("Type the outlet's name, or skip for now."))
            self.outlet_edit.setFocus()
            return False
        values: dict[str, object] = {"outlet_name": outlet, "agency_credit": credit,
                                     "default_language": self.story_language()}
        fields = {"outlet_name": self.outlet_edit, "agency_credit": self.credit_edit,
                  "default_language": self.language_combo}
        for key, value in values.items():
            try:
                check_value(key, value)
            except InvalidInputError as exc:
                self._refuse(error_text(exc))
                fields[key].setFocus()
                return False
        self._set_saving(True)
        # Only these three keys, in one transaction: every other setting keeps its default.
        TaskRunner.of().run(self._house.set_values, values, on_result=self._on_saved,
                            on_error=self._on_save_failed)
        return True

    def story_language(self) -> str:
        """The language chosen for new stories (``ru``, ``en-GB``…)."""
        return str(self.language_combo.currentData())

    def _on_saved(self, settings: HouseSettings) -> None:
        self._set_saving(False)
        self.saved = settings
        self.settings_saved.emit(settings)
        self.accept()

    def _on_save_failed(self, exc: BaseException) -> bool:
        self._set_saving(False)
        why = error_text(exc) if isinstance(exc, NewsdeskError) else describe_failure(exc)
        message = self.tr("Not saved: %1").replace("%1", why)
        self._refuse(message)
        self.save_refused.emit(message)
        return self.isVisible()  # closed meanwhile: the runner tells the user instead

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        for widget in (self.outlet_edit, self.credit_edit, self.language_combo,
                       self.save_button, self.skip_button):
            widget.setEnabled(not saving)
        # The label that says a refusal says, meanwhile, why everything waits.
        self.error_label.setText(self.tr("Saving…") if saving else "")
        self.error_label.setVisible(saving)

    def reject(self) -> None:
        """Skip (and Escape) wait while the save is on its way, so what it stores reaches the
        window."""
        if self._saving:
            return
        super().reject()

    def _refuse(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
