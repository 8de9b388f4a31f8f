"""Tools ▸ House Settings…: the newsroom's name, credit, dateline style and defaults, shared.

Every key of :mod:`newsdesk.domain.house_keys` has a field here, checked by the same rule as
``newsdesk house set`` as it is typed; a live sample shows the dateline the open story (or a
sample story) gets with the style, template and credit as they stand in the form.

The settings are read and stored on the task runner (issue 13): the form is read-only until
they have landed and while a save is on its way, and the dialog closes only once the save has.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.article import Article, Dateline
from newsdesk.domain.dateline import DatelineError, format_dateline
from newsdesk.domain.errors import InvalidInputError, NewsdeskError
from newsdesk.domain.house import DatelineStyle, HouseSettings
from newsdesk.domain.house_keys import KEYS, check_value, value_of, with_value
from newsdesk.domain.validation import MAX_HEADLINE
from newsdesk.services.house import HouseService
from newsdesk.services.lede import plain_lede
from newsdesk.ui.error_text import error_text, field_text, message_text
from newsdesk.ui.ink import ERROR
from newsdesk.ui.tasks import TaskRunner, describe_failure

SAMPLE_STORY = Article(
    headline="Water schedule agreed for the Chui valley",
    body="Farmers will get water on a fixed rota from May, the ministry said on Monday.",
    dateline=Dateline(city="Bishkek", country="Kyrgyzstan", gazetteer_id=1528675),
)
"""Shown in the sample when no story is open (dated today)."""
SAMPLE_CHARS = 160
"""How much of the story the sample shows after its dateline, at most."""


def _camel(key: str) -> str:
    first, *rest = key.split("_")
    return first + "".join(part.capitalize() for part in rest)


def _why(exc: BaseException) -> str:
    """Our errors whole (a refused value names its field); anything else its first line."""
    return error_text(exc) if isinstance(exc, NewsdeskError) else describe_failure(exc)


def _store(house: HouseService, changed: dict[str, object]) -> HouseSettings:
    """Store ``changed`` in one transaction and return the settings as stored (a worker runs
    this); nothing changed still reads them, so the window gets a colleague's changes too."""
    return house.set_values(changed) if changed else house.settings()


class HouseSettingsDialog(QDialog):
    """The house settings form; Save stores the changed keys in one transaction.

    Signals:
        settings_loaded(object): the :class:`HouseSettings` read on the runner are in the form.
        load_failed(str): they could not be read (the dialog says why and offers Try Again).
        settings_saved(object): the :class:`HouseSettings` as stored after Save.
        save_refused(str): a save came back refused; the form keeps what was typed.
    """

    settings_loaded = Signal(object)
    """The settings as stored, read on the runner, now in the form (which opens for edits)."""
    load_failed = Signal(str)
    """Reading the settings failed: why, as the dialog shows it."""
    settings_saved = Signal(object)
    """The house settings as the database now holds them (for every view of this window)."""
    save_refused = Signal(str)
    """Save was refused by the newsroom: why, as the dialog shows it; nothing was stored."""

    def __init__(self, house: HouseService, story: Article | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("houseSettingsDialog")
        self.setWindowTitle(self.tr("House Settings"))
        self._house = house
        # Stands in until the stored settings land; the form stays read-only until then.
        self._loaded = HouseSettings()
        self._ready = False
        self._saving = False
        sample = story if story is not None and not story.dateline.is_empty else SAMPLE_STORY
        self._story = sample
        self.errors: dict[str, QLabel] = {}
        self._build()
        self._connect_signals()
        self.reload()

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.outlet_edit = self._line("outlet_name", self.tr("e.g. Kabar Desk"))
        self.credit_edit = self._line("agency_credit", self.tr("e.g. KD"))
        self.style_combo = QComboBox(self)
        self.style_combo.setObjectName("datelineStyleCombo")
        names = {DatelineStyle.AP: self.tr("AP"), DatelineStyle.REUTERS: self.tr("Reuters"),
                 DatelineStyle.AFP: self.tr("AFP"), DatelineStyle.SUPERDESK: self.tr("Superdesk"),
                 DatelineStyle.TASS: self.tr("TASS"), DatelineStyle.RIA: self.tr("RIA Novosti"),
                 DatelineStyle.CUSTOM: self.tr("Custom template")}
        for style, name in names.items():
            self.style_combo.addItem(name, style.value)
        self.template_edit = self._line("dateline_template", "{CITY}, {date} ({agency}) —")
        self.site_edit = self._line(
            "site_url", self.tr("empty: exports link only to the files they contain"))
        self.language_edit = self._line("default_language", self.tr("en, ru, en-GB…"))
        self.headline_spin = QSpinBox(self)
        self.headline_spin.setObjectName("headlineLimitSpin")
        self.headline_spin.setRange(0, MAX_HEADLINE)
        self.headline_spin.setSuffix(self.tr(" characters"))
        self.target_spin = QSpinBox(self)
        self.target_spin.setObjectName("wordTargetSpin")
        self.target_spin.setRange(0, 100_000)
        self.target_spin.setSingleStep(50)
        self.target_spin.setSuffix(self.tr(" words"))
        self.target_spin.setSpecialValueText(self.tr("no target"))
        self.sources_check = QCheckBox(self.tr("Exported pages end with the cited sources"), self)
        self.sources_check.setObjectName("showSourcesCheck")
        self.fields: dict[str, QWidget] = {
            "outlet_name": self.outlet_edit, "agency_credit": self.credit_edit,
            "dateline_style": self.style_combo, "dateline_template": self.template_edit,
            "site_url": self.site_edit, "default_language": self.language_edit,
            "headline_limit": self.headline_spin, "word_target": self.target_spin,
            "show_sources": self.sources_check,
        }
        labels = {
            "outlet_name": self.tr("&Outlet name:"), "agency_credit": self.tr("Agency &credit:"),
            "dateline_style": self.tr("&Dateline style:"),
            "dateline_template": self.tr("Custom &template:"),
            "site_url": self.tr("Site &address:"), "default_language": self.tr("&Language:"),
            "headline_limit": self.tr("&Headline limit:"), "word_target": self.tr("&Word target:"),
            "show_sources": self.tr("Sources:"),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for entry in KEYS:
            widget = self.fields[entry.key]
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            error = QLabel(box)
            error.setObjectName(f"{_camel(entry.key)}Error")
            error.setWordWrap(True)
            error.setStyleSheet(f"color: {ERROR.name()};")
            error.hide()
            column.addWidget(error)
            self.errors[entry.key] = error
            label = QLabel(labels[entry.key], self)
            label.setBuddy(widget)
            form.addRow(label, box)
        self.sample_label = QLabel(self)
        self.sample_label.setObjectName("datelineSampleLabel")
        self.sample_label.setWordWrap(True)
        self.sample_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sample_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.sample_label.setMargin(8)
        self.sample_caption = QLabel(self)
        self.sample_caption.setObjectName("datelineSampleCaption")
        self.message_label = QLabel(self)
        self.message_label.setObjectName("houseMessageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(f"color: {ERROR.name()};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveHouseButton")
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.retry_button: QAbstractButton = self.buttons.addButton(
            self.tr("T&ry Again"), QDialogButtonBox.ButtonRole.ActionRole)
        self.retry_button.setObjectName("retryHouseButton")
        self.retry_button.hide()
        layout = QVBoxLayout(self)
        # The dialog grows when a problem appears under a field instead of squeezing it.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        layout.addWidget(self.sample_caption)
        layout.addWidget(self.sample_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.resize(620, self.sizeHint().height())

    def _line(self, key: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"{_camel(key)}Edit")
        edit.setPlaceholderText(placeholder)
        return edit

    def _fill(self, settings: HouseSettings) -> None:
        self.outlet_edit.setText(settings.outlet_name)
        self.credit_edit.setText(settings.agency_credit)
        self.style_combo.setCurrentIndex(self.style_combo.findData(settings.dateline_style.value))
        self.template_edit.setText(settings.dateline_template)
        self.site_edit.setText(settings.site_url)
        self.language_edit.setText(settings.default_language)
        self.headline_spin.setValue(settings.headline_limit)
        self.target_spin.setValue(settings.word_target)
        self.sources_check.setChecked(settings.show_sources)

    def _connect_signals(self) -> None:
        for edit in (self.outlet_edit, self.credit_edit, self.template_edit, self.site_edit,
                     self.language_edit):
            edit.textChanged.connect(self.on_form_edited)
        self.style_combo.currentIndexChanged.connect(self.on_form_edited)
        self.headline_spin.valueChanged.connect(self.on_form_edited)
        self.target_spin.valueChanged.connect(self.on_form_edited)
        self.sources_check.toggled.connect(self.on_form_edited)
        self.buttons.accepted.connect(self.on_save)
        self.buttons.rejected.connect(self.reject)
        self.retry_button.clicked.connect(self.reload)

    # -- loading -----------------------------------------------------------------------------
    @property
    def ready(self) -> bool:
        """The stored settings are in the form (it can be edited and saved)."""
        return self._ready

    @property
    def saving(self) -> bool:
        """A save is on its way: the form and its buttons wait for it."""
        return self._saving

    def reload(self) -> None:
        """Read the stored settings on the runner (latest read wins); the form is read-only
        until they are in it."""
        self._ready = False
        self.retry_button.hide()
        self._say(self.tr("Reading the house settings…"), error=False)
        self._update_controls()
        TaskRunner.of().run(self._house.settings, on_result=self._on_loaded,
                            on_error=self._on_load_failed, channel=f"house-settings-{id(self)}")

    def _on_loaded(self, settings: HouseSettings) -> None:
        self._loaded = settings
        self._fill(settings)
        self._ready = True
        self._update_controls()
        self.on_form_edited()
        self.settings_loaded.emit(settings)

    def _on_load_failed(self, exc: BaseException) -> bool:
        why = self.tr("The house settings could not be read: %1").replace("%1", _why(exc))
        self._say(why)
        self.retry_button.show()
        self._update_controls()
        self.load_failed.emit(why)
        return True

    def _update_controls(self) -> None:
        """Fields and Save open only with the stored settings in the form and no save going."""
        editable = self._ready and not self._saving
        # No sample before the settings it is made of have landed (an empty frame otherwise).
        self.sample_caption.setVisible(self._ready)
        self.sample_label.setVisible(self._ready)
        for key, widget in self.fields.items():
            widget.setEnabled(editable and (key != "dateline_template" or self._custom()))
        self.save_button.setEnabled(editable)
        self.cancel_button.setEnabled(not self._saving)
        self.retry_button.setEnabled(not self._saving)

    def _say(self, text: str, *, error: bool = True) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(f"color: {ERROR.name()};" if error else "")

    # -- reading the form --------------------------------------------------------------------
    def values(self) -> dict[str, object]:
        """Every key's value as the form holds it, typed as the rules expect."""
        return {
            "outlet_name": self.outlet_edit.text(), "agency_credit": self.credit_edit.text(),
            "dateline_style": str(self.style_combo.currentData()),
            "dateline_template": self.template_edit.text(), "site_url": self.site_edit.text(),
            "default_language": self.language_edit.text(),
            "headline_limit": self.headline_spin.value(), "word_target": self.target_spin.value(),
            "show_sources": self.sources_check.isChecked(),
        }

    def problems(self) -> dict[str, str]:
        """Key -> why its value is refused, for every field that is wrong now."""
        found: dict[str, str] = {}
        for key, value in self.values().items():
            if key == "dateline_template" and not self._custom() and value == value_of(
                    self._loaded, key):
                continue  # an older stored template does not block a save that leaves it be
            try:
                check_value(key, value)
            except InvalidInputError as exc:
                found[key] = message_text(exc)
        return found

    def _custom(self) -> bool:
        return str(self.style_combo.currentData()) == DatelineStyle.CUSTOM.value

    def on_form_edited(self) -> None:
        """Check every field, show each one's problem beside it, and redraw the sample."""
        if not self._ready:
            return  # the form shows nothing of its own yet: no problems, no sample
        self.template_edit.setEnabled(self._custom() and not self._saving)
        problems = self.problems()
        for key, label in self.errors.items():
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)
        self.message_label.clear()
        self._show_sample()
        self._fit_height()

    def _fit_height(self) -> None:
        """Make room for a problem shown under a field (word-wrapped labels need the width)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        wanted = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else (
            layout.sizeHint().height())
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def _show_sample(self) -> None:
        values = self.values()
        house = self._loaded
        for key in ("agency_credit", "dateline_style", "dateline_template"):
            # A refused field shows its problem; the sample keeps the last good value.
            with suppress(InvalidInputError):
                house = with_value(house, key, values[key])
        story = self._story
        dateline = story.dateline
        if not dateline.agency or dateline.agency == self._loaded.agency_credit:
            dateline = replace(dateline, agency=house.agency_credit)
        if dateline.date is None and dateline.filed_at is None:
            dateline = replace(dateline, date=date.today())
        caption = (self.tr("Sample: the open story's dateline with these settings")
                   if story is not SAMPLE_STORY
                   else self.tr("Sample: a story filed today (no story is open)"))
        self.sample_caption.setText(caption)
        try:
            text = format_dateline(dateline, house.dateline_style,
                                   template=house.dateline_template, language=story.language)
        except DatelineError as exc:
            self.sample_label.setText(
                self.tr("Dateline template: %1").replace("%1", error_text(exc)))
            return
        # As the story reads (a link's words, no Markdown), cut at a word, never inside a link.
        self.sample_label.setText(plain_lede(story.body, text, limit=len(text) + SAMPLE_CHARS))

    # -- saving ------------------------------------------------------------------------------
    def on_save(self) -> bool:
        """Send what changed to be stored (True), or refuse at once naming the first field to
        fix and go there (False). The dialog closes when the save has landed; a refusal is said
        in it with the typing kept (:attr:`save_refused`)."""
        if not self._ready or self._saving:
            return False
        problems = self.problems()
        if problems:
            key = next(entry.key for entry in KEYS if entry.key in problems)
            self._say(self.tr("Not saved: %1 — %2").replace("%1", field_text(key))
                      .replace("%2", problems[key]))
            self.fields[key].setFocus()
            return False
        # Only what changed: a colleague's change to another key since is kept.
        changed = {key: value for key, value in self.values().items()
                   if _differs(value, value_of(self._loaded, key))}
        self._saving = True
        self._update_controls()
        self._say(self.tr("Saving…"), error=False)
        TaskRunner.of().run(_store, self._house, changed, on_result=self._on_saved,
                            on_error=self._on_save_failed)
        return True

    def _on_saved(self, saved: HouseSettings) -> None:
        self._saving = False
        self._loaded = saved
        self.settings_saved.emit(saved)
        self.accept()

    def _on_save_failed(self, exc: BaseException) -> bool:
        self._saving = False
        self._update_controls()
        why = self.tr("Not saved: %1").replace("%1", _why(exc))
        self._say(why)
        self.save_refused.emit(why)
        # Closed meanwhile (its window went): the runner tells the user instead.
        return self.isVisible()

    def reject(self) -> None:
        """Cancel (and Escape, and the close box) wait while a save is on its way: closing
        then would leave the window without the settings the save stores."""
        if self._saving:
            return
        super().reject()


def _differs(value: object, loaded: object) -> bool:
    if isinstance(loaded, str) and isinstance(value, str):
        return value.strip() != loaded
    return value != loaded
