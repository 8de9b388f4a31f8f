"""The author profiles dialog: list, create, edit, deactivate, merge and delete profiles."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
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
from newsdesk.domain.errors import ConflictError, InUseError, InvalidInputError
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
from newsdesk.ui.people.profile_reads import (
    ProfilesChange,
    ShownProfile,
    change_profiles,
    read_all,
    read_profile,
    store_profile,
)
from newsdesk.ui.people.save_conflict import SaveConflict
from newsdesk.ui.plural import english_plural
from newsdesk.ui.tasks import SHOWN_NOW, TaskHandle, TaskRunner, describe_failure

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

    Every read and write runs on the task runner: the form is read-only while a profile is
    read ("Counting stories…", the latest click wins) or a write travels ("Saving…").

    Signals:
        show_articles_requested(int): "More articles by …" for this author id.
        authors_changed: a profile was created, edited, merged, deactivated or deleted.
        profile_shown(int): a profile is shown as read (0: a new one).
        save_answered: a write came back, stored or refused.
    """

    show_articles_requested = Signal(int)
    """The user wants the article list filtered to this author id."""
    authors_changed = Signal()
    """Profiles changed; byline pickers should reload their completions."""
    profile_shown = Signal(int)
    """A profile is shown with its story counts, as read on the task runner (0: a new one)."""
    save_answered = Signal()
    """A save, delete, merge or deactivation came back from the runner, whatever its outcome."""

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
        self._counts: dict[Status, int] = {}
        self._shown_once = False  # the first list read selects its first profile only if so
        self._writing = False
        self._listing: TaskHandle | None = None
        self._reading: TaskHandle | None = None
        # "Saved the profile of …" for the profile shown after the save that moved to it.
        self._info_after_load = ""

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
            self.conflict_bar, self.banner, self.form,
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
        self._enable_for(None)
        self._show_labels(None)
        self._read_all(None, first=True)

    def _connect_signals(self) -> None:
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.list_view.selectionModel().currentChanged.connect(self.on_current_changed)
        self.new_button.clicked.connect(self.new_profile)
        self.merge_button.clicked.connect(self.on_merge_clicked)
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.save_button.clicked.connect(self.on_save_clicked)
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

    @property
    def busy(self) -> bool:
        """The list, a profile or a write is on its way on the task runner."""
        return self._writing or _pending(self._listing) or _pending(self._reading)

    def reload(self) -> None:
        """Read the list again on the task runner; the shown profile is read with it."""
        self._read_all(self._current.id if self._current is not None else None)

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
        if self._writing:
            return  # the form is read-only until the save lands
        if self._dirty:
            # The edit in the form is stored first; refused, the banner says why and it stays.
            self.save(then=lambda _saved: self.new_profile())
            return
        if self._reading is not None:  # the list still comes; no profile from it
            self._reading.cancel()
        self._select_quietly(None)
        self._show(None)
        self.form.name_edit.setFocus()

    def done(self, result: int) -> None:
        """Closing keeps the edit in the form, like every other editor in the app: it is saved
        first, and the dialog closes once the save has landed (refused, it stays open)."""
        if self._writing:
            return  # "Saving…" is shown; closing waits for the answer
        if self._dirty:
            self.save(then=lambda _saved: QDialog.done(self, result))
            return
        super().done(result)

    def save(self, then: Callable[[Author], object] | None = None) -> None:
        """Create or update the profile in the form on the task runner; ``then(saved)`` once
        it is stored. A refusal (bad input, a colleague's newer version) says why, naming
        the field, and leaves the form as typed."""
        if self._writing or self.busy:
            return
        edited = self.form.author()
        self._write(store_profile, self._newsroom, edited,
                    landed=partial(self._on_stored, edited, then),
                    refused=self._on_save_refused)

    def delete_current(self) -> None:
        """Delete the shown profile on the task runner; an author with bylines is refused
        with the reason."""
        author = self._current
        if author is None or author.id is None:
            return
        author_id = author.id

        def delete(room: Newsroom) -> None:
            room.authors.delete(author_id)

        self._write(change_profiles, self._newsroom, delete,
                    landed=partial(self._on_deleted, author),
                    refused=self._on_delete_refused)

    def merge_into_current(self, merge_id: int, bio_from: int | None) -> None:
        """Fold profile ``merge_id`` into the shown one on the task runner, keeping the bio
        of ``bio_from``."""
        keep = self._current
        if keep is None or keep.id is None:
            return
        keep_id = keep.id

        def merge(room: Newsroom) -> Author:
            return room.authors.merge(keep_id, merge_id, bio_from=bio_from)

        self._write(change_profiles, self._newsroom, merge,
                    landed=self._on_merged, refused=self._on_write_refused)

    # -- slots -----------------------------------------------------------------------------
    def on_form_edited(self) -> None:
        self._dirty = True

    def on_save_clicked(self) -> None:
        self.save()

    def on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid() or self._switching:
            return
        target = int(current.data(AUTHOR_ID_ROLE))
        if self._dirty:
            # Moving to another profile stores the one being edited first (no prompt, as the
            # story editor autosaves): the list stays on it until the save lands, and a
            # refusal keeps the user there with the reason.
            self._select_quietly(previous if previous.isValid() else None)
            self.save(then=partial(self._move_after_save, target))
            return
        self._load(target)

    def on_merge_clicked(self) -> None:
        keep = self._current
        if keep is None:
            self.banner.show_error(self.tr("Select the profile to keep first, then choose Merge."))
            return
        dialog = MergeDialog(keep, self.model.authors(), self)
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
        self._show(self._current, self._counts)

    def on_active_clicked(self) -> None:
        author = self._current
        if author is None or author.id is None:
            return
        author_id, active = author.id, not author.active

        def set_active(room: Newsroom) -> Author:
            return room.authors.set_active(author_id, active)

        self._write(change_profiles, self._newsroom, set_active,
                    landed=self._on_active_set, refused=self._on_write_refused)

    def on_more_clicked(self) -> None:
        if self._current is not None and self._current.id is not None:
            self.show_articles_requested.emit(self._current.id)

    # -- reads on the task runner ------------------------------------------------------------
    def _read_all(self, select_id: int | None, *, first: bool = False, info: str = "") -> None:
        """The list (and ``select_id``'s profile) read on the runner; the latest read wins."""
        loading = self.tr("Loading profiles…")
        self._set_loading(loading)
        if first:
            self.title_label.setText(loading)
            self.counts_label.setText("")
        self._listing = TaskRunner.of().run(
            read_all, self._newsroom, select_id,
            on_result=partial(self._on_all_read, first, info),
            on_error=self._on_read_failed, priority=SHOWN_NOW,
            channel=f"profiles-list-{id(self)}")

    def _on_all_read(self, first: bool, info: str, change: ProfilesChange) -> None:
        self._take(change)
        if first and change.shown is None and not self._shown_once:
            if self.proxy.rowCount():
                self.select_author(int(self.proxy.index(0, 0).data(AUTHOR_ID_ROLE)))
            else:
                self.new_profile()
        elif change.shown is None and not _pending(self._reading):
            self._set_loading(None)
        if info:
            self.banner.show_info(info)

    def _load(self, author_id: int) -> None:
        """Show ``author_id``'s stored profile once it is read: the click the user made last
        wins, an earlier read still on its way is dropped."""
        listed = self.model.row_of(author_id)
        if listed >= 0:  # its name at once, while the profile and its counts are read
            self.title_label.setText(self.model.author_at(listed).name)
        self._set_loading(self.tr("Counting stories…"))
        self._reading = TaskRunner.of().run(
            read_profile, self._newsroom, author_id,
            on_result=self._on_profile_read, on_error=self._on_read_failed,
            priority=SHOWN_NOW, channel=f"profiles-show-{id(self)}")

    def _on_profile_read(self, shown: ShownProfile) -> None:
        self._show(shown.author, shown.counts)
        if self._info_after_load:
            self.banner.show_info(self._info_after_load)
            self._info_after_load = ""

    def _on_read_failed(self, exc: BaseException) -> bool:
        """The profile (or the list) could not be read: say why; the form shows what it
        showed, the list goes back to it."""
        self._set_loading(None)
        self._info_after_load = ""
        if self._current is not None and self._current.id is not None:
            row = self.model.row_of(self._current.id)
            if row >= 0:
                self._select_quietly(self.proxy.mapFromSource(self.model.index(row, 0)))
        self.banner.show_error(self.tr(
            "The profiles could not be read: {0}. Close the dialog and open it again to retry."
        ).format(describe_failure(exc)))
        return True

    def _cancel_read(self) -> None:
        for handle in (self._reading, self._listing):
            if handle is not None:
                handle.cancel()
        self._info_after_load = ""

    # -- writes on the task runner -----------------------------------------------------------
    def _write(self, task: Callable[..., ProfilesChange], *args: object,
               landed: Callable[[ProfilesChange], object],
               refused: Callable[[BaseException], object]) -> None:
        """One write at a time: the form is read-only and says "Saving…" until it lands."""
        self._cancel_read()
        self._set_writing(True)

        def on_result(change: ProfilesChange) -> None:
            self._set_writing(False)
            landed(change)
            self.save_answered.emit()

        def on_error(exc: BaseException) -> bool:
            self._set_writing(False)
            refused(exc)
            self.save_answered.emit()
            return True

        TaskRunner.of().run(task, *args, on_result=on_result, on_error=on_error)

    def _on_stored(self, edited: Author, then: Callable[[Author], object] | None,
                   change: ProfilesChange) -> None:
        outcome = change.outcome
        if isinstance(outcome, ConflictError):
            # A colleague saved this profile first: the edits stay in the form.
            self.conflict.show_refusal(edited, outcome, change.theirs)
            return
        assert outcome is not None
        self._take(change, changed=True)
        self.banner.show_info(self.tr("Saved the profile of {0}.").format(outcome.name))
        if then is not None:
            then(outcome)

    def _on_save_refused(self, exc: BaseException) -> None:
        self.banner.show_error(describe_failure(exc))
        if isinstance(exc, InvalidInputError):
            self.form.focus_field(exc.field)

    def _on_write_refused(self, exc: BaseException) -> None:
        self.banner.show_error(describe_failure(exc))

    def _on_delete_refused(self, exc: BaseException) -> None:
        if isinstance(exc, InUseError):
            self.banner.show_error(self.tr("Cannot delete: {0}.").format(error_text(exc)))
        else:
            self.banner.show_error(describe_failure(exc))

    def _on_deleted(self, author: Author, change: ProfilesChange) -> None:
        self._take(change, changed=True)
        self._select_quietly(None)
        self._show(None)
        self.banner.show_info(self.tr("Deleted the profile of {0}.").format(author.name))

    def _on_merged(self, change: ProfilesChange) -> None:
        self._take(change, changed=True)
        if isinstance(change.outcome, Author):
            self.banner.show_info(
                self.tr("Merged the duplicate into {0}.").format(change.outcome.name))

    def _on_active_set(self, change: ProfilesChange) -> None:
        self._take(change, changed=True)
        updated = change.outcome
        if isinstance(updated, Author):
            state = (self.tr("{0} is active again.") if updated.active
                     else self.tr("{0} is inactive (kept for old bylines)."))
            self.banner.show_info(state.format(updated.name))

    def _move_after_save(self, target: int, saved: Author) -> None:
        """The edited profile is stored: go on to the one the user clicked, and say so."""
        self._info_after_load = self.tr("Saved the profile of {0}.").format(saved.name)
        self.select_author(target)

    # -- helpers ---------------------------------------------------------------------------
    def _take(self, change: ProfilesChange, *, changed: bool = False) -> None:
        """The list as read with a change (and the profile it shows, if any)."""
        switching, self._switching = self._switching, True
        try:
            if change.listed:
                self.model.set_authors(change.authors)
            shown = change.shown
            if shown is not None and shown.author is not None and shown.author.id is not None:
                self.select_author(shown.author.id)
            elif self._current is not None and self._current.id is not None:
                self.select_author(self._current.id)
        finally:
            self._switching = switching
        if changed:
            self.authors_changed.emit()
        if change.shown is not None:
            self._show(change.shown.author, change.shown.counts)
        if not change.listed:
            self._read_all(None)  # the list again; the profile shown stays

    def _select_quietly(self, index: QModelIndex | None) -> None:
        """Put the list on ``index`` (None: nothing) without reading a profile for it."""
        switching, self._switching = self._switching, True
        try:
            selection = self.list_view.selectionModel()
            if index is None or not index.isValid():
                selection.clear()
            else:
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._switching = switching

    def _set_loading(self, text: str | None) -> None:
        """While a profile is read the form takes no edits (it is about to be replaced)."""
        loading = text is not None
        self.form.set_read_only(loading or self._writing)
        self.save_button.setEnabled(not loading and not self._writing)
        self.revert_button.setEnabled(not loading and not self._writing)
        if text is not None:
            self.counts_label.setText(text)

    def _set_writing(self, writing: bool) -> None:
        """A save, delete, merge or deactivation on its way: nothing more is typed or asked."""
        self._writing = writing
        self.form.set_read_only(writing)
        self.list_view.setEnabled(not writing)
        for button in (self.save_button, self.revert_button, self.new_button,
                       self.merge_button, self.delete_button, self.active_button):
            button.setEnabled(not writing)
        if writing:
            self.banner.show_info(self.tr("Saving…"))
        else:
            self._enable_for(self._current)

    # -- a save refused because a colleague saved first (see SaveConflict) -----------------
    def _show_stored(self, theirs: Author) -> None:
        """Reload: drop the edits and show the stored profile (the colleague's), read again
        on the runner with the list."""
        if theirs.id is None:
            return
        self._dirty = False
        self._read_all(theirs.id, info=self.tr(
            "Showing the profile as {name} was last saved.").format(name=theirs.name))

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

    def _show(self, author: Author | None, counts: dict[Status, int] | None = None) -> None:
        """Show ``author`` as read with its story ``counts`` (None: a new profile)."""
        self._current, self._counts = author, counts or {}
        self._shown_once = True
        self.form.set_author(author)
        self._dirty = False
        self.conflict.clear()
        self.banner.clear_message()
        self._set_loading(None)
        self._enable_for(author)
        self._show_labels(author)
        self.profile_shown.emit(author.id if author is not None and author.id else 0)

    def _enable_for(self, author: Author | None) -> None:
        saved = author is not None and author.id is not None
        for button in (self.merge_button, self.delete_button, self.active_button,
                       self.more_button):
            button.setEnabled(saved)

    def _show_labels(self, author: Author | None) -> None:
        if author is None or author.id is None:
            self.title_label.setText(self.tr("New profile"))
            self.more_button.setText(self.tr("More articles by …"))
            self.counts_label.setText("")
            self.active_button.setText(self.tr("Deactivate"))
            return
        self.title_label.setText(author.name + ("" if author.active else self.tr("  (inactive)")))
        self.more_button.setText(self.tr("More articles by {0}").format(author.name))
        self.counts_label.setText(status_counts_text(self._counts))
        self.active_button.setText(
            self.tr("Deactivate") if author.active else self.tr("Reactivate"))


def _pending(handle: TaskHandle | None) -> bool:
    """A read given to the runner whose outcome has not landed (nor been dropped)."""
    return handle is not None and not (handle.done or handle.cancelled)
