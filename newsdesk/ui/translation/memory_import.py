"""Importing a TMX file into the translation memory from the desk: on the runner, all or none.

The CLI has ``newsdesk memory import``; a translator on the desk should not need a terminal
to bring in a colleague's or a client's memory. The import is one transaction of
:func:`newsdesk.services.tmx.import_tmx` on a worker (a memory of 200,000 units takes a
while), so a refused file leaves the memory as it was and the desk says why in its own
status line, in the interface language. A progress dialog follows the import (units read of
the file's estimated total) and its Cancel rolls the whole import back: the service asks
between batches and throws away what the transaction had written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton, QWidget

from newsdesk.services.tmx import ImportCancelledError, TmxImportReport, import_tmx
from newsdesk.ui.plural import english_plural
from newsdesk.ui.tasks import TaskHandle, TaskRunner, describe_failure
from newsdesk.ui.translator import number_text
from newsdesk.ui.widgets.cancellable_progress import cancellable_progress

if TYPE_CHECKING:
    from newsdesk.services.newsroom import Newsroom


class _Progress(QObject):
    """Crosses from the import's worker to the progress dialog (queued: it lives here)."""

    advanced = Signal(int, int)
    """(units read, estimated units in the file) after each batch."""


class MemoryImport(QObject):
    """The desk's "Import TMX…" button, its progress dialog and what they do.

    Signals:
        imported(object): a file went into the memory (its :class:`TmxImportReport`).
        failed(str): a file was refused, nothing of it kept; the message as the desk says it.
        cancelled(str): the user cancelled, nothing of the file kept; the desk's message.
        progress_advanced(int, int): units read and the estimated total, after each batch.
    """

    imported = Signal(object)
    """A TMX file went into the memory whole; the report says how many pairs were new."""
    failed = Signal(str)
    """A TMX file was refused (nothing of it kept); the message shown on the desk."""
    cancelled = Signal(str)
    """The import was cancelled and rolled back (the memory as before); the desk's message."""
    progress_advanced = Signal(int, int)
    """(units read, estimated total) as the worker reports them, on the GUI thread."""

    def __init__(self, newsroom: Newsroom, say: Callable[[str], None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._newsroom = newsroom
        self._say = say
        self._task: TaskHandle | None = None
        self._cancel = threading.Event()
        self._path = Path()
        self._relay = _Progress(self)
        self._relay.advanced.connect(self._on_advanced)
        self.progress_dialog: QProgressDialog | None = None
        """Shown while an import runs (after a moment, so a small file does not flash it)."""
        self.button = QPushButton(self.tr("Import TMX…"), parent)
        self.button.setObjectName("importTmxButton")
        self.button.setToolTip(self.tr(
            "Add the pairs of a TMX file (another tool's or a colleague's memory) to the "
            "translation memory; a file with an error adds nothing"))
        self.button.clicked.connect(self.choose_file)

    @property
    def busy(self) -> bool:
        """Whether an import is running (the button is off meanwhile)."""
        return self._task is not None

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.button, self.tr("Import a translation memory"), "",
            self.tr("TMX files (*.tmx);;All files (*)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> bool:
        """Start importing ``path``; False when an import is already running."""
        if self._task is not None:
            return False
        self.button.setEnabled(False)
        self._cancel.clear()
        self._path = path
        text = self.tr("Importing {0} into the memory…").format(path.name)
        self._say(text)
        self.progress_dialog = self._progress(text)
        uow, relay, cancel = self._newsroom.uow, self._relay, self._cancel

        def work() -> TmxImportReport:
            return import_tmx(uow, path, progress=relay.advanced.emit, cancelled=cancel.is_set)

        self._task = TaskRunner.of().run(work, on_result=self._on_imported,
                                         on_error=self._on_failed)
        return True

    def cancel_import(self) -> None:
        """Stop the running import after its current batch and keep nothing of it (the same
        as Cancel on the progress dialog)."""
        self._cancel.set()

    def _progress(self, text: str) -> QProgressDialog:
        return cancellable_progress(
            self.button.window(), name="tmxImportProgress", title=self.tr("Import TMX"),
            text=text, cancel_text=self.tr("Cancel"), total=0, on_cancel=self.cancel_import)

    def _on_advanced(self, done: int, total: int) -> None:
        # Said first: setValue below runs the event loop, where the next step may arrive.
        self.progress_advanced.emit(done, total)
        dialog = self.progress_dialog
        if dialog is not None and not self._cancel.is_set():
            dialog.setMaximum(max(total, done, 1))
            dialog.setLabelText(self.tr("Importing {0} into the memory: {1} of about {2} "
                                        "units read…").format(self._path.name, number_text(done),
                                                            number_text(total)))
            # setValue on a modal progress dialog processes events: keep it last.
            dialog.setValue(done)

    def _close_progress(self) -> None:
        self._task = None
        self.button.setEnabled(True)
        dialog, self.progress_dialog = self.progress_dialog, None
        if dialog is not None:
            dialog.canceled.disconnect(self.cancel_import)
            dialog.close()
            dialog.deleteLater()

    def _on_imported(self, report: object) -> None:
        self._close_progress()
        if not isinstance(report, TmxImportReport):
            return
        text = english_plural(self.tr(
            "Imported %n new pair(s) into the memory from {0} (units read: {1}).", None,
            report.added), report.added).format(Path(report.file).name, report.units)
        self._say(text)
        self.imported.emit(report)

    def _on_failed(self, exc: BaseException) -> bool:
        """Said on the desk (the runner logged the traceback); the memory is as it was."""
        self._close_progress()
        if isinstance(exc, ImportCancelledError):
            text = self.tr("Import of {0} cancelled: nothing of it was added to the "
                           "memory.").format(self._path.name)
            self._say(text)
            self.cancelled.emit(text)
            return True
        text = self.tr("Nothing imported into the memory: {0}").format(describe_failure(exc))
        self._say(text)
        self.failed.emit(text)
        return True
