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

    from screenshot_support import demo_newsroom, wait, wait_until

    from newsdesk.ui.dialogs.house_settings_dialog import HouseSettingsDialog
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
        window.house_settings_action.trigger()
        dialog = window.findChild(HouseSettingsDialog, "houseSettingsDialog")
        if dialog is None:
            print("the House Settings dialog did not open", file=sys.stderr)
            return 1
        QTest.qWaitForWindowExposed(dialog)
        # Show a check at work: a site address typed without its scheme.
        dialog.site_edit.setText("timesca.com")
        wait(300)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        if not dialog.grab().save(str(args.out)):
            print(f"could not write {args.out}", file=sys.stderr)
            return 1
        print(f"wrote {args.out} ({dialog.width()}×{dialog.height()})")
        dialog.reject()
        window.autosaver.discard()
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
