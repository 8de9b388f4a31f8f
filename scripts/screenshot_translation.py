"""Screenshot of the translators' desk, opened from the real window on the demo pair.

The shot shows what a translator works with on a flagged row: the original changed since it
was translated (a must-review flag and its word diff), a QA warning (a glossary term the
row does not render as the glossary says) and the translation memory's match for the row,
with its score, its source diffed against the row's and where it comes from, and the
spelling squiggles of the closed cells (each column in its own language).

Run: .venv/bin/python scripts/screenshot_translation.py [--out translation-desk.png]
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "screenshots" / "translation-desk.png"
EN_SLUG, RU_SLUG = "water-schedule-tashkent", "water-schedule-tashkent-ru"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)

    import screenshot_support as shot

    from newsdesk.domain.glossary import Rendering
    from newsdesk.ui.translation.desk_model import QA_COLUMN, QA_ROLE, TRANSLATION_COLUMN

    with shot.demo_newsroom() as newsroom:
        articles = newsroom.articles
        newsroom.memory.rebuild()  # as the first start of a filled newsroom does
        newsroom.glossary.add([Rendering("en", "gauging stations"),
                               Rendering("ru", "гидрометрические посты")],
                              "The water commission's term")
        # The desk corrects the original after it was translated: a word, so must review.
        original = articles.get_by_slug(EN_SLUG)
        articles.save(replace(original, body=original.body.replace(
            "the repair of two canal sections", "the repair of three canal sections")))

        window = shot.show_window(newsroom, (1500, 960))
        ru = articles.get_by_slug(RU_SLUG)
        if not shot.open_story(window, lambda summary: summary.id == ru.id):
            print("the demo translation did not open", file=sys.stderr)
            return 1
        tools = window.translation_tools
        tools.desk_action.trigger()  # Story ▸ Translators' Desk…
        dialog = tools.dialog
        if dialog is None:
            print("the desk did not open", file=sys.stderr)
            return 1
        dialog.resize(1500, 960)
        desk = dialog.desk
        if not shot.wait_until(lambda: desk.desk is not None and not desk.busy, 10_000):
            print("the desk did not finish aligning", file=sys.stderr)
            return 1
        desk.select_next_change()
        row = desk.table.currentIndex().row()
        desk.table.scrollTo(desk.model.index(row, TRANSLATION_COLUMN),
                            desk.table.ScrollHint.PositionAtCenter)
        shown = shot.wait_until(lambda: "%" in desk.memory_panel.toPlainText()
                                and bool(desk.model.index(row, QA_COLUMN).data(QA_ROLE)),
                                10_000)
        if not shown:
            print("no memory match or QA problem on the flagged row", file=sys.stderr)
            return 1
        # The closed cells' spelling squiggles: both checkers loaded, the words in view judged.
        spelling = desk.tools.spelling
        loaded = shot.wait_until(lambda: spelling.original.checker is not None
                                 and spelling.translation.checker is not None, 10_000)
        settled = loaded
        for _paint in range(3):  # the words in view queued, then their squiggles, then shown
            desk.table.viewport().repaint()
            settled = settled and shot.wait_until(lambda: not spelling.cells.busy, 10_000)
        if not settled:
            print("the desk's spelling did not load", file=sys.stderr)
            return 1
        shot.wait(300)
        if not shot.save_shot(dialog, args.out):
            return 1
        dialog.close()
        window.close()
        shot.wait(100)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
