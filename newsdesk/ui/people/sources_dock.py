"""The source registry dock: browse, create, edit and delete sources; see where each is cited."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.errors import ConflictError, InvalidInputError, NewsdeskError
from newsdesk.domain.people import Source
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.sources import SourceUse
from newsdesk.ui.people.conflict_bar import ConflictBar
from newsdesk.ui.people.language_names import names_text
from newsdesk.ui.people.message_banner import MessageBanner
from newsdesk.ui.people.naming import named
from newsdesk.ui.people.priority_columns import PriorityColumns
from newsdesk.ui.people.save_conflict import SaveConflict
from newsdesk.ui.people.source_form import SourceForm
from newsdesk.ui.people.source_registry import SourceRegistry
from newsdesk.ui.people.source_table_model import (
    KEY_COLUMN,
    KIND_COLUMN,
    NAME_COLUMN,
    RECORD_COLUMN,
    SOURCE_KEY_ROLE,
    TITLE_COLUMN,
    SourceTableModel,
)
from newsdesk.ui.plural import english_plural
from newsdesk.ui.tasks import TaskHandle, TaskRunner, describe_failure

_ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SourcesDock(QDockWidget):
    """The registry in a dock beside the story, so a reporter adds a source without leaving it.

    Signals:
        sources_changed: a source was created, edited or deleted (the registry is reloaded).
        save_answered: a save came back from the runner, whatever its outcome.
        delete_answered(bool): a delete came back from the runner (True: deleted).
        stored_shown(str): after Reload, the stored source with this key (read on the
            runner) is shown, or the read failed and the banner says why.
        uses_shown(str): the stories citing the shown source (this key) were read and listed.
        open_article_requested(int): the user double-clicked a story that cites the source.
    """

    sources_changed = Signal()
    """The registry changed; the shared :class:`SourceRegistry` has already reloaded."""
    open_article_requested = Signal(int)
    """Open this article id in the editor."""
    save_answered = Signal()
    """A save sent to the runner came back: stored, refused (the banner says why) or in
    conflict (the bar shows what the colleague changed)."""
    uses_shown = Signal(str)
    """The stories citing the source with this key are listed."""
    delete_answered = Signal(bool)
    """A delete sent to the runner came back: deleted (True) or refused (the banner says
    why, e.g. the source is still cited)."""
    stored_shown = Signal(str)
    """Reload (a refused save) came back for the source with this key: its stored version is
    shown, or the banner says why it could not be read."""

    def __init__(
        self,
        newsroom: Newsroom,
        registry: SourceRegistry | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("SourcesDock", "Sources"), parent)
        self.setObjectName("sourcesDock")
        self._newsroom = newsroom
        self.registry = registry or SourceRegistry(newsroom, self)
        self._current: Source | None = None
        self._uses_read: TaskHandle | None = None
        self._deleting = False

        self.model = SourceTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit = named(QLineEdit(), "sourceFilterEdit")
        self.filter_edit.setPlaceholderText(self.tr("Filter sources…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.table = named(QTableView(), "sourceTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setColumnHidden(TITLE_COLUMN, True)  # the form shows it; the dock is narrow
        # The name is what a reporter looks for: it keeps its room, the id (also in the
        # form) elides first, then the kind; whether a source is on the record stays.
        self.columns = PriorityColumns(self.table, NAME_COLUMN,
                                       (RECORD_COLUMN, KIND_COLUMN, KEY_COLUMN))
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.new_button = named(QPushButton(self.tr("New source")), "newSourceButton")
        self.delete_button = named(QPushButton(self.tr("Delete")), "deleteSourceButton")
        top_row = QHBoxLayout()
        top_row.addWidget(self.filter_edit, 1)
        top_row.addWidget(self.new_button)
        top_row.addWidget(self.delete_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(top_row)
        top_layout.addWidget(self.table, 1)

        self.form = SourceForm()
        self.banner = MessageBanner("sourceMessageLabel")
        self.conflict_bar = ConflictBar("source")
        self.conflict: SaveConflict[Source] = SaveConflict(
            self.conflict_bar, self.banner, self.form,
            fields_of=self._fields_of, show_stored=self._show_stored, adopted=self._adopt_theirs)
        self.save_button = named(QPushButton(self.tr("Save source")), "saveSourceButton")
        self.uses_label = named(QLabel(), "sourceUsesLabel")
        self.uses_label.setStyleSheet("font-weight: 600;")
        self.uses_list = named(QListWidget(), "sourceUsesList")
        self.uses_list.setToolTip(self.tr("Double-click a story to open it"))
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.form)
        bottom_layout.addWidget(self.banner)
        bottom_layout.addWidget(self.conflict_bar)
        bottom_layout.addLayout(save_row)
        bottom_layout.addWidget(self.uses_label)
        bottom_layout.addWidget(self.uses_list, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([260, 420])
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.setWidget(body)

        self._connect_signals()
        self.on_registry_changed()
        self.new_source()

    def _connect_signals(self) -> None:
        # Stories cited the source while the dock was closed: read the uses again on opening.
        self.visibilityChanged.connect(self.on_visibility_changed)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_row_changed)
        self.new_button.clicked.connect(self.new_source)
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.save_button.clicked.connect(self.save)
        self.form.edited.connect(self.banner.clear_message)
        self.uses_list.itemActivated.connect(self.on_use_activated)
        self.registry.changed.connect(self.on_registry_changed)
        self.registry.read_failed.connect(self.on_registry_unread)

    # -- public API ------------------------------------------------------------------------
    @property
    def current_source(self) -> Source | None:
        return self._current

    def select_source(self, key: str) -> None:
        row = self.model.row_of(key)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def new_source(self) -> None:
        self.table.selectionModel().clear()
        self._show(None)

    def save(self) -> None:
        """Check the form, then create or update on the task runner; on bad input name the
        field and save nothing. ``sources_changed`` once it is stored; the banner says how
        it went either way."""
        try:
            edited = self.form.checked_source(set(self.registry.by_key()))
        except InvalidInputError as exc:
            self._refused(exc)
            return
        self.save_button.setEnabled(False)  # one save at a time: the next goes on from it
        TaskRunner.of().run(store_source, self._newsroom, edited,
                            on_result=partial(self._on_stored, edited),
                            on_error=self._on_store_failed)

    def _on_stored(self, edited: Source, stored: StoredSource) -> None:
        self.save_button.setEnabled(True)
        if isinstance(stored.outcome, ConflictError):
            # A colleague saved this source first: the edits stay in the form.
            self.conflict.show_refusal(edited, stored.outcome, stored.theirs)
        else:
            saved = stored.outcome
            self._take_change(saved.key, stored.sources)
            self.banner.show_info(
                self.tr("Saved “{0}” as source:{1}.").format(saved.name, saved.key))
        self.save_answered.emit()

    def _on_store_failed(self, exc: BaseException) -> bool:
        self.save_button.setEnabled(True)
        self._refused(exc)
        self.save_answered.emit()
        return True

    def _refused(self, exc: BaseException) -> None:
        self.banner.show_error(describe_failure(exc))
        if isinstance(exc, InvalidInputError):
            self.form.focus_field(exc.field)

    def delete_current(self) -> bool:
        """Delete the shown source on the runner (True when sent); one still cited in a story
        is refused with the reason. Save and Delete wait for the answer."""
        source = self._current
        if source is None or self._deleting:
            return False
        self._deleting = True
        self.delete_button.setEnabled(False)
        self.save_button.setEnabled(False)
        TaskRunner.of().run(delete_source, self._newsroom, source.key,
                            on_result=partial(self._on_deleted, source),
                            on_error=self._on_delete_failed)
        return True

    def _on_deleted(self, source: Source, sources: list[Source]) -> None:
        self._deleting = False
        self.save_button.setEnabled(True)
        self._take_change(None, sources)
        self.new_source()
        self.banner.show_info(self.tr("Deleted “{0}”.").format(source.name))
        self.delete_answered.emit(True)

    def _on_delete_failed(self, exc: BaseException) -> bool:
        self._deleting = False
        self.save_button.setEnabled(True)
        self.delete_button.setEnabled(self._current is not None)
        self.banner.show_error(self.tr("Cannot delete: {0}.").format(describe_failure(exc)))
        self.delete_answered.emit(False)
        return True

    # -- slots -----------------------------------------------------------------------------
    def on_registry_changed(self) -> None:
        self.model.set_sources(list(self.registry.by_key().values()))
        if self._current is not None:
            self.select_source(self._current.key)

    def on_registry_unread(self, reason: str) -> None:
        """The registry could not be read again: the sources listed are those read before."""
        self.banner.show_error(self.tr(
            "The source registry could not be read: {0}. The list shows the sources as they "
            "were read before; Refresh Story List (Ctrl+R) tries again.").format(reason))

    def on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        key = current.siblingAtColumn(0).data(SOURCE_KEY_ROLE)
        source = self.registry.get(str(key))
        if source is not None and source != self._current:
            self._show(source)

    def on_delete_clicked(self) -> None:
        source = self._current
        if source is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete source"),
            self.tr("Delete “{0}” from the registry?").format(source.name)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_current()

    def on_use_activated(self, item: QListWidgetItem) -> None:
        article_id = item.data(_ARTICLE_ID_ROLE)
        if article_id is not None:
            self.open_article_requested.emit(int(article_id))

    # -- helpers ---------------------------------------------------------------------------
    def _take_change(self, key: str | None, sources: list[Source]) -> None:
        """The registry after a change: ``sources`` as read with it on the runner."""
        self._current = None
        self.registry.take(sources)
        self.sources_changed.emit()
        if key is not None:
            self.select_source(key)
            source = self.registry.get(key)
            if source is not None:
                self._show(source)

    # -- a save refused because a colleague saved first (see SaveConflict) -----------------
    def _show_stored(self, theirs: Source) -> None:
        """Reload: drop the edits and show the stored entry (the colleague's, as it is now:
        the registry is read again on the runner; the bar waits for it)."""
        self.conflict_bar.set_waiting(True)
        TaskRunner.of().run(self._newsroom.sources.all,
                            on_result=partial(self._on_stored_read, theirs),
                            on_error=partial(self._on_stored_read_failed, theirs.key))

    def _on_stored_read(self, theirs: Source, sources: list[Source]) -> None:
        self.conflict_bar.set_waiting(False)
        self._take_change(theirs.key, sources)
        if self._current is None:  # deleted since the refusal: nothing stored to show
            self.new_source()
            self.banner.show_error(self.tr(
                "“{0}” is no longer in the registry: a colleague deleted it. Your edits are "
                "dropped; create it again if it is still needed.").format(theirs.name))
        else:
            self.banner.show_info(self.tr("Showing “{name}” as it was last saved.").format(
                name=self._current.name))
        self.stored_shown.emit(theirs.key)

    def _on_stored_read_failed(self, key: str, exc: BaseException) -> bool:
        """The edits stay in the form and the bar stays: Reload can be tried again."""
        self.conflict_bar.set_waiting(False)
        self.banner.show_error(self.tr("The stored source could not be read, so your edits "
                                       "are kept: {0}").format(describe_failure(exc)))
        self.stored_shown.emit(key)
        return True

    def _adopt_theirs(self, theirs: Source) -> None:
        """Keep Editing: the form's edits now stand on the colleague's version."""
        self._current = theirs

    def _fields_of(self, source: Source) -> dict[str, str]:
        """A source's fields as the conflict bar compares them, labelled for the user."""
        return {
            self.tr("Name"): source.name,
            self.tr("Kind"): str(source.kind),
            self.tr("Title"): source.title,
            self.tr("URL"): source.url,
            self.tr("Contact"): source.contact,
            self.tr("On the record"): self.tr("yes") if source.on_record else self.tr("no"),
            self.tr("Reason for anonymity"): source.anonymity_reason,
            self.tr("Notes"): source.notes,
            self.tr("Other languages"): names_text(source.names),
        }

    def _show(self, source: Source | None) -> None:
        self._current = source
        self.form.set_source(source)
        self.conflict.clear()
        self.banner.clear_message()
        self.delete_button.setEnabled(source is not None)
        self._show_uses(source)

    def on_visibility_changed(self, visible: bool) -> None:
        if visible:
            self.refresh_uses()

    def refresh_uses(self) -> None:
        """Re-read where the shown source is cited (a story was saved meanwhile)."""
        if self._current is not None and self.isVisible():
            self._show_uses(self._current)

    def _show_uses(self, source: Source | None) -> None:
        """Where ``source`` is cited, read on the runner (the latest source shown wins)."""
        self.uses_list.clear()
        if source is None:
            self._uses_read = None
            self.uses_label.setText(self.tr("Cited in: —"))
            return
        self.uses_label.setText(self.tr("Looking for stories that cite it…"))
        self._uses_read = TaskRunner.of().run(
            self._newsroom.sources.uses, source.key,
            on_result=partial(self._on_uses, source.key), on_error=self._on_uses_failed,
            channel=f"source-uses-{id(self)}")

    def _on_uses(self, key: str, uses: list[SourceUse]) -> None:
        total = sum(use.occurrences for use in uses)
        self.uses_label.setText(
            english_plural(self.tr("Cited %n time(s)", None, total), total) + " "
            + english_plural(self.tr("in %n story(s)", None, len(uses)), len(uses))
            if uses else self.tr("Cited in: no story yet")
        )
        for use in uses:
            item = QListWidgetItem(f"{use.article.headline}  ·  {use.occurrences}×  ·  "
                                   f"{use.article.status}")
            item.setData(_ARTICLE_ID_ROLE, use.article.id)
            item.setToolTip(use.article.slug)
            self.uses_list.addItem(item)
        self.uses_shown.emit(key)

    def _on_uses_failed(self, exc: BaseException) -> bool:
        self.uses_label.setText(self.tr("Where it is cited could not be read: {0}").format(
            describe_failure(exc)))
        return True

    @property
    def uses_pending(self) -> bool:
        """The citations of the shown source are still being read."""
        read = self._uses_read
        return read is not None and not (read.done or read.cancelled)


@dataclass(frozen=True)
class StoredSource:
    """A save from the dock: the stored source and the registry after it, or the conflict
    that refused it with the colleague's version (None when it cannot be compared)."""

    outcome: Source | ConflictError
    sources: list[Source]
    theirs: Source | None = None


def store_source(newsroom: Newsroom, edited: Source) -> StoredSource:
    """On a worker: create or update ``edited`` (one transaction), then read the registry
    again; a conflict comes back with the stored version to compare with."""
    try:
        saved = newsroom.sources.update(edited)  # a source without id is created
    except ConflictError as exc:
        try:
            theirs: Source | None = newsroom.sources.get(edited.key)
        except NewsdeskError:
            theirs = None  # deleted meanwhile: the refusal says it all
        return StoredSource(exc, [], theirs)
    return StoredSource(saved, newsroom.sources.all())


def delete_source(newsroom: Newsroom, key: str) -> list[Source]:
    """On a worker: delete the source (refused while a story cites it), then read the
    registry again for the dock and the editor's helpers."""
    newsroom.sources.delete(key)
    return newsroom.sources.all()
