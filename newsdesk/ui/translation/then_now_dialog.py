"""Then and now: the original as it was when the translation was confirmed, beside the original
as it is, word-diffed, for the selected row or the whole story (a dialog of the desk)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.article import Article
from newsdesk.domain.revision_diff import FieldDiff, StoryDiff, TextField, story_diff
from newsdesk.domain.segments import DECK_KEY, HEADLINE_KEY, SegmentRecord
from newsdesk.domain.then_now import RowThenNow, row_then_now
from newsdesk.domain.translation_changes import DeskRow
from newsdesk.services.then_now import ThenNowService
from newsdesk.ui.dialogs.revisions_dialog import diff_html

ROW, STORY = "row", "story"


@dataclass(frozen=True)
class ThenNowRequest:
    """What the desk shows now, gathered on the GUI thread for the worker."""

    original: Article
    original_then: Article | None
    base_revision: int | None
    latest_revision: int
    rows: tuple[DeskRow, ...]
    keys: tuple[str, ...]
    records: tuple[SegmentRecord | None, ...]
    translated_at: datetime | None


@dataclass(frozen=True)
class ThenNow:
    """Every row's then and now, and the whole story's word diff then -> now."""

    request: ThenNowRequest
    rows: tuple[RowThenNow, ...]
    story: StoryDiff


def then_now(service: ThenNowService, request: ThenNowRequest) -> ThenNow:
    """Read the original's history and compare (on a worker): see ``domain.then_now``."""
    original = request.original
    assert original.id is not None
    confirmed = service.confirmed_texts(
        original.id, {r.confirmed_original_hash for r in request.records if r is not None})
    fallback = None
    if request.base_revision is None and request.translated_at is not None:
        fallback = service.revision_before(original.id, request.translated_at)
    rows = tuple(row_then_now(row, record, confirmed, base_revision=request.base_revision,
                              fallback=fallback)
                 for row, record in zip(request.rows, request.records, strict=True))
    then = request.original_then or original
    headline, deck = then.headline, then.deck
    body: list[str] = []
    for key, row in zip(request.keys, rows, strict=True):
        if key == HEADLINE_KEY:
            headline = row.then
        elif key == DECK_KEY:
            deck = row.then
        elif row.then.strip():
            body.append(row.then)
    before = replace(original, headline=headline, deck=deck, body="\n\n".join(body))
    return ThenNow(request, rows, story_diff(before, original))


class ThenNowDialog(QDialog):
    """Two panes, then and now, the changed words marked; for one row or the whole story."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thenNowDialog")
        self.setWindowTitle(self.tr("The original then and now"))
        self.resize(1000, 620)
        self._shown: ThenNow | None = None
        self._row = 0
        self._row_name = ""
        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("thenNowScopeCombo")
        self.scope_combo.addItem(self.tr("Selected row"), ROW)
        self.scope_combo.addItem(self.tr("Whole story"), STORY)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("thenNowSummary")
        self.summary_label.setWordWrap(True)
        self.then_label = QLabel(self)
        self.then_label.setObjectName("thenLabel")
        self.then_label.setWordWrap(True)
        self.now_label = QLabel(self)
        self.now_label.setObjectName("nowLabel")
        self.now_label.setWordWrap(True)
        self.then_pane = QTextBrowser(self)
        self.then_pane.setObjectName("thenPane")
        self.then_pane.setAccessibleName(self.tr("The original then"))
        self.now_pane = QTextBrowser(self)
        self.now_pane.setObjectName("nowPane")
        self.now_pane.setAccessibleName(self.tr("The original now"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.scope_combo)
        top.addWidget(self.summary_label, 1)
        panes = QGridLayout()
        panes.addWidget(self.then_label, 0, 0)
        panes.addWidget(self.now_label, 0, 1)
        panes.addWidget(self.then_pane, 1, 0)
        panes.addWidget(self.now_pane, 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(panes, 1)
        layout.addWidget(buttons)
        self.scope_combo.currentIndexChanged.connect(self._render)

    @property
    def shown(self) -> ThenNow | None:
        return self._shown

    def show_then_now(self, shown: ThenNow, row: int, scope: str, row_name: str = "") -> None:
        """Show ``shown``; ``row`` is the selected row, ``row_name`` what the desk calls it
        ("3", "Headline")."""
        self._shown, self._row, self._row_name = shown, row, row_name or str(row + 1)
        self.scope_combo.blockSignals(True)
        self.scope_combo.setCurrentIndex(max(0, self.scope_combo.findData(scope)))
        self.scope_combo.blockSignals(False)
        self._render()

    def _render(self) -> None:
        shown = self._shown
        if shown is None:
            return
        request = shown.request
        if self.scope_combo.currentData() == ROW and 0 <= self._row < len(shown.rows):
            entry = shown.rows[self._row]
            diff = StoryDiff((FieldDiff(TextField.BODY, entry.segments),))
            revision = entry.revision
            self.summary_label.setText(
                self.tr("Row {0}: changed since it was translated.").format(self._row_name)
                if entry.changed else
                self.tr("Row {0}: the same as when it was translated.").format(self._row_name))
        else:
            diff = shown.story
            revision = request.base_revision
            changed = sum(1 for entry in shown.rows if entry.changed)
            self.summary_label.setText(self.tr("Rows changed since they were translated: {0} "
                                               "of {1}.").format(changed, len(shown.rows)))
        self.then_label.setText(
            self.tr("Then: the original as translated (revision {0})").format(revision)
            if revision is not None else
            self.tr("Then: the original's text when translated is not known; shown as now"))
        self.now_label.setText(self.tr("Now: the original as stored (revision {0})").format(
            request.latest_revision))
        self.then_pane.setHtml(diff_html(diff, old=True))
        self.now_pane.setHtml(diff_html(diff, old=False))
