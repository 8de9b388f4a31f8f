"""Take the README screenshot of Tools ▸ House Settings… from the real window on the demo newsroom.

Run: .venv/bin/python scripts/screenshot_house_settings.py
     [--out resources/screenshots/house-settings.png]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "screenshots" / "house-settings.png"
STORY = "Osh traders"  # the sample line shows this story's dateline


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--story", default=STORY, help="start of the headline to open")
    args = parser.parse_args(argv)

    import screenshot_support as shot

    from newsdesk.ui.dialogs.house_settings_dialog import HouseSettingsDialog

    with shot.demo_newsroom() as newsroom:
        window = shot.show_window(newsroom)
        shot.open_story(window, lambda summary: summary.headline.startswith(args.story))
        window.house_settings_action.trigger()
        dialog = window.findChild(HouseSettingsDialog, "houseSettingsDialog")
        if dialog is None:
            print("the House Settings dialog did not open", file=sys.stderr)
            return 1
        QTest.qWaitForWindowExposed(dialog)
        # Show a check at work: a site address typed without its scheme.
        dialog.site_edit.setText("timesca.com")
        shot.wait(300)
        if not shot.save_shot(dialog, args.out):
            return 1
        dialog.reject()
        shot.close_window(window)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
