"""The desk's save path: a cell's text to the recovery journal, then to the newsroom.

A paragraph being typed goes to the journal shortly (a draft, before it is even committed);
a committed edit goes to the journal first and is saved on the task runner write-ahead (the
save waits until the journal holds it on disk, see desk_save), with the version the desk
holds, one save at a time. Words are the desk's own (the ``TranslationDeskWidget``
catalogue context).
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelection, QObject, QTimer

from newsdesk.domain.article import Article
from newsdesk.domain.desk_fields import with_texts
from newsdesk.domain.errors import ConflictError, NewsdeskError, StorageError
from newsdesk.services.articles import ArticleService
from newsdesk.services.recovery_journal import JournalWriter
from newsdesk.ui.autosave import JOURNAL_DELAY_MS
from newsdesk.ui.error_text import error_text, situation_text
from newsdesk.ui.tasks import TaskRunner, describe_failure
from newsdesk.ui.translation.desk_original_gone import original_gone, original_notice
from newsdesk.ui.translation.desk_save import DeskSave, save_translation

if TYPE_CHECKING:
    from newsdesk.ui.translation.desk_widget import TranslationDeskWidget


class DeskSaver(QObject):
    """Journals what is typed on the desk and saves each committed edit of the translation.

    A newsroom that cannot be written keeps the edit on the desk (the next edit or the next
    start saves it); a conflict shows the stored text beside the translator's, which stays
    in the journal until Use Mine or Keep Theirs (desk_conflict), never lost. The desk takes
    no other edit until the save has landed (its rows follow the save).
    """

    def __init__(self, desk: TranslationDeskWidget, articles: ArticleService,
                 journal: JournalWriter | None) -> None:
        super().__init__(desk)
        self._desk = desk
        self._articles = articles
        self._journal = journal
        # (row, text, the translation's version it was typed on), not yet in the journal
        self._draft: tuple[int, str, int] | None = None
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(JOURNAL_DELAY_MS)
        self._draft_timer.timeout.connect(self._journal_draft)
        self._saving = False  # a save of the translation is on its way
        self._save_again: bool | None = None  # edited meanwhile: rows_kept of those edits

    def _journal_key(self) -> str | None:
        desk = self._desk.desk
        if desk is None or desk.translation.id is None:
            return None
        return f"desk-{desk.translation.id}"

    def on_draft_changed(self, row: int, text: str) -> None:
        """A paragraph is being typed: to the journal shortly, before it is even committed."""
        desk = self._desk.desk
        if desk is None:
            return
        self._draft = (row, text, desk.translation.version)
        if not self._draft_timer.isActive():
            self._draft_timer.start()

    def _journal_draft(self) -> None:
        key, draft, desk = self._journal_key(), self._draft, self._desk.desk
        if self._journal is None or key is None or draft is None or desk is None:
            return
        model = self._desk.model
        if not 0 <= draft[0] < model.rowCount():
            return
        if draft[2] != desk.translation.version:
            # The desk shows another version than the one typed on (a colleague's, after a
            # refused save): journalled now, the edit would pass for one made on theirs. The
            # refused text is in the journal already; the next keystroke journals anew.
            return
        self._journal.submit(key, with_texts(desk.translation,
                                             model.translation_with(draft[0], draft[1])))

    def on_body_edited(self, body: str, rows_kept: bool) -> None:
        """Save the translation with the version the desk holds (on the runner); align again
        only when the edit changed the paragraph structure beyond its row.

        The text goes to the recovery journal first, and the save waits for it to be there.
        """
        desk = self._desk.desk
        if desk is None or desk.translation.id is None:
            return
        self._draft_timer.stop()
        self._draft = None
        key = self._journal_key()
        # The headline and deck as the desk has them too: an edit of theirs that the
        # newsroom could not take is saved with this one.
        mine = with_texts(desk.translation,
                          {**self._desk.model.translation_texts(), "body": body})
        ticket = None
        if self._journal is not None and key is not None:
            ticket = self._journal.submit(key, mine)
        if self._saving:
            # Saved once the save on its way has landed, with the version it stored.
            self._save_again = rows_kept and self._save_again is not False
            return
        self._start_save(mine, key, ticket, rows_kept)

    def save_mine(self, mine: Article) -> None:
        """Save ``mine`` (a refused text, now with the version just read) as every desk
        save: to the journal, then write-ahead on the runner; the rows are read again after."""
        key = self._journal_key()
        ticket = None
        if self._journal is not None and key is not None:
            ticket = self._journal.submit(key, mine)
        self._start_save(mine, key, ticket, False)

    def _start_save(self, mine: Article, key: str | None, ticket: int | None,
                    rows_kept: bool) -> None:
        assert mine.id is not None
        self._saving = True
        self._desk.begin_work(QCoreApplication.translate(
            "TranslationDeskWidget", "Saving the translation…"))
        TaskRunner.of().run(
            save_translation, self._articles, mine, self._journal, ticket,
            on_result=partial(self._on_saved, mine.id, key, rows_kept),
            on_error=partial(self._on_save_refused, mine.id, mine, key))

    def _on_saved(self, translation_id: int, key: str | None, rows_kept: bool,
                  done: DeskSave) -> None:
        widget = self._desk
        widget.end_work()
        self._saving = False
        again, self._save_again = self._save_again, None
        saved = done.saved
        if self._journal is not None and key is not None:
            self._journal.remove(key, if_same_as=done.mine)
        widget.touched_ids.add(translation_id)
        widget.conflict.on_mine_saved()  # a Use Mine, if this was one, is settled
        desk = widget.desk
        if desk is None or desk.translation.id != translation_id:
            widget.update_controls()  # the desk moved on to another story meanwhile
            widget.translation_saved.emit(saved)
            return
        desk = widget.desk = replace(desk, translation=saved, rows=widget.model.body_rows)
        draft = self._draft
        if draft is not None and draft[2] == done.mine.version:
            self._draft = (draft[0], draft[1], saved.version)  # typed on what we just saved
        # Said only now: the save has returned, so its transaction is committed.
        widget.status_label.setText(QCoreApplication.translate(
            "TranslationDeskWidget", "Saved the translation (version {0}).").format(saved.version))
        if original_gone(desk):
            widget.report(original_notice(desk))
        widget.update_controls()
        widget.translation_saved.emit(saved)
        if again is not None:  # edits made while it travelled: saved now, aligned after
            self.on_body_edited(widget.model.body, rows_kept and again)
        elif rows_kept:
            widget.on_selection_changed(QItemSelection(), QItemSelection())
        else:
            widget.load_translation(translation_id)

    def _on_save_refused(self, translation_id: int, mine: Article, key: str | None,
                         exc: BaseException) -> bool:
        """Said in the status line; a conflict or a refusal shows the stored text again, a
        newsroom that cannot be written keeps the edit on the desk for the next save."""
        widget = self._desk
        widget.end_work()
        self._saving = False
        self._save_again = None  # on the desk still (or dropped for the stored text)
        if not isinstance(exc, ConflictError):
            widget.conflict.on_save_failed()  # a Use Mine that did not land: try again
        kept = "" if self._journal is None else QCoreApplication.translate(
            "TranslationDeskWidget", " Your text is kept on this computer.")
        if isinstance(exc, ConflictError):
            # Both texts shown once the stored one is read, with Use Mine / Keep Theirs.
            widget.conflict.offer(mine, key)
            widget.report(QCoreApplication.translate(
                "TranslationDeskWidget", "{0}. The desk shows the stored text again.{1} "
                "Choose Use Mine or Keep Theirs above the rows; if you do not, it is offered "
                "back when Newsdesk next starts.").format(error_text(exc), kept))
            widget.load_translation(translation_id)
        elif isinstance(exc, NewsdeskError) and not isinstance(exc, StorageError):
            widget.report(QCoreApplication.translate(
                "TranslationDeskWidget", "The translation was not saved: {0}.{1}").format(
                    error_text(exc), kept))
            widget.load_translation(translation_id)
        else:
            # A newsroom out of reach (or the driver's own words): the edit stays on the desk,
            # and the next save writes it with the rest.
            why = situation_text(exc) if isinstance(exc, StorageError) else describe_failure(exc)
            widget.report(QCoreApplication.translate(
                "TranslationDeskWidget", "The translation was not saved: {0}.{1} It is saved "
                "with your next edit, or offered back when Newsdesk next starts.").format(
                    why, kept))
            widget.update_controls()
        return True
