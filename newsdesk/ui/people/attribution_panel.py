"""The attribution findings of the open story, re-checked as the user types."""

from __future__ import annotations

from functools import partial
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListView,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.attribution import Finding, Severity, check_attribution
from newsdesk.domain.people import Source
from newsdesk.ui.people.body_text import select_span
from newsdesk.ui.people.naming import named
from newsdesk.ui.people.source_registry import SourceRegistry
from newsdesk.ui.plural import english_plural
from newsdesk.ui.readiness_text import translate_message
from newsdesk.ui.tasks import TaskHandle, TaskRunner, describe_failure

FINDING_ROLE: Final = Qt.ItemDataRole.UserRole + 1
"""The :class:`Finding` of a row."""
# Pause after the last keystroke before re-checking: long enough not to flicker while typing.
CHECK_DELAY_MS: Final = 400
# Longer bodies are checked on a worker thread so typing never waits for the checker.
BACKGROUND_THRESHOLD: Final = 20_000
_ModelIndex = QModelIndex | QPersistentModelIndex


class FindingListModel(QAbstractListModel):
    """Findings in reading order, errors with a stop icon and warnings with a caution icon."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        self._icons: dict[Severity, QIcon] = {}

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self._findings = list(findings)
        self.endResetModel()

    @property
    def findings(self) -> list[Finding]:
        return list(self._findings)

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        finding = self._findings[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return translate_message(finding.message)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(finding.severity)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            severity = (self.tr("error") if finding.severity is Severity.ERROR
                        else self.tr("warning"))
            return f"{severity}: {translate_message(finding.message)}"
        if role == FINDING_ROLE:
            return finding
        return None

    def _icon(self, severity: Severity) -> QIcon:
        if severity not in self._icons:
            pixmap = (QStyle.StandardPixmap.SP_MessageBoxCritical if severity is Severity.ERROR
                      else QStyle.StandardPixmap.SP_MessageBoxWarning)
            self._icons[severity] = QApplication.style().standardIcon(pixmap)
        return self._icons[severity]


class AttributionPanel(QWidget):
    """Lists unattributed quotes, unsourced figures and bad citations; a click selects the place.

    The check is pure (:func:`check_attribution`), so it runs on every pause in typing, and
    off the GUI thread for long stories; a result that arrives after newer typing is dropped.

    Signals:
        jump_requested(int, int): start and end (Python offsets in the body) of a clicked finding.
        findings_changed(int, int): a check finished with this many errors and warnings.
    """

    jump_requested = Signal(int, int)
    """The user clicked a finding; the body selects ``start``..``end``."""
    findings_changed = Signal(int, int)
    """(errors, warnings) after each completed check."""

    def __init__(self, registry: SourceRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attributionPanel")
        self._registry = registry
        self._edit: QPlainTextEdit | None = None
        self._language = "en"
        self._check: TaskHandle | None = None
        self._pending = False
        self.model = FindingListModel(self)
        self.summary_label = named(QLabel(), "attributionSummaryLabel")
        self.summary_label.setWordWrap(True)
        self.list_view = named(QListView(), "attributionFindingList")
        self.list_view.setModel(self.model)
        self.list_view.setWordWrap(True)
        self.list_view.setSpacing(3)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.list_view, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self.list_view.clicked.connect(self.on_finding_clicked)
        self.list_view.activated.connect(self.on_finding_clicked)
        registry.changed.connect(self.schedule_check)
        self._show_summary([])

    def attach_to(self, body_edit: QPlainTextEdit) -> None:
        """Check ``body_edit`` as it changes, and select findings in it when clicked."""
        self._edit = body_edit
        body_edit.textChanged.connect(self.schedule_check)
        self.jump_requested.connect(partial(select_span, body_edit))
        self.check_now()

    def set_language(self, language: str) -> None:
        """The story's language picks the example of attributed speech in the messages."""
        if language != self._language:
            self._language = language
            self.schedule_check()

    @property
    def findings(self) -> list[Finding]:
        return self.model.findings

    @property
    def is_checking(self) -> bool:
        """A check is scheduled or running on a worker thread."""
        return self._timer.isActive() or self._pending

    def schedule_check(self) -> None:
        self._drop_running_check()  # its findings are for text that has changed since
        self._timer.start()

    def _drop_running_check(self) -> None:
        if self._check is not None:
            self._check.cancel()
            self._check = None

    def check_now(self) -> None:
        """Check the current text: inline for ordinary stories, on a worker for long ones."""
        self._timer.stop()
        edit = self._edit
        if edit is None:
            return
        self._drop_running_check()
        body = edit.toPlainText()
        sources: dict[str, Source] = self._registry.by_key()
        if len(body) < BACKGROUND_THRESHOLD:
            self._on_checked(check_attribution(body, sources, language=self._language))
            return
        self._pending = True
        # Latest request wins: a newer check of this panel drops this one's findings.
        self._check = TaskRunner.of().run(
            partial(check_attribution, language=self._language), body, sources,
            on_result=self._on_checked, on_error=self._on_check_failed,
            channel=f"attribution:{id(self)}",
        )

    def on_finding_clicked(self, index: QModelIndex) -> None:
        finding = index.data(FINDING_ROLE)
        if isinstance(finding, Finding):
            self.jump_requested.emit(finding.start, finding.end)

    def _on_checked(self, findings: list[Finding]) -> None:
        self._check = None
        self._pending = False
        self.model.set_findings(findings)
        self._show_summary(findings)

    def _on_check_failed(self, exc: BaseException) -> bool:
        """Said in the panel's summary line, where the findings would have been."""
        self._check = None
        self._pending = False
        self.summary_label.setText(self.tr("The attribution check failed: {0}").format(
            describe_failure(exc)))
        return True

    def _show_summary(self, findings: list[Finding]) -> None:
        errors = sum(1 for f in findings if f.severity is Severity.ERROR)
        warnings = len(findings) - errors
        if not findings:
            self.summary_label.setText(
                self.tr("✓ Every quote is attributed and every citation resolves."))
            self.summary_label.setStyleSheet("color: #1d6b35; font-weight: 600;")
        else:
            parts = []
            if errors:
                parts.append(english_plural(self.tr("%n error(s)", None, errors), errors))
            if warnings:
                parts.append(english_plural(self.tr("%n warning(s)", None, warnings), warnings))
            self.summary_label.setText(
                self.tr("{0} — click one to see it in the text.").format(", ".join(parts)))
            color = "#a61b0f" if errors else "#8a5a00"
            self.summary_label.setStyleSheet(f"color: {color}; font-weight: 600;")
        self.findings_changed.emit(errors, warnings)
