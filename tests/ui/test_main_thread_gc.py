"""Garbage holding QObjects is collected on the GUI thread, never on a worker.

A collection on a worker destroyed a QObject there: its destructor held Qt's signal-slot mutex
while waiting for the GIL, which the GUI thread held while waiting for that mutex in a
``connect`` — the whole suite hung once on it. With the task runner installed, automatic
collection is off and the GUI thread collects with gc's own thresholds.
"""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from newsdesk.ui.main_thread_gc import MainThreadCollector, collect_due
from newsdesk.ui.tasks import TaskRunner


class _Cyclic(QObject):
    """A QObject kept alive only by a reference cycle, as a lambda slot on self makes."""

    def __init__(self) -> None:
        super().__init__()
        self.me = self


def _drop_a_cycle() -> weakref.ref[_Cyclic]:
    thing = _Cyclic()
    ref = weakref.ref(thing)
    del thing
    return ref


def test_the_runner_switches_automatic_collection_off(qtbot: QtBot) -> None:
    TaskRunner.of()
    assert MainThreadCollector.installed()
    assert not gc.isenabled()


def test_a_worker_allocating_past_the_threshold_collects_nothing(qtbot: QtBot) -> None:
    TaskRunner.of()
    ref = _drop_a_cycle()
    assert ref() is not None  # only a collection can free it

    kept: list[list[object]] = []

    def allocate() -> None:  # gc counts live containers: these pass its threshold many times
        kept.extend([] for _ in range(gc.get_threshold()[0] * 20))

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert ref() is not None  # the worker never collected

    assert collect_due() > 0  # the GUI thread's turn: gc's own thresholds were passed
    assert ref() is None
    kept.clear()


def test_the_gui_threads_timer_collects_by_itself(qtbot: QtBot) -> None:
    TaskRunner.of()
    ref = _drop_a_cycle()
    kept = [[] for _ in range(gc.get_threshold()[0] * 2)]
    qtbot.waitUntil(lambda: ref() is None, timeout=5000)
    kept.clear()
