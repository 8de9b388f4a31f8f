"""The tools beside the desk's rows: concordance, glossary, spelling, find, then/now.

One object wires them to a :class:`TranslationDeskWidget` so the desk itself keeps only its
rows: the tool panels go in tabs beside the memory matches, the keys are the desk's actions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services.then_now import ThenNowService
from newsdesk.ui.tasks import TaskRunner, describe_failure
from newsdesk.ui.translation.concordance_panel import SOURCE, TARGET, ConcordancePanel
from newsdesk.ui.translation.desk_controls import desk_action
from newsdesk.ui.translation.desk_find import OriginalFindBar
from newsdesk.ui.translation.desk_model import ORIGINAL_COLUMN, TRANSLATION_COLUMN
from newsdesk.ui.translation.desk_spelling import DeskSpelling
from newsdesk.ui.translation.glossary_panel import MAX_KEYS, GlossaryPanel
from newsdesk.ui.translation.memory_import import MemoryImport
from newsdesk.ui.translation.paragraph_editor import ParagraphDelegate, ParagraphEdit
from newsdesk.ui.translation.then_now_dialog import (
    ROW,
    STORY,
    ThenNow,
    ThenNowDialog,
    ThenNowRequest,
    then_now,
)

if TYPE_CHECKING:
    from newsdesk.services.newsroom import Newsroom
    from newsdesk.services.translation import TranslationDesk
    from newsdesk.ui.dialogs.glossary_dialog import GlossaryDialog
    from newsdesk.ui.translation.desk_widget import TranslationDeskWidget


class DeskTools(QObject):
    """The desk's tool tabs and keys; built once by the desk, after its own widgets.

    Signals:
        then_now_shown(object): the then/now dialog shows this :class:`ThenNow`.
    """

    then_now_shown = Signal(object)
    """The original then and now were read and are shown (a ThenNow)."""

    def __init__(self, desk: TranslationDeskWidget, newsroom: Newsroom) -> None:
        super().__init__(desk)
        self._newsroom = newsroom
        self._desk = desk
        self._pending_search: tuple[str, str] | None = None
        self._pending_then_now: str | None = None
        self.then_now_dialog: ThenNowDialog | None = None
        self._viewer: QPersistentModelIndex | None = None
        self.tabs = QTabWidget(desk)
        self.tabs.setObjectName("deskToolTabs")
        lower = desk.findChild(QSplitter, "deskLowerSplitter")
        if lower is not None and lower.indexOf(desk.memory_panel) >= 0:
            lower.replaceWidget(lower.indexOf(desk.memory_panel), self.tabs)
        self.tabs.addTab(desk.memory_panel, self.tr("Memory"))
        self.concordance = ConcordancePanel(newsroom.memory, self.tabs)
        self.tabs.addTab(self.concordance, self.tr("Concordance"))
        self.concordance_action = desk_action(
            desk, "deskConcordanceAction", self.tr("Search the memory for the selection"),
            "Ctrl+K")
        self.glossary = GlossaryPanel(newsroom.glossary, self.tabs)
        self.tabs.addTab(self.glossary, self.tr("Glossary"))
        self.glossary_dialog: GlossaryDialog | None = None
        self.term_actions = [
            desk_action(desk, f"insertTerm{n}Action",
                        self.tr("Insert glossary rendering {0}").format(n), f"Ctrl+Alt+{n}")
            for n in range(1, MAX_KEYS + 1)]
        self.spelling = DeskSpelling(newsroom, desk.status_label.setText, desk, desk.table)
        self.find_bar = OriginalFindBar(desk, self)
        self.find_action = desk_action(desk, "deskFindAction", self.tr("Find in the original"),
                                       "Ctrl+F")
        self.then_now_action = desk_action(
            desk, "deskThenNowAction", self.tr("The original then and now"), "Ctrl+Shift+H")
        self.then_now_button = QPushButton(self.tr("Then / now…"), self.tabs)
        self.then_now_button.setObjectName("thenNowButton")
        self.then_now_button.setToolTip(self.tr(
            "The original as it was when the row was translated, beside the original now "
            "(Ctrl+Shift+H)"))
        self.memory_import = MemoryImport(newsroom, desk.status_label.setText, desk)
        corner = QWidget(self.tabs)
        corner_row = QHBoxLayout(corner)
        corner_row.setContentsMargins(0, 0, 0, 0)
        corner_row.addWidget(self.memory_import.button)
        corner_row.addWidget(self.then_now_button)
        self.tabs.setCornerWidget(corner)
        layout = desk.layout()
        if isinstance(layout, QVBoxLayout):
            for widget in (self.find_bar, self.spelling.original_label,
                           self.spelling.translation_label):
                layout.addWidget(widget)
        self._connect_signals()

    def _connect_signals(self) -> None:
        desk = self._desk
        self.concordance_action.triggered.connect(self.search_selection)
        desk.desk_loaded.connect(self.on_desk_loaded)
        desk.table.selectionModel().currentRowChanged.connect(self.on_current_row_changed)
        self.glossary.glossary_button.clicked.connect(self.open_glossary)
        for number, action in enumerate(self.term_actions, start=1):
            action.triggered.connect(lambda _checked=False, n=number: self.insert_term(n))
        delegate = desk.table.itemDelegate()
        if isinstance(delegate, ParagraphDelegate):
            delegate.editor_opened.connect(self.spelling.on_editor_opened)
        self.find_action.triggered.connect(self.find_bar.show_find)
        self.then_now_action.triggered.connect(lambda: self.show_then_now(ROW))
        self.then_now_button.clicked.connect(lambda: self.show_then_now(ROW))
        self.find_bar.message.connect(desk.status_label.setText)
        desk.table.selectionModel().currentChanged.connect(self.on_current_changed)

    # -- the original's cell, opened read-only so its words can be selected -------------------
    def on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.close_viewer()
        if current.isValid() and current.column() == ORIGINAL_COLUMN:
            self._desk.table.openPersistentEditor(current)
            self._viewer = QPersistentModelIndex(current)

    def close_viewer(self) -> None:
        viewer, self._viewer = self._viewer, None
        if viewer is not None and viewer.isValid():
            self._desk.table.closePersistentEditor(viewer)

    def viewer(self) -> ParagraphEdit | None:
        """The original's paragraph open for selecting, if any."""
        if self._viewer is None or not self._viewer.isValid():
            return None
        widget = self._desk.table.indexWidget(self._desk.model.index(self._viewer.row(),
                                                                   self._viewer.column()))
        return widget if isinstance(widget, ParagraphEdit) else None

    # -- concordance ----------------------------------------------------------------------------
    def on_desk_loaded(self, desk: TranslationDesk) -> None:
        self.concordance.set_languages(desk.original.language, desk.translation.language)
        self.glossary.reload()  # a colleague may have added terms since the last load
        self.spelling.use_stories(desk.original.language, desk.original.id,
                                  desk.translation.language, desk.translation.id)
        pending, self._pending_search = self._pending_search, None
        if pending is not None:
            self.show_concordance(*pending)
        scope, self._pending_then_now = self._pending_then_now, None
        if scope is not None:
            self.show_then_now(scope)

    def selection(self) -> tuple[str, str]:
        """The text selected in a cell of either column and its side (source/target)."""
        focus = QApplication.focusWidget()
        if isinstance(focus, ParagraphEdit) and self._desk.isAncestorOf(focus):
            selected = focus.textCursor().selectedText().replace("\u2029", " ")
            return selected, SOURCE if focus.isReadOnly() else TARGET
        column = self._desk.table.currentIndex().column()
        return "", SOURCE if column == ORIGINAL_COLUMN else TARGET

    def search_selection(self) -> bool:
        """Ctrl+K: the selection's concordance, or the search field when nothing is selected."""
        return self.show_concordance(*self.selection())

    def show_concordance(self, phrase: str, side: str) -> bool:
        self.tabs.setCurrentWidget(self.concordance)
        return self.concordance.search(phrase, side)

    def search_when_loaded(self, phrase: str, side: str) -> None:
        """Search as soon as the desk being opened shows its translation (the Story menu's
        Ctrl+K, with the main editor's selection)."""
        if self._desk.busy:
            self._pending_search = (phrase, side)
            self.tabs.setCurrentWidget(self.concordance)
        else:
            self.show_concordance(phrase, side)

    # -- glossary ---------------------------------------------------------------------------------
    def on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        desk = self._desk.desk
        if desk is None or not current.isValid():
            self.glossary.show_row("", "", "")
            return
        row = self._desk.model.row_at(current.row())
        text = row.original.text if row.original is not None else ""
        self.glossary.show_row(text, desk.original.language, desk.translation.language)

    def insert_term(self, number: int) -> bool:
        """Ctrl+Alt+N: the N-th term's rendering at the cursor of the row's translation (its
        editor opened if it was not), saved when the edit is, like anything typed."""
        rendering = self.glossary.rendering(number)
        current = self._desk.table.currentIndex()
        if rendering is None or not current.isValid() or self._desk.holds_writes:
            return False
        target = self._desk.model.index(current.row(), TRANSLATION_COLUMN)
        editor = self._desk.table.indexWidget(target)
        if not (isinstance(editor, ParagraphEdit) and editor.isVisible()):
            self._desk.table.setCurrentIndex(target)
            self._desk.table.edit(target)
            editor = self._desk.table.indexWidget(target)
        if not isinstance(editor, ParagraphEdit) or editor.isReadOnly():
            return False
        editor.insertPlainText(rendering)
        editor.setFocus()
        return True

    def open_glossary(self) -> GlossaryDialog:
        """The glossary dialog (window-modal); the panel reads the glossary again on a change."""
        from newsdesk.ui.dialogs.glossary_dialog import GlossaryDialog

        if self.glossary_dialog is None:
            desk = self._desk.desk
            languages = ((desk.original.language, desk.translation.language) if desk is not None
                         else ("en", "ru"))
            self.glossary_dialog = GlossaryDialog(
                self._newsroom.glossary, self._desk, source_language=languages[0],
                target_language=languages[1])
            self.glossary_dialog.glossary_changed.connect(self.glossary.reload)
            self.glossary_dialog.glossary_changed.connect(self._desk.qa.on_glossary_changed)
        self.glossary_dialog.open()
        return self.glossary_dialog

    # -- then and now -----------------------------------------------------------------------------
    def then_now_request(self) -> ThenNowRequest | None:
        desk, model = self._desk.desk, self._desk.model
        if desk is None:
            return None
        count = model.rowCount()
        records = tuple(model.record_at(i) for i in range(count))
        confirmed = [r.updated_at for r in records
                     if r is not None and r.confirmed_original_hash and r.updated_at]
        return ThenNowRequest(
            desk.original, desk.original_then, desk.base_revision, desk.latest_revision,
            model.rows, tuple(model.key_at(i) for i in range(count)), records,
            max(confirmed) if confirmed else desk.translation.updated_at)

    def show_then_now(self, scope: str = ROW) -> bool:
        """Read the original's history on the runner, then show then/now (the selected row,
        or the whole story)."""
        request = self.then_now_request()
        if request is None or request.original.id is None:
            return False
        row = max(0, self._desk.table.currentIndex().row())
        TaskRunner.of().run(
            then_now, ThenNowService(self._newsroom.uow), request,
            on_result=lambda shown: self._on_then_now(shown, row, scope),
            on_error=self._on_then_now_failed, channel=f"desk-then-now-{id(self)}")
        return True

    def then_now_when_loaded(self, scope: str = STORY) -> None:
        """Then/now as soon as the desk being opened is shown (the Story menu's command)."""
        if self._desk.busy:
            self._pending_then_now = scope
        else:
            self.show_then_now(scope)

    def _on_then_now(self, shown: ThenNow, row: int, scope: str) -> None:
        if self.then_now_dialog is None:
            self.then_now_dialog = ThenNowDialog(self._desk)
        header = self._desk.model.headerData(row, Qt.Orientation.Vertical)
        name = str(header).split(" ")[0] if header else ""  # "2 Δ": the number, not the mark
        self.then_now_dialog.show_then_now(shown, row, scope, name)
        self.then_now_dialog.open()
        self.then_now_shown.emit(shown)

    def _on_then_now_failed(self, exc: BaseException) -> bool:
        self._desk.status_label.setText(self.tr(
            "The original's history could not be read: {0}").format(describe_failure(exc)))
        return True
