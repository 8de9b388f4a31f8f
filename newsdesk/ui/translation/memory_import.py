"""Importing a TMX file into the translation memory from the desk: on the runner, all or none.

The CLI has ``newsdesk memory import``; a translator on the desk should not need a terminal
to bring in a colleague's or a client's memory. The import is one transaction of
:func:`newsdesk.services.tmx.import_tmx` on a worker (a memory of 200,000 units takes a
while), so a refused file leaves the memory as it was and the desk says why in its own
status line, in the interface language.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from newsdesk.services.tmx import TmxImportReport, import_tmx
from newsdesk.ui.plural import english_plural
from newsdesk.ui.tasks import TaskHandle, TaskRunner, describe_failure

if TYPE_CHECKING:
    from newsdesk.services.newsroom import Newsroom


class MemoryImport(QObject):
    """The desk's "Import TMX…" button and what it does.

    Signals:
        imported(object): a file went into the memory (its :class:`TmxImportReport`).
        failed(str): a file was refused, nothing of it kept; the message as the desk says it.
    """

    imported = Signal(object)
    """A TMX file went into the memory whole; the report says how many pairs were new."""
    failed = Signal(str)
    """A TMX file was refused (nothing of it kept); the message shown on the desk."""

    def __init__(self, newsroom: Newsroom, say: Callable[[str], None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._newsroom = newsroom
        self._say = say
        self._task: TaskHandle | None = None
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
        self._say(self.tr("Importing {0} into the memory…").format(path.name))
        self._task = TaskRunner.of().run(import_tmx, self._newsroom.uow, path,
                                         on_result=self._on_imported, on_error=self._on_failed)
        return True

    def _on_imported(self, report: object) -> None:
        self._task = None
        self.button.setEnabled(True)
        if not isinstance(report, TmxImportReport):
            return
        text = english_plural(self.tr(
            "Imported %n new pair(s) into the memory from {0} (units read: {1}).", None,
            report.added), report.added).format(Path(report.file).name, report.units)
        self._say(text)
        self.imported.emit(report)

    def _on_failed(self, exc: BaseException) -> bool:
        """Said on the desk (the runner logged the traceback); the memory is as it was."""
        self._task = None
        self.button.setEnabled(True)
        text = self.tr("Nothing imported into the memory: {0}").format(describe_failure(exc))
        self._say(text)
        self.failed.emit(text)
        return True
