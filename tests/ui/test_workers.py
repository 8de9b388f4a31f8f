"""Background tasks: results come back on the GUI thread, and a starting window can hold them."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from newsdesk.ui.workers import (
    SHOWN_NOW,
    WHEN_IDLE,
    background_pool,
    hold_background_work,
    start_task,
)


def _thread_name() -> str:
    return threading.current_thread().name


def test_a_task_runs_off_the_gui_thread_and_reports_on_it(qtbot: QtBot) -> None:
    seen: list[str] = []
    task = start_task(_thread_name, on_result=lambda name: seen.append(name))
    qtbot.waitUntil(lambda: task.done)
    assert seen and seen[0] != threading.current_thread().name


def test_held_tasks_wait_for_the_release_then_all_run(qtbot: QtBot) -> None:
    results: list[int] = []
    hold = hold_background_work()
    tasks = [start_task(int, str(n), on_result=results.append) for n in range(3)]
    background_pool().waitForDone(2000)
    qtbot.wait(50)  # time enough for a task that was (wrongly) started to report
    assert results == [] and not any(task.done for task in tasks)

    hold.release()
    qtbot.waitUntil(lambda: all(task.done for task in tasks))
    assert sorted(results) == [0, 1, 2]


def test_tasks_wait_until_every_hold_is_released_and_a_second_release_is_harmless(
    qtbot: QtBot,
) -> None:
    first, second = hold_background_work(), hold_background_work()
    task = start_task(len, "four")
    first.release()
    first.release()
    background_pool().waitForDone(2000)
    qtbot.wait(50)
    assert not task.done

    second.release()
    qtbot.waitUntil(lambda: task.done)
    assert start_task(len, "now").done is False  # no hold left: this one starts at once
    background_pool().waitForDone(2000)


def test_released_tasks_run_what_is_shown_now_first_and_the_idle_work_last(
    qtbot: QtBot,
) -> None:
    """The preview must not wait behind the gazetteer when a window's start-up work is let go."""
    pool = background_pool()
    threads = pool.maxThreadCount()
    pool.setMaxThreadCount(1)  # one worker: the order they start in is the order they run in
    try:
        ran: list[str] = []
        hold = hold_background_work()
        tasks = [
            start_task(ran.append, "gazetteer", priority=WHEN_IDLE),
            start_task(ran.append, "dictionary"),
            start_task(ran.append, "preview", priority=SHOWN_NOW),
        ]
        hold.release()
        qtbot.waitUntil(lambda: all(task.done for task in tasks))
        assert ran == ["preview", "dictionary", "gazetteer"]
    finally:
        pool.setMaxThreadCount(threads)
