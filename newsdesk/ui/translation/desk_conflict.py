"""The desk's refused save: the colleague's text and mine side by side, with the ways out.

A cell committed while a colleague had saved a newer translation is refused (never written
over theirs) and kept in the recovery journal. Waiting for the next start to get it back is
losing it until tomorrow, so the desk shows both texts at once in an inline notice and offers
**Use Mine** (saved against the version just read: a third save in between is refused again,
never silently overwritten) and **Keep Theirs** (mine leaves the journal only then, and goes
to the clipboard so nothing is lost).
"""

from __future__ import annotations

import html
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from newsdesk.domain.alignment import split_paragraphs
from newsdesk.domain.article import Article
from newsdesk.services.recovery_journal import JournalWriter

if TYPE_CHECKING:
    from newsdesk.ui.translation.desk_widget import TranslationDeskWidget

def differing_texts(theirs: Article, mine: Article) -> tuple[str, str]:
    """The parts of the two translations that differ (headline, deck, body paragraphs), as
    (theirs, mine), each paragraph on its own line: what the translator has to choose between.
    """
    their_parts: list[str] = []
    my_parts: list[str] = []
    for field in ("headline", "deck"):
        a, b = getattr(theirs, field) or "", getattr(mine, field) or ""
        if a != b:
            their_parts.append(a)
            my_parts.append(b)
    their_body = [p.text.strip() for p in split_paragraphs(theirs.body)]
    my_body = [p.text.strip() for p in split_paragraphs(mine.body)]
    their_parts += [p for p in their_body if p not in my_body]
    my_parts += [p for p in my_body if p not in their_body]
    return "\n\n".join(their_parts), "\n\n".join(my_parts)


class DeskConflict(QFrame):
    """An inline notice on the desk while a refused save of mine waits for a choice.

    Signals:
        resolved(str): the choice was made and carried out: ``"mine"`` (my text stored) or
            ``"theirs"`` (the colleague's kept, mine dropped from the journal and copied).
        offered(): a refused save of mine is shown beside the stored text.
    """

    resolved = Signal(str)
    """The refusal is settled: "mine" once my text is stored, "theirs" once it is dropped."""
    offered = Signal()
    """Both texts are shown with the ways out (after a refusal, or a refusal again)."""

    def __init__(self, desk: TranslationDeskWidget, journal: JournalWriter | None) -> None:
        super().__init__(desk)
        self._desk = desk
        self._journal = journal
        self._mine: Article | None = None  # refused, waiting for a choice
        self._key: str | None = None  # its journal key
        self._resolving = False  # Use Mine is on its way
        self.setObjectName("deskConflict")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#deskConflict { background: #fff4d6; }")
        self.title = QLabel(self)
        self.title.setObjectName("deskConflictTitle")
        self.title.setWordWrap(True)
        self.theirs_label = self._text_label("deskConflictTheirs")
        self.mine_label = self._text_label("deskConflictMine")
        self.use_mine_button = QPushButton(self)
        self.use_mine_button.setObjectName("useMineButton")
        self.keep_theirs_button = QPushButton(self)
        self.keep_theirs_button.setObjectName("keepTheirsButton")
        self.use_mine_button.clicked.connect(self.use_mine)
        self.keep_theirs_button.clicked.connect(self.keep_theirs)
        texts = QHBoxLayout()
        texts.addWidget(self.theirs_label, 1)
        texts.addWidget(self.mine_label, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.use_mine_button)
        buttons.addWidget(self.keep_theirs_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(texts)
        layout.addLayout(buttons)
        self.retranslate()
        self.hide()
        desk.desk_loaded.connect(self._on_desk_loaded)

    def _text_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)  # the heading bold, the texts escaped
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def retranslate(self) -> None:
        """The buttons' words (with their Alt keys: the choice is reachable by keyboard)."""
        self.use_mine_button.setText(self.tr("&Use Mine"))
        self.use_mine_button.setToolTip(self.tr(
            "Save your text over the colleague's version shown here (Alt+U)."))
        self.keep_theirs_button.setText(self.tr("&Keep Theirs"))
        self.keep_theirs_button.setToolTip(self.tr(
            "Keep the colleague's text; yours is copied to the clipboard (Alt+K)."))

    @property
    def pending(self) -> bool:
        """A refused text of mine waits for Use Mine or Keep Theirs."""
        return self._mine is not None

    @property
    def mine(self) -> Article | None:
        return self._mine

    def offer(self, mine: Article, key: str | None) -> None:
        """My save was refused: shown beside the stored text once the desk has read it."""
        self._mine, self._key, self._resolving = mine, key, False
        self._desk.update_controls()  # no typing until the choice is made

    def _on_desk_loaded(self, *_args: object) -> None:
        # After the refusal, and after every later read (a colleague's newer save shows as
        # "theirs" at once): the choice is always between the texts on screen.
        if self._mine is not None and not self._resolving:
            self.show_choice()

    def show_choice(self) -> None:
        """Both texts with the ways out, against the translation the desk now shows."""
        desk, mine = self._desk.desk, self._mine
        if desk is None or mine is None or desk.translation.id != mine.id:
            self._clear()
            return
        theirs_text, mine_text = differing_texts(desk.translation, mine)
        self.title.setText(self.tr(
            "A colleague saved a newer version of this translation, so your text was not "
            "saved over it. Choose which to keep:"))
        self.theirs_label.setText("<b>{}</b><br>{}".format(
            html.escape(self.tr("Colleague's (stored):")),
            html.escape(theirs_text).replace("\n", "<br>")))
        self.mine_label.setText("<b>{}</b><br>{}".format(
            html.escape(self.tr("Yours (not saved):")),
            html.escape(mine_text).replace("\n", "<br>")))
        self._set_enabled(True)
        self.show()
        self.use_mine_button.setFocus()
        self.offered.emit()

    def _set_enabled(self, enabled: bool) -> None:
        self.use_mine_button.setEnabled(enabled)
        self.keep_theirs_button.setEnabled(enabled)

    def use_mine(self) -> bool:
        """Save my text over the version just read (write-ahead, as every desk save); a
        newer save in between is refused again and shown anew (True when sent)."""
        desk, mine = self._desk.desk, self._mine
        if desk is None or mine is None or self._resolving:
            return False
        self._resolving = True
        self._set_enabled(False)
        # Against the version on screen now, even if a read lands before the save leaves.
        mine = replace(mine, version=desk.translation.version)
        self._desk.when_idle(partial(self._desk.saver.save_mine, mine))
        return True

    def on_save_failed(self) -> None:
        """A save did not land for another reason (the newsroom out of reach, said in the
        status line): the choice stays open, mine still in the journal."""
        if self._resolving:
            self._resolving = False
            self._set_enabled(True)

    def on_mine_saved(self) -> None:
        """The desk saved my text (the saver calls this): the refusal is settled."""
        if self._resolving:
            self._clear()
            self.resolved.emit("mine")

    def keep_theirs(self) -> bool:
        """Keep the colleague's text: mine to the clipboard, then out of the journal."""
        mine = self._mine
        if mine is None or self._resolving:
            return False
        desk = self._desk.desk
        theirs = desk.translation if desk is not None else mine
        QGuiApplication.clipboard().setText(differing_texts(theirs, mine)[1])
        if self._journal is not None and self._key is not None:
            self._journal.remove(self._key, if_same_as=mine)
        self._clear()
        self._desk.status_label.setText(self.tr(
            "The colleague's text is kept; yours is on the clipboard."))
        self.resolved.emit("theirs")
        return True

    def _clear(self) -> None:
        self._mine, self._key, self._resolving = None, None, False
        self.hide()
        self._desk.update_controls()
