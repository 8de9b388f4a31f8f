"""Take the README screenshot of the real main window in Russian on the demo newsroom.

The interface is installed from the repository's .ts (compiled into a temporary .qm, so the
shot never shows a stale catalogue) before the window is built, as ``--ui-language ru`` does,
and a Russian story is opened.

Run: .venv/bin/python scripts/screenshot_russian.py [--out resources/screenshots/main-window-ru.png]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "screenshots" / "main-window-ru.png"
SOURCE = ROOT / "resources" / "translations" / "newsdesk_ru.ts"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--story", default="", help="start of the Russian headline to open")
    args = parser.parse_args(argv)

    from screenshot_support import demo_newsroom, wait, wait_until

    from newsdesk.ui.translator import install_ui_language

    with tempfile.TemporaryDirectory(prefix="newsdesk-qm-") as tmp, demo_newsroom() as newsroom:
        catalogue = Path(tmp) / "newsdesk_ru.qm"
        subprocess.run([str(LRELEASE), "-silent", str(SOURCE), "-qm", str(catalogue)],
                       check=True)
        if install_ui_language("ru", catalogue) != "ru":
            print(f"the Russian catalogue {catalogue} did not load", file=sys.stderr)
            return 1
        from newsdesk.ui.main_window import MainWindow

        window = MainWindow(newsroom)
        window.resize(1680, 1000)
        window.show()
        QTest.qWaitForWindowExposed(window)
        wait_until(lambda: not window.initial_story_pending, 5000)
        model = window.list_panel.model
        chosen = None
        for row in range(model.rowCount()):
            summary = model.summary_at(row)
            if (summary is not None and summary.language.startswith("ru")
                    and summary.headline.startswith(args.story) and summary.dateline_city):
                chosen = summary
                break
        if chosen is None:
            print("no Russian story with a dateline in the demo newsroom", file=sys.stderr)
            return 1
        window.open_article(chosen.id)
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
