"""Take the README screenshot of the real main window on the demo newsroom (offscreen, 1680×1000).

Run: .venv/bin/python scripts/screenshot.py [--out resources/screenshots/main-window.png]
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "screenshots" / "main-window.png"
STORY = "Osh traders"  # a story whose preview shows a dateline, byline and author box


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--story", default=STORY, help="start of the headline to open")
    args = parser.parse_args(argv)

    import screenshot_support as shot

    with shot.demo_newsroom() as newsroom:
        window = shot.show_window(newsroom)
        if not shot.open_story(window, lambda summary: summary.headline.startswith(args.story)):
            print(f"no story starting with {args.story!r}; showing the first one")
        if not shot.preview_rendered(window):
            return 1
        if not shot.save_shot(window, args.out, f": {window.windowTitle()}"):
            return 1
        shot.close_window(window)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
