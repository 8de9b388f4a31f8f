"""What the screenshot scripts share: a throwaway demo newsroom, and a wait that lets workers run.

``QTest.qWait`` in PySide keeps the GIL while it sleeps between event batches, so the
preview, the dictionaries and the desk's alignment (all on worker threads) barely move and
a shot taken after it shows an empty preview. :func:`wait` runs a real event loop instead,
which releases the GIL as the running application does.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEventLoop, QSettings, QTimer

from newsdesk.app import make_application
from newsdesk.services.demo import fill_demo_newsroom
from newsdesk.services.newsroom import Newsroom, open_newsroom


def wait(ms: int) -> None:
    """Process events for ``ms`` milliseconds, with worker threads free to run meanwhile."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(done: Callable[[], bool], timeout_ms: int, step_ms: int = 50) -> bool:
    """Wait until ``done()`` is true (True) or ``timeout_ms`` passed (False)."""
    for _ in range(max(1, timeout_ms // step_ms)):
        if done():
            return True
        wait(step_ms)
    return done()


@contextmanager
def demo_newsroom() -> Iterator[Newsroom]:
    """The demo newsroom in a temporary folder, with settings kept there too.

    The shot never depends on (or touches) the user's own database or window settings.
    """
    with tempfile.TemporaryDirectory(prefix="newsdesk-shot-") as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = make_application(sys.argv[:1])
        newsroom = open_newsroom(f"sqlite:///{tmp}/demo-newsroom.sqlite3")
        try:
            fill_demo_newsroom(newsroom.uow)
            yield newsroom
        finally:
            newsroom.close()
            app.processEvents()
