"""The marks on the story list's rows, apart from the model: what changes announce, what a
cell shows for them, and that replaced rows lose their marks."""

from __future__ import annotations

from collections.abc import Sequence

from pytestqt.qtbot import QtBot

from newsdesk.domain.article import ArticleSummary, Status
from newsdesk.domain.workflow import Problem
from newsdesk.ui.models.columns import HEADLINE, STATUS
from newsdesk.ui.models.row_marks import PROBLEMS_SHOWN, RowMarks


def _summary(story: int, status: Status) -> ArticleSummary:
    return ArticleSummary(id=story, headline=f"Story {story}", slug=f"story-{story}",
                          status=status, language="en", byline="By Aida", dateline_city="Osh",
                          updated_at=None, tags=("trade",))


def test_only_the_stories_whose_colleagues_changed_are_announced(qtbot: QtBot) -> None:
    marks = RowMarks()
    announced: list[tuple[int, int]] = []
    marks.cell_changed.connect(lambda story, column: announced.append((story, column)))
    marks.set_presence({1: "Aida", 2: "Marat"})
    assert sorted(announced) == [(1, HEADLINE), (2, HEADLINE)]
    announced.clear()
    marks.set_presence({1: "Aida", 2: "Marat, Dana"})  # 1 unchanged, 2 has one more
    assert announced == [(2, HEADLINE)]
    announced.clear()
    marks.set_presence({2: "Marat, Dana"})  # Aida closed story 1
    assert announced == [(1, HEADLINE)]
    open_one = _summary(2, Status.DRAFT)
    assert marks.presence_of(2) == "Marat, Dana" and marks.presence_of(1) == ""
    assert marks.tooltip(open_one, HEADLINE, "Story 2") == (
        "Story 2\nBy Aida\nTags: trade\nAlso open by Marat, Dana")
    assert marks.decoration(open_one, HEADLINE) is not None
    assert marks.decoration(_summary(1, Status.DRAFT), HEADLINE) is None


def test_a_ready_story_s_problems_mark_its_status_and_a_draft_s_do_not(qtbot: QtBot) -> None:
    marks = RowMarks()
    ready, draft = _summary(1, Status.READY), _summary(2, Status.DRAFT)
    problems = tuple(Problem("byline", f"problem {n}") for n in range(PROBLEMS_SHOWN + 2))
    asked: list[list[int]] = []

    def problems_of(ids: Sequence[int]) -> dict[int, tuple[Problem, ...]]:
        asked.append(list(ids))
        return {story: problems for story in ids}

    with qtbot.waitSignal(marks.cell_changed, timeout=10000) as blocker:
        marks.set_problem_source(problems_of, [ready, draft])
    assert blocker.args == [1, STATUS]
    assert asked == [[1]]  # a draft is expected to be unfinished: never asked about
    assert marks.problems_of(1) == problems
    assert marks.decoration(ready, STATUS) is not None
    assert marks.decoration(draft, STATUS) is None
    tooltip = marks.tooltip(ready, STATUS, "Ready") or ""
    assert tooltip.splitlines()[0] == "Not ready to publish:"
    assert "…and 2 more" in tooltip.splitlines()[-1]
    assert marks.accessible_text(ready, STATUS, "Status: Ready") == (
        "Status: Ready, Not ready to publish")
    assert marks.tooltip(draft, STATUS, "Draft") == "Draft"

    marks.ask([ready])  # the same rows again: asked once is enough
    assert asked == [[1]]
    marks.forget()  # the rows were replaced
    assert marks.problems_of(1) == ()
    assert marks.decoration(ready, STATUS) is None
