"""How long `newsdesk demo --articles N` takes: fill fresh databases and print the times.

Usage: python benchmarks/demo_fill.py [N ...] [--database URL]
Defaults to 1,000 and 10,000 generated stories, each on a fresh SQLite file in a temp dir.
A --database URL (e.g. an empty PostgreSQL database) is used as is and must be empty.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from newsdesk.db.engine import make_engine
from newsdesk.db.migrate import upgrade_to_head
from newsdesk.db.uow import unit_of_work_factory
from newsdesk.services.demo import fill_demo_newsroom


def fill(url: str, articles: int) -> float:
    engine = make_engine(url)
    upgrade_to_head(engine)
    started = time.perf_counter()
    fill_demo_newsroom(unit_of_work_factory(engine), articles=articles)
    elapsed = time.perf_counter() - started
    engine.dispose()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("counts", nargs="*", type=int, default=[1_000, 10_000])
    parser.add_argument("--database", help="an empty database URL instead of temp SQLite files")
    args = parser.parse_args()
    for count in args.counts:
        with tempfile.TemporaryDirectory() as folder:
            url = args.database or f"sqlite:///{Path(folder) / 'demo.sqlite3'}"
            elapsed = fill(url, count)
        backend = url.split(":", 1)[0]
        print(f"demo + {count:,} generated stories on {backend}: {elapsed:.1f} s "
              f"({count / elapsed:,.0f} stories/s)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
