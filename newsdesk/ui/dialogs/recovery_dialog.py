"""Offers text from the recovery journal back: both versions side by side, three ways out."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.article import Article
from newsdesk.domain.word_marks import Run, word_marks
from newsdesk.services.recovery import RecoveryOffer
from newsdesk.ui.translator import moment_text


class RecoveryChoice(StrEnum):
    """What the user decided for one recovered text."""

    MINE = "mine"  # the recovered text becomes the story (the stored one kept as a revision)
    STORED = "stored"  # the stored story stays; the recovered text is set aside
    BOTH = "both"  # the recovered text becomes a new draft beside the stored story


def readable(article: Article) -> str:
    """The story as a person compares it: headline, deck, then the body."""
    parts = [article.headline.strip()]
    if article.deck.strip():
        parts.append(article.deck.strip())
    parts.append(article.body)
    return "\n\n".join(parts)


def _utf16(text: str) -> int:
    """Qt counts positions in UTF-16 units: an emoji is two of them, one Python character."""
    return len(text.encode("utf-16-le")) // 2


def _word_selections(view: QPlainTextEdit, runs: tuple[Run, ...],
                     word_format: QTextCharFormat) -> list[QTextEdit.ExtraSelection]:
    """The words only this side has. Selections after the paragraph's tint paint over it
    (a format in the document itself would be hidden under the tint)."""
    selections = []
    position = 0
    for run in runs:
        length = _utf16(run.text)
        if run.marked:
            mark = QTextEdit.ExtraSelection()
            mark.format = word_format
            cursor = QTextCursor(view.document())
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            mark.cursor = cursor
            selections.append(mark)
        position += length
    return selections


def _mark_differences(mine: QPlainTextEdit, stored: QPlainTextEdit) -> int:
    """Tint the paragraphs only one side has, mark the words within them that differ
    (underlined in mine, struck through in the stored text: not by colour alone) and scroll
    both to the first; returns how many paragraphs differ."""
    marks = word_marks(stored.toPlainText(), mine.toPlainText())
    added = QTextCharFormat()
    added.setBackground(QColor(40, 170, 80, 150))
    added.setFontUnderline(True)
    removed = QTextCharFormat()
    removed.setBackground(QColor(220, 60, 40, 140))
    removed.setFontStrikeOut(True)
    for view, runs, lines, first, tint, word_format in (
            (mine, marks.new, marks.changed_new, marks.first_new, QColor(60, 170, 90, 30),
             added),
            (stored, marks.old, marks.changed_old, marks.first_old, QColor(220, 60, 40, 28),
             removed)):
        selections = []
        for number in sorted(lines):
            mark = QTextEdit.ExtraSelection()
            line_format = QTextCharFormat()
            line_format.setBackground(tint)
            line_format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            mark.format = line_format
            cursor = QTextCursor(view.document().findBlockByNumber(number))
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                QTextCursor.MoveMode.KeepAnchor)
            mark.cursor = cursor
            selections.append(mark)
        view.setExtraSelections(selections + _word_selections(view, runs, word_format))
        if first is not None:
            block = view.document().findBlockByNumber(
                min(first, view.document().blockCount() - 1))
            view.setTextCursor(QTextCursor(block))
            view.centerCursor()
    return len(marks.changed_new) + len(marks.changed_old)


def _when(moment: datetime | None) -> str:
    if moment is None:
        return "—"
    return moment_text(moment.astimezone(), seconds=True)


class RecoveryDialog(QDialog):
    """One recovered text: what the journal holds against what the newsroom holds.

    ``choice`` is set when the dialog is accepted; rejecting it (Escape, closing) decides
    nothing, and the journal keeps the text for the next start.
    """

    def __init__(self, offer: RecoveryOffer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Recover Unsaved Text"))
        self.offer = offer
        self.choice: RecoveryChoice | None = None
        mine, stored = offer.mine, offer.stored
        headline = " ".join(mine.headline.split()) or self.tr("Untitled")
        if stored is None and mine.id is None:
            intro = self.tr("“{0}” was being written when Newsdesk stopped, and was never "
                            "saved to the newsroom. It is kept on this computer.").format(headline)
        elif stored is None:
            intro = self.tr("“{0}” has unsaved text on this computer, but the story is no "
                            "longer in the newsroom (it was deleted).").format(headline)
        elif offer.stored_holds_all:
            intro = self.tr("“{0}” has an older copy on this computer: the version stored in "
                            "the newsroom (version {1}) already holds all of it and more, "
                            "stored after this copy was kept. Keep Stored loses nothing; Keep "
                            "Mine would take out what was stored since (kept as a revision)."
                            ).format(headline, stored.version)
        elif offer.colleague_saved_since:
            intro = self.tr("“{0}” has text on this computer that was never saved, and the "
                            "story was changed in the newsroom since (version {1}, yours was "
                            "made on version {2}).").format(headline, stored.version, mine.version)
        else:
            intro = self.tr("“{0}” has text on this computer that was never saved to the "
                            "newsroom.").format(headline)
        label = QLabel(intro, self)
        self._intro = label
        label.setObjectName("recoveryIntro")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)

        grid = QGridLayout()
        mine_title = QLabel(self.tr("Your text, kept on this computer ({0})").format(
            _when(offer.entry.written_at)), self)
        mine_view = self._view("recoveredText", readable(mine))
        grid.addWidget(mine_title, 0, 0)
        grid.addWidget(mine_view, 1, 0)
        self.differences = 0
        if stored is not None:
            stored_title = QLabel(self.tr("Stored in the newsroom ({0})").format(
                _when(stored.updated_at)), self)
            stored_view = self._view("storedText", readable(stored))
            grid.addWidget(stored_title, 0, 1)
            grid.addWidget(stored_view, 1, 1)
            self.differences = _mark_differences(mine_view, stored_view)
            if self.differences:
                intro += " " + self.tr(
                    "Paragraphs that differ are tinted; within them, words only yours has are "
                    "underlined, and stored words yours lacks are struck through.")

        buttons = QDialogButtonBox(self)
        self.keep_mine_button = self._button(
            buttons, "keepMineButton", self.tr("Keep Mine"), RecoveryChoice.MINE)
        if stored is not None:
            self.keep_mine_button.setToolTip(self.tr(
                "Your text becomes the story; the stored version is kept as a revision."))
            self._button(buttons, "keepBothButton", self.tr("Keep Both"), RecoveryChoice.BOTH
                         ).setToolTip(self.tr("Your text becomes a new draft beside the story."))
            self.keep_stored_button = self._button(
                buttons, "keepStoredButton", self.tr("Keep Stored"), RecoveryChoice.STORED)
            self.keep_stored_button.setToolTip(self.tr(
                "The stored story stays; your text is set aside on this computer."))
        else:
            self.keep_stored_button = self._button(
                buttons, "keepStoredButton", self.tr("Discard My Text"), RecoveryChoice.STORED)
            self.keep_stored_button.setToolTip(self.tr(
                "Your text is set aside on this computer, not stored."))
        later = buttons.addButton(self.tr("Decide Later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setObjectName("decideLaterButton")
        buttons.rejected.connect(self.reject)

        label.setText(intro)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self.resize(900, 520)
        # The default (Return) is the choice that loses no stored word.
        default = self.keep_stored_button if offer.stored_holds_all else self.keep_mine_button
        default.setDefault(True)

    def _view(self, name: str, text: str) -> QPlainTextEdit:
        view = QPlainTextEdit(self)
        view.setObjectName(name)
        view.setReadOnly(True)
        view.setPlainText(text)
        return view

    def _button(self, box: QDialogButtonBox, name: str, text: str,
                choice: RecoveryChoice) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        button.setObjectName(name)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: RecoveryChoice) -> None:
        self.choice = choice
        self.accept()
