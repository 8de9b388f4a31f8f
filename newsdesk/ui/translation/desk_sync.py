""""Mark as up to date" on the desk: the translation renders the original as it is now.

Stored on the task runner with the version the desk holds; the row states follow their rows
to the keys of the original's present text. The button and words are the desk's own
(``markSyncedButton``, the ``TranslationDeskWidget`` catalogue context).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from newsdesk.domain.segments import body_row_keys, text_hash
from newsdesk.services.translation import TranslationService
from newsdesk.ui.tasks import TaskRunner, describe_failure
from newsdesk.ui.translation.desk_controls import desk_button

if TYPE_CHECKING:
    from newsdesk.ui.translation.desk_widget import TranslationDeskWidget


class DeskSync(QObject):
    """The ``markSyncedButton`` and the mark it sends; the desk's ``sync_answered`` says how
    it came back."""

    def __init__(self, desk: TranslationDeskWidget, service: TranslationService) -> None:
        super().__init__(desk)
        self._desk = desk
        self._service = service
        self.button = desk_button(
            desk, "markSyncedButton",
            QCoreApplication.translate("TranslationDeskWidget", "Mark as up to date"),
            QCoreApplication.translate(
                "TranslationDeskWidget",
                "The translation now renders the original as it is: clear the flags"))

    def update_controls(self) -> None:
        """Enabled while the desk shows a translation behind its original, nothing pending."""
        desk = self._desk.desk
        self.button.setEnabled(desk is not None and not desk.up_to_date
                               and not self._desk.holds_writes)

    def mark_synced(self) -> bool:
        """Mark the translation as up to date with the original as it is now, on the runner
        (True when sent); the desk takes no edit until it has landed, then aligns again."""
        widget = self._desk
        desk = widget.desk
        if desk is None or desk.translation.id is None or widget.conflict.pending:
            return False  # a refused text waits for Use Mine / Keep Theirs (the button is off)
        if widget.busy:
            widget.report(QCoreApplication.translate(
                "TranslationDeskWidget", "Not marked as up to date yet: the desk is still "
                "storing your last change. Try again once the status line says it is done."))
            return False
        # Rows are keyed by the original text they were translated from; from now on that is
        # the text as it is now, so stored states follow their rows to the new keys.
        keys = body_row_keys(desk.rows, desk.alignment)
        moved = {old: "p" + text_hash(row.original.text)[:16]
                 for old, row in zip(keys, desk.rows, strict=True)
                 if row.original is not None and old.startswith("p")}
        translation_id = desk.translation.id
        widget.begin_work(QCoreApplication.translate(
            "TranslationDeskWidget", "Marking the translation as up to date…"))
        TaskRunner.of().run(
            partial(self._service.mark_synced, translation_id,
                    version=desk.translation.version, moved_keys=moved),
            on_result=partial(self._on_marked_synced, translation_id),
            on_error=self._on_mark_synced_refused)
        return True

    def _on_marked_synced(self, translation_id: int, _done: object) -> None:
        widget = self._desk
        widget.end_work()
        widget.touched_ids.add(translation_id)
        widget.sync_answered.emit(True)
        widget.load_translation(translation_id)

    def _on_mark_synced_refused(self, exc: BaseException) -> bool:
        widget = self._desk
        widget.end_work()
        why = describe_failure(exc)
        widget.report(QCoreApplication.translate(
            "TranslationDeskWidget", "Not marked as up to date: {0}").format(why))
        widget.update_controls()
        widget.sync_answered.emit(False)
        return True
