"""Export 1,000 demo-sized stories (600-1,200 words) to HTML and Markdown and print the times.

Targets (issue 4): HTML under 3 s, Markdown under 1 s on the 2-core build machine.
Run: ``.venv/bin/python benchmarks/bench_export.py [--stories N]``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsdesk.domain.house import HouseSettings
from newsdesk.services.export.batch import ExportFormat, export_stories
from tests.helpers.stories import make_demo_sized_bundles

TARGETS = {ExportFormat.HTML: 3.0, ExportFormat.MARKDOWN: 1.0,
           ExportFormat.MARKDOWN_CLEAN: 1.0, ExportFormat.NINJS: None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=1000)
    args = parser.parse_args()
    bundles = make_demo_sized_bundles(args.stories, seed=42)
    words = sum(len(b.article.body.split()) for b in bundles)
    house = HouseSettings()
    print(f"{args.stories} stories, {words:,} words in all\n")
    print("| format | stories | seconds | target | files written |")
    print("|---|---|---|---|---|")
    for fmt, target in TARGETS.items():
        with tempfile.TemporaryDirectory() as folder:
            started = time.perf_counter()
            report = export_stories(iter(bundles), Path(folder), fmt, house,
                                    total=len(bundles), with_authors=fmt is ExportFormat.HTML)
            elapsed = time.perf_counter() - started
        goal = f"< {target:.0f} s" if target else "—"
        print(f"| {fmt.value} | {args.stories} | {elapsed:.2f} | {goal} | {len(report.written)} |")


if __name__ == "__main__":
    main()
