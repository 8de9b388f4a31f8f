"""Python's cyclic garbage collector, run on the GUI thread only.

Automatic collection runs on whichever thread happens to allocate past the threshold. When
that is a worker and the garbage holds a QObject, its destructor takes Qt's signal-slot mutex
and then waits for the GIL, while the GUI thread, holding the GIL, waits for that mutex in a
``connect``: the window froze for good (seen in the test suite, a worker reading status counts
while the editor filled the byline). So automatic collection is switched off once the
application has worker threads, and the same generational thresholds are applied by a timer
on the GUI thread, where destroying a QObject is always safe. (The recipe is the one PyQt
applications have used for years; the collector itself is unchanged.)
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

_NAME = "newsdeskMainThreadCollector"
CHECK_INTERVAL_MS = 200


class MainThreadCollector(QObject):
    """Collects on the GUI thread when the allocation counts pass gc's own thresholds."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(_NAME)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    @classmethod
    def install(cls, app: QCoreApplication) -> MainThreadCollector:
        """Give ``app`` its collector (once); automatic collection is off from then on."""
        found = app.findChild(MainThreadCollector, _NAME)
        if isinstance(found, MainThreadCollector):
            return found
        return cls(app)

    @staticmethod
    def installed() -> bool:
        """Whether the running application collects on its GUI thread."""
        app = QCoreApplication.instance()
        return app is not None and app.findChild(MainThreadCollector, _NAME) is not None

    def collect_due(self) -> int:
        """Collect what gc itself would collect now; on the GUI thread only (the timer's)."""
        return collect_due(self.thresholds)


def collect_due(thresholds: tuple[int, int, int] | None = None) -> int:
    """Collect the generations whose counts passed their threshold; how many objects were found.

    The same choice gc makes when it runs by itself, made on the calling thread: the GUI
    thread's timer, or a test between tests.
    """
    first, second, third = thresholds or gc.get_threshold()
    young, middle, old = gc.get_count()
    if young <= first:
        return 0
    if middle <= second:
        return gc.collect(0)
    if old <= third:
        return gc.collect(1)
    return gc.collect(2)
