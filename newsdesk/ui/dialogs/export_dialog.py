"""Export dialog: pick format, stories and folder; the batch runs on a worker with a cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.article import Status
from newsdesk.domain.bundle import StoryBundle
from newsdesk.domain.house import HouseSettings
from newsdesk.domain.query import ArticleQuery
from newsdesk.services.articles import ArticleService
from newsdesk.services.export.batch import ExportReport, SkippedStory, export_stories
from newsdesk.services.export.formats import ExportFormat
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.error_text import error_text, wording_text
from newsdesk.ui.noop import QT_TRANSLATE_NOOP
from newsdesk.ui.plural import english_plural
from newsdesk.ui.status_labels import status_label
from newsdesk.ui.tasks import TaskRunner
from newsdesk.ui.translator import number_text
from newsdesk.ui.widgets.cancellable_progress import cancellable_progress

PDF_FORMAT = "pdf"
FORMATS: tuple[tuple[str, ExportFormat], ...] = (
    (QT_TRANSLATE_NOOP("ExportDialog", "HTML page per story (with index)"), ExportFormat.HTML),
    (QT_TRANSLATE_NOOP("ExportDialog", "Markdown (Newsdesk interchange, re-importable)"),
     ExportFormat.MARKDOWN),
    (QT_TRANSLATE_NOOP("ExportDialog", "Clean Markdown (static-site generators)"),
     ExportFormat.MARKDOWN_CLEAN),
    (QT_TRANSLATE_NOOP("ExportDialog", "IPTC ninjs 3.1 JSON"), ExportFormat.NINJS),
)


def _reason_text(skipped: SkippedStory) -> str:
    """Why a story was skipped, in the interface language where the reason has a wording."""
    return wording_text(skipped.wording) if skipped.wording is not None else skipped.reason


@dataclass(frozen=True)
class _Batch:
    """The stories to export as read on the worker: a lazy stream of bundles, how many, and
    how to list their slugs (a translation and its original in the same export then link to
    each other's files)."""

    bundles: Iterator[StoryBundle]
    total: int
    slugs: Callable[[], list[str]]


def _read_batch(articles: ArticleService, ids: tuple[int, ...] | None,
                query: ArticleQuery | None) -> _Batch:
    """On the worker: the chosen stories by id, or every story ``query`` finds (counted
    here, not on the GUI thread, so the dialog never waits for the database)."""
    if ids is None:
        found = query or ArticleQuery()
        total = articles.count(found)
        return _Batch(articles.iter_bundles(found), total,
                      lambda: [row.slug for row in articles.page(found, 0, total)])
    chosen = ids
    return _Batch((articles.bundle(article_id) for article_id in chosen), len(chosen),
                  lambda: [articles.get(article_id).slug for article_id in chosen])


class _Progress(QObject):
    """Crosses from the export thread to the progress dialog (queued, since it lives here)."""

    counted = Signal(int)
    """How many stories the batch holds, once the worker has counted them."""
    advanced = Signal(int, int)
    """(stories done, total) after each story."""


class ExportDialog(QDialog):
    """Choose what to export; the work runs off the GUI thread behind a cancellable progress.

    Signals:
        export_finished(object): the :class:`ExportReport` of a finished or cancelled batch.
        export_failed(str): the batch stopped on an error (disk full, a folder that is a file).
        progress_advanced(int, int): stories done and the total, after each story.
        list_counted(int): the list's stories were counted (the count was not given).
    """

    export_finished = Signal(object)
    """The ExportReport once the batch is over (``cancelled`` set when the user stopped it)."""
    export_failed = Signal(str)
    """A message naming the file or folder that stopped the batch."""
    progress_advanced = Signal(int, int)
    """(stories done, total) as the worker reports them, on the GUI thread."""
    list_counted = Signal(int)
    """The stories the list shows, counted on the task runner when the window did not know."""

    def __init__(
        self,
        newsroom: Newsroom,
        *,
        open_article_id: int | None = None,
        selected_ids: Sequence[int] = (),
        list_query: ArticleQuery | None = None,
        list_count: int | None = 0,
        status: Status | None = None,
        folder: str = "",
        parent: QWidget | None = None,
        house: HouseSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        # The window's settings, so its exports never disagree with its preview and PDF.
        self._house = house
        self.setWindowTitle(self.tr("Export stories"))
        self._newsroom = newsroom
        self._open_id = open_article_id
        self._selected = tuple(selected_ids)
        self._list_query = list_query
        self._cancel = threading.Event()
        self.progress_dialog: QProgressDialog | None = None
        self._out_dir = Path()
        self.report: ExportReport | None = None

        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("formatCombo")
        for text, fmt in FORMATS:
            self.format_combo.addItem(self.tr(text), fmt.value)
        # Printed by Qt (newsdesk.printing), not a text format of the export service.
        self.format_combo.addItem(self.tr("PDF per story (A4, for the legal desk)"), PDF_FORMAT)

        self.open_radio = QRadioButton(self.tr("The &open story"), self)
        self.open_radio.setObjectName("exportOpenStory")
        self.selection_radio = QRadioButton(
            self.tr("The s&elected stories ({0})").format(len(self._selected)), self)
        self.selection_radio.setObjectName("exportSelection")
        # Every story the list's search and filters find, loaded or not: 366 matches are
        # one click, not 366 Shift+clicks.
        self.list_radio = QRadioButton(self)
        self.list_radio.setObjectName("exportListed")
        self._show_list_count(list_count if list_query is not None else 0)
        self.status_radio = QRadioButton(self.tr("Every story with s&tatus"), self)
        self.status_radio.setObjectName("exportStatus")
        self.all_radio = QRadioButton(self.tr("&All stories"), self)
        self.all_radio.setObjectName("exportAll")
        self.scope = QButtonGroup(self)
        for radio in (self.open_radio, self.selection_radio, self.list_radio, self.status_radio,
                      self.all_radio):
            self.scope.addButton(radio)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("exportStatusCombo")
        for value in Status:
            self.status_combo.addItem(status_label(value), value.value)
        if status is not None:
            self.status_combo.setCurrentIndex(self.status_combo.findData(status.value))
        self.open_radio.setEnabled(open_article_id is not None)
        self.selection_radio.setEnabled(bool(self._selected))
        if len(self._selected) > 1:
            self.selection_radio.setChecked(True)
        elif open_article_id is not None:
            self.open_radio.setChecked(True)
        else:
            self.all_radio.setChecked(True)

        self.folder_edit = QLineEdit(folder, self)
        self.folder_edit.setObjectName("folderEdit")
        self.folder_edit.setPlaceholderText(self.tr("Folder to write the files into"))
        self.browse_button = QPushButton(self.tr("B&rowse…"), self)
        self.authors_check = QCheckBox(self.tr("Also write one page per a&uthor"), self)
        self.authors_check.setObjectName("authorPagesCheck")
        self.message_label = QLabel(self)
        self.message_label.setObjectName("exportMessageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)

        status_row = QHBoxLayout()
        status_row.addWidget(self.status_radio)
        status_row.addWidget(self.status_combo, 1)
        scope = QVBoxLayout()
        scope.addWidget(self.open_radio)
        scope.addWidget(self.selection_radio)
        scope.addWidget(self.list_radio)
        scope.addLayout(status_row)
        scope.addWidget(self.all_radio)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format_combo)
        form.addRow(self.tr("Stories:"), scope)
        form.addRow(self.tr("Fo&lder:"), folder_row)
        folder_label = form.labelForField(folder_row)
        if isinstance(folder_label, QLabel):
            folder_label.setBuddy(self.folder_edit)  # a layout cannot take Alt+L itself
        form.addRow("", self.authors_check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self.on_format_changed()
        if list_query is not None and list_count is None:
            # The list has not loaded every row: counted on the task runner, shown on landing.
            TaskRunner.of().run(newsroom.articles.count, list_query,
                                on_result=self._on_list_counted,
                                on_error=self._on_list_count_failed)

    def _show_list_count(self, count: int | None) -> None:
        """The list radio's count, "…" while it is being counted (and unchoosable until then,
        or when the list shows nothing)."""
        shown = "…" if count is None else number_text(count)
        self.list_radio.setText(self.tr("The &stories the list shows ({0})").format(shown))
        self.list_radio.setEnabled(bool(count))

    def _on_list_counted(self, count: int) -> None:
        self._show_list_count(count)
        self.list_counted.emit(count)

    def _on_list_count_failed(self, error: BaseException) -> bool:
        """The other choices still work; the list's stays off, and the dialog says why."""
        self.message_label.setText(
            self.tr("The stories the list shows could not be counted: {0}").format(
                error_text(error)))
        return True

    def _connect_signals(self) -> None:
        self.format_combo.currentIndexChanged.connect(self.on_format_changed)
        self.browse_button.clicked.connect(self.on_browse)
        self.export_button.clicked.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        self.status_combo.currentIndexChanged.connect(lambda: self.status_radio.setChecked(True))

    # -- choices -----------------------------------------------------------------------------
    @property
    def export_format(self) -> ExportFormat | None:
        """The chosen text format; None for PDF, which Qt prints rather than the service."""
        value = self.format_combo.currentData()
        return None if value == PDF_FORMAT else ExportFormat(value)

    def on_format_changed(self) -> None:
        # Author pages are HTML pages; other formats have nowhere to link them from.
        is_html = self.export_format is ExportFormat.HTML
        self.authors_check.setEnabled(is_html)

    def on_browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export into folder"),
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def _chosen(self) -> tuple[tuple[int, ...] | None, ArticleQuery | None]:
        """The stories chosen, without a read: their ids, or else the query that finds them
        (None: every story), read and counted on the worker."""
        if self.open_radio.isChecked() and self._open_id is not None:
            return (self._open_id,), None
        if self.selection_radio.isChecked():
            return self._selected, None
        if self.list_radio.isChecked() and self._list_query is not None:
            return None, self._list_query
        if self.status_radio.isChecked():
            return None, ArticleQuery(statuses=(Status(self.status_combo.currentData()),))
        return None, None

    # -- running -----------------------------------------------------------------------------
    def start_export(self) -> None:
        folder = self.folder_edit.text().strip()
        if not folder:
            self.message_label.setText(self.tr("Choose a folder to export into (Browse…)."))
            self.folder_edit.setFocus()
            return
        out_dir = Path(folder).expanduser()
        if out_dir.exists() and not out_dir.is_dir():
            self.message_label.setText(
                self.tr("{0} is a file, not a folder: choose another.").format(out_dir))
            return
        ids, query = self._chosen()
        newsroom, given_house = self._newsroom, self._house
        fmt = self.export_format
        with_authors = self.authors_check.isChecked() and self.authors_check.isEnabled()
        self._cancel.clear()
        relay = _Progress(self)
        # A batch found by a query is counted on the worker: until then the bar is busy
        # (a maximum of 0), and the first report gives it its maximum.
        total = len(ids) if ids is not None else 0
        progress = cancellable_progress(
            self, name="exportProgress", title=self.tr("Export"),
            text=self.tr("Exporting stories…"), cancel_text=self.tr("Cancel"), total=total,
            on_cancel=self._cancel.set)
        self._out_dir = out_dir
        relay.counted.connect(self._on_counted)
        relay.advanced.connect(self._on_advanced)
        self.progress_dialog = progress
        self.export_button.setEnabled(False)
        if ids is not None:
            self._on_counted(total)
        else:
            self.message_label.setText(self.tr("Exporting stories…"))

        def work() -> ExportReport | None:
            batch = _read_batch(newsroom.articles, ids, query)
            if batch.total == 0:
                return None  # nothing matches: no folder made, nothing written
            relay.counted.emit(batch.total)
            # The window passes its settings, so exports agree with its preview and PDF.
            house = given_house or newsroom.house.settings()
            if fmt is None:
                from newsdesk.printing.batch import export_pdfs  # Qt printing, on demand

                return export_pdfs(batch.bundles, out_dir, house, total=batch.total,
                                   progress=relay.advanced.emit, cancelled=self._cancel.is_set)
            return export_stories(
                batch.bundles, out_dir, fmt, house, total=batch.total,
                progress=relay.advanced.emit, cancelled=self._cancel.is_set,
                with_authors=with_authors, members=batch.slugs(),
            )

        TaskRunner.of().run(work, on_result=self._on_finished, on_error=self._on_failed)

    def cancel_export(self) -> None:
        """Stop after the file being written (the same as pressing Cancel on the progress)."""
        self._cancel.set()

    def _on_counted(self, total: int) -> None:
        """The batch's size is known: the bar gets its maximum and the dialog says how many."""
        progress = self.progress_dialog
        if progress is not None and not self._cancel.is_set():
            progress.setMaximum(total)
        self.message_label.setText(
            english_plural(
                self.tr("Exporting %n story(s) to {0}…", None, total), total
            ).format(self._out_dir))

    def _on_advanced(self, done: int, total: int) -> None:
        progress = self.progress_dialog
        if progress is not None and not self._cancel.is_set():
            progress.setMaximum(max(total, done))
            progress.setLabelText(self.tr("Exported {0} of {1} stories…").format(done, total))
            # setValue on a modal progress dialog processes events: keep it last.
            progress.setValue(done)
        self.progress_advanced.emit(done, total)

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect(self._cancel.set)
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self.export_button.setEnabled(True)

    def _on_finished(self, report: ExportReport | None) -> None:
        self._close_progress()
        if report is None:
            self.message_label.setText(self.tr("No stories match: nothing to export."))
            return
        self.report = report
        stories = report.stories_written
        if report.cancelled:
            text = self.tr("Cancelled: {0} whole stories were written to {1}.").format(
                stories, report.out_dir)
        else:
            text = english_plural(
                self.tr("Exported %n story(s) to {0}.", None, stories), stories
            ).format(report.out_dir)
        if report.skipped:
            skipped = "; ".join(f"“{s.headline}”: {_reason_text(s)}"
                                for s in report.skipped[:5])
            text += "\n" + self.tr("Skipped {0}: {1}").format(len(report.skipped), skipped)
        self.message_label.setText(text)
        self.export_finished.emit(report)

    def _on_failed(self, error: BaseException) -> bool:
        """Said in the dialog, which the user is looking at; nothing more to show."""
        self._close_progress()
        message = error_text(error)
        self.message_label.setText(self.tr("Export stopped: {0}").format(message))
        self.export_failed.emit(message)
        return True
