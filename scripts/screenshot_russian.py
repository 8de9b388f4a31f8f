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

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "screenshots" / "main-window-ru.png"
SOURCE = ROOT / "resources" / "translations" / "newsdesk_ru.ts"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--story", default="", help="start of the Russian headline to open")
    args = parser.parse_args(argv)

    import screenshot_support as shot

    from newsdesk.ui.translator import install_ui_language

    with (tempfile.TemporaryDirectory(prefix="newsdesk-qm-") as tmp,
          shot.demo_newsroom() as newsroom):
        catalogue = Path(tmp) / "newsdesk_ru.qm"
        subprocess.run([str(LRELEASE), "-silent", str(SOURCE), "-qm", str(catalogue)],
                       check=True)
        if install_ui_language("ru", catalogue) != "ru":
            print(f"the Russian catalogue {catalogue} did not load", file=sys.stderr)
            return 1
        window = shot.show_window(newsroom)
        if not shot.open_story(window, lambda summary: summary.language.startswith("ru")
                               and summary.headline.startswith(args.story)
                               and bool(summary.dateline_city)):
            print("no Russian story with a dateline in the demo newsroom", file=sys.stderr)
            return 1
        if not shot.preview_rendered(window):
            return 1
        if not shot.save_shot(window, args.out, f": {window.windowTitle()}"):
            return 1
        shot.close_window(window)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
