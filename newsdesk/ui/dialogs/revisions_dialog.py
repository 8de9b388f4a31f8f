"""Story ▸ Revisions…: a story's history, any two texts side by side, and restoring one.

Signals:
    story_restored(int): a revision was restored as a new one; the argument is the story id,
        whose stored text the window must show now.
    restore_refused(str): a restore did not happen; what the dialog said.
    history_shown(), compared(): the history, the chosen comparison are shown (read meanwhile).

The history, the comparisons and the restore are read and written on the task runner: the
dialog never waits for the newsroom.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial
from typing import Final

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.errors import NewsdeskError
from newsdesk.domain.revision_diff import FieldDiff, StoryDiff, TextField
from newsdesk.domain.translation_changes import SegmentKind
from newsdesk.services.articles import RevisionInfo
from newsdesk.services.revisions import RestoreResult, RevisionService, Which
from newsdesk.ui.error_text import error_text
from newsdesk.ui.tasks import TaskRunner
from newsdesk.ui.translator import moment_text

SaveFirst = Callable[[Callable[[int | None], None]], None]
"""Saves the editor's typing and calls back with the story's version then (None: not saved)."""

_DELETED: Final = "color:#a50e0e;background:#fde7e9;text-decoration:line-through"
_INSERTED: Final = "color:#0b6b2b;background:#e6f4ea"
_Index = QModelIndex | QPersistentModelIndex


class RevisionListModel(QAbstractListModel):
    """The current text, then every revision newest first: who, when and the note."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._revisions: list[RevisionInfo] = []

    def set_revisions(self, revisions: list[RevisionInfo]) -> None:
        self.beginResetModel()
        self._revisions = list(revisions)
        self.endResetModel()

    def which(self, row: int) -> Which:
        """The revision a row stands for (None: the current text)."""
        return None if row == 0 else self._revisions[row - 1].number

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._revisions) + 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            if row == 0:
                return self.tr("Current text (as stored)")
            revision = self._revisions[row - 1]
            when = moment_text(revision.created_at)
            who = revision.author_name or self.tr("unknown")
            note = revision.note or self.tr("no note")
            return self.tr("Revision {number} · {when} · {who}\n{note}").format(
                number=revision.number, when=when, who=who, note=note)
        if role == Qt.ItemDataRole.ToolTipRole and row > 0:
            return self._revisions[row - 1].headline
        if role == Qt.ItemDataRole.UserRole:
            return self.which(row)
        return None


def _side_html(field: FieldDiff, *, old: bool) -> str:
    """One field as it reads on one side, the other side's words left out, changes marked."""
    hidden = SegmentKind.INSERTED if old else SegmentKind.DELETED
    style = _DELETED if old else _INSERTED
    parts = []
    for segment in field.segments:
        if segment.kind is hidden:
            continue
        text = html.escape(segment.text)
        parts.append(text if segment.kind is SegmentKind.EQUAL
                     else f'<span style="{style}">{text}</span>')
    inner = "".join(parts)
    if field.field is TextField.HEADLINE:
        return f"<h2>{inner}</h2>"
    if field.field is TextField.DECK:
        return f"<p><i>{inner}</i></p>" if inner else ""
    return f"<p>{inner}</p>" if inner else "<p>&nbsp;</p>"


def diff_html(diff: StoryDiff, *, old: bool) -> str:
    """The whole text of one side; a paragraph missing on it keeps its row blank, aligned."""
    return "".join(_side_html(field, old=old) for field in diff.fields)


class RevisionsDialog(QDialog):
    """The history of one story; never modal, so the editor stays in reach while comparing.

    ``save_first`` saves the editor's unsaved edits and calls back with the story's version
    then (None when it could not save): a restore must never drop what the user typed, nor
    go over a colleague's newer version.
    """

    story_restored = Signal(int)
    """A revision was restored (as a new one) into the story with this id."""
    restore_refused = Signal(str)
    """A restore did not happen (not saved first, a colleague's newer version...): why."""
    history_shown = Signal()
    """The history as read now is in the list (after opening, and after each restore)."""
    compared = Signal()
    """The chosen texts' comparison is shown (it is read on the task runner)."""

    def __init__(self, service: RevisionService, article_id: int, *,
                 save_first: SaveFirst, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revisionsDialog")
        self.setWindowTitle(self.tr("Revisions"))
        self._service = service
        self._article_id = article_id
        self._save_first = save_first
        self._channel = f"revisions-{id(self)}"
        self.confirm_box: QMessageBox | None = None

        self.model = RevisionListModel(self)
        self.list_view = QListView()
        self.list_view.setObjectName("revisionList")
        self.list_view.setModel(self.model)
        self.list_view.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setWordWrap(True)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setToolTip(self.tr(
            "Pick one revision to compare it with the current text, or two to compare them"))
        self.old_label = QLabel()
        self.old_label.setObjectName("oldLabel")
        self.new_label = QLabel()
        self.new_label.setObjectName("newLabel")
        self.old_view = QTextBrowser()
        self.old_view.setObjectName("oldText")
        self.new_view = QTextBrowser()
        self.new_view.setObjectName("newText")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryLabel")
        self.message_label = QLabel()
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore This Revision…"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setToolTip(self.tr(
            "Put this revision's text back as a new revision; the current text is kept too"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)

        sides = QSplitter(Qt.Orientation.Horizontal)
        for label, view in ((self.old_label, self.old_view), (self.new_label, self.new_view)):
            column = QWidget()
            layout = QVBoxLayout(column)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(label)
            layout.addWidget(view)
            sides.addWidget(column)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(self.list_view)
        main.addWidget(sides)
        main.setStretchFactor(1, 3)
        main.setSizes([300, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(main, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.summary_label, 1)
        layout.addLayout(footer)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.resize(1000, 560)

        self.list_view.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.restore_button.clicked.connect(self.ask_restore)
        self.reload()

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the history again (on the task runner) and compare the newest revision with
        the current text once it is here."""
        TaskRunner.of().run(self._service.history, self._article_id,
                            on_result=self._on_history, on_error=self._on_history_failed,
                            channel=self._channel + "-history")

    def _on_history(self, revisions: list[RevisionInfo]) -> None:
        self.model.set_revisions(revisions)
        self.select_rows(1 if self.model.rowCount() > 1 else 0)
        self.history_shown.emit()

    def _on_history_failed(self, exc: BaseException) -> bool:
        if not isinstance(exc, NewsdeskError):
            return False  # a bug: the runner logs it and shows it
        self._say(self.tr("Cannot read the history: {error}").format(error=error_text(exc)))
        return True

    def select_rows(self, *rows: int) -> None:
        """Select these rows (a test or the keyboard picking revisions to compare)."""
        selection = self.list_view.selectionModel()
        selection.clearSelection()
        for row in rows:
            selection.select(self.model.index(row),
                             QItemSelectionModel.SelectionFlag.Select)
        if rows:
            selection.setCurrentIndex(self.model.index(rows[0]),
                                      QItemSelectionModel.SelectionFlag.NoUpdate)
        self.on_selection_changed()

    def chosen(self) -> tuple[Which, Which] | None:
        """(older, newer) of the selected rows; one row is compared with the current text."""
        rows = sorted({index.row() for index in self.list_view.selectionModel().selectedRows()})
        if not rows or len(rows) > 2:
            return None
        if len(rows) == 1:
            rows = [0, rows[0]]
        newer, older = rows[0], rows[-1]  # the list is newest first, the current text on top
        return self.model.which(older), self.model.which(newer)

    def _name(self, which: Which) -> str:
        if which is None:
            return self.tr("Current text")
        return self.tr("Revision {number}").format(number=which)

    def on_selection_changed(self, *_args: object) -> None:
        pair = self.chosen()
        single = self._single_revision()
        self.restore_button.setEnabled(single is not None)
        if pair is None:
            self.summary_label.setText(self.tr("Pick one or two revisions to compare."))
            return
        old, new = pair
        self.old_label.setText(self._name(old))
        self.new_label.setText(self._name(new))
        TaskRunner.of().run(self._service.diff, self._article_id, old, new,
                            on_result=self._show_diff, on_error=self._on_diff_failed,
                            channel=self._channel + "-diff")  # the latest choice wins

    def _on_diff_failed(self, exc: BaseException) -> bool:
        if not isinstance(exc, NewsdeskError):
            return False
        self._say(error_text(exc))
        return True

    def _show_diff(self, diff: StoryDiff) -> None:
        self.old_view.setHtml(diff_html(diff, old=True))
        self.new_view.setHtml(diff_html(diff, old=False))
        changes = len(diff.changes)
        self.summary_label.setText(
            self.tr("No difference in headline, deck or body.") if not changes else
            self.tr("%n part(s) changed: deleted words struck out in red, new words in green.",
                    "", changes))
        self.compared.emit()

    def _single_revision(self) -> int | None:
        rows = {index.row() for index in self.list_view.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        return self.model.which(rows.pop())

    # -- restoring -------------------------------------------------------------------------
    def ask_restore(self) -> None:
        """Confirm without blocking: the box is window-modal and opened, never exec'd."""
        number = self._single_revision()
        if number is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore revision"),
                          self.tr("Restore revision {number}? Its text becomes a new revision; "
                                  "the current text is kept in the history first.")
                          .format(number=number),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("restoreConfirm")
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        restore.setObjectName("confirmRestoreButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(lambda: self.restore(number))
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    def restore(self, number: int) -> None:
        """Save the editor first, then restore over the version saved (on the task runner);
        :attr:`story_restored` or :attr:`restore_refused` when it is done, never raised."""
        self._save_first(partial(self._restore_over, number))

    def _restore_over(self, number: int, version: int | None) -> None:
        if version is None:
            self._refuse(self.tr("Not restored: the story's unsaved edits could not be saved "
                                 "first. Save them (Ctrl+S) and try again."))
            return
        TaskRunner.of().run(partial(self._service.restore, version=version),
                            self._article_id, number,
                            on_result=partial(self._on_restored, number),
                            on_error=self._on_restore_failed)

    def _on_restored(self, number: int, result: RestoreResult) -> None:
        self.story_restored.emit(self._article_id)
        self.reload()
        self._say(self.tr("Restored revision {number} as revision {new}.").format(
            number=number, new=result.revision), error=False)

    def _on_restore_failed(self, exc: BaseException) -> bool:
        if not isinstance(exc, NewsdeskError):
            self.restore_refused.emit(str(exc))
            return False  # a bug: the runner logs it and shows it
        self._refuse(self.tr("Not restored: {error}").format(error=error_text(exc)))
        self.reload()
        return True

    def _refuse(self, text: str) -> None:
        self._say(text)
        self.restore_refused.emit(text)

    def _say(self, text: str, *, error: bool = True) -> None:
        self.message_label.setProperty("error", error)
        self.message_label.setStyleSheet("color:#a50e0e" if error else "")
        self.message_label.setText(text)
