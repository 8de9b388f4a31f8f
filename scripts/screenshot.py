"""Take the README screenshot of the real main window on the demo newsroom (offscreen, 1680×1000).

Run: .venv/bin/python scripts/screenshot.py [--out resources/screenshots/main-window.png]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "screenshots" / "main-window.png"
STORY = "Osh traders"  # a story whose preview shows a dateline, byline and author box


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--story", default=STORY, help="start of the headline to open")
    args = parser.parse_args(argv)

    from newsdesk.app import make_application
    from newsdesk.services.demo import fill_demo_newsroom
    from newsdesk.services.newsroom import open_newsroom
    from newsdesk.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory(prefix="newsdesk-shot-") as tmp:
        # Settings and database are throwaway: the shot never depends on (or touches) yours.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = make_application(sys.argv[:1])
        newsroom = open_newsroom(f"sqlite:///{tmp}/demo-newsroom.sqlite3")
        fill_demo_newsroom(newsroom.uow)
        window = MainWindow(newsroom)
        window.resize(1680, 1000)
        window.show()
        QTest.qWaitForWindowExposed(window)
        model = window.list_panel.model
        for row in range(model.rowCount()):
            summary = model.summary_at(row)
            if summary is not None and summary.headline.startswith(args.story):
                window.open_article(summary.id)
                break
        else:
            print(f"no story starting with {args.story!r}; showing the first one")
        # Let the off-thread preview render and the spelling underliner finish.
        for _ in range(40):
            QTest.qWait(100)
            if not window.preview.is_pending:
                break
        QTest.qWait(400)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(args.out)):
            print(f"could not write {args.out}", file=sys.stderr)
            return 1
        print(f"wrote {args.out} ({window.width()}×{window.height()}): {window.windowTitle()}")
        window.autosaver.discard()
        window.close()
        newsroom.close()
        app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
