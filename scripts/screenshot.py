"""Take the README screenshot of the real main window on the demo newsroom (offscreen, 1680×1000).

Run: .venv/bin/python scripts/screenshot.py [--out resources/screenshots/main-window.png]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "screenshots" / "main-window.png"
STORY = "Osh traders"  # a story whose preview shows a dateline, byline and author box


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--story", default=STORY, help="start of the headline to open")
    args = parser.parse_args(argv)

    from screenshot_support import demo_newsroom, wait, wait_until

    from newsdesk.ui.main_window import MainWindow

    with demo_newsroom() as newsroom:
        window = MainWindow(newsroom)
        window.resize(1680, 1000)
        window.show()
        QTest.qWaitForWindowExposed(window)
        wait_until(lambda: not window.initial_story_pending, 5000)
        model = window.list_panel.model
        for row in range(model.rowCount()):
            summary = model.summary_at(row)
            if summary is not None and summary.headline.startswith(args.story):
                window.open_article(summary.id)
                break
        else:
            print(f"no story starting with {args.story!r}; showing the first one")
        # The preview renders off the GUI thread; the underlines fill in behind it.
        rendered = wait_until(lambda: bool(window.preview.html)
                              and not window.preview.is_pending
                              and not window.editor.spelling_busy, 10_000)
        wait(300)
        if not rendered:
            print("the preview did not finish rendering", file=sys.stderr)
            return 1
        args.out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(args.out)):
            print(f"could not write {args.out}", file=sys.stderr)
            return 1
        print(f"wrote {args.out} ({window.width()}×{window.height()}): {window.windowTitle()}")
        window.autosaver.discard()
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
