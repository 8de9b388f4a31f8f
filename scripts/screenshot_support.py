"""What the screenshot scripts share: a demo newsroom, the real window on it, waits and saving.

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
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from newsdesk.app import make_application
from newsdesk.domain.article import ArticleSummary
from newsdesk.services.demo import fill_demo_newsroom
from newsdesk.services.newsroom import Newsroom, open_newsroom

if TYPE_CHECKING:
    from newsdesk.ui.main_window import MainWindow

SIZE = (1680, 1000)  # the README's window size


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


def show_window(
    newsroom: Newsroom, size: tuple[int, int] = SIZE, *, first_story: bool = True
) -> MainWindow:
    """The real main window on ``newsroom``, shown at ``size``, once its first story is in
    (``first_story=False``: at once, for a shot of what the start offers instead).

    The window is imported here, not at the top: a script that shows the interface in
    another language installs the catalogue first.
    """
    from newsdesk.ui.main_window import MainWindow

    window = MainWindow(newsroom)
    window.resize(*size)
    window.show()
    QTest.qWaitForWindowExposed(window)
    if first_story:
        wait_until(lambda: not window.initial_story_pending, 5000)
    return window


def open_story(window: MainWindow, matches: Callable[[ArticleSummary], bool]) -> bool:
    """Open the first story in the list that ``matches``, and wait until it is the open one
    (a story loads off the GUI thread); False when none matches."""
    model = window.list_panel.model
    found = (model.summary_at(row) for row in range(model.rowCount()))
    wanted = next((summary.id for summary in found
                   if summary is not None and matches(summary)), None)
    if wanted is None:
        return False
    window.open_article(wanted)
    return wait_until(lambda: window.open_article_id == wanted, 5000)


def preview_rendered(window: MainWindow, timeout_ms: int = 10_000) -> bool:
    """Wait for the preview (rendered off the GUI thread) and the spelling underlines."""
    rendered = wait_until(lambda: bool(window.preview.html)
                          and not window.preview.is_pending
                          and not window.editor.spelling_busy, timeout_ms)
    wait(300)
    if not rendered:
        print("the preview did not finish rendering", file=sys.stderr)
    return rendered


def save_shot(widget: QWidget, out: Path, note: str = "") -> bool:
    """Grab ``widget`` into ``out`` (a PNG) and say so; False when it could not be written."""
    out.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(out)):
        print(f"could not write {out}", file=sys.stderr)
        return False
    print(f"wrote {out} ({widget.width()}×{widget.height()}){note}")
    return True


def close_window(window: MainWindow) -> None:
    """Close without saving: a shot never writes the demo story back."""
    window.autosaver.discard()
    window.close()
