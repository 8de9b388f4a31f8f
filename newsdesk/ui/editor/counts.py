"""The editor's counts of what is typed: the body's words and characters against the planned
length, and the headline's length against the house limit.

Apart from the editor because counting has its own clock and thread: the body is counted a
moment after typing pauses, a long one on a worker so a keystroke never waits for it; the
headline at once, as readers see it (visible characters, not code points).
"""

from __future__ import annotations

import logging
from typing import Final

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSpinBox

from newsdesk.domain.text_stats import TextStats, text_stats
from newsdesk.domain.validation import MAX_HEADLINE
from newsdesk.ui.editor.length_text import length_text
from newsdesk.ui.ink import MUTED, OVER_LIMIT
from newsdesk.ui.one_shot import one_shot_timer
from newsdesk.ui.tasks import TaskRunner
from newsdesk.ui.text_units import visible_characters

log = logging.getLogger(__name__)

STATS_DELAY_MS: Final = 150
"""The body is counted once typing has paused this long."""
_STATS_INLINE_LIMIT: Final = 20_000
"""Longer bodies are counted on a worker."""


class BodyCounts(QObject):
    """Keeps ``label`` saying how long ``body`` is against ``target`` (the planned words)."""

    def __init__(self, body: QPlainTextEdit, label: QLabel, target: QSpinBox,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._body = body
        self._label = label
        self._target = target
        self._stats = TextStats(0, 0)
        self._timer = one_shot_timer(self, STATS_DELAY_MS, self.count_now)
        target.valueChanged.connect(lambda _value: self._show())

    @property
    def stats(self) -> TextStats:
        """The last counts taken (of the body as it was a moment ago)."""
        return self._stats

    def schedule(self) -> None:
        """The body changed: count it once typing pauses."""
        self._timer.start()

    def count_now(self) -> None:
        text = self._body.toPlainText()
        if len(text) <= _STATS_INLINE_LIMIT:
            self._on_counted(text_stats(text))
            return
        TaskRunner.of().run(text_stats, text, on_result=self._on_counted,
                            on_error=self._on_failed, channel=f"stats:{id(self)}")

    def _on_failed(self, exc: BaseException) -> bool:
        # Only the word count is stale; it is counted again after the next pause in typing.
        log.warning("counting words failed: %s", exc)
        return True

    def _on_counted(self, stats: object) -> None:
        if isinstance(stats, TextStats):
            self._stats = stats
            self._show()

    def _show(self) -> None:
        self._label.setText(length_text(self._stats, self._target.value()))


def show_headline_count(label: QLabel, headline: str, limit: int) -> None:
    """``label`` says the headline's length against the house ``limit``, red when over it."""
    # The house limit is about what readers see; the storage limit about code points.
    length = visible_characters(headline)
    text = f"{length:,} / {limit:,}"
    tip = QCoreApplication.translate("ArticleEditor", "Headline length against the house limit")
    if len(headline) > MAX_HEADLINE:
        text += "  — " + QCoreApplication.translate(
            "ArticleEditor", "too long to save: the limit is %1 characters").replace(
                "%1", str(MAX_HEADLINE))
        tip = text
    elif length > limit:
        text += "  — " + QCoreApplication.translate(
            "ArticleEditor", "%1 over the house limit").replace("%1", f"{length - limit:,}")
    over = length > limit
    label.setText(text)
    label.setToolTip(tip)
    label.setProperty("over", over)
    label.setStyleSheet(f"color: {OVER_LIMIT.name()}; font-weight: 600;" if over
                        else f"color: {MUTED.name()};")
