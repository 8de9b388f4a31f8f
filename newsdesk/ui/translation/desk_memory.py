"""The translation memory on the desk: the selected row's matches, inserting one
(Ctrl+Shift+1..3), and pre-translating the untranslated rows from exact matches.

Lookups run on the task runner (latest request wins per desk); rows filled from the memory
are saved as one edit and stay drafts for the translator to confirm. Widgets, keys and words
are the desk's own (objectNames and the ``TranslationDeskWidget`` catalogue context).
"""

from __future__ import annotations

import html
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QTextBrowser

from newsdesk.domain.memory import MemoryMatch
from newsdesk.domain.segments import (
    SegmentChange,
    SegmentRecord,
    SegmentState,
    row_original_text,
)
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.translation import TranslationDesk
from newsdesk.services.translation_memory import TranslationMemoryService
from newsdesk.ui.tasks import TaskRunner, describe_failure
from newsdesk.ui.translation.desk_change_detail import diff_html
from newsdesk.ui.translation.desk_controls import desk_action, desk_button
from newsdesk.ui.translation.desk_model import TRANSLATION_COLUMN

if TYPE_CHECKING:
    from newsdesk.ui.translation.desk_widget import TranslationDeskWidget


def exact_matches(memory: TranslationMemoryService, texts: dict[int, str],
                  source_language: str, target_language: str) -> dict[int, str]:
    """Each row's rendering from a memory pair whose source is its text word for word (on a
    worker): what "Pre-translate from memory" fills in, by row number."""
    found: dict[int, str] = {}
    for row, text in texts.items():
        match = memory.exact(text, source_language, target_language)
        if match is not None and match.entry.target.strip():
            found[row] = match.entry.target
    return found


def matches_html(matches: tuple[MemoryMatch, ...]) -> str:
    """The memory panel: each match's score, its source diffed against the row's, its
    rendering and where it comes from (story, date, translator)."""
    parts: list[str] = []
    for number, match in enumerate(matches, start=1):
        entry = match.entry
        origin = ", ".join(part for part in (
            entry.story_headline or entry.story_slug, f"{entry.created_at:%Y-%m-%d}",
            entry.translator) if part)
        parts.append(
            f"<p><b>{match.percent}%</b> <span style='color:#555'>Ctrl+Shift+{number}</span>"
            f"<br>{diff_html(match.diff) or html.escape(entry.source)}"
            f"<br><b>{html.escape(entry.target)}</b>"
            f"<br><span style='color:#777'>{html.escape(origin)}</span></p>")
    return "".join(parts)


class DeskMemory(QObject):
    """The memory panel (``memoryPanel``), its insert keys and "Pre-translate from memory"."""

    def __init__(self, desk: TranslationDeskWidget, newsroom: Newsroom) -> None:
        super().__init__(desk)
        self._desk = desk
        self._newsroom = newsroom
        self._matches: tuple[MemoryMatch, ...] = ()
        self.panel = QTextBrowser(desk)
        self.panel.setObjectName("memoryPanel")
        self.panel.setAccessibleName(QCoreApplication.translate(
            "TranslationDeskWidget", "Translation memory matches"))
        self.panel.setPlaceholderText(QCoreApplication.translate(
            "TranslationDeskWidget",
            "Matches from the translation memory for the selected row appear here."))
        for number in (1, 2, 3):
            insert = desk_action(desk, f"insertMatch{number}Action", QCoreApplication.translate(
                "TranslationDeskWidget", "Insert memory match {0}").format(number),
                f"Ctrl+Shift+{number}")
            insert.triggered.connect(lambda _checked=False, n=number: self.insert_match(n))
        self.pretranslate_button = desk_button(
            desk, "pretranslateButton",
            QCoreApplication.translate("TranslationDeskWidget", "Pre-translate from memory"),
            QCoreApplication.translate(
                "TranslationDeskWidget",
                "Fill every untranslated row whose original is in the translation memory word "
                "for word; the rows become drafts to review, never translated"))
        self.pretranslate_button.clicked.connect(self.pretranslate)

    def update_controls(self) -> None:
        desk = self._desk
        self.pretranslate_button.setEnabled(desk.desk is not None and not desk.holds_writes
                                            and bool(desk.model.untranslated_rows()))

    # -- the selected row's matches ----------------------------------------------------------
    def look_up(self, row: int) -> None:
        """Memory matches for the row, on the runner (latest request wins per desk)."""
        desk, desk_row = self._desk.desk, self._desk.model.row_at(row)
        self._matches = ()
        self.panel.clear()
        if desk is None or desk_row.original is None:
            return
        TaskRunner.of().run(
            self._newsroom.memory.lookup, desk_row.original.text, desk.original.language,
            desk.translation.language, on_result=self._on_matches,
            on_error=self._on_lookup_failed, channel=f"desk-lookup-{id(self._desk)}")

    def _on_matches(self, matches: tuple[MemoryMatch, ...]) -> None:
        self._matches = matches
        if matches:
            self.panel.setHtml(matches_html(matches))
        else:
            self.panel.setPlainText(QCoreApplication.translate(
                "TranslationDeskWidget", "No match of 70 % or more in the memory."))

    def _on_lookup_failed(self, exc: BaseException) -> bool:
        self.panel.setPlainText(QCoreApplication.translate(
            "TranslationDeskWidget", "The memory could not be searched: {0}").format(
                describe_failure(exc)))
        return True

    def insert_match(self, number: int) -> bool:
        """Put memory match ``number`` (1-3) in the current row's translation (then saved)."""
        desk = self._desk
        index = desk.table.currentIndex()
        if not index.isValid() or not 1 <= number <= len(self._matches) or desk.holds_writes:
            return False
        target = self._matches[number - 1].entry.target
        return desk.model.setData(desk.model.index(index.row(), TRANSLATION_COLUMN), target)

    # -- pre-translation ---------------------------------------------------------------------
    def pretranslate(self) -> bool:
        """Fill the untranslated rows that the memory holds word for word (one command).

        Looked up on the runner; the rows filled are saved as one edit (one transaction) and
        stay drafts: a match was right in another story, the translator still confirms it here.
        """
        owner, desk, model = self._desk, self._desk.desk, self._desk.model
        if desk is None or owner.holds_writes:
            return False
        texts = {row: original.text for row in model.untranslated_rows()
                 if (original := model.row_at(row).original) is not None}
        if not texts:
            owner.status_label.setText(QCoreApplication.translate(
                "TranslationDeskWidget", "Nothing to pre-translate: every row has a translation."))
            return False
        owner.begin_work(QCoreApplication.translate(
            "TranslationDeskWidget", "Looking up the untranslated rows in the memory…"))
        TaskRunner.of().run(
            exact_matches, self._newsroom.memory, texts, desk.original.language,
            desk.translation.language,
            on_result=lambda found: self._on_pretranslated(desk, texts, found),
            on_error=self._on_pretranslate_failed, channel=f"desk-pretranslate-{id(owner)}")
        return True

    def _on_pretranslated(self, asked: TranslationDesk, texts: dict[int, str],
                          found: dict[int, str]) -> None:
        owner, model = self._desk, self._desk.model
        owner.end_work()
        desk = owner.desk
        if desk is None or desk.translation.id != asked.translation.id:
            owner.update_controls()
            return  # another translation is on the desk now
        # Only rows still untranslated with the same original: nothing typed meanwhile is
        # overwritten.
        still = {row: text for row, text in found.items()
                 if row < model.rowCount() and model.state_at(row)
                 is SegmentState.UNTRANSLATED
                 and row_original_text(model.row_at(row)) == texts[row]}
        if not still:
            owner.status_label.setText(QCoreApplication.translate(
                "TranslationDeskWidget", "No untranslated row has an exact match in the memory."))
            owner.update_controls()
            return
        # A row set "untranslated" by hand keeps that stored state unless it is moved on.
        stored = {row: record for row in still
                  if (record := model.record_at(row)) is not None}
        keys = {row: model.key_at(row) for row in stored}
        refusals = owner.refusals
        changed = model.set_translations(still)  # saved by on_body_edited, one transaction
        # The save travels on the runner: the drafts' states follow once it has landed.
        owner.when_idle(lambda: self._after_pretranslated_saved(refusals, changed, stored, keys))

    def _after_pretranslated_saved(self, refusals: int, changed: list[int],
                                   stored: dict[int, SegmentRecord],
                                   keys: dict[int, str]) -> None:
        owner, model = self._desk, self._desk.model
        after = owner.desk
        if after is None or owner.refusals != refusals or any(
                getattr(after.translation, name) != text
                for name, text in model.translation_texts().items()):
            owner.update_controls()
            return  # not saved: the status line says why, the text stays on the desk
        moved = [SegmentChange(keys[row], SegmentState.DRAFT, record.version)
                 for row, record in stored.items() if row in changed]
        if moved and after.translation.id is not None:
            owner.begin_work(QCoreApplication.translate("TranslationDeskWidget",
                                                        "Storing the row…"))
            TaskRunner.of().run(
                partial(self._newsroom.segments.set_states, after.translation.id, moved,
                        translation_version=after.translation.version),
                on_result=partial(self._on_drafts_stored, len(changed)),
                on_error=self._on_drafts_refused)
            return
        self._say_pretranslated(len(changed))

    def _on_drafts_stored(self, count: int, records: dict[str, SegmentRecord]) -> None:
        self._desk.end_work()
        self._desk.model.update_records(records)
        self._say_pretranslated(count)

    def _on_drafts_refused(self, exc: BaseException) -> bool:
        self._desk.end_work()
        self._desk.report(QCoreApplication.translate(
            "TranslationDeskWidget", "Not stored: {0}").format(describe_failure(exc)))
        self._say_pretranslated(0, refused=True)
        return True

    def _say_pretranslated(self, count: int, *, refused: bool = False) -> None:
        owner = self._desk
        if not refused:
            owner.status_label.setText(QCoreApplication.translate(
                "TranslationDeskWidget", "Rows pre-translated from the memory as drafts: {0}. "
                "Review and confirm each.").format(count))
        owner.update_controls()

    def _on_pretranslate_failed(self, exc: BaseException) -> bool:
        self._desk.end_work()
        self._desk.status_label.setText(QCoreApplication.translate(
            "TranslationDeskWidget", "The memory could not be searched: {0}").format(
                describe_failure(exc)))
        self._desk.update_controls()
        return True
