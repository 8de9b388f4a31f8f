"""The task runner, without a window: results on the GUI thread, latest request wins, held
tasks wait, failures are logged and shown, and every caller must say what a failure means."""

from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from newsdesk.ui.messages import Level, Message, MessageBus
from newsdesk.ui.tasks import SHOWN_NOW, WHEN_IDLE, TaskRunner


@pytest.fixture
def bus() -> MessageBus:
    return MessageBus()


@pytest.fixture
def runner(bus: MessageBus) -> Iterator[TaskRunner]:
    """A runner of the test's own, drained before it goes."""
    runner = TaskRunner(bus)
    yield runner
    runner.drain()


@pytest.fixture
def posted(bus: MessageBus) -> list[Message]:
    seen: list[Message] = []
    bus.message_posted.connect(seen.append)
    return seen


def _thread_name() -> str:
    return threading.current_thread().name


def _unexpected(exc: BaseException) -> bool:
    raise AssertionError(f"the task failed: {exc}")


def _fail(reason: str) -> None:
    raise ValueError(reason)


def test_a_task_runs_off_the_gui_thread_and_reports_on_it(qtbot: QtBot, runner: TaskRunner) -> None:
    ran: list[str] = []
    delivered: list[str] = []
    handle = runner.run(_thread_name, on_error=_unexpected,
                        on_result=lambda name: (ran.append(name),
                                                delivered.append(_thread_name())))
    qtbot.waitUntil(lambda: handle.done)
    assert ran and ran[0] != threading.current_thread().name
    assert delivered == [threading.current_thread().name]
    assert runner.pending == 0


def test_on_error_is_required_of_every_caller() -> None:
    parameter = inspect.signature(TaskRunner.run).parameters["on_error"]
    assert parameter.kind is inspect.Parameter.KEYWORD_ONLY
    assert parameter.default is inspect.Parameter.empty
    with pytest.raises(TypeError):
        TaskRunner().run(len, "four")  # type: ignore[call-arg]


def test_a_newer_task_on_the_channel_drops_the_older_result(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    gate = threading.Event()
    results: list[str] = []

    def slow(text: str) -> str:
        gate.wait(5)
        return text

    older = runner.run(slow, "old", on_result=results.append, on_error=_unexpected,
                       channel="readiness:1")
    qtbot.waitUntil(lambda: runner.pool.activeThreadCount() == 1)  # the old one is running
    newer = runner.run(slow, "new", on_result=results.append, on_error=_unexpected,
                       channel="readiness:1")
    assert older.cancelled and not newer.cancelled
    gate.set()
    qtbot.waitUntil(lambda: older.done and newer.done)
    assert results == ["new"]


def test_a_superseded_task_that_has_not_started_never_runs(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    gate = threading.Event()
    ran: list[str] = []
    runner.pool.setMaxThreadCount(1)
    blocker = runner.run(gate.wait, 5, on_error=_unexpected)
    queued = runner.run(ran.append, "queued", on_error=_unexpected, channel="spelling")
    latest = runner.run(ran.append, "latest", on_error=_unexpected, channel="spelling")
    assert queued.done and queued.cancelled  # taken back from the pool at once
    gate.set()
    qtbot.waitUntil(lambda: blocker.done and latest.done)
    runner.drain()
    assert ran == ["latest"]


def test_cancel_keeps_a_queued_task_from_running(qtbot: QtBot, runner: TaskRunner) -> None:
    ran: list[str] = []
    hold = runner.hold()
    handle = runner.run(ran.append, "held", on_error=_unexpected)
    handle.cancel()
    hold.release()
    runner.drain()
    qtbot.wait(50)
    assert ran == [] and handle.cancelled and runner.pending == 0


def test_held_tasks_wait_for_the_release_then_all_run(qtbot: QtBot, runner: TaskRunner) -> None:
    results: list[int] = []
    hold = runner.hold()
    tasks = [runner.run(int, str(n), on_result=results.append, on_error=_unexpected)
             for n in range(3)]
    runner.drain(2000)
    qtbot.wait(50)  # time enough for a task that was (wrongly) started to report
    assert results == [] and not any(task.done for task in tasks)

    hold.release()
    qtbot.waitUntil(lambda: all(task.done for task in tasks))
    assert sorted(results) == [0, 1, 2]


def test_tasks_wait_until_every_hold_is_released_and_a_second_release_is_harmless(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    first, second = runner.hold(), runner.hold()
    task = runner.run(len, "four", on_error=_unexpected)
    first.release()
    first.release()
    runner.drain(2000)
    qtbot.wait(50)
    assert not task.done

    second.release()
    qtbot.waitUntil(lambda: task.done)
    assert runner.run(len, "now", on_error=_unexpected).started  # no hold left: starts at once


def test_released_tasks_run_what_is_shown_now_first_and_the_idle_work_last(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    """The preview must not wait behind the gazetteer when a window's start-up work is let go."""
    runner.pool.setMaxThreadCount(1)  # one worker: the order they start in is the order they run
    ran: list[str] = []
    hold = runner.hold()
    tasks = [
        runner.run(ran.append, "gazetteer", priority=WHEN_IDLE, on_error=_unexpected),
        runner.run(ran.append, "dictionary", on_error=_unexpected),
        runner.run(ran.append, "preview", priority=SHOWN_NOW, on_error=_unexpected),
    ]
    hold.release()
    qtbot.waitUntil(lambda: all(task.done for task in tasks))
    assert ran == ["preview", "dictionary", "gazetteer"]


def test_a_failure_the_caller_does_not_handle_is_logged_and_shown(
    qtbot: QtBot, runner: TaskRunner, posted: list[Message], caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[BaseException] = []
    with caplog.at_level(logging.WARNING, logger="newsdesk.ui"):
        handle = runner.run(_fail, "the disk is full", on_error=seen.append)
        qtbot.waitUntil(lambda: handle.done)
    assert [str(exc) for exc in seen] == ["the disk is full"]
    warning = next(r for r in caplog.records if r.name == "newsdesk.ui.tasks")
    assert warning.levelno == logging.WARNING and warning.exc_info is not None
    assert "_fail" in warning.getMessage()
    assert [m.level for m in posted] == [Level.ERROR]
    assert "the disk is full" in posted[0].text


def test_a_failure_the_caller_handled_is_logged_but_not_shown_twice(
    qtbot: QtBot, runner: TaskRunner, posted: list[Message], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="newsdesk.ui.tasks"):
        handle = runner.run(_fail, "no such story", on_error=lambda exc: True)
        qtbot.waitUntil(lambda: handle.done)
    assert posted == []
    assert any(r.levelno == logging.WARNING for r in caplog.records)


def test_report_shows_the_failure_once(
    qtbot: QtBot, runner: TaskRunner, posted: list[Message]
) -> None:
    handle = runner.run(_fail, "offline", on_error=runner.report)
    qtbot.waitUntil(lambda: handle.done)
    assert len(posted) == 1 and "offline" in posted[0].text


def test_a_superseded_failure_is_logged_but_neither_delivered_nor_shown(
    qtbot: QtBot, runner: TaskRunner, posted: list[Message]
) -> None:
    gate = threading.Event()
    seen: list[BaseException] = []

    def fail_later() -> None:
        gate.wait(5)
        raise ValueError("stale")

    older = runner.run(fail_later, on_error=seen.append, channel="check")
    qtbot.waitUntil(lambda: runner.pool.activeThreadCount() == 1)
    newer = runner.run(len, "x", on_error=seen.append, channel="check")
    gate.set()
    qtbot.waitUntil(lambda: older.done and newer.done)
    assert seen == [] and posted == []


def test_the_application_keeps_one_runner_and_one_bus(qtbot: QtBot) -> None:
    runner = TaskRunner.of()
    assert TaskRunner.of() is runner
    assert runner.messages is MessageBus.of()


def test_a_refusal_the_newsroom_explains_is_logged_in_one_line(
    qtbot: QtBot, runner: TaskRunner, caplog: pytest.LogCaptureFixture
) -> None:
    """A conflict or a story not ready is an answer, not a bug: a warning naming the task and
    the refusal, without a traceback burying the log's real failures."""
    from newsdesk.domain.errors import ConflictError

    def refuse() -> None:
        raise ConflictError("the story was changed elsewhere")

    with caplog.at_level(logging.WARNING, logger="newsdesk.ui"):
        handle = runner.run(refuse, on_error=lambda exc: True)
        qtbot.waitUntil(lambda: handle.done)
    warning = next(r for r in caplog.records if r.name == "newsdesk.ui.tasks")
    assert warning.levelno == logging.WARNING and warning.exc_info is None
    assert "changed elsewhere" in warning.getMessage()
