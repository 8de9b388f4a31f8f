"""The editor's live readiness check: what stands between the open story and ``ready``, asked
of the service on the task runner and shown in the readiness panel, following the text.

Apart from the editor because its rules are its own: a verdict on text changed since is
dropped, a "Ready" shown is withdrawn at the first edit, a shown verdict is asked again when
typing pauses, and a body too long to check live is only checked when it moves to ready.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QObject

from newsdesk.domain.article import Article
from newsdesk.domain.workflow import Problem
from newsdesk.ui.one_shot import one_shot_timer
from newsdesk.ui.tasks import TaskHandle, TaskRunner, describe_failure

if TYPE_CHECKING:
    from newsdesk.services.articles import ArticleService
    from newsdesk.ui.editor.readiness_panel import ReadinessPanel

READINESS_DELAY_MS: Final = 1500
"""A shown verdict is asked again once typing has paused this long."""
LIVE_CHECK_LIMIT: Final = 300_000
"""Longer bodies are not re-checked for readiness as the user types (see :meth:`check`)."""


def _readiness_job(articles: ArticleService, article: Article) -> tuple[Problem, ...]:
    """Runs on a worker; an edit meanwhile cancels the task, so its verdict is never shown."""
    return tuple(articles.check_ready(article))


class ReadinessCheck(QObject):
    """Keeps ``panel`` true to the story ``current()`` returns (the editor's text as shown)."""

    def __init__(self, articles: ArticleService, panel: ReadinessPanel,
                 current: Callable[[], Article], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._articles = articles
        self._panel = panel
        self._current = current
        self._task: TaskHandle | None = None
        self._checked = False
        self._timer = one_shot_timer(self, READINESS_DELAY_MS, self.check)

    def check(self) -> None:
        """Ask the service what stands between this story and ``ready`` (on a worker).

        The attribution check reads every sentence: on a multi-megabyte body it would keep a
        worker (and, through the GIL, the window) busy for a minute, so a live re-check is
        skipped there; moving to ``ready`` still checks everything.
        """
        article = self._current()
        self._timer.stop()
        if len(article.body) > LIVE_CHECK_LIMIT:
            self._panel.show_message(QCoreApplication.translate(
                "ArticleEditor", "The story is too long for the live check; it is checked in "
                "full when it moves to ready."))
            return
        self._checked = True
        # Latest request wins: a newer check of this editor drops this one's verdict.
        self._task = TaskRunner.of().run(
            _readiness_job, self._articles, article, on_result=self._on_checked,
            on_error=self._on_failed, channel=f"readiness:{id(self)}")

    def reset(self) -> None:
        """Another story was loaded: no verdict, nothing on its way, nobody has asked yet."""
        self._panel.show_problems([], checked=False)
        self._timer.stop()
        self._drop_verdict()
        self._checked = False

    def follow_edit(self, body_characters: int) -> None:
        """The user changed the story: a verdict on the old text is dropped; one shown goes
        stale and is asked again when typing pauses."""
        self._drop_verdict()
        panel = self._panel
        if panel.claims_ready or panel.has_problems or self._checked:
            # Once a verdict is shown it must follow the text: "Ready" is withdrawn at once
            # (an edit may add an unattributed quote), and a normal-sized story is re-checked
            # when typing pauses, so problems also disappear as they are fixed.
            panel.mark_stale()
            if body_characters <= LIVE_CHECK_LIMIT:
                self._timer.start()

    def _drop_verdict(self) -> None:
        """A verdict on text the user has changed since would be stale the moment it shows."""
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _on_checked(self, problems: tuple[Problem, ...]) -> None:
        self._task = None
        self._panel.show_problems(list(problems))

    def _on_failed(self, exc: BaseException) -> bool:
        self._task = None
        self._panel.show_message(QCoreApplication.translate(
            "ArticleEditor", "The readiness check did not run ({0}); it runs again with your "
            "next edit, and in full when the story moves to ready.").format(
                describe_failure(exc)))
        return True
