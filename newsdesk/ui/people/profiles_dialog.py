"""The author profiles dialog: list, create, edit, deactivate, merge and delete profiles."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.article import Status
from newsdesk.domain.errors import ConflictError, InUseError, InvalidInputError, NewsdeskError
from newsdesk.domain.people import Author
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.error_text import error_text
from newsdesk.ui.noop import QT_TRANSLATE_NOOP
from newsdesk.ui.people.author_form import AuthorForm
from newsdesk.ui.people.author_list_model import (
    AUTHOR_ID_ROLE,
    FILTER_TEXT_ROLE,
    AuthorListModel,
)
from newsdesk.ui.people.conflict_bar import ConflictBar, FieldChange
from newsdesk.ui.people.language_names import names_text
from newsdesk.ui.people.merge_dialog import MergeDialog
from newsdesk.ui.people.message_banner import MessageBanner
from newsdesk.ui.people.naming import named
from newsdesk.ui.people.save_conflict import SaveConflict
from newsdesk.ui.plural import english_plural

_STATUS_LABELS: Final = {
    Status.DRAFT: QT_TRANSLATE_NOOP("Status", "Draft"),
    Status.EDITING: QT_TRANSLATE_NOOP("Status", "Editing"),
    Status.READY: QT_TRANSLATE_NOOP("Status", "Ready"),
    Status.PUBLISHED: QT_TRANSLATE_NOOP("Status", "Published"),
    Status.ARCHIVED: QT_TRANSLATE_NOOP("Status", "Spiked"),
}


def status_counts_text(counts: dict[Status, int]) -> str:
    """``Draft 2 · Editing 0 · …`` for the line under "More articles by"."""
    total = sum(counts.values())
    parts = [f"{QCoreApplication.translate('Status', _STATUS_LABELS[status])} "
             f"{counts.get(status, 0)}" for status in Status]
    stories = english_plural(QCoreApplication.translate("ProfilesDialog", "{0} story(s):"), total)
    return stories.format(total) + " " + " · ".join(parts)


class ProfilesDialog(QDialog):
    """Every author profile, editable in place; the services refuse what would lose data.

    Errors appear in a banner above the buttons (they name the field), not in modal boxes, so
    the user can fix the field at once. Only deleting asks for confirmation.

    Signals:
        show_articles_requested(int): "More articles by …" for this author id.
        authors_changed: a profile was created, edited, merged, deactivated or deleted.
    """

    show_articles_requested = Signal(int)
    """The user wants the article list filtered to this author id."""
    authors_changed = Signal()
    """Profiles changed; byline pickers should reload their completions."""

    def __init__(self, newsroom: Newsroom, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilesDialog")
        self.setWindowTitle(self.tr("Author profiles"))
        self.resize(980, 680)
        self._newsroom = newsroom
        self._current: Author | None = None
        # Edits in the form not yet stored; kept, never dropped, when the user moves on.
        self._dirty = False
        self._switching = False

        self.model = AuthorListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterRole(FILTER_TEXT_ROLE)  # "Кван" finds Sergey Kwan too
        self.filter_edit = named(QLineEdit(), "authorFilterEdit")
        self.filter_edit.setPlaceholderText(self.tr("Filter profiles…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.list_view = named(QListView(), "authorList")
        self.list_view.setModel(self.proxy)
        self.list_view.setIconSize(QSize(40, 40))
        self.list_view.setSpacing(2)
        self.list_view.setUniformItemSizes(True)
        self.new_button = named(QPushButton(self.tr("New profile")), "newAuthorButton")
        self.merge_button = named(QPushButton(self.tr("Merge…")), "mergeAuthorButton")
        self.delete_button = named(QPushButton(self.tr("Delete")), "deleteAuthorButton")
        left_buttons = QHBoxLayout()
        for button in (self.new_button, self.merge_button, self.delete_button):
            left_buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.list_view, 1)
        left_layout.addLayout(left_buttons)

        self.title_label = named(QLabel(), "profileTitleLabel")
        self.title_label.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.form = AuthorForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.more_button = named(QPushButton(), "moreArticlesButton")
        self.counts_label = named(QLabel(), "authorStatusCountsLabel")
        self.counts_label.setStyleSheet("color: palette(placeholder-text);")
        more_row = QHBoxLayout()
        more_row.addWidget(self.more_button)
        more_row.addWidget(self.counts_label, 1)
        self.banner = MessageBanner("profileMessageLabel")
        self.conflict_bar = ConflictBar("profile")
        self.conflict: SaveConflict[Author] = SaveConflict(
            self.conflict_bar, self.banner, self.form, stored=self._stored_version,
            fields_of=self._fields_of, more_changes=self._photo_change,
            show_stored=self._show_stored, adopted=self._adopt_theirs)
        self.active_button = named(QPushButton(), "deactivateAuthorButton")
        self.revert_button = named(QPushButton(self.tr("Revert")), "revertAuthorButton")
        self.save_button = named(QPushButton(self.tr("Save profile")), "saveAuthorButton")
        self.save_button.setDefault(True)
        actions = QHBoxLayout()
        actions.addWidget(self.active_button)
        actions.addStretch(1)
        actions.addWidget(self.revert_button)
        actions.addWidget(self.save_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.title_label)
        right_layout.addLayout(more_row)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.conflict_bar)
        right_layout.addLayout(actions)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 700])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)

        self._connect_signals()
        self.reload()
        if self.proxy.rowCount():
            self.select_author(int(self.proxy.index(0, 0).data(AUTHOR_ID_ROLE)))
        else:
            self.new_profile()

    def _connect_signals(self) -> None:
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.list_view.selectionModel().currentChanged.connect(self.on_current_changed)
        self.new_button.clicked.connect(self.new_profile)
        self.merge_button.clicked.connect(self.on_merge_clicked)
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.on_revert_clicked)
        self.active_button.clicked.connect(self.on_active_clicked)
        self.more_button.clicked.connect(self.on_more_clicked)
        self.form.photo_refused.connect(self.banner.show_error)
        self.form.edited.connect(self.banner.clear_message)
        self.form.edited.connect(self.on_form_edited)

    # -- public API ------------------------------------------------------------------------
    @property
    def current_author(self) -> Author | None:
        """The saved profile shown in the form (None while creating a new one)."""
        return self._current

    def reload(self) -> None:
        self.model.set_authors(self._newsroom.authors.all())

    def select_author(self, author_id: int) -> None:
        row = self.model.row_of(author_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # hidden by the filter
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.list_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    @property
    def has_unsaved_edits(self) -> bool:
        return self._dirty

    def new_profile(self) -> None:
        if self._dirty and self.save() is None:
            return  # the edit in the form cannot be stored yet: the banner says why
        self._switching = True
        try:
            self.list_view.selectionModel().clear()
        finally:
            self._switching = False
        self._show(None)
        self.form.name_edit.setFocus()

    def done(self, result: int) -> None:
        """Closing keeps the edit in the form, like every other editor in the app."""
        if self._dirty and self.save() is None:
            return  # stay open: the banner names the field to fix
        super().done(result)

    def save(self) -> Author | None:
        """Create or update the profile in the form; on bad input show why and save nothing."""
        edited = self.form.author()
        try:
            saved = self._newsroom.authors.update(edited)  # a profile without id is created
        except InvalidInputError as exc:
            self.banner.show_error(error_text(exc))
            self.form.focus_field(exc.field)
            return None
        except ConflictError as exc:
            # A colleague saved this profile first: the edits stay in the form.
            self.conflict.refused(edited, exc)
            return None
        except NewsdeskError as exc:
            self.banner.show_error(error_text(exc))
            return None
        self._after_change(saved.id)
        self.banner.show_info(self.tr("Saved the profile of {0}.").format(saved.name))
        return saved

    def delete_current(self) -> bool:
        """Delete the shown profile; an author with bylines is refused with the reason."""
        author = self._current
        if author is None or author.id is None:
            return False
        try:
            self._newsroom.authors.delete(author.id)
        except InUseError as exc:
            self.banner.show_error(self.tr("Cannot delete: {0}.").format(error_text(exc)))
            return False
        except NewsdeskError as exc:
            self.banner.show_error(error_text(exc))
            return False
        self._after_change(None)
        self.new_profile()
        self.banner.show_info(self.tr("Deleted the profile of {0}.").format(author.name))
        return True

    def merge_into_current(self, merge_id: int, bio_from: int | None) -> Author | None:
        """Fold profile ``merge_id`` into the shown one, keeping the bio of ``bio_from``."""
        keep = self._current
        if keep is None or keep.id is None:
            return None
        try:
            merged = self._newsroom.authors.merge(keep.id, merge_id, bio_from=bio_from)
        except NewsdeskError as exc:
            self.banner.show_error(error_text(exc))
            return None
        self._after_change(merged.id)
        self.banner.show_info(self.tr("Merged the duplicate into {0}.").format(merged.name))
        return merged

    # -- slots -----------------------------------------------------------------------------
    def on_form_edited(self) -> None:
        self._dirty = True

    def on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid() or self._switching:
            return
        target = int(current.data(AUTHOR_ID_ROLE))
        saved: Author | None = None
        if self._dirty:
            # Moving to another profile stores the one being edited first (no prompt, as the
            # story editor autosaves); if it cannot be stored, stay on it with the reason.
            self._switching = True
            try:
                saved = self.save()
                selection = self.list_view.selectionModel()
                if saved is None:
                    if previous.isValid():
                        selection.setCurrentIndex(
                            previous, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                    else:
                        selection.clear()
                    return
                self.select_author(target)
            finally:
                self._switching = False
        self._show(self._newsroom.authors.get(target))
        if saved is not None:
            self.banner.show_info(self.tr("Saved the profile of {0}.").format(saved.name))

    def on_merge_clicked(self) -> None:
        keep = self._current
        if keep is None:
            self.banner.show_error(self.tr("Select the profile to keep first, then choose Merge."))
            return
        dialog = MergeDialog(keep, self._newsroom.authors.all(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            merge_id = dialog.merge_id()
            if merge_id is not None:
                self.merge_into_current(merge_id, dialog.bio_from())

    def on_delete_clicked(self) -> None:
        author = self._current
        if author is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete profile"),
            self.tr("Delete the profile of {0}? This cannot be undone.").format(author.name)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_current()

    def on_revert_clicked(self) -> None:
        self._show(self._current)

    def on_active_clicked(self) -> None:
        author = self._current
        if author is None or author.id is None:
            return
        try:
            updated = self._newsroom.authors.set_active(author.id, not author.active)
        except NewsdeskError as exc:
            self.banner.show_error(error_text(exc))
            return
        self._after_change(updated.id)
        state = (self.tr("{0} is active again.") if updated.active
                 else self.tr("{0} is inactive (kept for old bylines)."))
        self.banner.show_info(state.format(updated.name))

    def on_more_clicked(self) -> None:
        if self._current is not None and self._current.id is not None:
            self.show_articles_requested.emit(self._current.id)

    # -- helpers ---------------------------------------------------------------------------
    def _after_change(self, select_id: int | None) -> None:
        switching, self._switching = self._switching, True
        try:
            self.reload()
            if select_id is not None:
                self.select_author(select_id)
        finally:
            self._switching = switching
        self.authors_changed.emit()
        if select_id is not None:
            self._show(self._newsroom.authors.get(select_id))

    # -- a save refused because a colleague saved first (see SaveConflict) -----------------
    def _stored_version(self, edited: Author) -> Author | None:
        return None if edited.id is None else self._newsroom.authors.get(edited.id)

    def _show_stored(self, theirs: Author) -> None:
        """Reload: drop the edits and show the stored profile (the colleague's)."""
        if theirs.id is None:
            return
        self._after_change(theirs.id)
        self.banner.show_info(self.tr("Showing the profile as {name} was last saved.").format(
            name=self._current.name if self._current else theirs.name))

    def _adopt_theirs(self, theirs: Author) -> None:
        """Keep Editing: the form's edits now stand on the colleague's version."""
        self._current = theirs

    def _photo_change(self, theirs: Author, edited: Author) -> list[FieldChange]:
        if theirs.photo == edited.photo:
            return []
        return [FieldChange(self.tr("Photo"), self.tr("their photo") if theirs.photo else "",
                            self.tr("your photo") if edited.photo else "")]

    def _fields_of(self, author: Author) -> dict[str, str]:
        """A profile's fields as the conflict bar compares them, labelled for the user."""
        return {
            self.tr("Name"): author.name,
            self.tr("Roles"): ", ".join(str(role) for role in author.roles),
            self.tr("E-mail"): author.email,
            self.tr("Phone"): author.phone,
            self.tr("Languages"): ", ".join(author.languages),
            self.tr("Links"): " ".join(author.links),
            self.tr("Bio"): author.bio,
            self.tr("Other languages"): names_text(author.names),
            self.tr("Active"): self.tr("yes") if author.active else self.tr("no"),
        }

    def _show(self, author: Author | None) -> None:
        self._current = author
        self.form.set_author(author)
        self._dirty = False
        self.conflict.clear()
        self.banner.clear_message()
        saved = author is not None and author.id is not None
        for button in (self.merge_button, self.delete_button, self.active_button,
                       self.more_button):
            button.setEnabled(saved)
        if author is None or author.id is None:
            self.title_label.setText(self.tr("New profile"))
            self.more_button.setText(self.tr("More articles by …"))
            self.counts_label.setText("")
            self.active_button.setText(self.tr("Deactivate"))
            return
        self.title_label.setText(author.name + ("" if author.active else self.tr("  (inactive)")))
        self.more_button.setText(self.tr("More articles by {0}").format(author.name))
        self.counts_label.setText(status_counts_text(self._newsroom.authors.status_counts(author.id)))
        self.active_button.setText(
            self.tr("Deactivate") if author.active else self.tr("Reactivate"))
