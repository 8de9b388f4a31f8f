"""Screenshot of the translators' desk on the demo pair, with changes to the original flagged.

Run: .venv/bin/python scripts/screenshot_translation.py [--out translation-desk.png]
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "screenshots" / "translation-desk.png"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)

    from screenshot_support import demo_newsroom, wait, wait_until

    from newsdesk.services.translation import translation_service_for
    from newsdesk.ui.translation.desk_dialog import TranslationDeskDialog

    with demo_newsroom() as newsroom:
        articles = newsroom.articles
        ru = articles.get_by_slug("water-schedule-tashkent-ru")
        assert ru.id is not None
        # The translator synced, then the desk corrected a figure and added an update.
        translation_service_for(newsroom).mark_synced(ru.id)
        original = articles.get_by_slug("water-schedule-tashkent")
        body = original.body.replace("at least 1.1 billion", "at least 1.3 billion")
        body = body.replace(
            "\n\n## Why it matters",
            "\n\nThe commission will publish the monthly figures on its website, a spokesman "
            "said.\n\n## Why it matters")
        articles.save(replace(original, body=body))
        dialog = TranslationDeskDialog(newsroom)
        dialog.resize(1500, 960)
        dialog.show()
        QTest.qWaitForWindowExposed(dialog)
        desk = dialog.desk
        desk.open_for(ru.id)
        if not wait_until(lambda: desk.desk is not None and not desk.busy, 10_000):
            print("the desk did not finish aligning", file=sys.stderr)
            return 1
        desk.select_next_change()
        wait(300)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        if not dialog.grab().save(str(args.out)):
            print(f"could not write {args.out}", file=sys.stderr)
            return 1
        print(f"wrote {args.out}")
        dialog.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
