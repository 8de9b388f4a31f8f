"""The fields of one author profile: name, roles, contact, photo and a Markdown bio with preview."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Final

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.article import Role
from newsdesk.domain.errors import InvalidInputError
from newsdesk.domain.people import Author
from newsdesk.services.render import render_bio_html
from newsdesk.ui.error_text import error_text
from newsdesk.ui.labels import role_label
from newsdesk.ui.people.author_list_model import initials_pixmap
from newsdesk.ui.people.language_names import LanguageNameFields, main_language
from newsdesk.ui.people.naming import named
from newsdesk.ui.people.photo import load_thumbnail, photo_pixmap

_PREVIEW_DELAY_MS: Final = 250
_PHOTO_PREVIEW: Final = 112
PHOTO_FILTER: Final = "Images (*.png *.jpg *.jpeg *.webp);;All files (*)"


def _split_list(text: str, separators: str = ",;\n") -> tuple[str, ...]:
    for separator in separators[1:]:
        text = text.replace(separator, separators[0])
    return tuple(dict.fromkeys(part.strip() for part in text.split(separators[0]) if part.strip()))


class AuthorForm(QWidget):
    """Edits one :class:`Author`; :meth:`author` gives the edited value, the service validates it.

    The photo is decoded and scaled the moment it is picked, so a damaged or oversized file is
    refused before anything is saved and the profile keeps its previous photo.

    Signals:
        edited: the user changed a field (the dialog enables Save).
        photo_refused(str): a picked photo was refused; the message names the field and file.
    """

    edited = Signal()
    """Any field changed by the user."""
    photo_refused = Signal(str)
    """A picked photo file was refused; the argument is the message to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("authorForm")
        self._author = Author(name="")
        self._photo: bytes | None = None
        self._photo_mime = ""
        self._loading = False

        self.name_edit = named(QLineEdit(), "authorNameEdit")
        self.name_edit.setPlaceholderText(self.tr("Full name as it appears in bylines"))
        self.role_checks: dict[Role, QCheckBox] = {}
        roles_row = QHBoxLayout()
        roles_row.setContentsMargins(0, 0, 0, 0)
        for role in Role:
            check = named(QCheckBox(role_label(role)), f"role{role.name.title()}Check")
            self.role_checks[role] = check
            roles_row.addWidget(check)
        roles_row.addStretch(1)
        self.email_edit = named(QLineEdit(), "authorEmailEdit")
        self.email_edit.setPlaceholderText(self.tr("name@example.org"))
        self.phone_edit = named(QLineEdit(), "authorPhoneEdit")
        self.languages_edit = named(QLineEdit(), "authorLanguagesEdit")
        self.languages_edit.setPlaceholderText(self.tr("en, ru, uz"))
        self.links_edit = named(QPlainTextEdit(), "authorLinksEdit")
        self.links_edit.setPlaceholderText(self.tr("One link per line (https://…)"))
        self.links_edit.setFixedHeight(58)

        self.photo_label = named(QLabel(), "authorPhotoLabel")
        self.photo_label.setFixedSize(_PHOTO_PREVIEW, _PHOTO_PREVIEW)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setStyleSheet("border: 1px solid palette(mid); border-radius: 4px;")
        self.choose_photo_button = named(QPushButton(self.tr("Choose photo…")), "choosePhotoButton")
        self.remove_photo_button = named(QPushButton(self.tr("Remove")), "removePhotoButton")
        photo_buttons = QVBoxLayout()
        photo_buttons.addWidget(self.choose_photo_button)
        photo_buttons.addWidget(self.remove_photo_button)
        photo_hint = QLabel(self.tr("PNG, JPEG or WebP up to 20 MB;\nstored as a 256 px square."))
        photo_hint.setStyleSheet("color: palette(placeholder-text);")
        photo_buttons.addWidget(photo_hint)
        photo_buttons.addStretch(1)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_label)
        photo_row.addLayout(photo_buttons)
        photo_row.addStretch(1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("Roles:"), roles_row)
        form.addRow(self.tr("Photo:"), photo_row)
        form.addRow(self.tr("&E-mail:"), self.email_edit)
        form.addRow(self.tr("&Phone:"), self.phone_edit)
        form.addRow(self.tr("&Languages:"), self.languages_edit)
        form.addRow(self.tr("Social &links:"), self.links_edit)

        self.bio_edit = named(QPlainTextEdit(), "authorBioEdit")
        self.bio_edit.setPlaceholderText(
            self.tr("A short bio in Markdown: *what they cover*, since when…"))
        self.bio_preview = named(QTextBrowser(), "authorBioPreview")
        self.bio_preview.setOpenExternalLinks(False)
        bio_tabs = QSplitter(Qt.Orientation.Horizontal)
        bio_tabs.addWidget(self.bio_edit)
        bio_tabs.addWidget(self.bio_preview)
        bio_box = QGroupBox(self.tr("Bio — Markdown on the left, as readers see it on the right"))
        bio_layout = QVBoxLayout(bio_box)
        bio_layout.setContentsMargins(6, 6, 6, 6)
        bio_layout.addWidget(bio_tabs)

        # The name and bio a story in the newsroom's other language prints (Сергей Кван).
        self.names_box = named(QGroupBox(self.tr("In the other language")), "authorNamesBox")
        names_form = QFormLayout(self.names_box)
        names_form.setContentsMargins(6, 6, 6, 6)
        names_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.language_names = LanguageNameFields(names_form, "author", "bio", self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.names_box)
        layout.addWidget(bio_box, 1)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(_PREVIEW_DELAY_MS)
        self._connect_signals()
        self.set_author(None)

    def _connect_signals(self) -> None:
        self._preview_timer.timeout.connect(self.on_preview_timer_timeout)
        self.bio_edit.textChanged.connect(self._preview_timer.start)
        self.choose_photo_button.clicked.connect(self.on_choose_photo_clicked)
        self.remove_photo_button.clicked.connect(self.on_remove_photo_clicked)
        for line in (self.name_edit, self.email_edit, self.phone_edit, self.languages_edit):
            line.textEdited.connect(self._on_user_edit)
        for text in (self.bio_edit, self.links_edit):
            text.textChanged.connect(self._on_user_edit)
        for check in self.role_checks.values():
            check.toggled.connect(self._on_user_edit)
        self.language_names.edited.connect(self._on_user_edit)
        # A name typed in Cyrillic is the Russian one: the fields offer English instead.
        self.name_edit.textEdited.connect(self._on_main_name_edited)
        self.languages_edit.textEdited.connect(self._on_main_name_edited)

    # -- values ----------------------------------------------------------------------------
    def set_author(self, author: Author | None) -> None:
        """Show ``author`` (None: an empty new profile with the reporter role)."""
        self._loading = True
        self._author = author or Author(name="")
        a = self._author
        self.name_edit.setText(a.name)
        for role, check in self.role_checks.items():
            check.setChecked(role in a.roles)
        self.email_edit.setText(a.email)
        self.phone_edit.setText(a.phone)
        self.languages_edit.setText(", ".join(a.languages))
        self.links_edit.setPlainText("\n".join(a.links))
        self.bio_edit.setPlainText(a.bio)
        self.language_names.set_names(a.names, main_language(a.name, a.languages))
        self._set_photo(a.photo, a.photo_mime)
        self._loading = False
        self.on_preview_timer_timeout()

    def adopt_version(self, version: int) -> None:
        """Keep the edits but count them as made on ``version``: after a refused save the
        user chose Keep Editing, having seen the colleague's newer profile."""
        self._author = replace(self._author, version=version)

    def set_read_only(self, read_only: bool) -> None:
        """Take no edits while the profile is read or saved on the task runner: what is typed
        then would land on a form about to be replaced, or after the save that stores it."""
        for line in (self.name_edit, self.email_edit, self.phone_edit, self.languages_edit):
            line.setReadOnly(read_only)
        for text in (self.links_edit, self.bio_edit):
            text.setReadOnly(read_only)
        for check in self.role_checks.values():
            check.setEnabled(not read_only)
        self.choose_photo_button.setEnabled(not read_only)
        self.remove_photo_button.setEnabled(not read_only and self._photo is not None)
        self.language_names.set_read_only(read_only)

    def author(self) -> Author:
        """The profile as edited, keeping the id, slug and version of the one loaded."""
        return replace(
            self._author,
            name=self.name_edit.text().strip(),
            roles=tuple(role for role, check in self.role_checks.items() if check.isChecked()),
            email=self.email_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            languages=_split_list(self.languages_edit.text()),
            links=_split_list(self.links_edit.toPlainText(), "\n"),
            bio=self.bio_edit.toPlainText(),
            photo=self._photo,
            photo_mime=self._photo_mime if self._photo else "",
            names=self.language_names.author_names(),
        )

    def set_photo_file(self, path: Path) -> bool:
        """Take the photo from ``path``; on a refused file keep the old photo and say why."""
        try:
            thumbnail = load_thumbnail(path)
        except InvalidInputError as exc:
            self.photo_refused.emit(error_text(exc))
            return False
        self._set_photo(thumbnail.data, thumbnail.mime)
        self.edited.emit()
        return True

    def focus_field(self, field: str) -> None:
        """Put the cursor in the widget for a service error's ``field``."""
        widgets: dict[str, QWidget] = {
            "name": self.name_edit, "email": self.email_edit, "phone": self.phone_edit,
            "bio": self.bio_edit, "photo": self.choose_photo_button,
            "roles": self.role_checks[Role.REPORTER], "languages": self.languages_edit,
        }
        widget = widgets.get(field)
        if widget is not None:
            widget.setFocus()
        else:
            self.language_names.focus_field(field)

    # -- slots -----------------------------------------------------------------------------
    def on_preview_timer_timeout(self) -> None:
        html = render_bio_html(self.bio_edit.toPlainText())
        empty = "<p style='color:#888'><i>The bio preview appears here.</i></p>"
        self.bio_preview.setHtml(html or empty)

    def on_choose_photo_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo"), "", PHOTO_FILTER)
        if name:
            self.set_photo_file(Path(name))

    def on_remove_photo_clicked(self) -> None:
        self._set_photo(None, "")
        self.edited.emit()

    def _on_user_edit(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _on_main_name_edited(self, _text: str) -> None:
        self.language_names.show_for(main_language(
            self.name_edit.text(), _split_list(self.languages_edit.text())))

    def _set_photo(self, data: bytes | None, mime: str) -> None:
        self._photo, self._photo_mime = data, mime
        pixmap = photo_pixmap(data, _PHOTO_PREVIEW - 4)
        if pixmap.isNull():
            pixmap = initials_pixmap(self.name_edit.text() or "?", _PHOTO_PREVIEW - 16)
        self.photo_label.setPixmap(pixmap)
        self.remove_photo_button.setEnabled(data is not None)

    @property
    def photo_bytes(self) -> bytes | None:
        return self._photo

    @property
    def photo_mime(self) -> str:
        return self._photo_mime
