"""The marks on the story list's rows: readiness warnings, translations' progress, colleagues.

The list's model reads rows page by page; these are what it knows about a row besides its
summary, each read on a worker after the rows arrive (the readiness check reads every
sentence and the progress aligns each translation: never on a repaint, never before the first
paint), and what a cell shows for them: its tooltip, its icon, what a screen reader says.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from functools import partial
from typing import Final, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QIcon

from newsdesk.domain.article import ArticleSummary
from newsdesk.domain.translation_progress import TranslationProgress
from newsdesk.domain.workflow import READY_STATUSES, Problem
from newsdesk.ui.icons import icon
from newsdesk.ui.models.columns import HEADLINE, LANGUAGE, STATUS
from newsdesk.ui.progress_text import progress_lines
from newsdesk.ui.readiness_text import problem_text
from newsdesk.ui.tasks import WHEN_IDLE, TaskHandle, TaskRunner

log = logging.getLogger(__name__)

ProblemsFn = Callable[[Sequence[int]], dict[int, tuple[Problem, ...]]]
"""``ArticleService.problems_of``: readiness problems of the ready/published among some ids."""
ProgressFn = Callable[[Sequence[int]], dict[int, tuple[TranslationProgress, ...]]]
"""``TranslationProgressService.of_stories``: translations' progress lines among some ids."""
PROBLEMS_SHOWN: Final = 3  # in a row's tooltip; the editor's readiness panel lists them all

_T = TypeVar("_T")

# The texts here keep the translation context "ArticleListModel" (written out each time, as
# lupdate reads only literals): they were the model's own and keep their translations.


def not_ready_title() -> str:
    return QCoreApplication.translate("ArticleListModel", "Not ready to publish")


def problems_tooltip(problems: tuple[Problem, ...]) -> str:
    """The first problems, one a line, and how many more the editor's readiness panel lists."""
    lines = [QCoreApplication.translate("ArticleListModel", "Not ready to publish:")]
    lines += [f"• {problem_text(problem)}" for problem in problems[:PROBLEMS_SHOWN]]
    if len(problems) > PROBLEMS_SHOWN:
        lines.append(QCoreApplication.translate(
            "ArticleListModel", "…and %n more (open the story to see them all)", "",
            len(problems) - PROBLEMS_SHOWN))
    return "\n".join(lines)


class _Lookup(Generic[_T]):
    """Something known per story, read on a worker: each story asked about once until the
    rows are replaced, the questions still out cancelled then (their answers would describe
    rows that are gone, and the runner drops a cancelled task's outcome)."""

    def __init__(self) -> None:
        self.read: Callable[[Sequence[int]], dict[int, _T]] | None = None
        self.found: dict[int, _T] = {}
        self.asked: set[int] = set()
        self._pending: list[TaskHandle] = []

    def forget(self) -> None:
        pending, self._pending = self._pending, []
        for handle in pending:
            handle.cancel()
        self.found.clear()
        self.asked.clear()

    def ask(
        self, ids: Sequence[int],
        on_result: Callable[[list[int], dict[int, _T]], None],
        on_error: Callable[[BaseException], bool],
    ) -> None:
        """Ask about those of ``ids`` not asked about yet; ``on_result(asked, found)``.

        No channel: each batch of rows asks about its own stories, and an answer for the
        first batch is still wanted when the second one is asked about."""
        wanted = [story for story in dict.fromkeys(ids) if story not in self.asked]
        if self.read is None or not wanted:
            return
        self.asked.update(wanted)
        self._pending = [h for h in self._pending if not h.done]
        self._pending.append(TaskRunner.of().run(
            self.read, wanted, priority=WHEN_IDLE, on_result=partial(on_result, wanted),
            on_error=on_error))


class RowMarks(QObject):
    """Who else has a story open, the problems of a ready story, how far its translations are.

    The model hands over the rows it shows (:meth:`ask`) and forgets the marks when it
    replaces them (:meth:`forget`); a mark that arrives or changes is announced with the
    column that shows it, and the model repaints that cell.

    Signals:
        cell_changed(int, int): a story's mark changed (the story's id, the column showing it).
        progress_read(): translations' progress lines arrived for some stories.
    """

    cell_changed = Signal(int, int)
    """A story's mark changed: the story's id and the column that shows the mark."""
    progress_read = Signal()
    """Translations' progress lines were read for some stories (shown in the language column)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Story id -> who else has it open ("Aida, Marat"): a mark beside the headline.
        self._presence: dict[int, str] = {}
        # Readiness problems of ready/published rows, asked on a worker after rows arrive.
        self._problems = _Lookup[tuple[Problem, ...]]()
        # Translations' progress lines ("RU: 14/18 translated"), read on a worker like the
        # readiness marks (an alignment per translation: never on a repaint).
        self._progress = _Lookup[tuple[TranslationProgress, ...]]()

    # -- the rows shown ----------------------------------------------------------------------
    def ask(self, summaries: Sequence[ArticleSummary]) -> None:
        """Rows arrived: ask for the marks of those not yet asked about."""
        self._ask_problems(summaries)
        self._ask_progress(summaries)

    def forget(self) -> None:
        """The rows are being replaced: drop their marks and the questions still out (who has
        a story open stays: it is told, not asked)."""
        self._problems.forget()
        self._progress.forget()

    def story_changed(self, summary: ArticleSummary) -> None:
        """A listed story was saved: its readiness is asked again (the caller refreshes its
        progress with the stories linked to it)."""
        self._problems.found.pop(summary.id, None)
        self._problems.asked.discard(summary.id)
        self._ask_problems([summary])

    # -- colleagues --------------------------------------------------------------------------
    def set_presence(self, names_by_story: dict[int, str]) -> None:
        """Mark the stories colleagues have open (story id -> their names); unmark the rest."""
        changed = set(self._presence) ^ set(names_by_story) | {
            story for story, names in names_by_story.items()
            if self._presence.get(story) != names}
        self._presence = dict(names_by_story)
        for story in changed:
            self.cell_changed.emit(story, HEADLINE)

    def presence_of(self, article_id: int) -> str:
        return self._presence.get(article_id, "")

    # -- readiness warnings ------------------------------------------------------------------
    def set_problem_source(
        self, problems: ProblemsFn | None, rows: Sequence[ArticleSummary],
    ) -> None:
        """Where the warning marks come from (None: no marks); ``rows``: those shown now."""
        self._problems.read = problems
        self._problems.forget()
        self._ask_problems(rows)

    def problems_of(self, article_id: int) -> tuple[Problem, ...]:
        """The known readiness problems of a listed ready/published story (none yet: ``()``)."""
        return self._problems.found.get(article_id, ())

    def _marked_problems(self, summary: ArticleSummary) -> tuple[Problem, ...]:
        if summary.status not in READY_STATUSES:
            return ()  # a draft is expected to be unfinished: the mark is for what moved on
        return self._problems.found.get(summary.id, ())

    def _ask_problems(self, summaries: Sequence[ArticleSummary]) -> None:
        """Ask, on a worker, for the problems of the ready/published ones not yet asked for."""
        self._problems.ask([s.id for s in summaries if s.status in READY_STATUSES],
                           self._on_problems_found, self._on_problems_failed)

    def _on_problems_found(
        self, _asked: list[int], found: dict[int, tuple[Problem, ...]],
    ) -> None:
        for article_id, problems in found.items():
            self._problems.found[article_id] = problems
            if problems:
                self.cell_changed.emit(article_id, STATUS)

    def _on_problems_failed(self, exc: BaseException) -> bool:
        """Only a hint is missing: publishing checks again and says what is wrong, so the user
        is not interrupted for it (the runner has logged it); the next refresh asks again."""
        log.info("the story list's readiness marks could not be read: %s", exc)
        self._problems.asked.clear()
        return True

    # -- translations' progress --------------------------------------------------------------
    def set_progress_source(
        self, progress: ProgressFn | None, rows: Sequence[ArticleSummary],
    ) -> None:
        """Where the progress lines come from (None: no lines); ``rows``: those shown now."""
        self._progress.read = progress
        self._progress.forget()
        self._ask_progress(rows)

    def progress_of(self, article_id: int) -> tuple[TranslationProgress, ...]:
        """The known progress lines of a listed story (none known yet, or none: ``()``)."""
        return self._progress.found.get(article_id, ())

    def refresh_progress(
        self, article_ids: Sequence[int], rows: Sequence[ArticleSummary],
    ) -> None:
        """Read again the progress of these stories and of the stories linked to them (a
        translation's original, an original's translations) among ``rows``."""
        ids = set(article_ids)
        for story, entries in self._progress.found.items():
            linked = {e.translation_id for e in entries} | {e.original_id for e in entries}
            if linked & ids:
                ids.add(story)
        self._progress.asked -= ids
        self._ask_progress([s for s in rows if s.id in ids])

    def _ask_progress(self, summaries: Sequence[ArticleSummary]) -> None:
        """Ask, on a worker, for the progress lines of the stories not yet asked about."""
        self._progress.ask([s.id for s in summaries if s.id is not None],
                           self._on_progress_found, self._on_progress_failed)

    def _on_progress_found(self, asked: list[int],
                           found: dict[int, tuple[TranslationProgress, ...]]) -> None:
        for article_id in asked:
            lines = found.get(article_id, ())
            if self._progress.found.get(article_id, ()) == lines:
                continue
            if lines:
                self._progress.found[article_id] = lines
            else:
                self._progress.found.pop(article_id, None)
            self.cell_changed.emit(article_id, LANGUAGE)
        self.progress_read.emit()

    def _on_progress_failed(self, exc: BaseException) -> bool:
        """Only a hint is missing (the desk shows the progress itself); the runner has logged
        it, and the next refresh asks again."""
        log.info("the story list's translation progress could not be read: %s", exc)
        self._progress.asked.clear()
        return True

    # -- what a cell shows -------------------------------------------------------------------
    def tooltip(self, summary: ArticleSummary, column: int, text: str) -> str | None:
        """A cell's tooltip: the headline's with its tags and who else has it open, the
        status's with the problems, the language's with the progress; else its ``text``."""
        if column == HEADLINE:
            tags = ("\n" + QCoreApplication.translate("ArticleListModel", "Tags: {0}").format(
                ", ".join(summary.tags)) if summary.tags else "")
            names = self._presence.get(summary.id or 0)
            seen = ("\n" + QCoreApplication.translate(
                "ArticleListModel", "Also open by {0}").format(names) if names else "")
            return f"{summary.headline}\n{summary.byline}{tags}{seen}".strip()
        if column == STATUS and (problems := self._marked_problems(summary)):
            return problems_tooltip(problems)
        if column == LANGUAGE and (lines := self._progress.found.get(summary.id or 0)):
            return f"{text}\n{progress_lines(lines)}"
        return text or None

    def decoration(self, summary: ArticleSummary, column: int) -> QIcon | None:
        """The headline's mark when a colleague has the story open, the status's when a
        ready story has problems."""
        if column == HEADLINE:
            return icon("also-open") if summary.id in self._presence else None
        if column == STATUS and self._marked_problems(summary):
            return icon("not-ready")
        return None

    def accessible_text(self, summary: ArticleSummary, column: int, text: str) -> str:
        """What a screen reader says for a cell whose own words are ``text``: the progress
        after the language, 'not ready' after the status."""
        if column == LANGUAGE and (lines := self._progress.found.get(summary.id or 0)):
            text += ", " + progress_lines(lines).replace("\n", ", ")
        if column == STATUS and self._marked_problems(summary):
            return f"{text}, {not_ready_title()}"
        return text
