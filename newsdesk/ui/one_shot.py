"""A single-shot QTimer owned by its parent: the clock a helper starts again on each change
(a pause in typing, a wait that may run out), made one way instead of four lines each time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def one_shot_timer(parent: QObject, interval_ms: int, slot: Callable[[], object]) -> QTimer:
    """A timer that calls ``slot`` once, ``interval_ms`` after its latest ``start()``."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer
