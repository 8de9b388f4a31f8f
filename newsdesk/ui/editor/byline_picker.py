"""The byline picker: author profiles in order, each with a role, and the byline as printed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.article import BylineEntry, Role
from newsdesk.domain.byline import format_byline
from newsdesk.domain.errors import NewsdeskError
from newsdesk.domain.names_in_language import byline_in_language
from newsdesk.domain.people import Author
from newsdesk.services.authors import AuthorService
from newsdesk.ui.error_text import error_text
from newsdesk.ui.ink import ERROR
from newsdesk.ui.labels import language_name, role_label
from newsdesk.ui.tasks import TaskRunner, describe_failure

__all__ = ["COMPLETION_MIN_WIDTH", "BylinePicker", "NewProfileDialog"]

# Full names ("Aigerim Sarsenbayeva") must fit in the completion list, however narrow the field.
COMPLETION_MIN_WIDTH = 280


def other_names_tip(author: Author | None, shown: str = "") -> str:
    """"Russian: Сергей Кван", a line per language the profile has another name in: what a
    story in that language prints in the byline; empty when it has none. When the row shows
    one of those (``shown``, a Russian story's), the profile's main name comes first: it is
    the one to type to add the person."""
    if author is None:
        return ""
    lines = []
    if shown and shown != author.name:
        lines.append(QCoreApplication.translate("BylinePicker", "Profile: %1").replace(
            "%1", author.name))
    for entry in author.names:
        if entry.name and entry.name not in (author.name, shown):
            language = language_name(entry.language)
            lines.append(f"{language[:1].upper()}{language[1:]}: {entry.name}")
    return "\n".join(lines)


def _role_combo(parent: QWidget | None, role: Role) -> QComboBox:
    combo = QComboBox(parent)
    for value in Role:
        combo.addItem(role_label(value), value)
    combo.setCurrentIndex(combo.findData(role))
    return combo


class NewProfileDialog(QDialog):
    """Name and role for a profile created on the fly; the rest is filled in later."""

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newProfileDialog")
        self.setWindowTitle(self.tr("New author profile"))
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("newProfileNameEdit")
        self.role_combo = _role_combo(self, Role.REPORTER)
        self.role_combo.setObjectName("newProfileRoleCombo")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("newProfileErrorLabel")
        self.error_label.setStyleSheet(f"color: {ERROR.name()};")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Who:"), self.name_edit)
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(self.error_label)
        form.addRow(self.buttons)

    @property
    def role(self) -> Role:
        return Role(self.role_combo.currentData())

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)


class BylinePicker(QWidget):
    """Who wrote the story, in byline order, each with the role they played.

    Authors complete from the active profiles; an unknown name can become a profile on the
    spot (name and role only). The label under the list is what the story prints: the
    names in the story's language (:func:`byline_in_language`, as the exporters name them)
    through :func:`format_byline`. The table names them in the story's language too (a
    Russian story's rows in Cyrillic, under a Cyrillic line); a row's tooltip gives the
    profile's main name, the one typed to add someone. What is stored stays the entry.

    Signals:
        edited(): the user added, removed, reordered or re-roled someone.
        author_created(object): a profile was created here (an :class:`Author`).
        authors_read(bool): :meth:`reload_authors` came back: the profiles are offered
            (True), or they could not be read and the picker says so (False).
    """

    edited = Signal()
    """The byline changed by the user's hand."""
    author_created = Signal(object)
    """A new :class:`Author` profile was stored from the picker."""
    authors_read = Signal(bool)
    """A re-read of the active profiles landed (True) or failed, said under the byline."""

    def __init__(self, authors: AuthorService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bylinePicker")
        self._service = authors
        self._known: dict[str, Author] = {}
        self._profiles: dict[int, Author] = {}
        self._language = "en"
        self._build()
        self._connect_signals()
        # No read here: the editor hands in the profiles its task runner read (take_authors);
        # until then the byline shows the story's own names and nothing completes.

    def _build(self) -> None:
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("bylineNameEdit")
        self.name_edit.setPlaceholderText(self.tr("Add an author — type a name"))
        self.completer = QCompleter([], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name_edit.setCompleter(self.completer)
        popup = self.completer.popup()
        if popup is not None:
            popup.setMinimumWidth(COMPLETION_MIN_WIDTH)
        self.role_combo = _role_combo(self, Role.REPORTER)
        self.role_combo.setObjectName("bylineRoleCombo")
        self.add_button = self._tool("bylineAddButton", self.tr("Add"), self.tr("Add to byline"))
        self.new_button = self._tool(
            "bylineNewProfileButton", self.tr("New…"), self.tr("Create a new author profile")
        )
        self.table = QTableWidget(0, 2, self)
        # Tab leaves the table for the buttons beside it (arrows move between cells); with
        # tab navigation on, a role combo in the last row trapped the keyboard.
        self.table.setTabKeyNavigation(False)
        self.table.setObjectName("bylineTable")
        self.table.setHorizontalHeaderLabels([self.tr("Author"), self.tr("Role")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The role column holds combo boxes, which ResizeToContents does not measure (it
        # shrank to ~15 px beside long names): fix it at the widest role's combo.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        sample = _role_combo(None, Role.PHOTOGRAPHER)  # measured only, never shown
        header.resizeSection(1, sample.sizeHint().width() + 4)
        sample.deleteLater()
        self.table.setMinimumHeight(72)
        self.table.setMaximumHeight(120)
        self.up_button = self._tool("bylineUpButton", "▲", self.tr("Move up"))
        self.down_button = self._tool("bylineDownButton", "▼", self.tr("Move down"))
        self.remove_button = self._tool("bylineRemoveButton", "✕", self.tr("Remove from byline"))
        self.byline_label = QLabel(self)
        self.byline_label.setObjectName("bylinePreviewLabel")
        self.byline_label.setWordWrap(True)
        self.byline_label.setStyleSheet("font-weight: 600;")
        self.message_label = QLabel(self)
        self.message_label.setObjectName("bylineMessageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(f"color: {ERROR.name()};")
        self.message_label.hide()

        # The name gets the full width: "Add an …" in an 80 px box helped nobody.
        add_row = QHBoxLayout()
        add_row.addWidget(self.role_combo, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.new_button)
        buttons = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        table_row = QHBoxLayout()
        table_row.addWidget(self.table, 1)
        table_row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name_edit)
        layout.addLayout(add_row)
        layout.addLayout(table_row)
        layout.addWidget(self.byline_label)
        layout.addWidget(self.message_label)

    def _tool(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        return button

    def _connect_signals(self) -> None:
        self.name_edit.returnPressed.connect(self.on_add_requested)
        self.add_button.clicked.connect(self.on_add_requested)
        self.new_button.clicked.connect(self.open_new_profile_dialog)
        self.up_button.clicked.connect(lambda: self.move_entry(self.table.currentRow(), -1))
        self.down_button.clicked.connect(lambda: self.move_entry(self.table.currentRow(), +1))
        self.remove_button.clicked.connect(lambda: self.remove(self.table.currentRow()))

    # -- profiles ------------------------------------------------------------------------------
    def reload_authors(self) -> None:
        """Read the active profiles again, on the task runner (the latest request wins).

        The completion keeps offering the profiles it has until the new ones land
        (``authors_read``); a failure is said under the byline. The editor hands in what its
        own reads found instead (:meth:`take_authors`)."""
        TaskRunner.of().run(partial(self._service.all, include_inactive=False),
                            on_result=self._on_authors_read, on_error=self._on_authors_unread,
                            channel=f"byline-authors:{id(self)}")

    def _on_authors_read(self, active: list[Author]) -> None:
        self.take_authors(active)
        self.authors_read.emit(True)

    def _on_authors_unread(self, exc: BaseException) -> bool:
        self._on_lookup_failed(exc)
        self.authors_read.emit(False)
        return True

    def take_authors(self, active: list[Author]) -> None:
        """Offer the ``active`` profiles (read on a worker, or just now) for completion."""
        self._known = {author.name: author for author in active}
        for author in active:
            if author.id is not None:
                self._profiles[author.id] = author
        self.completer.model().setStringList(sorted(self._known, key=str.casefold))  # type: ignore[attr-defined]
        # Profiles read on a worker may land after the byline was shown: their other
        # names go into the tooltips, and the printed line names them in the language.
        self._refresh_tips()
        self._refresh_label()

    def profiles(self) -> list[Author]:
        """Full profiles of the byline in order (for the preview's author box)."""
        found: list[Author] = []
        for entry in self.entries():
            author = self._profile_of(entry)
            found.append(author or Author(name=entry.name, roles=(entry.role,)))
        return found

    # -- editing -------------------------------------------------------------------------------
    def on_add_requested(self) -> None:
        name = " ".join(self.name_edit.text().split())
        if not name:
            return
        author = self._find(name)
        if author is None:
            # Not among the profiles known here: they may still be on their way, or a
            # colleague made it a moment ago. Look on the task runner before saying no.
            TaskRunner.of().run(partial(self._service.all, include_inactive=False),
                                on_result=partial(self._on_looked_up, name, self.selected_role()),
                                on_error=self._on_lookup_failed,
                                channel=f"byline-lookup:{id(self)}")
            return
        self._add_named(author, self.selected_role())

    def _find(self, name: str) -> Author | None:
        return self._known.get(name) or next(
            (a for n, a in self._known.items() if n.casefold() == name.casefold()), None
        )

    def _on_looked_up(self, name: str, role: Role, active: list[Author]) -> None:
        self.take_authors(active)
        author = self._find(name)
        if author is None:
            self._say(self.tr("No profile named “%1”: create it with New….").replace("%1", name))
            return
        self._add_named(author, role)

    def _on_lookup_failed(self, exc: BaseException) -> bool:
        self._say(self.tr("The author profiles could not be read: %1").replace(
            "%1", describe_failure(exc)))
        return True

    def _add_named(self, author: Author, role: Role) -> None:
        self.add_author(author, role)
        self.name_edit.clear()
        # Picked from the completion popup, Enter reaches us before the completer writes the
        # chosen name back into the box: clear it again once it has.
        QTimer.singleShot(0, self, self._clear_added_name)

    def _clear_added_name(self) -> None:
        name = " ".join(self.name_edit.text().split())
        if name and any(entry.name == name for entry in self.entries()):
            self.name_edit.clear()

    def selected_role(self) -> Role:
        return Role(self.role_combo.currentData())

    def add_author(self, author: Author, role: Role = Role.REPORTER) -> None:
        """Append ``author`` with ``role``; the same person twice in one role is ignored."""
        if author.id is not None:
            self._profiles[author.id] = author
        entry = BylineEntry(name=author.name, role=role, author_id=author.id,
                            author_slug=author.slug)
        if any(e.author_id == entry.author_id and e.role == role and e.name == entry.name
               for e in self.entries()):
            self._say(self.tr("%1 is already in the byline.").replace("%1", author.name))
            return
        self._append_row(entry)
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self._changed()

    def create_profile(
        self,
        name: str,
        role: Role,
        *,
        on_created: Callable[[Author], object] | None = None,
        on_refused: Callable[[str], object] | None = None,
    ) -> None:
        """Store a new profile with ``role`` on the task runner; it joins the byline when it
        lands (``on_created`` then). A refusal (the service names the field) or a failure
        goes to ``on_refused`` in the user's words, or under the byline without one."""
        TaskRunner.of().run(
            self._service.create, Author(name=name, roles=(role,)),
            on_result=partial(self._on_profile_created, role, on_created),
            on_error=partial(self._on_profile_refused, on_refused or self._say))

    def _on_profile_created(
        self, role: Role, then: Callable[[Author], object] | None, author: Author
    ) -> None:
        self.take_authors([*self._known.values(), author])  # no re-read for what we just made
        self.author_created.emit(author)
        self.add_author(author, role)
        self.name_edit.clear()
        if then is not None:
            then(author)

    def _on_profile_refused(self, say: Callable[[str], object], exc: BaseException) -> bool:
        said = (error_text(exc) if isinstance(exc, NewsdeskError) else self.tr(
            "The profile could not be stored: %1").replace("%1", describe_failure(exc)))
        say(said)
        return True

    def open_new_profile_dialog(self) -> NewProfileDialog:
        """Open (not exec) the small profile dialog, so tests and the window stay in control.

        OK stores the profile on the task runner: the dialog waits (OK disabled) and closes
        when it is stored, or stays open saying why it was refused.
        """
        dialog = NewProfileDialog(" ".join(self.name_edit.text().split()), self)
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(self.selected_role()))
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)

        def refused(message: str) -> None:
            if shiboken6.isValid(dialog):  # cancelled meanwhile: nobody to tell
                ok.setEnabled(True)
                dialog.show_error(message)

        def created(_author: Author) -> None:
            if shiboken6.isValid(dialog):
                dialog.accept()

        def accept() -> None:
            ok.setEnabled(False)  # one profile per click, however slow the newsroom answers
            dialog.show_error("")
            self.create_profile(dialog.name_edit.text(), dialog.role,
                                on_created=created, on_refused=refused)

        dialog.buttons.accepted.connect(accept)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def set_role(self, row: int, role: Role) -> None:
        combo = self._combo(row)
        if combo is not None:
            combo.setCurrentIndex(combo.findData(role))

    def move_entry(self, row: int, step: int) -> None:
        """Move the entry at ``row`` up (-1) or down (+1): byline order is printed order."""
        entries = list(self.entries())
        target = row + step
        if not (0 <= row < len(entries) and 0 <= target < len(entries)):
            return
        entries[row], entries[target] = entries[target], entries[row]
        self._fill(entries)
        self.table.setCurrentCell(target, 0)
        self._changed()

    def remove(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.removeRow(row)
            self._changed()

    # -- the value -----------------------------------------------------------------------------
    def set_entries(self, entries: tuple[BylineEntry, ...], language: str = "en") -> None:
        """Show a story's byline without emitting ``edited``."""
        self._language = language
        self._fill(list(entries))
        self._say("")
        self._refresh_label()

    def set_language(self, language: str) -> None:
        self._language = language
        self._refresh_tips()
        self._refresh_label()

    def entries(self) -> tuple[BylineEntry, ...]:
        found: list[BylineEntry] = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            combo = self._combo(row)
            if item is None or combo is None:
                continue
            entry = item.data(Qt.ItemDataRole.UserRole)
            if isinstance(entry, BylineEntry):
                found.append(replace(entry, role=Role(combo.currentData())))
        return tuple(found)

    def byline_text(self) -> str:
        return self.byline_label.text()

    def _fill(self, entries: list[BylineEntry]) -> None:
        self.table.setRowCount(0)
        for entry in entries:
            self._append_row(entry)

    def _append_row(self, entry: BylineEntry) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, entry)
        self._name_row(item, entry)
        self.table.setItem(row, 0, item)
        combo = _role_combo(self.table, Role(entry.role))
        combo.setObjectName(f"bylineRoleCombo{row}")
        combo.currentIndexChanged.connect(lambda _index: self._changed())
        self.table.setCellWidget(row, 1, combo)

    def _profile_of(self, entry: BylineEntry) -> Author | None:
        return self._profiles.get(entry.author_id) if entry.author_id is not None else None

    def _name_row(self, item: QTableWidgetItem, entry: BylineEntry) -> None:
        """The row's name as the story's language prints it (the same rule as the line
        under the table), its tooltip the profile's other names."""
        shown = byline_in_language((entry,), self._profiles.values(), self._language)[0].name
        item.setText(shown)
        item.setToolTip(other_names_tip(self._profile_of(entry), shown))

    def _refresh_tips(self) -> None:
        """Each row named again (profiles landed, or the story's language changed): Сергей
        Кван for Sergey Kwan in a Russian story, the other names in its tooltip."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            entry = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
            if item is not None and isinstance(entry, BylineEntry):
                self._name_row(item, entry)

    def _combo(self, row: int) -> QComboBox | None:
        widget = self.table.cellWidget(row, 1)
        return widget if isinstance(widget, QComboBox) else None

    def _changed(self) -> None:
        self._say("")
        self._refresh_label()
        self.edited.emit()

    def _refresh_label(self) -> None:
        named = byline_in_language(self.entries(), self._profiles.values(), self._language)
        text = format_byline(named, self._language)
        self.byline_label.setText(text or self.tr("No author yet"))
        self.byline_label.setEnabled(bool(text))

    def _say(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))
