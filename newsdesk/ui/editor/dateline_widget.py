"""The dateline fields: a gazetteer city, country, credit, date, and the line as printed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QDateEdit, QFormLayout, QLabel, QLineEdit, QWidget

from newsdesk.domain.article import Dateline
from newsdesk.domain.countries import country_name_in
from newsdesk.domain.dateline import DatelineError, dateline_day, format_dateline
from newsdesk.domain.dateline_language import dateline_in_language
from newsdesk.domain.gazetteer import Gazetteer, Place, dateline_from_place, default_gazetteer
from newsdesk.domain.house import HouseSettings
from newsdesk.ui.error_text import error_text
from newsdesk.ui.ink import ERROR
from newsdesk.ui.messages import MessageBus
from newsdesk.ui.tasks import WHEN_IDLE, TaskRunner, describe_failure

__all__ = ["NO_DATE", "DatelineWidget"]

# QDateEdit cannot be empty: its minimum date, shown as "no date", stands for "none".
NO_DATE = QDate(1900, 1, 1)
_NAME_ROLE = Qt.ItemDataRole.UserRole + 1
_ID_ROLE = Qt.ItemDataRole.UserRole + 2
_COMPLETIONS = 12


def _keep_dash_attached(text: str) -> str:
    """No-break spaces around dashes, so wrapping never strands "—" at a line's start."""
    return text.replace(" —", "\u00a0—").replace(" –", "\u00a0–").replace(" -", "\u00a0-")


def _to_qdate(value: date | None) -> QDate:
    return NO_DATE if value is None else QDate(value.year, value.month, value.day)


class DatelineWidget(QWidget):
    """Edits a :class:`Dateline` and shows it exactly as the story will open.

    The city completes from the gazetteer, which loads on a worker thread (it takes a third
    of a second); picking a place also fills the country, the time zone and the gazetteer id,
    because a city name alone is ambiguous. Places are offered and filled in the story's
    language (``Бишкек, Кыргызстан`` in a Russian story), found from a name in either script;
    when the story's language changes, a picked place is renamed in the new one. The preview
    label is one call to :func:`format_dateline` with the house style and the story's
    language, the same call the preview and exports make.

    Signals:
        edited(): the user changed a dateline field.
        gazetteer_loaded(): completion is available.
    """

    edited = Signal()
    """The user changed the city, country, credit or date."""
    gazetteer_loaded = Signal()
    """The gazetteer finished loading in the background; the city field now completes."""

    def __init__(self, house: HouseSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("datelineWidget")
        self._house = house or HouseSettings()
        self._base = Dateline()
        self._language = "en"
        self._gazetteer: Gazetteer | None = None
        self._preview_text = ""
        self._build()
        self._connect_signals()
        self._load_gazetteer()
        self._refresh_preview()

    def _build(self) -> None:
        self.city_edit = QLineEdit(self)
        self.city_edit.setObjectName("datelineCityEdit")
        self.city_edit.setPlaceholderText(self.tr("City — start typing: Almaty, Bishkek…"))
        self.country_edit = QLineEdit(self)
        self.country_edit.setObjectName("datelineCountryEdit")
        self.agency_edit = QLineEdit(self)
        self.agency_edit.setObjectName("datelineAgencyEdit")
        self.agency_edit.setPlaceholderText(self.tr("Credit, e.g. TCA"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("datelineDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(NO_DATE)
        self.date_edit.setSpecialValueText(self.tr("no date"))
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.date_edit.setDate(QDate.currentDate())
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("datelinePreviewLabel")
        self.preview_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_label.setWordWrap(True)
        self.preview_label.setStyleSheet("font-weight: 600; letter-spacing: 0.5px;")

        self._model = QStandardItemModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(_NAME_ROLE)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(_COMPLETIONS)
        self.city_edit.setCompleter(self.completer)
        popup = self.completer.popup()
        if popup is not None:  # wide enough for "Almaty, Almaty Oblast, Kazakhstan"
            popup.setMinimumWidth(280)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&City:"), self.city_edit)
        form.addRow(self.tr("C&ountry:"), self.country_edit)
        form.addRow(self.tr("Cre&dit:"), self.agency_edit)
        form.addRow(self.tr("D&ate:"), self.date_edit)
        # Under its caption, across the full width: beside it the line wrapped after a few
        # words and left the closing dash alone on a line.
        form.addRow(QLabel(self.tr("Opens as:"), self))
        form.addRow(self.preview_label)

    def _connect_signals(self) -> None:
        self.city_edit.textEdited.connect(self.on_city_text_edited)
        self.completer.activated[QModelIndex].connect(  # type: ignore[index]  # overloaded signal
            self.on_completer_activated
        )
        for edit in (self.country_edit, self.agency_edit):
            edit.textEdited.connect(self.on_field_edited)
        self.date_edit.dateChanged.connect(self.on_field_edited)

    # -- gazetteer -----------------------------------------------------------------------------
    def _load_gazetteer(self) -> None:
        TaskRunner.of().run(default_gazetteer, priority=WHEN_IDLE,
                            on_result=self.on_gazetteer_finished,
                            on_error=self.on_gazetteer_failed)

    def on_gazetteer_failed(self, exc: BaseException) -> bool:
        """No city suggestions: the dateline still works, typed in full; say so once."""
        why = self.tr("City suggestions are unavailable ({0}); type the city and country in "
                      "full.").format(describe_failure(exc))
        self.city_edit.setToolTip(why)
        MessageBus.of().warning(why, about="gazetteer")
        return True

    def on_gazetteer_finished(self, gazetteer: object) -> None:
        if isinstance(gazetteer, Gazetteer):
            self._gazetteer = gazetteer
            self.set_language(self._language)  # a small town's name, not known before
            self.gazetteer_loaded.emit()
            if self.city_edit.hasFocus() and self.city_edit.text():
                self._complete(self.city_edit.text())

    @property
    def gazetteer_ready(self) -> bool:
        return self._gazetteer is not None

    @property
    def gazetteer(self) -> Gazetteer | None:
        """The loaded gazetteer, or None while it is still loading."""
        return self._gazetteer

    def _named(self, place: Place) -> Place:
        """``place`` with its city and country named in the story's language."""
        gazetteer = self._gazetteer
        name = gazetteer.name_in(place.geonameid, self._language) if gazetteer else ""
        country = country_name_in(place.country_code, self._language)
        return replace(place, name=name or place.name, country=country or place.country)

    def _complete(self, prefix: str) -> None:
        self._model.clear()
        if self._gazetteer is None or not prefix.strip():
            return
        for found in self._gazetteer.search(prefix, limit=_COMPLETIONS):
            place = self._named(found)
            item = QStandardItem(place.label)
            item.setData(place.name, _NAME_ROLE)
            item.setData(place.geonameid, _ID_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)
        if self._model.rowCount():
            self.completer.setCompletionPrefix(prefix)
            self.completer.complete()

    # -- user edits ----------------------------------------------------------------------------
    def on_city_text_edited(self, text: str) -> None:
        self._complete(text)
        self.on_field_edited()

    def on_completer_activated(self, index: QModelIndex) -> None:
        geonameid = index.data(_ID_ROLE)
        place = self._gazetteer.get(int(geonameid)) if self._gazetteer and geonameid else None
        if place is not None:
            self.pick_place(place)

    def pick_place(self, place: Place) -> None:
        """Fill city, country, time zone and gazetteer id from a gazetteer place, named in the
        story's language."""
        place = self._named(place)
        current = self.dateline()
        picked = dateline_from_place(place, agency=current.agency, date=current.date)
        self._base = replace(picked, filed_at=None)
        self.city_edit.setText(place.name)
        self.country_edit.setText(place.country)
        self.on_field_edited()

    def on_field_edited(self) -> None:
        self._refresh_preview()
        self.edited.emit()

    # -- the value -----------------------------------------------------------------------------
    def set_dateline(self, dateline: Dateline, *, default_agency: str = "") -> None:
        """Show ``dateline`` without emitting ``edited`` (loading a story is not an edit); a
        picked place is shown in the story's language even if stored in another."""
        dateline = dateline_in_language(dateline, self._language, load=self.gazetteer_ready)
        self._base = dateline
        widgets = (self.city_edit, self.country_edit, self.agency_edit, self.date_edit)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.city_edit.setText(dateline.city)
            self.country_edit.setText(dateline.country)
            self.agency_edit.setText(dateline.agency or default_agency)
            self.date_edit.setDate(_to_qdate(dateline_day(dateline)))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._refresh_preview()

    def dateline(self) -> Dateline:
        """The dateline as edited; the place's id and zone are kept while the city is unchanged."""
        base = self._base
        city = self.city_edit.text().strip()
        if city != base.city:
            base = replace(base, timezone="", state="", gazetteer_id=None)
        shown = self.date_edit.date()
        picked_day: date | None = None if shown == NO_DATE else shown.toPython()  # type: ignore[assignment]
        if picked_day != dateline_day(base):
            # A date the user set is a plain day; the filing instant no longer applies.
            base = replace(base, date=picked_day, filed_at=None)
        return replace(
            base,
            city=city,
            country=self.country_edit.text().strip(),
            agency=self.agency_edit.text().strip(),
        )

    def set_language(self, language: str) -> None:
        """Name a picked place in the story's ``language`` from now on (completion, fields and
        the line); a place typed by hand stays as typed. Not an edit: emits nothing."""
        self._language = language
        current = self.dateline()
        named = dateline_in_language(current, language, load=self.gazetteer_ready)
        if named != current:
            self._base = named
            for edit, text in ((self.city_edit, named.city), (self.country_edit, named.country)):
                edit.blockSignals(True)
                edit.setText(text)
                edit.blockSignals(False)
        self._refresh_preview()

    def set_house(self, house: HouseSettings) -> None:
        self._house = house
        self._refresh_preview()

    def preview_text(self) -> str:
        """The dateline exactly as :func:`format_dateline` gives it (ordinary spaces)."""
        return self._preview_text

    def _refresh_preview(self) -> None:
        house = self._house
        try:
            text = format_dateline(self.dateline(), house.dateline_style,
                                   template=house.custom_dateline_template,
                                   language=self._language, load_names=self.gazetteer_ready)
        except DatelineError as error:
            self.preview_label.setStyleSheet(f"color: {ERROR.name()};")
            self._preview_text = self.tr("Dateline template: %1").replace("%1", error_text(error))
            self.preview_label.setText(self._preview_text)
            return
        self.preview_label.setStyleSheet("font-weight: 600; letter-spacing: 0.5px;")
        self._preview_text = text
        # If it must wrap, the dash goes with the word before it, never alone on a line.
        self.preview_label.setText(_keep_dash_attached(text))
