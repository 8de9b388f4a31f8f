"""Take the README screenshots of nothing-lost at work, from the real window on the demo newsroom.

1. ``offline-notice.png``: the newsroom file is locked by another program while a story is
   typed; the window says the text is kept on this computer and will be saved by itself.
2. ``recovery-dialog.png``: the window was killed with unsaved text; the next start offers it
   back beside the stored story.

Run: .venv/bin/python scripts/screenshot_recovery.py [--out-dir resources/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "screenshots"
STORY = "Osh traders"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    os.environ["NEWSDESK_RECOVERY_DIR"] = tempfile.mkdtemp(prefix="newsdesk-shot-recovery-")

    import screenshot_support as shot

    from newsdesk.domain.query import DESK_QUERY
    from newsdesk.services.recovery_journal import RecoveryJournal, story_key

    args.out_dir.mkdir(parents=True, exist_ok=True)
    with shot.demo_newsroom() as newsroom:
        story = next(s for s in newsroom.articles.page(DESK_QUERY, 0, 500)
                     if s.headline.startswith(STORY))
        stored = newsroom.articles.get(story.id)

        # 1. The file is locked by another program while the reporter types.
        window = shot.show_window(newsroom)
        shot.open_story(window, lambda summary: summary.id == story.id)
        shot.preview_rendered(window)
        body = window.editor.body
        body.setFocus()
        cursor = body.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        body.setTextCursor(cursor)
        holder = sqlite3.connect(str(newsroom.engine.url.database), isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        QTest.keyClick(body, Qt.Key.Key_Return)
        QTest.keyClick(body, Qt.Key.Key_Return)
        QTest.keyClicks(body, "Traders said the new stalls would open on Monday.")
        landed: list[bool] = []
        window.autosaver.flush(landed.append)  # the lock waited out (5 s), the text kept here
        shot.wait_until(lambda: bool(landed), 30_000)
        shot.wait(400)
        saved = shot.save_shot(window, args.out_dir / "offline-notice.png",
                               f": {window.save_state_label.text()}")
        holder.execute("ROLLBACK")
        holder.close()
        shot.close_window(window)
        if not saved:
            return 1

        # 2. A journal newer than the stored story, as a killed window leaves it.
        journal = RecoveryJournal(Path(os.environ["NEWSDESK_RECOVERY_DIR"]),
                                  newsroom.house.newsroom_id())
        # The last words of a paragraph changed too: the dialog marks just those words.
        journal.write(story_key(stored.id), replace(stored, body=stored.body.replace(
            "had not yet received a reply.", "had received no reply by Friday.")
            + "\n\nTraders said the new stalls would open on Monday, "
            "and the city would waive the first month's rent."))
        window = shot.show_window(newsroom, first_story=False)
        if not shot.wait_until(lambda: window.recovery is not None
                               and window.recovery.dialog is not None, 8000):
            print("no recovery dialog appeared", file=sys.stderr)
            return 1
        assert window.recovery is not None and window.recovery.dialog is not None
        dialog = window.recovery.dialog
        shot.wait(300)
        saved = shot.save_shot(dialog, args.out_dir / "recovery-dialog.png")
        dialog.reject()
        shot.close_window(window)
        if not saved:
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
