"""The story's details line of how far its translations are ("RU: 14/18 translated").

For a translation its own progress, for an original one line per translation, read on the task
runner (an alignment per translation) whenever the editor shows a story or the desk changed
one; hidden for a story with no translation.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from newsdesk.domain.translation_progress import TranslationProgress
from newsdesk.ui.progress_text import progress_lines
from newsdesk.ui.tasks import WHEN_IDLE, TaskHandle, TaskRunner

StoryProgressFn = Callable[[int], tuple[TranslationProgress, ...]]
"""``TranslationProgressService.of_story``."""


class TranslationProgressLabel(QLabel):
    """Signals:
        progress_shown(str): the lines now shown ("" when hidden).
    """

    progress_shown = Signal(str)
    """A read landed: the label's text ("" for a story without translations)."""

    def __init__(self, read: StoryProgressFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("translationProgressLabel")
        self.setWordWrap(True)
        self.setToolTip(self.tr("How far the translations are, as the translators' desk "
                                "counts rows (Story ▸ Translators' Desk…)"))
        self._read = read
        self._story: int | None = None
        self._task: TaskHandle | None = None
        self.entries: tuple[TranslationProgress, ...] = ()
        self.hide()

    def show_for(self, article_id: int | None) -> None:
        """Show the progress of ``article_id`` once read (None: a new story, nothing)."""
        if article_id != self._story:
            self._show(())
        self._story = article_id
        self.refresh()

    def refresh(self) -> None:
        """Read the shown story's progress again (the desk or a save changed it)."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if self._story is None:
            self._show(())
            return
        self._task = TaskRunner.of().run(
            self._read, self._story, priority=WHEN_IDLE, on_result=self._on_read,
            on_error=self._on_failed, channel=f"translation-progress:{id(self)}")

    def _on_read(self, entries: tuple[TranslationProgress, ...]) -> None:
        self._task = None
        self._show(entries)
        self.progress_shown.emit(self.text())

    def _on_failed(self, exc: BaseException) -> bool:
        """Only a hint is missing (the desk counts for itself); the runner has logged it."""
        self._task = None
        self._show(())
        self.progress_shown.emit("")
        return True

    def _show(self, entries: tuple[TranslationProgress, ...]) -> None:
        self.entries = entries
        text = progress_lines(entries)
        self.setText(text)
        self.setVisible(bool(text))
